# input(), sys.stdin (readline, iteration, read), sys.stdout.write and .buffer.write, EOFError at the end: run with echo.in.
import sys
name = input("name? ")
print("hi", name)
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("line", repr(line))
    if line.startswith("stop"): break
rest = sys.stdin.read()
print(len(rest.split()), rest.count("\n"))
sys.stdout.write("text\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes\n")
print(int(b"42\n") + 1)
try:
    input()
except EOFError as e:
    print("EOFError", e)
