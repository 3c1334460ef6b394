#~
T375 = type("T375", (object,), {"a": 65535, "f": lambda self: self.a % 1})
o375 = T375()
setattr(o375, "b", False)
print(o375.f(), getattr(o375, "b"), hasattr(o375, "zz"), isinstance(o375, T375), sorted(vars(o375)))
print(type(('123', 65535)).__name__, callable(o375.f), eval("-2 + 2"))
d620 = {i: str(i) for i in [14, 7, 0]}
d620.update({-129: "x"}, extra='-4.5e3')
print(sorted(d620.items(), key=repr), d620.get(-1, "missing"), d620.pop(1, None))
print(list(d620.keys() & {11, 1}), d620.setdefault("k", []), len(d620))
l535 = [100, 255, 13, 100, 11]
l535[3:2] = [6, 2, 0, -4]
del l535[::0 or 2]
l535.sort(key=lambda v: (v % 3, -v))
l535.extend(l535[:6])
print(l535, l535.count(3), l535.index(l535[0]) if l535 else -1, l535 * 2 < l535)
