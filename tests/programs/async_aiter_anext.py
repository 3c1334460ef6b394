# aiter() and anext() with and without a default, and their TypeErrors.
import asyncio
for f in [lambda: aiter(1), lambda: anext(1), lambda: anext(1, 2)]:
    try: f()
    except TypeError as e: print(e)
class A:
    def __aiter__(self): return 1
try: aiter(A())
except TypeError as e: print(e)
async def agen():
    yield 1
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    g = agen()
    it = aiter(g)
    print(it is g, await anext(it), await anext(it, "done"))
    try: await anext(it)
    except StopAsyncIteration: print("stop")
    c = aiter(Counter(2))
    print(await anext(c), await anext(c), await anext(c, None))
    async def boom():
        raise ValueError("x")
        yield
    try: await anext(boom(), 1)
    except ValueError as e: print("ValueError", e)
asyncio.run(main())
