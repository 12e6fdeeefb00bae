# json in Python (bundled): CPython's output format and error messages.
import json, io
data = {"name": "caf\u00e9 \U0001F600", "n": 3, "f": 1.5, "big": 10**20, "ok": True, "none": None,
        "list": [1, 2.0, "x", [], {}], "nested": {"b": [1, {"c": "\t\"q\"\n"}], "a": -0.0}, 7: "int key", 2.5: "f", None: 0}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, 2, {"z": None}], "e": {}}, indent=2, sort_keys=True))
print(json.dumps([1, [2, 3]], indent="\t"), json.dumps((1, 2), separators=(",", ":")))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]), json.dumps("\x7f\x01"))
print(json.dumps({1, 2} if False else "set", default=str), json.dumps(object, default=lambda o: "obj"))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
text = '{"a": [1, 2.5, -3e2, true, false, null, "s\\u00e9\\ud83d\\ude00\\n\\"", {"x": {}}], "b": [], "c": 0}'
v = json.loads(text)
print(v, v["a"][6] == "s\u00e9\U0001F600\n\"", json.loads(b' [1, "2"] '), json.loads("NaN") != json.loads("NaN"))
print(json.loads(text, object_hook=lambda d: sorted(d)), json.loads("1.0", parse_float=str), json.loads("12"))
for bad in ['', '[1, 2', '{"a" 1}', '{a: 1}', '[1,]', '"abc', '[1] x', '{"a": 1,}', 'tru']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf)
print(buf.getvalue(), json.load(io.StringIO('{"z": 1}')))
print(json.loads(json.dumps(data))["nested"])
for bad in ['"a\\x"', '"\\u12"', '"a\nb"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos)
