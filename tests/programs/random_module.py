import random
random.seed(12345)
print([random.random() for _ in range(3)])
print(random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 5), random.randrange(50, 5, -3))
print(random.getrandbits(10), random.getrandbits(40), random.getrandbits(63))
random.seed("hello world")
print(random.random())
random.seed("")
print(random.random())
random.seed(2**40 + 17)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(0)
print(random.random())
random.seed(1.5)
print(random.random())
random.seed(-2.25e10)
print(random.random())
random.seed(42)
l = list(range(20)); random.shuffle(l); print(l)
print(random.choice("abcdef"), random.choice([1,2,3]))
print(random.sample(range(100), 10))
print(random.sample(range(10000), 10))
print(random.sample("abcdefgh", 3))
print(random.choices("abc", k=5))
print(random.choices("abc", weights=[1, 5, 10], k=6))
print(random.choices("abc", cum_weights=[1, 5, 10], k=6))
print(random.choices(["x", "y"], [0.3, 0.7], k=4))
print(random.uniform(1, 3), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(), random.normalvariate(1, 0.5))
print(random.expovariate(1.5), random.lognormvariate(0, 1))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(5, 1))
print(random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))
s = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(s)
print(a == [random.random() for _ in range(3)], s[0], len(s[1]), s[2])
r = random.Random(7)
r2 = random.Random(7)
print(r.random() == r2.random(), r.randint(0, 10**9))
print(type(r).__name__, isinstance(r, random.Random))
class MyRandom(random.Random):
    def twice(self):
        return self.random() * 2
m = MyRandom(3)
print(m.twice(), random.Random(3).random() * 2)
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1),
            lambda: random.choices("ab", [1]), lambda: random.choices("ab", [0, 0]),
            lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]), lambda: random.sample({1, 2}, 1),
            lambda: random.gammavariate(0, 1), lambda: random.expovariate(0),
            lambda: random.setstate((2, (), None)), lambda: random.seed([1]),
            lambda: random.setstate((3, (1, 2), None)), lambda: random.setstate((1, (), None)),
            lambda: random.choices("ab", 2), lambda: random.SystemRandom().getstate()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randint(1, 6) <= 6)
random.seed()
print(0 <= random.random() < 1)
