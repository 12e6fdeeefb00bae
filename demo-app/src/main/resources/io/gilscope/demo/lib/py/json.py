"""json: dumps/dump and loads/load in Python with CPython 3.11's output format (separators, indent,
sort_keys, ensure_ascii escapes, NaN and Infinity, default=) and its error messages for the common
mistakes (JSONDecodeError with line, column and position)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc[:pos].count('\n') + 1
        colno = pos - doc[:pos].rfind('\n')
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == float('inf'):
        text = 'Infinity'
    elif f == -float('inf'):
        text = '-Infinity'
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, allow_nan, indent, separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.indent = ' ' * indent if isinstance(indent, int) else indent
        if separators is None:
            separators = (', ', ': ') if indent is None else (',', ': ')
        self.item_separator, self.key_separator = separators
        self.default = default
        self.sort_keys = sort_keys
        self.markers = {}

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(_string(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(str(o))
        elif isinstance(o, float):
            out.append(_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.container(o, level, out, '[', ']', self.list_items)
        elif isinstance(o, dict):
            self.container(o, level, out, '{', '}', self.dict_items)
        else:
            if self.default is None:
                raise TypeError('Object of type ' + type(o).__name__ + ' is not JSON serializable')
            self.guard(o, lambda: self.encode(self.default(o), level, out))

    def guard(self, o, write):
        marker = id(o)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[marker] = o
        write()
        del self.markers[marker]

    def container(self, o, level, out, open_, close, items):
        if not o:
            out.append(open_ + close)
            return

        def write():
            out.append(open_)
            if self.indent is not None:
                newline = '\n' + self.indent * (level + 1)
                separator = self.item_separator + newline
                out.append(newline)
            else:
                separator = self.item_separator
            items(o, level + 1, out, separator)
            if self.indent is not None:
                out.append('\n' + self.indent * level)
            out.append(close)
        self.guard(o, write)

    def list_items(self, o, level, out, separator):
        first = True
        for value in o:
            if not first:
                out.append(separator)
            first = False
            self.encode(value, level, out)

    def dict_items(self, o, level, out, separator):
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = str(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not ' + type(key).__name__)
            if not first:
                out.append(separator)
            first = False
            out.append(_string(key, self.ensure_ascii))
            out.append(self.key_separator)
            self.encode(value, level, out)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    out = []
    _Encoder(skipkeys, ensure_ascii, allow_nan, indent, separators, default, sort_keys).encode(obj, 0, out)
    return ''.join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WHITESPACE = ' \t\n\r'
_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': -float('inf')}


class _Decoder:
    def __init__(self, doc, object_hook, parse_float, parse_int, object_pairs_hook):
        self.doc = doc
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.object_pairs_hook = object_pairs_hook

    def skip(self, i):
        doc = self.doc
        while i < len(doc) and doc[i] in _WHITESPACE:
            i += 1
        return i

    def value(self, i):
        doc = self.doc
        if i >= len(doc):
            raise JSONDecodeError("Expecting value", doc, i)
        c = doc[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if doc.startswith('null', i):
            return None, i + 4
        if doc.startswith('true', i):
            return True, i + 4
        if doc.startswith('false', i):
            return False, i + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if doc.startswith(name, i):
                return _CONSTANTS[name], i + len(name)
        return self.number(i)

    def number(self, i):
        doc = self.doc
        start = i
        if i < len(doc) and doc[i] == '-':
            i += 1
        digits = i
        if i < len(doc) and doc[i] == '0':
            i += 1
        else:
            while i < len(doc) and doc[i] in '0123456789':
                i += 1
        if i == digits:
            raise JSONDecodeError("Expecting value", doc, start)
        is_float = False
        if i + 1 < len(doc) and doc[i] == '.' and doc[i + 1] in '0123456789':
            is_float = True
            i += 1
            while i < len(doc) and doc[i] in '0123456789':
                i += 1
        if i < len(doc) and doc[i] in 'eE':
            j = i + 1
            if j < len(doc) and doc[j] in '+-':
                j += 1
            if j < len(doc) and doc[j] in '0123456789':
                is_float = True
                i = j
                while i < len(doc) and doc[i] in '0123456789':
                    i += 1
        text = doc[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def string(self, i):
        doc = self.doc
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < len(doc) and doc[j] != '"' and doc[j] != '\\':
                if ord(doc[j]) < 0x20:
                    raise JSONDecodeError("Invalid control character at", doc, j)
                j += 1
            chunks.append(doc[i:j])
            if j >= len(doc):
                raise JSONDecodeError("Unterminated string starting at", doc, begin)
            if doc[j] == '"':
                return ''.join(chunks), j + 1
            if j + 1 >= len(doc):
                raise JSONDecodeError("Unterminated string starting at", doc, begin)
            e = doc[j + 1]
            if e == 'u':
                n = self.hex4(j)
                i = j + 6
                if 0xd800 <= n <= 0xdbff and doc.startswith('\\u', i):
                    m = self.hex4(i)
                    if 0xdc00 <= m <= 0xdfff:
                        n = 0x10000 + ((n - 0xd800) << 10) + (m - 0xdc00)
                        i += 6
                chunks.append(chr(n))
            elif e in _UNESCAPE:
                chunks.append(_UNESCAPE[e])
                i = j + 2
            else:
                raise JSONDecodeError("Invalid \\escape", doc, j)

    def hex4(self, backslash):
        """The four hex digits of the \\uXXXX escape whose backslash is at doc[backslash]."""
        text = self.doc[backslash + 2:backslash + 6]
        if len(text) != 4 or any([c not in '0123456789abcdefABCDEF' for c in text]):
            raise JSONDecodeError("Invalid \\uXXXX escape", self.doc, backslash + 1)
        return int(text, 16)

    def object(self, i):
        doc = self.doc
        pairs = []
        i = self.skip(i)
        if i < len(doc) and doc[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(doc) or doc[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", doc, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(doc) or doc[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", doc, i)
            value, i = self.value(self.skip(i + 1))
            pairs.append((key, value))
            i = self.skip(i)
            if i < len(doc) and doc[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(doc) or doc[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            i = self.skip(i + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        return result if self.object_hook is None else self.object_hook(result)

    def array(self, i):
        doc = self.doc
        values = []
        i = self.skip(i)
        if i < len(doc) and doc[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip(i)
            if i < len(doc) and doc[i] == ']':
                return values, i + 1
            if i >= len(doc) or doc[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            i = self.skip(i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    if not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not ' + type(s).__name__)
    decoder = _Decoder(s, object_hook, parse_float, parse_int, object_pairs_hook)
    value, end = decoder.value(decoder.skip(0))
    end = decoder.skip(end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return value


def load(fp, **kw):
    return loads(fp.read(), **kw)
