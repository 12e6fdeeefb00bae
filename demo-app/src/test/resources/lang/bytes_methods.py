b = b"hello world"
print(b[1:4], b[::-1], b.count(b"o"), b.find(b"wor"), b.index(b"l"), b.startswith(b"he"), b.endswith(b"ld"))
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.strip(b"hd"), b" ".join([b"a", b"b"]), b.decode())
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abc".translate(None, b"b"))
print(b.hex(), bytes.fromhex("6869"), bytes(3), bytes([65, 66]), b"ab" * 2, b"a" + b"b", b"l" in b)
print(104 in b, b"z" not in b, b.partition(b" "), b.rsplit(b"o"), b"a,b,,c".split(b","), b"  pad ".strip(), b"ab".center(6, b"*"))
print(b"12".isdigit(), b"ab1".isalnum(), b"\xe9t\xe9".upper(), b"MiXeD".lower(), b"x".join((b"1", b"2", b"3")), b"abcabc".rfind(b"c"))
try:
    b.split("o")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes.maketrans(b"ab", b"x")
except ValueError as e:
    print("ValueError:", e)

# codecs: encode/decode with CPython's names and error handlers; str(b, enc), bytes(s, enc)
print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), "é€".encode("ascii", "replace"), "é€".encode("ascii", "ignore"), "é".encode("utf_8"))
print(b"h\xc3\xa9".decode(), b"h\xe9".decode("latin-1"), b"h\xe9".decode("utf-8", "replace"), b"h\xe9x".decode("ascii", "ignore"), str(b"ab", "ascii"), bytes("ab\xe9", "latin-1"), str(b"ab\xe9", "ISO-8859-1"))
for f in [lambda: "é".encode("ascii"), lambda: b"a\xe9".decode("ascii"), lambda: b"\xff".decode(), lambda: "x".encode("nope"), lambda: bytes([300]), lambda: bytes("x")]:
    try:
        f()
    except (ValueError, LookupError, TypeError) as e:
        print(type(e).__name__, e)

# int.to_bytes and int.from_bytes
print((1000).to_bytes(2, 'big'), (1000).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'), (255).to_bytes(1, "big"), (2**70).to_bytes(10, "big"))
print(int.from_bytes(b'\x01\x02', 'little'), int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes([1, 0], 'big'), int.from_bytes(b'', 'big'), int.from_bytes(b'\x80' + b'\x00' * 9, 'big'))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(1, 'middle')]:
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
