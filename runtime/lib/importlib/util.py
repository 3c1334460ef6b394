"""Finding modules without importing them and building modules from specs."""

import _importlib
import sys
from importlib import _resolve_name
from importlib.machinery import (BuiltinImporter, FrozenImporter, ModuleSpec,
                                 SourceFileLoader)

_POPULATE = object()


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module in file `location` (a .py source file)."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.path.abspath(os.fspath(location))
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = location.rpartition('/')[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def module_from_spec(spec):
    """A new module initialised from spec's attributes (not yet executed)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() '
                          'must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    if getattr(module, '__name__', None) is None or module.__name__ != spec.name:
        if getattr(module, '__spec__', None) is None:
            module.__name__ = spec.name
    if getattr(module, '__loader__', None) is None:
        module.__loader__ = spec.loader
    if getattr(module, '__package__', None) is None:
        module.__package__ = spec.parent
    if getattr(module, '__spec__', None) is None:
        module.__spec__ = spec
    if spec.submodule_search_locations is not None and \
            getattr(module, '__path__', None) is None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and getattr(module, '__file__', None) is None:
        module.__file__ = spec.origin
    return module


def _spec_of_located(fullname, found):
    origin, is_package, package_dir = found
    if origin == 'built-in':
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    if origin == 'frozen':
        return FrozenImporter.find_spec(fullname)
    search = [package_dir] if is_package else None
    return spec_from_file_location(fullname, origin,
                                   submodule_search_locations=search)


def find_spec(name, package=None):
    """The spec of module `name`, or None when it cannot be found. A dotted
    name's parent package is imported first, as in CPython."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            spec = None
            if isinstance(module, type(sys)):
                found = _importlib.locate(fullname)
                if found is not None:
                    return _spec_of_located(fullname, found)
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    found = _importlib.locate(fullname)
    if found is None:
        return None
    return _spec_of_located(fullname, found)
