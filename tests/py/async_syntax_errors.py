# await/async misuse is a SyntaxError with CPython's messages.

sources = [
    "await x",
    "def f():\n    await x",
    "lambda: await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async for x in y: pass",
    "async with x: pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    return [x async for x in y]",
    "[x async for x in y]",
    "def f():\n    [await x for y in z]",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    class A:\n        await x",
    "class A:\n    await x",
    # These are fine.
    "async def f():\n    return [x async for x in y]",
    "async def f():\n    yield 1\n    return",
    "(x async for x in y)",
    "async def f():\n    [[await z for z in y] for y in w]",
    "async def f():\n    async with a as b, c:\n        async for x in b:\n            await x",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(f"{src!r}: {e.msg} (line {e.lineno}, col {e.offset})")

# `async` and `await` are keywords.
for src in ("async = 1", "await = 2", "def await(): pass"):
    try:
        compile(src, "<test>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print(f"{src!r}: {e.msg}")
