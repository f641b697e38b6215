# asyncio.wait_for: results, timeouts and cancellation of the inner task.
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(1)
        return "slow result"
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def quick():
    await asyncio.sleep(0)
    return "quick result"


async def main():
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), timeout=None))
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.005)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, log)
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(log), timeout=0)
    except TimeoutError:
        print("zero timeout:", log)

    async def boom():
        await asyncio.sleep(0)
        raise ValueError("inner failure")

    try:
        await asyncio.wait_for(boom(), timeout=1)
    except ValueError as e:
        print("inner exception passes through:", e)


asyncio.run(main())
