# contextvars: ContextVar get/set/reset with tokens, Context.run and
# copy_context isolation, and the errors CPython raises; asyncio tasks and
# callbacks run in the context they captured.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")
nodefault = contextvars.ContextVar("nodefault")
print(var.name, var.get(), nodefault.get("fallback"))
try:
    nodefault.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)

token = var.set("one")
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
token2 = var.set("two")
print(token2.old_value)
var.reset(token2)
print(var.get())
try:
    var.reset(token2)
except RuntimeError as e:
    print("RuntimeError", str(e).endswith("has already been used once"))
try:
    nodefault.reset(token)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
try:
    var.reset("x")
except TypeError as e:
    print("TypeError", e)

ctx = contextvars.copy_context()
print(type(ctx).__name__, type(ctx).__module__, len(ctx), var in ctx, ctx[var])
print(list(ctx.keys()) == [var], ctx.get(nodefault, "absent"))


def inside(value):
    var.set(value)
    return var.get()


print(ctx.run(inside, "changed in ctx"), var.get(), ctx[var])
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context:"))
try:
    other = contextvars.copy_context()
    t = other.run(var.set, "other")
    var.reset(t)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
print(contextvars.Context() == contextvars.Context(), len(contextvars.Context()))
try:
    hash(ctx)
except TypeError as e:
    print("TypeError", e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError", e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    contextvars.Token()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    var.name = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)

request = contextvars.ContextVar("request", default="none")


async def handler(n):
    print("handler", n, "starts with", request.get())
    request.set("request-%d" % n)
    await asyncio.sleep(0)
    print("handler", n, "still sees", request.get())
    return n


async def main():
    request.set("main")
    t1 = asyncio.create_task(handler(1))
    request.set("main-2")
    t2 = asyncio.create_task(handler(2))
    print(await asyncio.gather(t1, t2))
    print("main sees", request.get())
    custom = contextvars.copy_context()
    custom.run(request.set, "custom")
    await asyncio.create_task(handler(3), context=custom)
    print("custom now", custom[request], "main", request.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback sees", request.get()))
    request.set("main-3")
    fut.set_result(None)
    await asyncio.sleep(0)
    loop.call_soon(lambda: print("call_soon sees", request.get()),
                   context=custom)
    await asyncio.sleep(0)


asyncio.run(main())
print("outside", request.get())
