"""Names for the types of builtin objects (CPython's types module)."""

import sys as _sys
from _generic_alias import GenericAlias, UnionType


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
FrameType = type(_sys._getframe())
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e
NoneType = type(None)
NotImplementedType = type(NotImplemented)
try:
    EllipsisType = type(Ellipsis)
except NameError:  # interp has no Ellipsis yet
    pass


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        ident = id(self)
        if ident in _repr_running:
            return 'namespace(...)' if type(self) is SimpleNamespace \
                else type(self).__name__ + '(...)'
        _repr_running.add(ident)
        try:
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
            name = 'namespace' if type(self) is SimpleNamespace \
                else type(self).__name__
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            _repr_running.discard(ident)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()

del _f, _g, _C
