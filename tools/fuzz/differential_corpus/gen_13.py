#~
class C928:
    k = 10
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C928({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C928) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C928(self.v ^ (o.v if isinstance(o, C928) else o))
    def __lt__(self, o):
        return self.v < o.v
class D928(C928):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs928 = [D928(i) for i in [7, 4, 12345678901234567890123, 0]]
print(sorted(xs928), {C928(-3), C928(14)}, xs928[0].double if xs928 else None)
print(C928(0) + 1, C928.k, D928.__mro__[1].__name__)
x471 = float('nan')
print(round(x471, 1), float(repr(x471)) == x471, f"{x471:.8f}", f"{x471:e}")
print(x471.is_integer(), int(x471) if x471 == x471 and abs(x471) < 1e300 else None)
raw403 = [10, 14, 5, 9, -3, 7][:8]
bs403 = bytes(raw403) if all(0 <= v < 256 for v in raw403) else b"ab"
ba403 = bytearray(bs403) + b"403"
ba403[0:1] = b"Z"
print(bs403.hex(), ba403, bs403.decode("latin-1"), ba403.find(b"403"))
