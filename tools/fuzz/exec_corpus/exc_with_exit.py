# with statement __exit__ receives exception details and can suppress.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressing", t.__name__, repr(v))
            return True
        return False
with Suppress(KeyError):
    {}["x"]
print("continued")
with Suppress(KeyError, IndexError):
    [][1]
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
class Closer:
    def __enter__(self):
        print("open")
        return "resource"
    def __exit__(self, *exc):
        print("close", exc[0] is None)
def use():
    with Closer() as r:
        print("using", r)
        return "result"
print(use())
