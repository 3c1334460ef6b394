"""Iterator building blocks (CPython's itertools module).

Every iterator is a class of its own, so type(), repr() and the eager
argument checks are CPython's; most keep their state in a generator.
"""

from _generic_alias import GenericAlias as _GenericAlias

__all__ = [
    'accumulate', 'chain', 'combinations', 'combinations_with_replacement',
    'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
    'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
    'takewhile', 'tee', 'zip_longest',
]

_MAXSIZE = 9223372036854775807


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)


def _number_types():
    import builtins
    types = [int, float]
    if hasattr(builtins, 'complex'):
        types.append(builtins.complex)
    return tuple(types)


_NUMBERS = _number_types()


class _GenIter:
    """An iterator whose values come from the generator self._gen."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count:
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, _NUMBERS) and \
                    not hasattr(type(v), '__index__') and \
                    not hasattr(type(v), '__float__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class cycle(_GenIter):
    __slots__ = ()

    def __init__(self, iterable, *args, **kwargs):
        _no_kwargs('cycle', kwargs)
        if args:
            raise TypeError('cycle expected 1 argument, got %d'
                            % (1 + len(args)))
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an "
                                "integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class accumulate(_GenIter):
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total


class chain(_GenIter):
    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iterable

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


class compress(_GenIter):
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_GenIter):
    __slots__ = ()

    def __init__(self, predicate, iterable, **kwargs):
        _no_kwargs('dropwhile', kwargs)
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_GenIter):
    __slots__ = ()

    def __init__(self, predicate, iterable, **kwargs):
        _no_kwargs('takewhile', kwargs)
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_GenIter):
    __slots__ = ()

    def __init__(self, function, iterable, **kwargs):
        _no_kwargs('filterfalse', kwargs)
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            function = bool
        for x in it:
            if not function(x):
                yield x


class starmap(_GenIter):
    __slots__ = ()

    def __init__(self, function, iterable, **kwargs):
        _no_kwargs('starmap', kwargs)
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*args)


class pairwise(_GenIter):
    __slots__ = ()

    def __init__(self, iterable, **kwargs):
        _no_kwargs('pairwise', kwargs)
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


_marker = object()


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        g = self._parent
        if g._current is not self:
            raise StopIteration
        if g._currvalue is _marker:
            g._step()
        if not (self._tgtkey == g._currkey):
            raise StopIteration
        value = g._currvalue
        g._currvalue = _marker
        return value


class groupby:
    # _currvalue is _marker once a group iterator has handed it out;
    # _currkey and _tgtkey are _marker before the first value.
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue',
                 '_current')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._current = None

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._current = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current = grouper
        return self._currkey, grouper


def _as_index(v):
    # The integer v stands for, or None when it is not one.
    if isinstance(v, int):
        return v
    method = getattr(type(v), '__index__', None)
    return None if method is None else method(v)


_STOP_MSG = ('Stop argument for islice() must be None or an integer: '
             '0 <= x <= sys.maxsize.')
_INDEX_MSG = ('Indices for islice() must be None or an integer: '
              '0 <= x <= sys.maxsize.')
_STEP_MSG = 'Step for islice() must be a positive integer or None.'


class islice(_GenIter):
    __slots__ = ()

    def __init__(self, iterable, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (len(args) + 1))
        start, stop, step = 0, -1, 1
        stop_arg = args[0] if len(args) == 1 else args[1]
        if stop_arg is not None:
            stop = _as_index(stop_arg)
            if stop is None or stop == -1:
                raise ValueError(_STOP_MSG)
        if len(args) >= 2 and args[0] is not None:
            start = _as_index(args[0])
            if start is None:
                raise ValueError(_INDEX_MSG)
        if start < 0 or stop < -1:
            raise ValueError(_INDEX_MSG)
        if len(args) == 3 and args[2] is not None:
            step = _as_index(args[2])
            if step is None or step < 1:
                raise ValueError(_STEP_MSG)
        if stop == -1:
            stop = None
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, nxt, stop, step):
        cnt = 0
        while True:
            while cnt < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop
            yield item


class zip_longest(_GenIter):
    __slots__ = ()

    def __init__(self, *args, fillvalue=None):
        self._gen = self._run([iter(a) for a in args], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_GenIter):
    __slots__ = ()

    def __init__(self, *args, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in args] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[j][indices[j]] for j in range(n))


def _required(name, iterable, r):
    if iterable is _marker:
        raise TypeError("%s() missing required argument 'iterable' (pos 1)"
                        % name)
    if r is _marker:
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


class permutations(_GenIter):
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_GenIter):
    __slots__ = ()

    def __init__(self, iterable=_marker, r=_marker):
        _required('combinations', iterable, r)
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenIter):
    __slots__ = ()

    def __init__(self, iterable=_marker, r=_marker):
        _required('combinations_with_replacement', iterable, r)
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class _tee:
    """One of the iterators tee() returns: a cursor into a shared linked
    list of [value, next] cells, so each value is read from the source
    once however many cursors there are."""
    __slots__ = ('_it', '_cell')

    def __init__(self, it, cell):
        self._it = it
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            value = next(self._it)
            cell[0] = value
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        return _tee(self._it, self._cell)


_tee.__name__ = '_tee'


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, [None, None])
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)
