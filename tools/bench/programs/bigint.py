# Integers beyond 64 bits: digits of pi by Gibbons' unbounded spigot
# (additions, multiplications and divisions of growing ints), big
# Fibonacci numbers, and modular exponentiation. No Lua twin: Lua's
# integers are 64-bit.


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return out


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


digits = pi_digits(2500)
print("".join([str(d) for d in digits[:50]]), sum(digits))
f = fib(20000)
print(len(str(f)), f % 1000000007)
m = 2**521 - 1  # a Mersenne prime
acc = 0
for i in range(2, 400):
    acc ^= pow(i, m - 1, m) + pow(i, 65537, m) % 1000
print(acc)
