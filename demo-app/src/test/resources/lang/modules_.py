import sys
import time
import threading as th
from time import perf_counter as pc, sleep
import math
import helper_mod
from helper_mod import greet as g, VALUE
print(type(sys.argv).__name__, callable(pc), callable(sleep), th.current_thread().name)
print(helper_mod.greet("x"), g("y"), VALUE, helper_mod.__name__)
print(math.sqrt(16), math.floor(2.7), math.pi > 3, math.gcd(12, 18))
t0 = time.perf_counter()
sleep(0.01)
print(time.perf_counter() - t0 >= 0.009)
