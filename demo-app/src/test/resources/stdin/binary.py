import sys
data = sys.stdin.buffer.read()
print(len(data), data.decode("utf-8").split()[:3])
print(repr(sys.stdin.read()), repr(sys.stdin.buffer.readline()))
