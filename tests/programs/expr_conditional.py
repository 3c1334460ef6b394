# Conditional expressions, nested and lazily evaluated.
for n in range(-1, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
def boom():
    raise RuntimeError("should not run")
print(1 if True else boom())
print(boom() if False else 2)
x = [1, 2] if len("ab") == 2 else None
print(x)
f = (lambda a: a * 2) if x else (lambda a: a)
print(f(21))
print([i if i % 2 else -i for i in range(5)])
print(("a" if 0 else "b") + ("c" if 1 else "d"))
