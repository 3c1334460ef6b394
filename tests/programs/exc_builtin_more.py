# The builtin exceptions added in the second pass: the ConnectionError family
# (BrokenPipeError under it), BlockingIOError, BufferError, FloatingPointError,
# ReferenceError, SystemError, StopAsyncIteration; OSError picks them by errno.
import builtins
import errno
for name in ['ConnectionError', 'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError',
             'ConnectionResetError', 'BlockingIOError', 'BufferError', 'FloatingPointError',
             'ReferenceError', 'SystemError', 'StopAsyncIteration', 'TimeoutError']:
    cls = getattr(builtins, name)
    print(name, [c.__name__ for c in cls.__mro__])
for code in [errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EAGAIN, errno.EPIPE, errno.EINPROGRESS, errno.EALREADY]:
    e = OSError(code, os.strerror(code)) if False else OSError(code, 'msg')
    print(code, type(e).__name__, isinstance(e, ConnectionError), e.errno)
try:
    raise ConnectionRefusedError(111, 'Connection refused')
except ConnectionError as e:
    print(repr(e), str(e), e.errno, e.strerror)
try:
    raise BufferError('buf')
except Exception as e:
    print(repr(e))
print(repr(BlockingIOError(11, 'again')), repr(SystemError('x')), repr(StopAsyncIteration()))
