# asyncio.Queue: producers and consumers, task_done/join, bounded queues.
import asyncio


async def producer(q, name, items):
    for it in items:
        await q.put(f"{name}:{it}")
        print(f"put {name}:{it} (size {q.qsize()})")
    print(f"producer {name} done")


async def consumer(q, name, out):
    while True:
        item = await q.get()
        out.append((name, item))
        print(f"{name} got {item}")
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.maxsize)
    out = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", out)) for i in range(2)]
    await asyncio.gather(producer(q, "p", range(5)), producer(q, "r", "ab"))
    await q.join()
    print("all items processed:", len(out))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print([c.cancelled() for c in consumers])

    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), q.get_nowait(), q.get_nowait(), q.qsize())
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    b = asyncio.Queue(1)
    b.put_nowait("x")
    try:
        b.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    for _ in range(3):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    pq = asyncio.PriorityQueue()
    for v in (5, 1, 4, 2, 3):
        await pq.put(v)
    print([await pq.get() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for v in "abc":
        lq.put_nowait(v)
    print([lq.get_nowait() for _ in range(3)])

    # A getter waiting on an empty queue is woken by put.
    q = asyncio.Queue()

    async def late_put():
        await asyncio.sleep(0.001)
        print("putting late")
        await q.put("late item")

    t = asyncio.create_task(late_put())
    print("waiting for item")
    print("got", await q.get())
    await t


asyncio.run(main())
