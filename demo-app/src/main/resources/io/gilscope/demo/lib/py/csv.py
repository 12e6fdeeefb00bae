"""csv: CSV reading and writing for gilscope's interpreter, after CPython 3.11's Lib/csv.py, with the C
module _csv (reader, writer, Dialect validation, the dialect registry, field_size_limit, Error) written
here in Python following Modules/_csv.c's parser and writer state machines.

Provided: reader (quoting, doubled quotes, escapechar, quoted fields spanning lines, skipinitialspace,
strict, QUOTE_NONNUMERIC conversion to float, line_num, dialect, NUL characters as ordinary data,
field_size_limit), writer with writerow/writerows (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
QUOTE_NONE with escapechar, any lineterminator), Dialect, excel, excel_tab, unix_dialect,
register_dialect, get_dialect, list_dialects, unregister_dialect, field_size_limit, Error,
DictReader, DictWriter and Sniffer (CPython's, unchanged), with CPython 3.11's error types and
messages. Reader, writer and the validated dialect (type name Dialect) are Python classes of this
module, not of a _csv module; csv.__doc__ is this text, not _csv's. DictWriter's "dict contains
fields not in fieldnames" lists the extra keys in the dict's order (CPython: set order).
Not provided: the _csv module itself.
"""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


# ---------------------------------------------------------------------------
# What Modules/_csv.c provides

_dialects = {}
_field_limit = 128 * 1024

_DIALECT_KEYS = ("delimiter", "doublequote", "escapechar", "lineterminator",
                 "quotechar", "quoting", "skipinitialspace", "strict")
_MISSING = object()


def _check_kwargs(kwargs):
    for key in kwargs:
        if key not in _DIALECT_KEYS:
            raise TypeError("%r is an invalid keyword argument for this function" % (key,))


def _get_char(name, src, dflt):
    # _set_char (delimiter): a 1-character string
    if src is _MISSING:
        return dflt
    if not isinstance(src, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _get_char_or_none(name, src, dflt):
    # _set_char_or_none (quotechar, escapechar): a 1-character string or None
    if src is _MISSING:
        return dflt
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _get_int(name, src, dflt):
    if src is _MISSING:
        return dflt
    if type(src) is not int:
        raise TypeError('"%s" must be an integer' % name)
    return src


def _get_bool(src, dflt):
    if src is _MISSING:
        return dflt
    return bool(src)


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    def __new__(cls, dialect=None, **kwargs):
        _check_kwargs(kwargs)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # Can we reuse this instance?
            if isinstance(dialect, _Dialect) and not kwargs:
                return dialect
        values = {}
        for key in _DIALECT_KEYS:
            value = kwargs.get(key, _MISSING)
            if value is _MISSING and dialect is not None:
                value = getattr(dialect, key, _MISSING)
            values[key] = value
        self = object.__new__(cls)
        delimiter = _get_char("delimiter", values["delimiter"], ',')
        doublequote = _get_bool(values["doublequote"], True)
        escapechar = _get_char_or_none("escapechar", values["escapechar"], None)
        lineterminator = values["lineterminator"]
        if lineterminator is _MISSING:
            lineterminator = '\r\n'
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _get_char_or_none("quotechar", values["quotechar"], '"')
        quoting = _get_int("quoting", values["quoting"], QUOTE_MINIMAL)
        skipinitialspace = _get_bool(values["skipinitialspace"], False)
        strict = _get_bool(values["strict"], False)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if values["quotechar"] is None and values["quoting"] is _MISSING:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        d = self.__dict__
        d["delimiter"] = delimiter
        d["doublequote"] = doublequote
        d["escapechar"] = escapechar
        d["lineterminator"] = lineterminator
        d["quotechar"] = quotechar
        d["quoting"] = quoting
        d["skipinitialspace"] = skipinitialspace
        d["strict"] = strict
        return self

    def __setattr__(self, name, value):
        if name in ("delimiter", "escapechar", "lineterminator", "quotechar", "quoting"):
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        if name in ("doublequote", "skipinitialspace", "strict"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __init__(self, *args, **kwargs):
        pass

    def __delattr__(self, name):
        self.__setattr__(name, None)

_Dialect = Dialect


def _call_dialect(args, kwargs):
    if len(args) == 2:
        return _Dialect(args[1], **kwargs)
    return _Dialect(**kwargs)


def _check_args(args):
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    if len(args) < 1:
        raise TypeError(" expected at least 1 argument, got %d" % len(args))


# reader states
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = -1       # end of an input line; never equal to a character


class reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, *args, **kwargs):
        _check_args(args)
        d = self.__dict__
        d["_input_iter"] = iter(args[0])
        d["dialect"] = _call_dialect(args, kwargs)
        d["line_num"] = 0
        d["_fields"] = None
        d["_field"] = []
        d["_state"] = _START_RECORD
        d["_numeric_field"] = False

    def __setattr__(self, name, value):
        if name in ("dialect", "line_num"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.reader' object has no attribute '%s'" % name)

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self.__dict__["_field"] = []
        if self._numeric_field:
            self.__dict__["_numeric_field"] = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process_char(self, c):
        dialect = self.dialect
        d = self.__dict__
        state = self._state
        if state == _START_RECORD:
            if c == _EOL:
                # empty line - return []
                return
            if c == '\n' or c == '\r':
                d["_state"] = _EAT_CRNL
                return
            # normal character - handle as START_FIELD
            state = d["_state"] = _START_FIELD
        if state == _START_FIELD:
            if c == '\n' or c == '\r' or c == _EOL:
                # save empty field - return [fields]
                self._save_field()
                d["_state"] = _START_RECORD if c == _EOL else _EAT_CRNL
            elif c == dialect.quotechar and dialect.quoting != QUOTE_NONE:
                # start quoted field
                d["_state"] = _IN_QUOTED_FIELD
            elif c == dialect.escapechar:
                # possible escaped character
                d["_state"] = _ESCAPED_CHAR
            elif c == ' ' and dialect.skipinitialspace:
                # ignore spaces at start of field
                pass
            elif c == dialect.delimiter:
                # save empty field
                self._save_field()
            else:
                # begin new unquoted field
                if dialect.quoting == QUOTE_NONNUMERIC:
                    d["_numeric_field"] = True
                self._add_char(c)
                d["_state"] = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                d["_state"] = _AFTER_ESCAPED_CRNL
                return
            if c == _EOL:
                c = '\n'
            self._add_char(c)
            d["_state"] = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c == _EOL:
                return
            # in unquoted field
            if c == '\n' or c == '\r' or c == _EOL:
                # end of line - return [fields]
                self._save_field()
                d["_state"] = _START_RECORD if c == _EOL else _EAT_CRNL
            elif c == dialect.escapechar:
                d["_state"] = _ESCAPED_CHAR
            elif c == dialect.delimiter:
                # save field - wait for new field
                self._save_field()
                d["_state"] = _START_FIELD
            else:
                self._add_char(c)
                d["_state"] = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c == _EOL:
                pass
            elif c == dialect.escapechar:
                d["_state"] = _ESCAPE_IN_QUOTED_FIELD
            elif c == dialect.quotechar and dialect.quoting != QUOTE_NONE:
                if dialect.doublequote:
                    # doublequote; " represented by ""
                    d["_state"] = _QUOTE_IN_QUOTED_FIELD
                else:
                    # end of quote part of field
                    d["_state"] = _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c == _EOL:
                c = '\n'
            self._add_char(c)
            d["_state"] = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            # doublequote - seen a quote in a quoted field
            if dialect.quoting != QUOTE_NONE and c == dialect.quotechar:
                # save "" as "
                self._add_char(c)
                d["_state"] = _IN_QUOTED_FIELD
            elif c == dialect.delimiter:
                self._save_field()
                d["_state"] = _START_FIELD
            elif c == '\n' or c == '\r' or c == _EOL:
                self._save_field()
                d["_state"] = _START_RECORD if c == _EOL else _EAT_CRNL
            elif not dialect.strict:
                self._add_char(c)
                d["_state"] = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (dialect.delimiter, dialect.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c == _EOL:
                d["_state"] = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def __next__(self):
        d = self.__dict__
        d["_fields"] = []
        d["_field"] = []
        d["_state"] = _START_RECORD
        d["_numeric_field"] = False
        while True:
            try:
                line = next(self._input_iter)
            except StopIteration:
                # End of input
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            d["line_num"] = self.line_num + 1
            for c in line:
                self._process_char(c)
            self._process_char(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        d["_fields"] = None
        return fields


def _is_number(x):
    # PyNumber_Check
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, *args, **kwargs):
        _check_args(args)
        write = getattr(args[0], "write", None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        d = self.__dict__
        d["_write"] = write
        d["dialect"] = _call_dialect(args, kwargs)

    def __setattr__(self, name, value):
        if name == "dialect":
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.writer' object has no attribute '%s'" % name)

    def _join_field(self, parts, field, quoted):
        dialect = self.dialect
        delimiter = dialect.delimiter
        escapechar = dialect.escapechar
        quotechar = dialect.quotechar
        lineterminator = dialect.lineterminator
        quoting = dialect.quoting
        out = []
        for c in field:
            if (c == delimiter or c == escapechar or c == quotechar
                    or c in lineterminator):
                want_escape = False
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == quotechar:
                        if dialect.doublequote:
                            out.append(quotechar)
                        else:
                            want_escape = True
                    elif c == escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            text = quotechar + text + quotechar
        parts.append(text)

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        dialect = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in fields:
            quoting = dialect.quoting
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                field = ''
            elif not isinstance(field, str):
                field = str(field)
            self._join_field(parts, field, quoted)
        if len(parts) == 1 and parts[0] == '':
            if dialect.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts = []
            self._join_field(parts, '', True)
        line = dialect.delimiter.join(parts) + dialect.lineterminator
        return self._write(line)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    if len(args) > 2:
        raise TypeError("register_dialect expected at most 2 arguments, got %d" % len(args))
    if len(args) < 1:
        raise TypeError("register_dialect expected at least 1 argument, got 0")
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _call_dialect(args, kwargs)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old_limit = _field_limit
    if args:
        if type(args[0]) is not int:
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old_limit


# ---------------------------------------------------------------------------
# Lib/csv.py

class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # We do this for compatibility with py2.3
            raise Error(str(e))

class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
register_dialect("excel", excel)

class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'
register_dialect("excel-tab", excel_tab)

class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL
register_dialect("unix", unix_dialect)

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames   # list of keys for the dict
        self.restkey = restkey          # key to catch long rows
        self.restval = restval          # default value for short rows
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Used only for its side effect.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num

        # unlike the basic reader, we prefer not to return blanks,
        # because we will typically wind up with a dict full of None
        # values
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames    # list of keys for the dict
        self.restval = restval          # for writing short dicts
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            # CPython: rowdict.keys() - self.fieldnames (a set); dict views here have no
            # set operations, and the dict's order is kept
            names = set(self.fieldnames)
            wrong_fields = [k for k in rowdict if k not in names]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

# Guard Sniffer's type checking against builds that exclude complex()
try:
    complex
except NameError:
    complex = float

class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''
    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']


    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """

        quotechar, doublequote, delimiter, skipinitialspace = \
                   self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)

        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            # escapechar = ''

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # _csv.reader won't accept a quotechar of ''
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace

        return dialect


    def _guess_quote_and_delimiter(self, data, delimiters):
        """
        Looks for text enclosed between two identical quotes
        (the probable quotechar) which are preceded and followed
        by the same character (the probable delimiter).
        For example:
                         ,'some text',
        The quote with the most wins, same with the delimiter.
        If there is no quotechar the delimiter can't be determined
        this way.
        """

        matches = []
        for restr in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)', # ,".*?",
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',   #  ".*?",
                      r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',   # ,".*?"
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):                            #  ".*?" (no delim, no space)
            regexp = re.compile(restr, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break

        if not matches:
            # (quotechar, doublequote, delimiter, skipinitialspace)
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        groupindex = regexp.groupindex
        for m in matches:
            n = groupindex['quote'] - 1
            key = m[n]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            try:
                n = groupindex['delim'] - 1
                key = m[n]
            except KeyError:
                continue
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            try:
                n = groupindex['space'] - 1
            except KeyError:
                continue
            if m[n]:
                spaces += 1

        quotechar = max(quotes, key=quotes.get)

        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n': # most likely a file with a single column
                delim = ''
        else:
            # there is *no* delimiter, it's a single column of quoted data
            delim = ''
            skipinitialspace = 0

        # if we see an extra quote between delimiters, we've got a
        # double quoted format
        dq_regexp = re.compile(
                               r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)" % \
                               {'delim':re.escape(delim), 'quote':quotechar}, re.MULTILINE)



        if dq_regexp.search(data):
            doublequote = True
        else:
            doublequote = False

        return (quotechar, doublequote, delim, skipinitialspace)


    def _guess_delimiter(self, data, delimiters):
        """
        The delimiter /should/ occur the same number of times on
        each row. However, due to malformed data, it may not. We don't want
        an all or nothing approach, so we allow for small variations in this
        number.
          1) build a table of the frequency of each character on every line.
          2) build a table of frequencies of this frequency (meta-frequency?),
             e.g.  'x occurred 5 times in 10 rows, 6 times in 1000 rows,
             7 times in 2 rows'
          3) use the mode of the meta-frequency to determine the /expected/
             frequency for that character
          4) find out how often the character actually meets that goal
          5) the character that best meets its goal is the delimiter
        For performance reasons, the data is evaluated in chunks, so it can
        try and evaluate the smallest portion of the data possible, evaluating
        additional chunks as necessary.
        """

        data = list(filter(None, data.split('\n')))

        ascii = [chr(c) for c in range(127)] # 7-bit ASCII

        # build frequency tables
        chunkLength = min(10, len(data))
        iteration = 0
        charFrequency = {}
        modes = {}
        delims = {}
        start, end = 0, chunkLength
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                for char in ascii:
                    metaFrequency = charFrequency.get(char, {})
                    # must count even if frequency is 0
                    freq = line.count(char)
                    # value is the mode
                    metaFrequency[freq] = metaFrequency.get(freq, 0) + 1
                    charFrequency[char] = metaFrequency

            for char in charFrequency.keys():
                items = list(charFrequency[char].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                # get the mode of the frequencies
                if len(items) > 1:
                    modes[char] = max(items, key=lambda x: x[1])
                    # adjust the mode - subtract the sum of all
                    # other frequencies
                    items.remove(modes[char])
                    modes[char] = (modes[char][0], modes[char][1]
                                   - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]

            # build a list of possible delimiters
            modeList = modes.items()
            total = float(min(chunkLength * iteration, len(data)))
            # (rows of consistent data) / (number of rows) = 100%
            consistency = 1.0
            # minimum consistency threshold
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modeList:
                    if v[0] > 0 and v[1] > 0:
                        if ((v[1]/total) >= consistency and
                            (delimiters is None or k in delimiters)):
                            delims[k] = v
                consistency -= 0.01

            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skipinitialspace = (data[0].count(delim) ==
                                    data[0].count("%c " % delim))
                return (delim, skipinitialspace)

            # analyze another chunkLength lines
            start = end
            end += chunkLength

        if not delims:
            return ('', 0)

        # if there's more than one, fall back to a 'preferred' list
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    skipinitialspace = (data[0].count(d) ==
                                        data[0].count("%c " % d))
                    return (d, skipinitialspace)

        # nothing else indicates a preference, pick the character that
        # dominates(?)
        items = [(v,k) for (k,v) in delims.items()]
        items.sort()
        delim = items[-1][1]

        skipinitialspace = (data[0].count(delim) ==
                            data[0].count("%c " % delim))
        return (delim, skipinitialspace)


    def has_header(self, sample):
        # Creates a dictionary of types of data in each column. If any
        # column is of a single type (say, integers), *except* for the first
        # row, then the first row is presumed to be labels. If the type
        # can't be determined, it is assumed to be a string in which case
        # the length of the string is the determining factor: if all of the
        # rows except for the first are the same length, it's a header.
        # Finally, a 'vote' is taken at the end for each column, adding or
        # subtracting from the likelihood of the first row being a header.

        rdr = reader(StringIO(sample), self.sniff(sample))

        header = next(rdr) # assume first row is header

        columns = len(header)
        columnTypes = {}
        for i in range(columns): columnTypes[i] = None

        checked = 0
        for row in rdr:
            # arbitrary number of rows to check, to keep it sane
            if checked > 20:
                break
            checked += 1

            if len(row) != columns:
                continue # skip rows that have irregular number of columns

            for col in list(columnTypes.keys()):
                thisType = complex
                try:
                    thisType(row[col])
                except (ValueError, OverflowError):
                    # fallback to length of string
                    thisType = len(row[col])

                if thisType != columnTypes[col]:
                    if columnTypes[col] is None: # add new column type
                        columnTypes[col] = thisType
                    else:
                        # type is inconsistent, remove column from
                        # consideration
                        del columnTypes[col]

        # finally, compare results against first row and "vote"
        # on whether it's a header
        hasHeader = 0
        for col, colType in columnTypes.items():
            if type(colType) == type(0): # it's a length
                if len(header[col]) != colType:
                    hasHeader += 1
                else:
                    hasHeader -= 1
            else: # attempt typecast
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    hasHeader += 1
                else:
                    hasHeader -= 1

        return hasHeader > 0
