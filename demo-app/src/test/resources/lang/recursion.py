# Runaway recursion ends in a RecursionError that the program can catch, and the program goes on.
def forever(n):
    return forever(n + 1)

def through_method(n):
    return Deep().down(n)

class Deep:
    def down(self, n):
        return self.down(n + 1)

for f in (forever, through_method):
    try:
        f(0)
    except RecursionError as e:
        print(type(e).__name__, e)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))
try:
    forever(0)
except RuntimeError as e:   # RecursionError is a RuntimeError
    print("caught as", type(e).__mro__[1].__name__)
