"""Weak references and the containers built on them (CPython's weakref).

interp's collector is a tracing one: an object dies when a collection
finds it unreachable, not when its last reference goes. A weak reference
therefore reads None (and its callback runs) after the collection that
finds the referent dead -- at once under gc.collect(), else at the next
automatic collection -- where CPython clears it at the `del` that drops
the last reference. Callbacks run at the next safe point after that
collection, never inside it.

ref/ReferenceType, getweakrefcount and getweakrefs are native (_weakref);
proxies, WeakMethod, the weak dictionaries and finalize are written here.
"""

from _weakref import (ref, ReferenceType, getweakrefcount, getweakrefs,
                      _remove_dead_weakref)
from _weakrefset import WeakSet, _IterationGuard

import sys
import itertools
from collections import abc as _collections_abc

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# --- Proxies ---------------------------------------------------------------
#
# A proxy forwards every operation to its referent through a weak reference
# it keeps in a slot; once the referent is gone, every operation raises
# ReferenceError. CPython's proxies are a C type; here they are a class
# whose __getattribute__ forwards, so they need no support from the VM.
# getweakrefs(obj) lists the proxy's inner reference, not the proxy.

_getattribute = object.__getattribute__


def _referent(p):
    obj = _getattribute(p, '_ProxyType__ref')()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


def _forward(name):
    def method(self, *args):
        return getattr(_referent(self), name)(*args)
    method.__name__ = name
    return method


def _forward_binary(op, swapped=False):
    def method(self, other):
        if type(other) in ProxyTypes:
            other = _referent(other)
        if swapped:
            return op(other, _referent(self))
        return op(_referent(self), other)
    return method


def _forward_inplace(op):
    def method(self, other):
        if type(other) in ProxyTypes:
            other = _referent(other)
        # The result replaces the name bound to the proxy, as in CPython.
        return op(_referent(self), other)
    return method


import operator as _op


class ProxyType:
    __slots__ = ('_ProxyType__ref', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is not None:
            selfref = ref(self)

            def _call(_wr, callback=callback, selfref=selfref):
                p = selfref()
                if p is not None:
                    callback(p)
            inner = ref(obj, _call)
        else:
            inner = ref(obj)
        object.__setattr__(self, '_ProxyType__ref', inner)

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = _getattribute(self, '_ProxyType__ref')()
        return '<weakproxy at %#x to %s at %#x>' % (
            id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __reversed__(self):
        return reversed(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __index__(self):
        return _op.index(_referent(self))

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __abs__(self):
        return abs(_referent(self))

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __invert__(self):
        return ~_referent(self)

    def __hash__(self):
        # CPython's message names the C type.
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    __eq__ = _forward_binary(_op.eq)
    __ne__ = _forward_binary(_op.ne)
    __lt__ = _forward_binary(_op.lt)
    __le__ = _forward_binary(_op.le)
    __gt__ = _forward_binary(_op.gt)
    __ge__ = _forward_binary(_op.ge)
    __add__ = _forward_binary(_op.add)
    __sub__ = _forward_binary(_op.sub)
    __mul__ = _forward_binary(_op.mul)
    __truediv__ = _forward_binary(_op.truediv)
    __floordiv__ = _forward_binary(_op.floordiv)
    __mod__ = _forward_binary(_op.mod)
    __pow__ = _forward_binary(_op.pow)
    __lshift__ = _forward_binary(_op.lshift)
    __rshift__ = _forward_binary(_op.rshift)
    __and__ = _forward_binary(_op.and_)
    __or__ = _forward_binary(_op.or_)
    __xor__ = _forward_binary(_op.xor)
    __matmul__ = _forward_binary(_op.matmul)
    __radd__ = _forward_binary(_op.add, True)
    __rsub__ = _forward_binary(_op.sub, True)
    __rmul__ = _forward_binary(_op.mul, True)
    __rtruediv__ = _forward_binary(_op.truediv, True)
    __rfloordiv__ = _forward_binary(_op.floordiv, True)
    __rmod__ = _forward_binary(_op.mod, True)
    __rpow__ = _forward_binary(_op.pow, True)
    __rlshift__ = _forward_binary(_op.lshift, True)
    __rrshift__ = _forward_binary(_op.rshift, True)
    __rand__ = _forward_binary(_op.and_, True)
    __ror__ = _forward_binary(_op.or_, True)
    __rxor__ = _forward_binary(_op.xor, True)
    __iadd__ = _forward_inplace(_op.iadd)
    __isub__ = _forward_inplace(_op.isub)
    __imul__ = _forward_inplace(_op.imul)
    __itruediv__ = _forward_inplace(_op.itruediv)
    __ifloordiv__ = _forward_inplace(_op.ifloordiv)
    __imod__ = _forward_inplace(_op.imod)
    __ior__ = _forward_inplace(_op.ior)
    __iand__ = _forward_inplace(_op.iand)
    __ixor__ = _forward_inplace(_op.ixor)


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    """A proxy to `object` that uses a weak reference (callable when the
    object is)."""
    cls = CallableProxyType if callable(object) else ProxyType
    return cls(object, callback)


# --- WeakMethod --------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method: dies when either the object or
    the function dies, and calling it re-binds the method."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            # The first of the two references to die calls back, once.
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return (ref.__eq__(self, other) and
                    self._func_ref == other._func_ref)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return (ref.__ne__(self, other) or
                    self._func_ref != other._func_ref)
        return NotImplemented

    __hash__ = ref.__hash__


# --- WeakValueDictionary -----------------------------------------------------

class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under, so the
    callback can remove the entry."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its
    value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    _atomic_removal(self.data, wr.key)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self, _atomic_removal=_remove_dead_weakref):
        pop = self._pending_removals.pop
        d = self.data
        while True:
            try:
                key = pop()
            except IndexError:
                return
            _atomic_removal(d, key)

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        """The weak references to the values (some may be dead)."""
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def valuerefs(self):
        """A list of the weak references to the values."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


# --- WeakKeyDictionary -------------------------------------------------------

class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key
    dies. Keys must be hashable and accept weak references."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        d = self.data
        while True:
            try:
                key = pop()
            except IndexError:
                return
            try:
                del d[key]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


# --- finalize ----------------------------------------------------------------

class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    once, when obj dies, when the finalizer is called, or at exit (while
    `atexit` is true) -- whichever comes first. At exit the live ones run
    newest first, from an atexit callback registered by the first
    finalize() made."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Runs the callback unless it already ran or was detached; its
        result, else None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """(obj, func, args, kwargs) and the finalizer is dead, or None
        when it already was."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has not run or been detached yet."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit while still alive."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        entries = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        entries.sort(key=lambda item: item[1].index)
        return [f for (f, i) in entries]

    @classmethod
    def _exitfunc(cls):
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
