# An error raised by a big-int operation, uncaught: CPython's traceback.
# Many big ints are built and dropped on the way (the collector frees them).
total = 0
for i in range(20000):
    x = 3 ** (i % 300 + 50) * 7 ** 20
    total ^= x
print(total % 1000000007, total.bit_length())
digits = 10 ** 4300
print(len(str(digits - 1)))
print(str(digits))
