# str.format: positional/auto/keyword fields, indexing, attributes, conversions, errors.
class Pt:
    def __init__(self):
        self.x, self.y = 1, 2
    def __format__(self, spec):
        return "Pt<" + spec + ">"
p = Pt()
print("{} {} {}".format(1, "a", None), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1[k]}".format([5, 6], {"k": "v"}), "{0.x},{0.y}".format(p), "{:>6}|{:^6}|".format(p, "mid"))
print("{!r} {!s} {!a}".format("q", 3, "ü"), "{0!r:>6}".format("z"), "{{}} {{{0}}}".format(7), "{:d}".format(True))
print("{:{}{}}".format(3.14159, ".", "2f"), "{0:{fill}>{w}}".format(1, fill="*", w=5), format(p, "abc"), f"{p:xy}")
for bad in ["{", "}", "{0", "{:d}", "{0}{}", "{}{0}", "{2}", "{x}", "{0[}", "{!x}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print("{:.2f}".format(1), "{:x}".format(255), "{:,}".format(1234.5), "{:e}".format(0), "{:5}|".format(True), "{:>5}|".format(None))
try:
    "{:d}".format(1.5)
except ValueError as e:
    print(e)
try:
    "{:s}".format(1)
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(1, ".2s")
except ValueError as e:
    print(e)
