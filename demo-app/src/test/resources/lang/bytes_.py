b = b"abc" b"\x00\xff"
print(b, len(b), b[0], b[-1], list(b"hi"), b"a" + b"b", "héllo".encode(), b"xyz".decode(), b"ab" == b"ab", b.hex())
print(bytes([104, 105]), bytes("ok", "utf-8") if False else bytes(2), {b"k": 1}[b"k"], rb"\n")
