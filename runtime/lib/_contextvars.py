"""Context variables (PEP 567), CPython's _contextvars written in Python.

Each thread has a current Context (a mapping ContextVar -> value), a new
empty one when the thread first asks. ContextVar.set/reset change the
current context; Context.run(f) makes a context current for the call;
copy_context() copies the current one (a plain dict copy, O(n) where
CPython's HAMT copies in O(1)). asyncio runs every task step and callback
inside the context it captured, as CPython's tasks do."""

from _generic_alias import GenericAlias as _GenericAlias
from threading import get_ident as _get_ident, current_thread as _current

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()

# thread ident -> (thread object, current Context). The thread object tells
# a new thread that reuses a dead thread's ident from that thread.
_current_by_thread = {}


def _get_context():
    entry = _current_by_thread.get(_get_ident())
    thread = _current()
    if entry is None or entry[0] is not thread:
        ctx = Context()
        _current_by_thread[_get_ident()] = (thread, ctx)
        return ctx
    return entry[1]


def _set_context(ctx):
    _current_by_thread[_get_ident()] = (_current(), ctx)


class _Final(type):
    """Refuses subclasses, as CPython's final types do."""

    def __new__(mcls, name, bases, ns):
        for b in bases:
            if isinstance(b, _Final):
                raise TypeError("type '%s.%s' is not an acceptable base type"
                                % (b.__module__, b.__name__))
        return super().__new__(mcls, name, bases, ns)


class Context(metaclass=_Final):
    __slots__ = ('_data', '_entered', '_prev')

    def __init__(self):
        self._data = {}
        self._entered = False
        self._prev = None

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(
                'cannot enter context: %r is already entered' % (self,))
        self._prev = _get_context()
        self._entered = True
        _set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _set_context(self._prev)
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")


class ContextVar(metaclass=_Final):
    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    @property
    def name(self):
        return self._name

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d'
                            % len(args))
        data = _get_context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _get_context()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r"
                            % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar"
                             % (token,))
        ctx = _get_context()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context"
                             % (token,))
        token._used = True
        if token._old is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at %#x>' % (self._name, default,
                                                   id(self))

    def __hash__(self):
        return object.__hash__(self)


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token(metaclass=_Final):
    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MissingType()

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        return '<Token%s var=%r at %#x>' % (' used' if self._used else '',
                                            self._var, id(self))


def copy_context():
    return _get_context().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
