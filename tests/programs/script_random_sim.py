# Simulations with a seeded random: dice, Monte Carlo, shuffling a deck,
# weighted choices, sampling, gauss/expovariate/triangular, a random walk,
# a reservoir sample, Random instances and getstate/setstate.
import random
import statistics
from collections import Counter

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2d} {hist[total]:4d} {'*' * (hist[total] // 10)}")
print("mean", statistics.mean(rolls), "mode", statistics.mode(rolls))

random.seed(7)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)

deck = [r + s for s in 'SHDC' for r in ['A', '2', '3', '4', '5', '6', '7', '8', '9', 'T', 'J', 'Q', 'K']]
random.seed('cards')
random.shuffle(deck)
hands = [deck[i:i + 5] for i in range(0, 20, 5)]
print(hands)
print(random.sample(deck, 3), random.sample(range(100), 5), random.choice(deck))
print(random.choices(['red', 'green', 'blue'], weights=[10, 1, 1], k=10))
print(random.choices('abc', cum_weights=[1, 2, 10], k=8))
print([round(random.gauss(100, 15), 3) for _ in range(5)])
print([round(random.normalvariate(0, 1), 4) for _ in range(3)])
print([round(random.expovariate(0.5), 4) for _ in range(3)], round(random.triangular(0, 10, 2), 4))
print([round(random.uniform(-1, 1), 6) for _ in range(3)], random.randrange(0, 100, 7), random.getrandbits(40))
print(round(random.betavariate(2, 5), 6), round(random.gammavariate(2.0, 1.5), 6),
      round(random.lognormvariate(0, 0.5), 6), round(random.vonmisesvariate(1, 2), 6),
      round(random.paretovariate(3), 6), round(random.weibullvariate(1, 1.5), 6))

rng = random.Random(99)
pos, path = 0, []
for _ in range(20):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))

def reservoir(stream, k, rng):
    sample = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randint(0, i)
            if j < k:
                sample[j] = item
    return sample

print(reservoir(range(10000), 5, random.Random(1)))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)
r1, r2 = random.Random('same seed'), random.Random('same seed')
print([r1.randint(0, 10**6) for _ in range(3)] == [r2.randint(0, 10**6) for _ in range(3)])
random.seed(12345678901234567890)
print(random.random(), random.randbytes(6).hex())
random.seed(b'bytes seed')
print(random.random())
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.randrange(0), lambda: random.choices([1], weights=[1, 2])]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
