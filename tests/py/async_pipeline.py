# A small asyncio pipeline: async generators feeding stages through queues.
import asyncio


async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def stage(name, inbox, outbox, fn):
    while True:
        item = await inbox.get()
        if item is None:
            await outbox.put(None)
            inbox.task_done()
            print(f"{name}: done")
            return
        result = fn(item)
        print(f"{name}: {item} -> {result}")
        await outbox.put(result)
        inbox.task_done()


async def collect(inbox):
    items = []
    while (item := await inbox.get()) is not None:
        items.append(item)
    return items


class Batcher:
    """An async iterator grouping an async source into lists."""

    def __init__(self, agen, size):
        self.agen = agen
        self.size = size

    def __aiter__(self):
        return self

    async def __anext__(self):
        batch = []
        async for v in self.agen:
            batch.append(v)
            if len(batch) == self.size:
                return batch
        if batch:
            return batch
        raise StopAsyncIteration


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    workers = [
        asyncio.create_task(stage("double", q1, q2, lambda x: x * 2)),
        asyncio.create_task(stage("inc", q2, q3, lambda x: x + 1)),
    ]
    collector = asyncio.create_task(collect(q3))
    async for v in source(4):
        await q1.put(v)
    await q1.put(None)
    print("collected", await collector)
    await asyncio.gather(*workers)

    batches = [b async for b in Batcher(source(7), 3)]
    print("batches", batches)

    async def running_total(agen):
        total = 0
        async for v in agen:
            total += v
            yield total

    print([t async for t in running_total(source(6))])

    lock = asyncio.Lock()
    account = {"balance": 100}

    async def transfer(amount):
        async with lock:
            bal = account["balance"]
            await asyncio.sleep(0)
            account["balance"] = bal - amount
            return account["balance"]

    print(await asyncio.gather(*(transfer(a) for a in (10, 20, 30))))
    print("balance", account["balance"])


asyncio.run(main())
