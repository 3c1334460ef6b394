# Where await / async for / async with are not allowed, as CPython 3.11
# reports it.
snippets = [
    "await x\n",
    "def f():\n  await x\n",
    "async for x in y: pass\n",
    "def f():\n async with a: pass\n",
    "async def f():\n  yield from x\n",
    "lambda: await x\n",
    "async def f():\n  return await x ** 2\n",
    "async def f():\n  async with a as b, c as d:\n    async for i in b: pass\n",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_offset)

# async and await are keywords, not names.
for src in ["async = 1\n", "await = 2\n", "def await(): pass\n"]:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
