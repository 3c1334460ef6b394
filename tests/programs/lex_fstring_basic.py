# f-strings: expressions, !r, braces escaping.
name = "World"
n = 3
print(f"Hello, {name}!")
print(f"{n} + {n} = {n + n}")
print(f"{name!r}")
print(f"{'quoted'!r} and {3.5!r}")
print(f"{{literal braces}} {n}")
print(f"{[1, 2, 3]} {(1, 'a')} {None} {True}")
print(F"upper F {n * 2}")
items = {"k": 5}
print(f"{items['k']} {len(items)}")
print(f"{name}{n}{name}")
print(f"")
print(f"{n}" * 3)
x = 0.1
print(f"{x} {x!r} {1/3}")
print(f"{'a' if n > 2 else 'b'}")
print(f"{n:3}|{name!r:>10}|")
