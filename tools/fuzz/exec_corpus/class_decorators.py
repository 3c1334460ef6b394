# Function decorators applied to methods and free functions, stacked.
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args[1:] if isinstance(args[0], Shop) else args, kwargs)
        return f(*args, **kwargs)
    return wrapper
def double(f):
    def wrapper(*args):
        return 2 * f(*args)
    return wrapper
class Shop:
    def __init__(self):
        self.items = []
    @trace
    def add(self, item, qty=1):
        self.items.append((item, qty))
        return len(self.items)
s = Shop()
print(s.add("apple"), s.add("pear", qty=3))
print(s.items)
@double
@double
def three():
    return 3
print(three())
@trace
def plain(a, b):
    return a - b
print(plain(10, 4))
