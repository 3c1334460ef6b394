# with statements: __enter__ value, __exit__ arguments, suppression.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, exc_type.__name__, exc)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Ctx("outer") as o, Ctx("inner") as i:
    print(o, i)
def f():
    with Ctx("ret"):
        return "returned"
print(f())
for n in range(2):
    with Ctx("loop" + str(n)):
        if n == 0:
            continue
        print("n", n)
