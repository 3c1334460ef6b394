"""The coroutine behind builtins.anext(iterator, default)."""


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
