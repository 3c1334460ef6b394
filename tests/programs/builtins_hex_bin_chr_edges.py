# hex/oct/bin/chr/ord/abs/pow/divmod with edge arguments.
print(hex(0), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**62), format(-10, "b"))
print(chr(65), chr(0x1F600) == "\U0001F600", ord("é"), ord("\n"), chr(0) == "\x00", repr(chr(127)), repr(chr(160)))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: hex(1.5), lambda: ord(5), lambda: chr("a")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3), pow(2.0, 3), pow(3, 4, 5), pow(-3, 3, 5), 2 ** 63 - 1 if False else 7)
try:
    pow(2, -1, 5) if False else pow(2, 3, 0)
except ValueError as e:
    print(e)
print(abs(-3), abs(-2.5), abs(True), abs(-0.0), divmod(7, -3), divmod(-7.5, 2), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
print(int("7") + True, True + True, True * 3.0, -True, ~True, True & False, True | 2, 1 == True, hash(True), isinstance(True, int))
print(any([]), all([]), any([0, "", None]), all([1, "a"]), any([x > 2 for x in [1, 3]]))
