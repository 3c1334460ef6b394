# Unary minus, plus and invert on ints, floats and bools.
print(-5, +5, -(-5), -0, +0)
print(-1.5, +1.5, -0.0, -(0.0), +(-0.0))
print(-True, +True, ~True, ~False)
print(type(-True).__name__, type(+False).__name__)
x = 7
print(-x, ~x, - -x, ~~x)
print(-(x - 10))
print(not x, not not x)
print(-9223372036854775807)
print(abs(-x), -abs(x))
