# Async generators (PEP 525): async for over them, asend/athrow/aclose,
# awaiting inside, finally blocks on aclose, errors as CPython reports them.
import asyncio


async def ticks(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("echo closing with", received)


async def guarded():
    try:
        yield "first"
        yield "second"
    except ValueError as e:
        print("generator caught", repr(e))
        yield "recovered"
    finally:
        print("guarded finally")


async def pairs(source):
    previous = None
    async for item in source:
        if previous is not None:
            yield (previous, item)
        previous = item


async def main():
    async for i in ticks(3):
        print("tick", i)

    agen = ticks(2)
    print(type(agen).__name__, agen.__aiter__() is agen)
    print(await agen.__anext__(), await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted")

    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    await e.aclose()
    try:
        await e.asend("c")
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")

    g = guarded()
    print(await g.__anext__())
    print(await g.athrow(ValueError("boom")))
    await g.aclose()

    async for pair in pairs(ticks(4)):
        print("pair", pair)

    results = []
    async for value in ticks(5):
        if value == 3:
            break
        results.append(value)
    print("collected before break", results)

    async def slow_numbers():
        for i in range(3):
            await asyncio.sleep(0.01 * (3 - i))
            yield i * 10

    async def consume(tag):
        async for n in slow_numbers():
            print(tag, n)

    await asyncio.gather(consume("A"), consume("B"))

    async def failing():
        yield 1
        raise KeyError("inside")

    try:
        async for v in failing():
            print("got", v)
    except KeyError as exc:
        print("propagated", repr(exc))

    async def stops():
        yield 1
        raise StopAsyncIteration

    try:
        async for v in stops():
            print("stops yielded", v)
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    print(repr(ticks(1))[:30])


asyncio.run(main())
