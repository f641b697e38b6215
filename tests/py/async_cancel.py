# Basic cancellation: CancelledError inside the task, cleanup, cancelled().
import asyncio


async def long_job(log):
    try:
        log.append("job started")
        await asyncio.sleep(10)
        log.append("never")
    except asyncio.CancelledError:
        log.append("job saw CancelledError")
        raise
    finally:
        log.append("job cleanup")


async def main():
    log = []
    t = asyncio.create_task(long_job(log))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(log)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError too")

    # Cancelled before it ever ran.
    t = asyncio.create_task(long_job(log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start; log grew:", len(log))

    # A task may swallow the cancellation and return normally.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored cancel"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # Cancellation message.
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # CancelledError is a BaseException, not an Exception.
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))

    # Cancelling a future.
    fut = asyncio.get_running_loop().create_future()
    print(fut.cancel(), fut.cancelled(), fut.cancel())

    # Cancelling a gather cancels the children.
    async def child(n):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("child", n, "cancelled")
            raise

    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")


asyncio.run(main())
