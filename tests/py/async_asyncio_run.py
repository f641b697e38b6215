# asyncio.run, sleep(0) interleaving and the task start order.
import asyncio


async def chatter(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return f"{name} finished"


async def main():
    print("main starts")
    t1 = asyncio.create_task(chatter("A", 3))
    t2 = asyncio.create_task(chatter("B", 2))
    print("tasks created; not started yet:", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("main after one yield")
    r1 = await t1
    r2 = await t2
    print(r1, "/", r2)
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    print(asyncio.current_task().get_name())
    return 7


print("result:", asyncio.run(main()))
print(asyncio.run(chatter("solo", 1)))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)

try:
    asyncio.run(42)
except ValueError as e:
    print(e)


async def nested():
    coro = chatter("x", 0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

asyncio.run(nested())


async def sleeper():
    t0 = asyncio.get_running_loop().time()
    await asyncio.sleep(0.01)
    dt = asyncio.get_running_loop().time() - t0
    print("slept long enough:", dt >= 0.009)
    r = await asyncio.sleep(0, result="value")
    print("sleep result:", r)

asyncio.run(sleeper())
print(asyncio.iscoroutinefunction(sleeper), asyncio.iscoroutinefunction(print))
c = sleeper()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(sleeper))
c.close()
