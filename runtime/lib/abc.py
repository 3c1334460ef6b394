"""Abstract base classes (CPython's abc module, written in Python).

ABCMeta is a real metaclass: a class it makes records its abstract
methods in __abstractmethods__ (the runtime refuses to instantiate a class
whose __abstractmethods__ is non-empty, as CPython's object.__new__ does),
and isinstance()/issubclass() ask it through __instancecheck__ and
__subclasscheck__: real subclasses, registered virtual subclasses and
__subclasshook__ answers count.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# Bumped by every register(): negative caches older than it are stale.
_counter = [0]


def get_cache_token():
    """The current ABC cache token; it changes on every register()."""
    return _counter[0]


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # A property whose accessors are abstract is abstract too.
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if getattr(f, '__isabstractmethod__', False):
                return True
    return False


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items
                 if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(
            cls, list(namespace.items()), bases)
        cls._abc_registry = []
        # Dicts used as sets: their order is their insertion order, so a
        # snapshot of them can be put back exactly (tools/fuzz keeps
        # collections.abc across inputs and restores these caches).
        cls._abc_cache = {}
        cls._abc_negative_cache = {}
        cls._abc_negative_cache_version = _counter[0]
        # The ABCs deriving from this one (CPython walks __subclasses__()).
        cls._abc_subclasses = []
        for base in bases:
            subs = base.__dict__.get('_abc_subclasses')
            if subs is not None:
                subs.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _counter[0] and
                    subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _counter[0]:
            cls._abc_negative_cache = {}
            cls._abc_negative_cache_version = _counter[0]
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache[subclass] = True
            else:
                cls._abc_negative_cache[subclass] = True
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache[subclass] = True
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache[subclass] = True
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache[subclass] = True
                return True
        cls._abc_negative_cache[subclass] = True
        return False

    # What object.__subclasshook__ answers in CPython (interp's object has
    # none): no opinion.
    def __subclasshook__(cls, subclass):
        return NotImplemented

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {cls._abc_registry!r}", file=file)
        print(f"_abc_cache: {set(cls._abc_cache)!r}", file=file)
        print(f"_abc_negative_cache: {set(cls._abc_negative_cache)!r}",
              file=file)
        print(f"_abc_negative_cache_version: "
              f"{cls._abc_negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
