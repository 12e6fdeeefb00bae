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
