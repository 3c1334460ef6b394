"""Abstract base classes (CPython's abc module, written in Python).

interp has no metaclasses yet, so there is no ABCMeta: abstract base
classes derive from ABC. isinstance() and issubclass() ask an ABC through
the hooks _abc_instancecheck and _abc_subclasscheck (what ABCMeta's
__instancecheck__ and __subclasscheck__ do in CPython) when the ordinary
check fails: registered classes and __subclasshook__ answers count.
"""

__all__ = ['ABC', 'abstractmethod', 'get_cache_token']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


try:
    _frozenset = frozenset
except NameError:  # interp has no frozenset yet
    _frozenset = set

_cache_token = [0]


def get_cache_token():
    return _cache_token[0]


def _setup(cls, bases):
    abstracts = {name for name, value in cls.__dict__.items()
                 if getattr(value, '__isabstractmethod__', False)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    cls.__abstractmethods__ = _frozenset(abstracts)
    cls._abc_registry = []
    cls._abc_cache = {}
    # The ABCs deriving from this one: their registries count too.
    cls._abc_subclasses = []
    for base in bases:
        subs = base.__dict__.get('_abc_subclasses')
        if subs is not None:
            subs.append(cls)


def _subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    cache = cls.__dict__.get('_abc_cache')
    if cache is None:
        return _check(cls, subclass)
    key = (subclass, _cache_token[0])
    try:
        return cache[key]
    except KeyError:
        pass
    result = _check(cls, subclass)
    cache[key] = result
    return result


def _check(cls, subclass):
    if cls in getattr(subclass, '__mro__', ()):
        return True
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        return bool(ok)
    for rcls in cls.__dict__.get('_abc_registry', ()):
        if issubclass(subclass, rcls):
            return True
    for scls in cls.__dict__.get('_abc_subclasses', ()):
        if issubclass(subclass, scls):
            return True
    return False


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        _setup(cls, cls.__bases__)

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with "
                            "abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '',
                               ', '.join(names)))
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _cache_token[0] += 1
        return subclass

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    # Called by isinstance()/issubclass() as hook(cls, subject).
    def _abc_instancecheck(cls, instance):
        return _subclasscheck(cls, type(instance))

    def _abc_subclasscheck(cls, subclass):
        return _subclasscheck(cls, subclass)


_setup(ABC, ())
