"""urllib.parse: splitting URLs and quoting, the parts programs use most (urlsplit, urlparse, urlunsplit,
quote, unquote, urlencode, parse_qsl), after CPython's Lib/urllib/parse.py."""

from collections import namedtuple

_ALWAYS_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def _username(self):
    userinfo, have_info, _ = self.netloc.rpartition('@')
    return userinfo.partition(':')[0] if have_info else None


def _password(self):
    userinfo, have_info, _ = self.netloc.rpartition('@')
    if not have_info:
        return None
    _, have_password, password = userinfo.partition(':')
    return password if have_password else None


def _hostname(self):
    host = self.netloc.rpartition('@')[2]
    if host.startswith('['):
        host = host[1:].partition(']')[0]
    else:
        host = host.partition(':')[0]
    return host.lower() if host else None


def _port(self):
    host = self.netloc.rpartition('@')[2]
    if host.startswith('['):
        host = host.partition(']')[2]
    _, have_port, port = host.partition(':')
    if not port:
        return None
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError('Port out of range 0-65535')
    return int(port)


def _with_netloc_parts(cls):
    """The netloc's parts as properties (CPython mixes them in; this interpreter has single inheritance)."""
    cls.username = property(_username)
    cls.password = property(_password)
    cls.hostname = property(_hostname)
    cls.port = property(_port)
    return cls


@_with_netloc_parts
class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment')):
    def geturl(self):
        return urlunsplit(self)


@_with_netloc_parts
class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment')):
    def geturl(self):
        return urlunparse(self)


def urlsplit(url, scheme='', allow_fragments=True):
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isalpha() and all(c.isalnum() or c in '+-.' for c in url[:i]):
        scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            j = url.find(c, 2)
            if j >= 0:
                end = min(end, j)
        netloc, url = url[2:end], url[end:]
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if ';' in url:
        url, params = url.split(';', 1)
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = f'{url};{params}'
    return urlunsplit((scheme, netloc, url, query, fragment))


def quote(string, safe='/', encoding='utf-8', errors='strict'):
    data = string.encode(encoding, errors) if isinstance(string, str) else string
    out = []
    for b in data:
        c = chr(b)
        out.append(c if c in _ALWAYS_SAFE or c in safe else f'%{b:02X}')
    return ''.join(out)


def quote_plus(string, safe='', encoding='utf-8', errors='strict'):
    if ' ' not in string:
        return quote(string, safe, encoding, errors)
    return quote(string, safe + ' ', encoding, errors).replace(' ', '+')


def unquote(string, encoding='utf-8', errors='replace'):
    if '%' not in string:
        return string
    parts = string.split('%')
    data = parts[0].encode(encoding)
    for part in parts[1:]:
        try:
            data += bytes([int(part[:2], 16)]) + part[2:].encode(encoding)
        except ValueError:
            data += ('%' + part).encode(encoding)
    return data.decode(encoding, errors)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None):
    if hasattr(query, 'items'):
        query = query.items()
    pairs = []
    for k, v in query:
        if doseq and isinstance(v, (list, tuple)):
            for item in v:
                pairs.append(quote_plus(str(k), safe) + '=' + quote_plus(str(item), safe))
        else:
            pairs.append(quote_plus(str(k), safe) + '=' + quote_plus(str(v), safe))
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False):
    pairs = []
    for field in qs.replace(';', '&').split('&'):
        if not field:
            continue
        name, has_eq, value = field.partition('=')
        if value or keep_blank_values:
            pairs.append((unquote_plus(name), unquote_plus(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False):
    parsed = {}
    for name, value in parse_qsl(qs, keep_blank_values):
        parsed.setdefault(name, []).append(value)
    return parsed
