import contextlib
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext,
                        ExitStack, redirect_stdout, redirect_stderr)


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('b') as t:
    print('inside', t)

try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as ex:
    print('caught', ex)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as ex:
        print('swallowed', repr(ex))


with swallow():
    raise KeyError('k')
print('after swallow')


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as ex:
    print('RuntimeError', ex)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as ex:
    print('RuntimeError', ex)


@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2


print(decorated(3))
print(decorated(4))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('IndexError passes through')


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in 'abc']
    stack.callback(print, 'callback', 1)
    print('names', names)

try:
    with ExitStack() as stack:
        stack.enter_context(CM('x'))
        stack.push(lambda *exc: print('push saw', exc[0].__name__) or True)
        raise OSError('inner')
except OSError:
    print('not suppressed?')
else:
    print('suppressed by push')

with ExitStack() as stack:
    stack.enter_context(CM('kept'))
    moved = stack.pop_all()
print('moved out')
moved.close()
try:
    with ExitStack() as stack:
        stack.enter_context(5)
except TypeError as ex:
    print('TypeError', ex)

class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


buf = Capture()
with redirect_stdout(buf) as target:
    print('captured')
print('got', repr(buf.getvalue()), target is buf)
ebuf = Capture()
with redirect_stderr(ebuf):
    print('to err', file=sys.stderr)
print('err got', repr(ebuf.getvalue()))


class Quiet(contextlib.ContextDecorator):
    def __enter__(self):
        print('quiet enter')
        return self

    def __exit__(self, *exc):
        print('quiet exit')
        return False


@Quiet()
def work():
    print('working')


work()
print(isinstance(nullcontext(), contextlib.AbstractContextManager))
