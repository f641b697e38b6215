# asyncio.gather: results in argument order, exceptions, return_exceptions.
import asyncio

log = []


async def job(name, delay, fail=False):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    if fail:
        raise ValueError(f"{name} failed")
    return name * 2


async def main():
    # Finishing order differs from argument order; results follow arguments.
    r = await asyncio.gather(job("a", 0.003), job("b", 0.001), job("c", 0))
    print(r)
    print(log)
    log.clear()

    r = await asyncio.gather(job("x", 0), job("y", 0, fail=True), job("z", 0.001),
                             return_exceptions=True)
    print([repr(v) for v in r])
    log.clear()

    try:
        await asyncio.gather(job("p", 0.001), job("q", 0, fail=True))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.002)
    print(log)

    print(await asyncio.gather())

    # Tasks and coroutines mixed; the same task twice.
    t = asyncio.create_task(job("t", 0))
    print(await asyncio.gather(t, job("u", 0), t))

    # Nested gathers.
    inner = asyncio.gather(job("i1", 0), job("i2", 0))
    print(await asyncio.gather(inner, job("o", 0)))

    # gather of plain sleep(0) interleavings.
    order = []

    async def step(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)

    await asyncio.gather(step(1), step(2), step(3))
    print(order)


asyncio.run(main())
