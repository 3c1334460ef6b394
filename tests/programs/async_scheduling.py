# The order in which the loop runs tasks and callbacks: call_soon FIFO,
# timers by deadline, sleep(0) yielding, as_completed by completion time,
# bounded queues, semaphores and conditions.
import asyncio

log = []


async def ticker(name, n, delay):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(delay)
    return name


async def yielder(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)


async def slow(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, "soon-1")
    loop.call_later(0.02, order.append, "later-0.02")
    loop.call_later(0.01, order.append, "later-0.01")
    loop.call_soon(order.append, "soon-2")
    handle = loop.call_later(0.005, order.append, "cancelled")
    handle.cancel()
    await asyncio.sleep(0.05)
    print(order)

    await asyncio.gather(yielder("a"), yielder("b"), yielder("c"))

    await asyncio.gather(ticker("x", 3, 0.01), ticker("y", 2, 0.015))
    print(log)

    for coro in asyncio.as_completed([slow("third", 0.03), slow("first", 0.01),
                                      slow("second", 0.02)]):
        print("completed", await coro)

    done, pending = await asyncio.wait(
        [asyncio.create_task(slow(i, 0.01 * i)) for i in (1, 5)],
        return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()

    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
            print("produced", i, "size", q.qsize())
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            print("consumed", item)

    await asyncio.gather(producer(), consumer())
    await q.join()

    sem = asyncio.Semaphore(2)
    active = []

    async def limited(i):
        async with sem:
            active.append(i)
            print("running", i, "concurrent", len(active))
            # sleep(0), not a timer: which holders have left when the next
            # one enters must not depend on how fast the interpreter runs.
            await asyncio.sleep(0)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))

    cond = asyncio.Condition()
    ready = []

    async def waiter(i):
        async with cond:
            await cond.wait_for(lambda: ready)
            print("waiter", i, "saw", ready)

    tasks = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        ready.append("go")
        cond.notify_all()
    await asyncio.gather(*tasks)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")

    shielded = asyncio.shield(slow("shielded", 0.01))
    print(await shielded)

    print(asyncio.current_task().get_name().startswith("Task-"))


asyncio.run(main())
