import sys

# Writing to stderr flushes stdout, so "ready" comes first: the lines after it wait in stdout's buffer.
print("ready", file=sys.stderr)
for i in range(3):
    print("line", i)
n = 0
try:
    while True:
        n += 1
finally:
    print("finally ran")
