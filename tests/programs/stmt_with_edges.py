# with: multiple managers, exceptions, return/continue/break through __exit__, bad managers.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with CM("a") as x, CM("b") as y:
    print(x, y)
try:
    with CM("c"), CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except (KeyError, ValueError) as e:
        print("tuple except", e)
        raise
except Exception as e:
    print("reraised", type(e).__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("base", type(e).__name__)
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
