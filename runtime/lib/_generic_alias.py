"""types.GenericAlias and types.UnionType.

`list[int]` (any class whose __class_getitem__ is GenericAlias) and
`int | None` (the | of classes, None and these objects) evaluate to these
objects, as in CPython 3.11: annotations written in the PEP 585/604 style
must evaluate at def time, print like CPython and take part in typing.
The runtime reaches this module from builtin classes' __class_getitem__,
from `type[...]` and from type.__or__/__ror__; types re-exports the classes.
"""


def _item_repr(item):
    if item is ...:
        return '...'
    if hasattr(item, '__origin__') and hasattr(item, '__args__'):
        return repr(item)
    try:
        qualname = item.__qualname__
        module = item.__module__
    except AttributeError:
        return repr(item)
    if not isinstance(qualname, str) or module is None:
        return repr(item)
    if not isinstance(item, type) and qualname == type(item).__qualname__:
        # The class's name seen through an instance (a TypeVar): CPython
        # finds no __qualname__ there.
        return repr(item)
    if module == 'builtins':
        return qualname
    return '%s.%s' % (module, qualname)


def _collect_parameters(args):
    params = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            if arg not in params:
                params.append(arg)
            continue
        for p in getattr(arg, '__parameters__', ()):
            if p not in params:
                params.append(p)
    return tuple(params)


def _substitute(alias, items):
    params = alias.__parameters__
    if not params:
        raise TypeError('%r is not a generic class' % (alias,))
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        raise TypeError('Too %s arguments for %r; actual %d, expected %d' %
                        ('many' if len(items) > len(params) else 'few',
                         alias, len(items), len(params)))
    mapping = dict(zip(params, items))
    new_args = []
    for arg in alias.__args__:
        if isinstance(arg, type):
            new_args.append(arg)
        elif hasattr(arg, '__typing_subst__'):
            new_args.append(arg.__typing_subst__(mapping[arg]))
        else:
            inner = getattr(arg, '__parameters__', ())
            if inner:
                sub = tuple(mapping[p] for p in inner)
                arg = arg[sub[0] if len(sub) == 1 else sub]
            new_args.append(arg)
    return tuple(new_args)


# Names a GenericAlias answers itself; every other attribute comes from
# its origin (list[int].append is list.append), as in CPython.
_OWN_ATTRIBUTES = frozenset({
    '__origin__', '__args__', '__parameters__', '__unpacked__',
    '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
    '__reduce__', '__copy__', '__deepcopy__', '_parameters',
})


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __slots__ = ('__origin__', '__args__', '_parameters', '__weakref__')

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '_parameters', None)

    @property
    def __parameters__(self):
        params = self._parameters
        if params is None:
            params = _collect_parameters(self.__args__)
            object.__setattr__(self, '_parameters', params)
        return params

    @property
    def __unpacked__(self):
        return False

    def __setattr__(self, name, value):
        if name in _OWN_ATTRIBUTES:
            raise AttributeError('readonly attribute')
        raise AttributeError("'types.GenericAlias' object has no attribute "
                             "'%s'" % name)

    def __getattr__(self, name):
        if name in _OWN_ATTRIBUTES:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        args = self.__args__
        if not args:
            inner = '()'
        else:
            inner = ', '.join([_item_repr(a) for a in args])
        return '%s[%s]' % (_item_repr(self.__origin__), inner)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, items):
        return GenericAlias(self.__origin__, _substitute(self, items))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized '
                        'generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized '
                        'generic')

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        names = set(dir(self.__origin__))
        names.update(_OWN_ATTRIBUTES - {'_parameters'})
        return sorted(names)


GenericAlias.__module__ = 'types'


def _unionable(obj):
    return (obj is None or isinstance(obj, (type, GenericAlias, UnionType)))


def _union_members(obj):
    if isinstance(obj, UnionType):
        return obj.__args__
    if obj is None:
        return (type(None),)
    return (obj,)


def _union_or(left, right):
    """left | right for classes, None, GenericAlias and UnionType (the
    operands CPython's type.__or__ accepts); NotImplemented otherwise."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    members = []
    for item in _union_members(left) + _union_members(right):
        for seen in members:
            if seen is item or (isinstance(seen, GenericAlias) and
                                isinstance(item, GenericAlias) and
                                seen == item):
                break
        else:
            members.append(item)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))


def _union_item_repr(item):
    if item is type(None):
        return 'None'
    return _item_repr(item)


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ('__args__', '_parameters', '__weakref__')

    def __init__(self, args):
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '_parameters', None)

    @property
    def __parameters__(self):
        params = self._parameters
        if params is None:
            params = _collect_parameters(self.__args__)
            object.__setattr__(self, '_parameters', params)
        return params

    def __setattr__(self, name, value):
        raise AttributeError("'types.UnionType' object attribute '%s' is "
                             "read-only" % name)

    def __repr__(self):
        return ' | '.join([_union_item_repr(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return frozenset(self.__args__) == frozenset(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __getitem__(self, items):
        result = None
        for arg in _substitute(self, items):
            result = arg if result is None else result | arg
        return result

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __reduce__(self):
        import functools
        import operator
        return functools.reduce, (operator.or_, self.__args__)


UnionType.__module__ = 'types'
