#~
s234 = 'hello world'
print(s234.upper(), s234.split(), s234[::-1], s234.find('-4.5e3'), s234.replace("a", '\n\t x'))
print(s234.center(0 * 3, "*"), s234.encode("utf-8"), "%s|%r|%5d" % (s234, s234, -4))
print(s234.capitalize() if hasattr(s234, "capitalize") else None, "{}-{}".format(s234, len(s234)))
#~
T784 = type("T784", (object,), {"a": 0, "f": lambda self: self.a ** 1})
o784 = T784()
setattr(o784, "b", False)
print(o784.f(), getattr(o784, "b"), hasattr(o784, "zz"), isinstance(o784, T784), sorted(vars(o784)))
print(type({'  padded  ': float('-inf')}).__name__, callable(o784.f), eval("5 + 2"))
