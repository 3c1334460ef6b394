# Coroutine errors as CPython reports them: reusing an awaited coroutine,
# awaiting a non-awaitable, bad async with/for operands, next()/iter() on a
# coroutine, and an uncaught exception through asyncio.run (traceback).
import asyncio
async def inner(n):
    await asyncio.sleep(0)
    if n == 2:
        raise KeyError(n)
    return n
async def outer():
    results = []
    for i in range(3):
        results.append(await inner(i))
    return results
async def main():
    try:
        await outer()
    except KeyError as e:
        print("caught", repr(e))
    c = inner(0)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)
    try:
        await 5
    except TypeError as e:
        print(e)
    class Aw:
        def __await__(self):
            yield
            return "custom"
    print(await Aw())
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in [1]:
            pass
    except TypeError as e:
        print(e)
    class CM:
        async def __aenter__(self):
            print("enter"); return self
        async def __aexit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None); return True
    async with CM() as cm:
        raise ValueError("swallowed")
    print("after swallow")
    for i in range(3):
        async with CM():
            if i == 1: break
    probe = inner(1)
    print(repr(probe)[:25], asyncio.iscoroutine(probe), asyncio.iscoroutinefunction(inner))
    await probe
    coro = inner(5)
    try:
        next(coro)
    except TypeError as e:
        print(e)
    try:
        iter(coro)
    except TypeError as e:
        print(e)
    coro.close()
    await outer()
asyncio.run(main())
