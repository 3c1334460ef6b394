"""Import modules by name at run time (the parts of CPython's importlib
that interp's import system has: import_module, reload, util, machinery)."""

import _importlib
import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') is resolved against package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if package not in sys.modules:
            raise ModuleNotFoundError(
                f"No module named '{package}'", name=package)
        name = _resolve_name(name[level:], package, level)
    return _importlib.import_module(name)


def reload(module):
    """Run a module's source again in its existing namespace."""
    return _importlib.reload(module)


def invalidate_caches():
    """The finders read directories afresh at every import: nothing to drop."""


def __getattr__(name):
    # `import importlib` then `importlib.util...` works in CPython because
    # its startup imports importlib.util; here the submodule loads on use.
    if name in ('util', 'machinery'):
        return _importlib.import_module('importlib.' + name)
    raise AttributeError(f"module 'importlib' has no attribute '{name}'")
