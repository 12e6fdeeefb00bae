# urllib.parse: splitting, quoting and query strings
from urllib.parse import urlsplit, urlparse, quote, unquote, urlencode, parse_qs, urlunsplit
u = urlsplit("http://user:pw@Example.com:8080/a/b?x=1&y=2#frag")
print(u, u.hostname, u.port, u.username, u.password, u.netloc)
print(urlsplit("http://127.0.0.1:8765").port, urlsplit("http://127.0.0.1:8765").hostname)
print(urlparse("https://h/p;params?q#f"))
print(quote("a b/c&d=é"), unquote("a%20b%2Fc%C3%A9"), urlencode({"a": "x y", "b": 2}))
print(parse_qs("a=1&a=2&b=3"), urlunsplit(u), u.geturl())
