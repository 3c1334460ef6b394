# __repr__ and __str__ used by print, str, repr, f-strings and containers.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "ReprOnly(" + repr(self.v) + ")"
class StrOnly:
    def __str__(self):
        return "just str"
b = Both()
print(b, str(b), repr(b))
print([b], (b,), {"k": b})
print(f"{b} {b!r}")
r = ReprOnly("x")
print(r, str(r), [r, ReprOnly(2)])
s = StrOnly()
print(s, str(s))
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
