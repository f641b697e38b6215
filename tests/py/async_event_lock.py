# asyncio.Event, Lock and Semaphore.
import asyncio


async def main():
    ev = asyncio.Event()
    order = []

    async def waiter(n):
        order.append(f"wait {n}")
        await ev.wait()
        order.append(f"woke {n}")
        return n

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), order)
    ev.set()
    print(await asyncio.gather(*tasks))
    print(order)
    print(await ev.wait(), "(already set)")
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    shared = []

    async def critical(n):
        async with lock:
            shared.append(f"enter {n}")
            await asyncio.sleep(0)
            shared.append(f"exit {n}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(shared)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            print("running", n, "active", len(active))
            for _ in range(n % 3 + 1):
                await asyncio.sleep(0)
            active.remove(n)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak concurrency", peak[0])

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)

    # An Event used as a start signal for several workers.
    go = asyncio.Event()
    results = []

    async def racer(name, steps):
        await go.wait()
        # Yield `steps` times (sleep(0) is ordered by the ready queue, unlike
        # short timed sleeps, which a loaded machine can reorder).
        for _ in range(steps):
            await asyncio.sleep(0)
        results.append(name)

    racers = [asyncio.create_task(racer(n, k)) for n, k in (("slow", 3), ("fast", 1), ("mid", 2))]
    await asyncio.sleep(0)
    go.set()
    await asyncio.gather(*racers)
    print(results)


asyncio.run(main())
