# __call__ makes instances callable; callable() reports it.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, scale=1):
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=10), add5(x=2))
print(list(map(add5, [1, 2, 3])))
print(callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 0))
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
        self.calls = 0
    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.calls)
