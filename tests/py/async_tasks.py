# Tasks: create_task, done/result, names, callbacks and ordering.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * x


async def failing():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    tasks = [asyncio.create_task(compute(i), name=f"sq{i}") for i in range(4)]
    print([t.get_name() for t in tasks])
    print([t.done() for t in tasks])
    for t in tasks:
        print(t.get_name(), await t)
    print([t.done() for t in tasks], [t.result() for t in tasks])

    t = asyncio.create_task(compute(5))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("not ready:", e)
    calls = []
    t.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
    t.add_done_callback(lambda fut: calls.append(("cb2", fut.done())))
    await t
    print("callbacks before yield:", calls)
    await asyncio.sleep(0)
    print("callbacks after yield:", calls)

    f = asyncio.create_task(failing())
    try:
        await f
    except KeyError as e:
        print("task raised", repr(e), "| exception():", repr(f.exception()))
    try:
        f.result()
    except KeyError as e:
        print("result() re-raises", repr(e))

    # A task awaiting another task.
    async def waiter(other):
        v = await other
        return v + 1

    a = asyncio.create_task(compute(3))
    b = asyncio.create_task(waiter(a))
    print(await b)

    # Futures resolved by callbacks.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut)
    fut2 = loop.create_future()
    loop.call_later(0.001, fut2.set_result, "from call_later")
    print(await fut2)
    print(fut2.done(), fut2.cancelled(), fut2.result())

    # call_soon callbacks run in FIFO order.
    seen = []
    for i in range(5):
        loop.call_soon(seen.append, i)
    await asyncio.sleep(0)
    print(seen)

    # Task names continue counting.
    t = asyncio.create_task(compute(1))
    print(t.get_name().startswith("Task-"))
    await t
    print(len(asyncio.all_tasks()))


asyncio.run(main())
