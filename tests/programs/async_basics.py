# async def / await / async for / async with on the asyncio event loop:
# gather, tasks, wait_for, Queue, Lock, Event, cancellation, timeouts.
import asyncio

async def work(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()

async def main():
    r = await asyncio.gather(work("a", 0.02), work("b", 0.01), work("c", 0))
    print(r)
    t = asyncio.create_task(work("t", 0.01))
    print(await t, t.done(), t.get_name())
    try:
        await asyncio.wait_for(work("slow", 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            print("put", i)
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            print("got", item)
    await asyncio.gather(producer(), consumer())
    lock = asyncio.Lock()
    async def locked(n):
        async with lock:
            print("in", n)
            await asyncio.sleep(0)
            print("out", n)
    await asyncio.gather(*(locked(i) for i in range(3)))
    class AIter:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 3: raise StopAsyncIteration
            await asyncio.sleep(0)
            return self.i
    async for v in AIter():
        print("aiter", v)
    else:
        print("aiter done")
    e = asyncio.Event()
    async def waiter():
        print("waiting"); await e.wait(); print("event set")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    e.set()
    await w
    async def boom():
        await asyncio.sleep(0)
        raise ValueError("bad")
    res = await asyncio.gather(boom(), work("ok", 0), return_exceptions=True)
    print(res)
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", t2.cancelled())
    async with asyncio.timeout(0.01):
        pass
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    return "main done"

print(asyncio.run(main()))
