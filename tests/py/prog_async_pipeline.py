# An asyncio producer/transformer/consumer pipeline with queues, gather,
# timeouts, cancellation and error propagation.
import asyncio

log = []


async def producer(name, items, queue, delay):
    for item in items:
        await asyncio.sleep(delay)
        await queue.put((name, item))
        log.append(f"{name} put {item}")
    await queue.put((name, None))


async def transformer(inq, outq, n_producers):
    done = 0
    while done < n_producers:
        name, item = await inq.get()
        if item is None:
            done += 1
            continue
        if isinstance(item, str):
            item = item.upper()
        else:
            item = item * item
        await outq.put(f"{name}:{item}")
    await outq.put(None)


async def consumer(queue, results):
    while True:
        item = await queue.get()
        if item is None:
            return len(results)
        results.append(item)


async def slow(n):
    await asyncio.sleep(n)
    return n


async def failing(msg):
    await asyncio.sleep(0.001)
    raise ValueError(msg)


async def worker(name, jobs, out):
    while True:
        try:
            job = jobs.get_nowait()
        except asyncio.QueueEmpty:
            return name
        await asyncio.sleep(0)
        out.append((name, job, sum(range(job))))


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=2)
    results = []
    counts = await asyncio.gather(
        producer("nums", [1, 2, 3, 4], q1, 0.001),
        producer("words", ["a", "bb", "ccc"], q1, 0.0015),
        transformer(q1, q2, 2),
        consumer(q2, results),
    )
    print("gather:", counts)
    print("results:", sorted(results))
    print("log has", len(log), "entries")

    try:
        await asyncio.wait_for(slow(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print("fast:", await asyncio.wait_for(slow(0), timeout=1))

    outcome = await asyncio.gather(slow(0.001), failing("bad input"), return_exceptions=True)
    print([f"{type(x).__name__}: {x}" if isinstance(x, Exception) else x for x in outcome])
    try:
        await asyncio.gather(failing("first"), slow(0.002))
    except ValueError as e:
        print("gather raised:", e)

    task = asyncio.create_task(slow(5))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled(), task.done())

    jobs = asyncio.Queue()
    for j in range(8):
        jobs.put_nowait(j)
    out = []
    names = await asyncio.gather(*(worker(f"w{i}", jobs, out) for i in range(3)))
    print(names, out)

    lock = asyncio.Lock()
    shared = []

    async def critical(tag):
        async with lock:
            shared.append(f"{tag}-in")
            await asyncio.sleep(0)
            shared.append(f"{tag}-out")

    await asyncio.gather(critical("x"), critical("y"), critical("z"))
    print(shared)
    event = asyncio.Event()

    async def waiter(i):
        await event.wait()
        return i * 10

    waiters = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("waiting:", [t.done() for t in waiters])
    event.set()
    print(await asyncio.gather(*waiters))
    return "main done"


print(asyncio.run(main()))
