# random follows CPython 3.11 draw for draw: the same Mersenne Twister, seeding and Lib/random.py arithmetic.
import random
random.seed(1)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(5)])
print([random.randrange(10) for _ in range(5)], random.randrange(3, 30, 4), random.randrange(30, 3, -5))
print(random.choice("abcdefg"), random.choice([1, 2, 3]))
x = list(range(10)); random.shuffle(x); print(x)
print(random.uniform(2.5, 7.5), random.gauss(0, 1), random.gauss(10, 2), random.gauss(0, 1))
print(random.sample(range(100), 5), random.sample(list(range(1000)), 3))
print(random.choices("abc", k=4), random.choices("abc", [1, 5, 10], k=4))
print(random.getrandbits(5), random.getrandbits(40), random.getrandbits(63))
print(random.expovariate(2.0), random.triangular(0, 10, 3))
random.seed(12345678901234567890123); print(random.random())
random.seed(0); print(random.random())
random.seed(-7); print(random.random())
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed(3.0); print(random.random())

# random.Random instances: each its own generator; the module's functions share a hidden one
r = random.Random(5)
print(r.random(), r.randrange(10), r.choice("abcdef"))
r2 = random.Random()
r2.seed(1)
print(r2.random() == random.Random(1).random())
random.seed(5)
print(random.random() == random.Random(5).random())

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(42)
print([d.roll() for _ in range(8)], isinstance(d, random.Random))
