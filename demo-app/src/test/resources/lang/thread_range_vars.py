import _thread, time
lock = _thread.allocate_lock()
done = []
def work(n, tag="x"):
    with lock:
        done.append((n, tag))
for i in range(3):
    _thread.start_new_thread(work, (i,), {"tag": "t%d" % i})
while len(done) < 3:
    time.sleep(0.01)
print(sorted(done))
print(isinstance(_thread.get_ident(), int), lock.acquire(), lock.locked(), type(lock) is _thread.LockType)
lock.release()
try:
    _thread.start_new_thread(work, 1)
except TypeError as e:
    print("TypeError:", e)
print(_thread.error is RuntimeError)
r = range(10)
print(r[2:5], r[::2], r[::-1], r[-3:], r[1:8:3], list(r[2:5]), r[2:5][1])
print(range(0, 20, 3)[1:4], range(5)[10:], len(range(0, 20, 3)[1:4]), range(10, 0, -2)[1:3])
import string, sys
print('ascii_letters' in vars(string), vars(string)['digits'], '__name__' in vars(sys))
class K:
    a = 1
print('a' in vars(K))
try:
    vars(3)
except TypeError as e:
    print("TypeError:", e)
