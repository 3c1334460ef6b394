"""The names annotations use (CPython's typing module, the common part).

Subscripting a special form gives an alias whose repr is CPython's
(`typing.List[int]`, `typing.Optional[str]`, `typing.Union[int, str]`);
aliases compare equal when their origin and arguments do, and
get_origin()/get_args() take them apart. Generic[T] and Protocol as bases
are ordinary classes here; subscripting a user generic class gives an alias
that calls the class. Static-checking helpers (cast, overload, final,
no_type_check, runtime_checkable) do what they do at run time in CPython:
almost nothing.
"""

import abc as _abc_module
from _generic_alias import GenericAlias as _PEP585Alias, UnionType as _UnionType

__all__ = [
    'Any', 'AnyStr', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal',
    'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'List',
    'Dict', 'Set', 'FrozenSet', 'DefaultDict', 'OrderedDict', 'Counter',
    'Deque', 'ChainMap', 'Iterable', 'Iterator', 'Generator', 'Sequence',
    'MutableSequence', 'Mapping', 'MutableMapping', 'AbstractSet',
    'MutableSet', 'Collection', 'Container', 'Hashable', 'Sized',
    'Reversible', 'Awaitable', 'Coroutine', 'AsyncIterator', 'AsyncIterable',
    'NamedTuple', 'TypedDict', 'NewType', 'NoReturn', 'Never', 'Self',
    'TypeAlias', 'Annotated', 'Text', 'TYPE_CHECKING', 'cast', 'overload',
    'final', 'no_type_check', 'runtime_checkable', 'get_origin', 'get_args',
    'get_type_hints', 'ForwardRef', 'IO', 'TextIO', 'BinaryIO', 'SupportsInt',
    'SupportsFloat', 'SupportsIndex', 'SupportsAbs', 'SupportsRound',
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class _Final:
    """Marker base of this module's objects."""
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal, ...: a name that
    is subscripted (or used bare) in annotations."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    """origin[args]: typing.List[int], typing.Dict[str, int], Box[int]."""

    def __init__(self, origin, args, name=None, special_repr=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr(self)
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__ == ():
            return head + '[()]'
        return '%s[%s]' % (head, ', '.join([_type_repr(a) for a in self.__args__]))

    def __eq__(self, other):
        if self.__origin__ is Union:
            # Unions compare as sets, also with int | str (types.UnionType).
            if isinstance(other, _UnionType) or (
                    isinstance(other, _GenericAlias) and
                    other.__origin__ is Union):
                return set(self.__args__) == set(other.__args__)
            return NotImplemented
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None and self.__origin__ in (list, dict, set,
                                                          frozenset, tuple,
                                                          type):
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        # Substitute type variables in order (Dict[str, T][int]).
        it = iter(params)
        new = []
        for a in self.__args__:
            new.append(next(it) if isinstance(a, TypeVar) else a)
        return _GenericAlias(self.__origin__, tuple(new), self._name,
                             self._special_repr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and "
                        "instance checks")

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:  # typing.List[int]: the builtin or ABC
            return _alias_mro_entries(self, bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def _alias_mro_entries(alias, bases):
    res = []
    if alias.__origin__ not in bases:
        res.append(alias.__origin__)
    i = bases.index(alias)
    for b in bases[i + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (
                isinstance(b, type) and issubclass(b, Generic)):
            break
    else:
        res.append(Generic)
    return tuple(res)


class _SpecialGenericAlias(_Final):
    """The bare collection names: List, Dict, Set, ... (origin + arity)."""

    def __init__(self, origin, nparams, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name if name is not None else origin.__name__.capitalize()

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" %
                            ("many" if len(params) > self._nparams else "few",
                             self, len(params), self._nparams))
        params = tuple(ForwardRef(p) if isinstance(p, str) else p
                       for p in params)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ in (list, dict, set, frozenset, tuple, type):
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __mro_entries__(self, bases):
        return _alias_mro_entries(self, bases)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


def _flatten_union(params):
    out = []
    for p in params:
        if p is None:
            p = type(None)
        if (isinstance(p, _GenericAlias) and p.__origin__ is Union) or \
                isinstance(p, _UnionType):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in out:
                out.append(q)
    return tuple(out)


def _union_repr(alias):
    args = alias.__args__
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return 'typing.Optional[%s]' % _type_repr(other)
    return 'typing.Union[%s]' % ', '.join(
        ['NoneType' if a is type(None) else _type_repr(a) for a in args])


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = _flatten_union(tuple(ForwardRef(p) if isinstance(p, str) else p
                                  for p in parameters))
    if len(params) == 1:
        return params[0]
    return _GenericAlias(Union, params, special_repr=_union_repr)


def _optional_getitem(self, parameters):
    return Union[parameters, type(None)]


def _plain_getitem(self, parameters):
    return _GenericAlias(self, parameters, self._name)


def _literal_repr(alias):
    return 'typing.Literal[%s]' % ', '.join([repr(a) for a in alias.__args__])


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, special_repr=_literal_repr)


def _annotated_repr(alias):
    return 'typing.Annotated[%s, %s]' % (
        _type_repr(alias.__args__[0]),
        ', '.join([repr(a) for a in alias.__metadata__]))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two "
                        "arguments (a type and an annotation).")
    alias = _GenericAlias(params[0], (params[0],), special_repr=_annotated_repr)
    alias.__metadata__ = params[1:]
    return alias


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _plain_getitem)
Final = _SpecialForm('Final', _plain_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)


class _CallableForm(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], "
                            "result].")
        args, result = params
        if args is ...:
            flat = (..., result)
        else:
            flat = tuple(args) + (result,)
        return _GenericAlias(self.__origin__, flat, special_repr=_callable_repr)


def _callable_repr(alias):
    args = alias.__args__
    if len(args) == 2 and args[0] is ...:
        return 'typing.Callable[..., %s]' % _type_repr(args[1])
    return 'typing.Callable[[%s], %s]' % (
        ', '.join([_type_repr(a) for a in args[:-1]]), _type_repr(args[-1]))


class _TupleForm(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, 'Tuple')


class _TypeForm(_SpecialGenericAlias):
    def __getitem__(self, params):
        return _GenericAlias(type, (params,), 'Type')


def _abc(name):
    # The abstract collection types, when collections.abc provides them.
    try:
        import collections.abc as abc
        return getattr(abc, name)
    except (ImportError, AttributeError):
        return object


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _TupleForm(tuple, -1, 'Tuple')
Type = _TypeForm(type, 1, 'Type')
Callable = _CallableForm(_abc('Callable'), -1, 'Callable')
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1, 'Iterator')
Generator = _SpecialGenericAlias(_abc('Generator'), 3, 'Generator')
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1,
                                       'MutableSequence')
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2,
                                      'MutableMapping')
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1, 'MutableSet')
Collection = _SpecialGenericAlias(_abc('Collection'), 1, 'Collection')
Container = _SpecialGenericAlias(_abc('Container'), 1, 'Container')
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1, 'Reversible')
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3, 'Coroutine')
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1,
                                     'AsyncIterator')
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1,
                                     'AsyncIterable')
Hashable = _abc('Hashable')
Sized = _abc('Sized')


def _collections(name):
    try:
        import collections
        return getattr(collections, name)
    except (ImportError, AttributeError):
        return object


Deque = _SpecialGenericAlias(_collections('deque'), 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_collections('defaultdict'), 2,
                                   'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections('OrderedDict'), 2,
                                   'OrderedDict')
Counter = _SpecialGenericAlias(_collections('Counter'), 1, 'Counter')
ChainMap = _SpecialGenericAlias(_collections('ChainMap'), 2, 'ChainMap')
Text = str


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'), with bound= or constraints."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        return arg


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Base of user generic classes: class Box(Generic[T]). Generic[T] is
    an alias whose __mro_entries__ is Generic; the class records its type
    variables in __parameters__. Box[int] is an alias that creates Boxes."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                for arg in base.__args__:
                    if isinstance(arg, TypeVar) and arg not in tvars:
                        tvars.append(arg)
        cls.__parameters__ = tuple(tvars)


# Attributes that are not protocol members.
_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__qualname__', '__orig_bases__',
    '__parameters__', '__init_subclass__', '__classcell__', '__match_args__',
    '_is_protocol', '_is_runtime_protocol'})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


_absent = object()


class _ProtocolMeta(_abc_module.ABCMeta):
    """isinstance() against a @runtime_checkable protocol checks that the
    object has every member the protocol declares, as in CPython."""

    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used "
                                "with @runtime_checkable protocols")
            if super().__instancecheck__(instance):
                return True
            for attr in _get_protocol_attrs(cls):
                value = getattr(instance, attr, _absent)
                if value is _absent:
                    return False
                if value is None and callable(getattr(cls, attr, None)):
                    return False
            return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: isinstance() checks their members when
    they are @runtime_checkable, and raises TypeError otherwise."""
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol'):
        raise TypeError('@runtime_checkable can be only applied to protocol '
                        'classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    if isinstance(tp, _UnionType):
        return _UnionType
    if isinstance(tp, _PEP585Alias):
        return tp.__origin__
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is Union or tp.__origin__ is Literal or \
                tp.__origin__ is ClassVar or tp.__origin__ is Final:
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _UnionType):
        return tp.__args__
    if isinstance(tp, _PEP585Alias):
        args = tp.__args__
        import collections.abc
        if tp.__origin__ is collections.abc.Callable and not (
                len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._special_repr is _callable_repr and not (len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    return ()


class ForwardRef(_Final):
    """An annotation written as a string, evaluated on demand."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            self.__forward_code__ = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        if globalns is None and localns is None:
            globalns = localns = {}
        elif globalns is None:
            globalns = localns
        elif localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            import sys
            globalns = getattr(sys.modules.get(self.__forward_module__, None),
                               '__dict__', globalns)
        if globalns is localns:
            value = eval(self.__forward_code__, globalns)
        else:
            value = eval(self.__forward_arg__, globalns, localns)
        if value is None:
            value = type(None)
        value = _eval_type(value, globalns, localns)
        self.__forward_value__ = value
        self.__forward_evaluated__ = True
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


def _eval_type(t, globalns, localns):
    """Evaluates the strings and ForwardRefs in t, however deeply they sit
    in aliases (List['Node'], Optional['int'], list['X'])."""
    import types as _types
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _GenericAlias):
        origin = t.__origin__
        if origin is Literal:
            return t
        if hasattr(t, '__metadata__'):  # Annotated: metadata stays as is
            inner = _eval_type(t.__args__[0], globalns, localns)
            if inner is t.__args__[0]:
                return t
            return Annotated[(inner,) + tuple(t.__metadata__)]
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if all(a is b for a, b in zip(args, t.__args__)):
            return t
        if origin is Union:
            return Union[args]
        return _GenericAlias(origin, args, t._name, t._special_repr)
    generic_alias = getattr(_types, 'GenericAlias', None)
    union_type = getattr(_types, 'UnionType', None)
    if generic_alias is not None and isinstance(t, generic_alias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if all(a is b for a, b in zip(args, t.__args__)):
            return t
        return generic_alias(t.__origin__, args)
    if union_type is not None and isinstance(t, union_type):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if all(a is b for a, b in zip(args, t.__args__)):
            return t
        import functools, operator
        return functools.reduce(operator.or_, args)
    return t


def _strip_annotations(t):
    if isinstance(t, _GenericAlias):
        if hasattr(t, '__metadata__'):
            return _strip_annotations(t.__args__[0])
        if t.__origin__ is Literal:
            return t
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if all(a is b for a, b in zip(args, t.__args__)):
            return t
        if t.__origin__ is Union:
            return Union[args]
        return _GenericAlias(t.__origin__, args, t._name, t._special_repr)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or callable, with string
    annotations evaluated: a class's in the globals of the module that
    defined each base (its own names visible too), a function's in its
    globals."""
    import sys
    import types as _types
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__, None)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # Module names win over class attributes, as in CPython.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
    else:
        if globalns is None:
            if isinstance(obj, _types.ModuleType):
                globalns = obj.__dict__
            else:
                nsobj = obj
                while hasattr(nsobj, '__wrapped__'):
                    nsobj = nsobj.__wrapped__
                globalns = getattr(nsobj, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, (type, _types.ModuleType, _types.FunctionType,
                                _types.MethodType, _types.BuiltinFunctionType)):
                return {}
            raise TypeError('{!r} is not a module, class, method, '
                            'or function.'.format(obj))
        for name, value in ann.items():
            if value is None:
                value = type(None)
            if isinstance(value, str):
                value = ForwardRef(
                    value, is_argument=not isinstance(obj, _types.ModuleType),
                    is_class=False)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    types = {n: t for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults,
                                    module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


# Attributes a NamedTuple class body may not define, and the ones it does
# not copy onto the namedtuple.
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    """The class form, `class P(NamedTuple): x: int; y: int = 0`: the
    annotated names are the fields (those with a value have it as their
    default); methods, properties and the docstring go onto the
    namedtuple."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError(
                    'can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(
                    f"Non-default namedtuple field {field_name} "
                    f"cannot follow default field"
                    f"{'s' if len(default_names) > 1 else ''} "
                    f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError(
                    "Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' not in ns:
            nm_tpl.__doc__ = f"{typename}({', '.join(nm_tpl._fields)})"
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """NamedTuple('P', [('x', int), ('y', int)]) or NamedTuple('P', x=int,
    y=int): a collections.namedtuple with __annotations__; as a base, the
    class form (NamedTupleMeta)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    import sys
    module = sys._getframe(1).f_globals.get('__name__', '__main__') \
        if hasattr(sys, '_getframe') else '__main__'
    return _make_nmtuple(typename, list(fields), module=module)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    """The class form, `class Movie(TypedDict): title: str`: calling the
    class makes a plain dict, as in CPython."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key in own:
            if total:
                required_keys.add(key)
            else:
                optional_keys.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, name, bases, ns, total=True):
        pass

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """TypedDict('Movie', {'name': str}) or, as a base, the class form
    (_TypedDictMeta): instances are plain dicts."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass
