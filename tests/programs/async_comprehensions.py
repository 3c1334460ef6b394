# Asynchronous comprehensions (PEP 530): `async for` clauses and `await`
# inside list/set/dict comprehensions and generator expressions.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([x async for x in numbers(5)])
    print({x % 3 async for x in numbers(7)})
    print({x: x * x async for x in numbers(4)})
    print([x async for x in numbers(10) if x % 2 if x > 2])
    print([await double(x) for x in range(4)])
    print([x for x in range(6) if await double(x) > 4])
    print([(x, y) async for x in numbers(3) for y in range(x)])
    print([[y async for y in numbers(x)] for x in range(4)])
    gen = (x * 10 async for x in numbers(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    awaited = (await double(x) for x in range(3))
    print([v async for v in awaited])
    total = 0
    async for v in (x async for x in numbers(4)):
        total += v
    print("total", total)


asyncio.run(main())


def not_async():
    return (x async for x in numbers(2))


async def drive():
    return [v async for v in not_async()]


print(asyncio.run(drive()))

for src in ["def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n",
            "def f():\n    return (await x for x in y)\n"]:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)
