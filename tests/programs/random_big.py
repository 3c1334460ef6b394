# random: seeding with big ints, bytes and bytearray; getrandbits beyond 64
# bits; randrange/randint with big bounds; randbytes.
import random

seeds = [0, 1, -1, 2**32 - 1, 2**32, 2**63, -(2**63), 2**64 - 1, 2**64,
         2**100 + 3, -(2**100 + 3), 3**500, 2**1024, -(7**300),
         b'', b'abc', b'\x00\x00\x01', bytearray(b'hello'), bytes(range(256)),
         'abc', 'h\xe9llo \u20ac', '', 1.5, -2.25, True]
for s in seeds:
    r = random.Random(s)
    print(type(s).__name__, r.random(), r.getrandbits(64), r.getrandbits(100))

r = random.Random(12345)
for k in [0, 1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 128, 200, 1000]:
    print(k, r.getrandbits(k))
print(r.getrandbits(5000) % 10**30)

for seed in range(30):
    r = random.Random(seed * 7919)
    out = [r.randrange(2**100), r.randrange(-(2**80), 2**80),
           r.randrange(10, 2**90, 7), r.randrange(2**70, -(2**70), -(2**33)),
           r.randint(2**64, 2**64 + 5), r.randint(-(2**65), 2**65),
           r.randrange(2**64 - 1), r.randrange(2**63), r.randrange(2**63 + 1),
           r.randbytes(5), r.randbytes(0), r.randbytes(13)]
    print(seed, out)
r = random.Random(2**200)
print(r.randbytes(40).hex(), r.random())
r = random.Random(b'bytes seed')
print([r.randrange(10**30) for _ in range(5)])
random.seed(2**77 + 1)
print(random.random(), random.getrandbits(70), random.randbytes(6))
print(random.choice(range(10)), random.sample(range(2**62), 3))
for bad in [lambda: random.randrange(2**70, 2**70), lambda: random.randrange(0, 2**70, 0),
            lambda: random.randrange(2**70, 0, 2**60), lambda: random.randrange(-(2**70)),
            lambda: random.getrandbits(-1), lambda: random.randbytes(-1),
            lambda: random.seed([1, 2]), lambda: random.Random({})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(random.SystemRandom().randbytes(9)), random.SystemRandom().getrandbits(200) < 2**200)
