# Sieve of Eratosthenes over a million flags, several rounds: big list
# repetition, indexed stores in a strided loop, and big dead lists.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags


total = 0
for round_ in range(6):
    flags = sieve(1000000)
    total += flags.count(True)
print(total)
