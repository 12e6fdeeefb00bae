# re: search, match, fullmatch, findall, finditer, sub (templates and functions), split, named groups and backreferences, flags, verbose patterns, Python's literal braces and brackets
import re
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "on 2024-03-15 and 2025-01-02")
print(m.group(), m.group(1), m.group("year", "day"), m.groups(), m.groupdict(), m.span(), m.start(2), m.end("day"), m["month"], m.lastindex)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(a)|b", "ab"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, ann@site.com"), re.sub(r"\s+", " ", "a  b\t\nc"))
print(re.subn("x*", "-", "abxd"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", "a b  c", maxsplit=1), re.split(r"\b", "hi you"))
print(re.match(r"ab", "xab"), bool(re.match(r"x", "xab")), re.fullmatch(r"\w+", "abc").group(), re.fullmatch(r"\w+", "ab c"))
p = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
print(p.findall("key: value\nother:  thing\n"), p.groups, p.pattern, bool(p.flags & re.MULTILINE))
print([m.group(1) for m in re.finditer(r"(\d)", "1a2b3")], re.escape("a.b*c?"), re.compile("a", re.I).match("A") is not None)
print(re.search(r"colou?r", "The COLOR", re.IGNORECASE).group(), re.findall(r"[a-c]+", "abcxyzcab"), re.findall(r"a{2,3}", "aaaa a aa"))
print(re.findall(r"\bfoo\b", "foo foobar (foo)"), re.sub(r"(a)(b)?", r"[\1\2]", "ab a"), re.findall(r".", "a\nb"), re.findall(r"(?s).", "a\nb"))
print(re.search(r"(\d+)(?:px)?", "width: 100px").groups(), re.search(r"(?i)hello", "HeLLo").group(), re.sub(r"x", r"\n", "axb") == "a\nb")
print(re.findall(r"[\w.-]+@[\w-]+\.\w+", "mail a.b@c-d.org or x@y.io"), re.match(r"(a)(b)?", "a").groups("-"), re.search(r"$", "ab\n").span())
print(re.compile(r"(?P<n>\d+)").groupindex, re.search(r"a(?=b)", "acab").start(), re.search(r"(?<!x)y", "xyay").start(), re.findall(r"{x}", "{x}{y}"))
v = re.compile(r"""
    (\d+)   # number
    \s*     # space
    (\w+)   # unit
""", re.VERBOSE)
print(v.match("10 kg").groups(), re.findall(r"[[]", "a[b"), re.findall(r"[]a]", "]a"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error")
print(re.search(r"\d+", "abc") is None, re.findall(r"\d{,2}", "12345"), re.match(r"(a|b)*c", "ababc").group(1))
