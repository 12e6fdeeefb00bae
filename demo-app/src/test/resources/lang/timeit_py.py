import sys
import time
import timeit

print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)


class FakeClock:
    """A timer that advances by a fixed step on every call: deterministic timings."""
    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now


counter = 0


def bump():
    global counter
    counter += 1


# A callable statement, run `number` times.
t = timeit.Timer(bump)
r = t.timeit(number=100)
print(type(r).__name__, r >= 0.0, counter)

# String statements run in the given globals.
counter = 0
t = timeit.Timer("bump()", globals=globals())
t.timeit(number=25)
print(counter)
counter = 0
t.timeit(number=3)
print(counter)

# A string statement that assigns a global.
total = 0
timeit.timeit("global total; total += step", setup="step = 2", number=10, globals=globals())
print(total)

# Setup runs once per timeit() call, and its names are visible to the statement.
log = []
timeit.timeit("log.append(x)", setup="x = len(log) + 1\nlog.append('setup')", number=3, globals=globals())
print(log)

# Multi-line statements, with indentation.
acc = []
stmt = """
for i in range(3):
    if i % 2 == 0:
        acc.append(i)
"""
timeit.timeit(stmt, number=2, globals=globals())
print(acc)

# A callable setup.
events = []
timeit.timeit(lambda: events.append('s'), setup=lambda: events.append('setup'), number=2)
print(events)

# Fake timers give exact results.
clock = FakeClock(0.5)
print(timeit.timeit("pass", timer=clock, number=10), clock.calls)
clock = FakeClock(0.25)
print(timeit.repeat("x = 1", timer=clock, repeat=3, number=5))
print(timeit.Timer("pass", timer=FakeClock(0.125)).repeat(2, 1))
print(len(timeit.repeat("pass", repeat=4, number=10)))
print(all(v >= 0 for v in timeit.repeat("pass", number=10)))


# autorange stops when the time taken reaches 0.2 seconds.
class CountingClock:
    """Time advances 0.01 per loop iteration."""
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


cc = CountingClock()


def tick():
    cc.now += 0.01


seen = []
t = timeit.Timer(tick, timer=cc)
result = t.autorange(lambda n, tt: seen.append((n, round(tt, 6))))
print((result[0], round(result[1], 6)), seen)
cc.now = 0.0
number, taken = timeit.Timer(tick, timer=cc).autorange()
print(number, round(taken, 6))

# Module globals are not visible without globals=.
try:
    timeit.timeit("bump()", number=1)
except NameError as e:
    print('NameError', e)

# Errors in the statements.
try:
    timeit.Timer("x = = 1")
except SyntaxError:
    print('SyntaxError in stmt')
try:
    timeit.Timer("pass", setup="return 5")
except SyntaxError:
    print('SyntaxError in setup')
try:
    timeit.Timer(42)
except ValueError as e:
    print('ValueError', e)
try:
    timeit.Timer("pass", setup=None)
except ValueError as e:
    print('ValueError', e)

t = timeit.Timer("1 / 0")
try:
    t.timeit(number=1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

t = timeit.Timer("d['missing']", setup="d = {}")
try:
    t.repeat(2, 2)
except KeyError as e:
    print('KeyError', e)

# The helper names do not leak into the namespace used.
ns = {'value': 10}
timeit.timeit("value * 2", number=5, globals=ns)
print(sorted(k for k in ns if not k.startswith('__')))
ns2 = {'value': 3}
timeit.timeit("global value; value = value * 2", number=4, globals=ns2)
print(ns2['value'])


# A Timer subclass and the src attribute.
class MyTimer(timeit.Timer):
    pass


print('def inner(_it, _timer):' in MyTimer("pass").src)
print(type(MyTimer("a = 1").timeit(number=10)).__name__)

# main() with a deterministic timer.


def wrap(timer):
    return FakeClock(0.1)


print(timeit.main(['-n', '10', '-r', '3', 'pass'], _wrap_timer=wrap))
print(timeit.main(['-n', '1', '-u', 'msec', '-s', 'x = 5', 'x + 1'], _wrap_timer=wrap))
print(timeit.main(['--number=4', '--repeat=2', '--unit=usec', 'pass'], _wrap_timer=wrap))
print(timeit.main(['-v', '-r', '2', 'pass'], _wrap_timer=lambda timer: FakeClock(0.25)))
print(timeit.main(['-vv', '-r', '1', '-s', 'a = 1', 'a', 'a'], _wrap_timer=lambda timer: FakeClock(0.25)))
print(timeit.main(['-q'], _wrap_timer=wrap))
print(timeit.main(['--nope'], _wrap_timer=wrap))
