"""Shallow and deep copy operations (CPython's copy module)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

def _builtin(name):
    import builtins
    return getattr(builtins, name, None)


_frozenset = _builtin('frozenset')
_bytearray = _builtin('bytearray')
_atomic = {int, float, bool, str, type, range, type(None),
           type(NotImplemented), type(len), type(lambda: 0)}
for _name in ('complex', 'bytes', 'Ellipsis'):
    _value = _builtin(_name)
    if _value is not None:
        _atomic.add(_value if _name != 'Ellipsis' else type(_value))
del _name, _value

_MISSING = object()


def _user_method(cls, name):
    # The method a class defines in script code (or inherits from one),
    # not object's own default.
    method = getattr(cls, name, None)
    if method is None or method is getattr(object, name, None):
        return None
    return method


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is _frozenset:
        return x
    if cls in (list, dict, set, _bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple whose items all copy to themselves is its own copy.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is _frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is _bytearray:
        y = _bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo is keyed by id(): keep the originals alive while it lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _get_state(x):
    getstate = _user_method(type(x), '__getstate__')
    if getstate is not None:
        return getstate(x)
    state = getattr(x, '__dict__', None)
    if state is not None and not state:
        state = None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ()) \
            if hasattr(klass, '__dict__') else ()
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            value = getattr(x, name, _MISSING)
            if value is not _MISSING:
                slots[name] = value
    if slots:
        return state, slots
    return state


_IMMUTABLE_BASES = tuple(t for t in (int, float, str, tuple, _frozenset,
                                      _builtin('bytes'), _builtin('complex'))
                         if t is not None)


def _needs_new_args(cls):
    return (issubclass(cls, _IMMUTABLE_BASES) or
            _user_method(cls, '__getnewargs__') is not None or
            _user_method(cls, '__getnewargs_ex__') is not None)


def _reconstruct(x, memo, deep):
    cls = type(x)
    reductor = _user_method(cls, '__reduce_ex__')
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = _user_method(cls, '__reduce__')
        rv = reductor(x) if reductor is not None else None
    if rv is None and _needs_new_args(cls):
        # cls.__new__(cls) alone cannot rebuild it: object's reduction
        # passes __getnewargs__ (or the immutable value) to __new__.
        rv = object.__reduce_ex__(x, 4)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _from_reduction(x, rv, memo, deep)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) if deep else a for a in x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        y.update(deepcopy(a, memo) if deep else a for a in x)
    state = _get_state(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and _user_method(type(y), '__setstate__'):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _from_reduction(x, rv, memo, deep):
    rv = tuple(rv) + (None,) * (5 - len(rv))
    func, args, state, listiter, dictiter = rv[:5]
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
