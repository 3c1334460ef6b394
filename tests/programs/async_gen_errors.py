# Compile-time errors of async generators, as CPython 3.11 reports them.
for src in [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from g()\n",
    "async def f():\n    return\n    yield\n",
]:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)
