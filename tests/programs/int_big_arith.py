# Ints beyond 64 bits: promotion at the 64-bit boundaries, every
# arithmetic operator, unary operators, in-place forms, bools and builtins.
MAX = 9223372036854775807
MIN = -9223372036854775808


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)


show("max+1", lambda: MAX + 1)
show("min-1", lambda: MIN - 1)
show("max*2", lambda: MAX * 2)
show("min*-1", lambda: MIN * -1)
show("-min", lambda: -MIN)
show("abs(min)", lambda: abs(MIN))
show("min//-1", lambda: MIN // -1)
show("min%-1", lambda: MIN % -1)
show("divmod(min,-1)", lambda: divmod(MIN, -1))
show("(max+1)-1", lambda: (MAX + 1) - 1)
show("(min-1)+1", lambda: (MIN - 1) + 1)
show("2**63", lambda: 2**63)
show("2**64-1", lambda: 2**64 - 1)
show("(-2)**63", lambda: (-2) ** 63)
show("(-2)**64", lambda: (-2) ** 64)
show("1<<63", lambda: 1 << 63)
show("-1<<63", lambda: -1 << 63)
show("3**40", lambda: 3**40)
show("7**77", lambda: 7**77)
show("0**0", lambda: 0**0)
show("2**-2", lambda: 2**-2)
show("(2**70)**-1", lambda: (2**70) ** -1)
show("0**-1", lambda: 0 ** -1)
show("(10**400)**-1", lambda: (10**400) ** -1)
show("10**(-2**70)", lambda: 10 ** (-(2**70)))
show("1**(2**100)", lambda: 1 ** (2**100))
show("(-1)**(2**100+1)", lambda: (-1) ** (2**100 + 1))
show("0**(2**100)", lambda: 0 ** (2**100))

a = 123456789012345678901234567890
b = -98765432109876543210
for x, y in [(a, b), (b, a), (a, 7), (-a, 7), (a, -7), (7, a), (-7, a),
             (a, a), (b, 3), (MAX, MIN), (MIN, MAX), (True, a)]:
    print(x + y, x - y, x * y, x // y, x % y, divmod(x, y))
show("a//0", lambda: a // 0)
show("a%0", lambda: a % 0)
show("divmod(a,0)", lambda: divmod(a, 0))
show("a/0", lambda: a / 0)
show("-a", lambda: -a)
show("+a", lambda: +a)
show("~a", lambda: ~a)
show("abs(b)", lambda: abs(b))
show("a*0", lambda: a * 0)
show("a-a", lambda: a - a)
show("a//a", lambda: a // a)
show("bool(a)", lambda: bool(a))
show("not b", lambda: not b)
show("a if a else 0", lambda: a if a else 0)

x = MAX
x += 1
print(x, type(x) is int)
x -= 1
print(x)
x *= x
print(x)
x //= 3
print(x)
x %= 10**20
print(x)
x **= 3
print(x)
x = 1
for i in range(1, 40):
    x *= i
print("39! =", x)
f = [0, 1]
for i in range(200):
    f.append(f[-1] + f[-2])
print(f[100], f[150], f[200])
vals = [2**100, -2**100, 5, -5, 2**64, 0, True, 2.5, -1e30, 10**30]
print(sorted(vals))
print(min(vals), max(vals), sum([2**63, 2**63, -1]), sum(vals[:6]))
print(sorted([3**50, 2**80, -3**50, 2**80 + 1], reverse=True))
print(max(2**64, 2**64 + 1.0), min(-2**64, -2**64 - 1))
print([2**64 + i for i in range(3)], (2**65, -2**65), {'k': 2**66})
print(isinstance(2**100, int), type(2**100) is int, type(2**100 - 2**100))
print((2**100).real, (2**100).imag, (2**100).numerator, (2**100).denominator)
print((2**100).conjugate(), (2**100).as_integer_ratio())
print(int(2**100), int(-2**100.0) if False else int(-2.0**100))
