"""Module specs and the loaders of interp's three kinds of modules: source
files, frozen standard modules and built-in (native) modules."""

import _importlib
import sys

SOURCE_SUFFIXES = ['.py']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What an import found: the module's name, loader and origin."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self._set_fileattr = False

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations='
                        f'{self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Native modules: creating one runs its initialisation."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = None if path is not None else _importlib.locate(fullname)
        if found is None or found[0] != 'built-in':
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        return _importlib.import_module(spec.name)

    @staticmethod
    def exec_module(module):
        """Initialised when created."""

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """Standard modules compiled into the interp binary."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _importlib.locate(fullname)
        if found is None or found[0] != 'frozen':
            return None
        spec = ModuleSpec(fullname, cls, origin='frozen', is_package=found[1])
        if found[1]:
            spec.submodule_search_locations.append(f'<frozen {fullname}>')
        return spec

    @staticmethod
    def create_module(spec):
        return _importlib.import_module(spec.name)

    @staticmethod
    def exec_module(module):
        """Run when created (frozen code is compiled once per runtime)."""

    @classmethod
    def is_package(cls, fullname):
        found = _importlib.locate(fullname)
        if found is None or found[0] != 'frozen':
            raise ImportError(f'No module named {fullname!r}', name=fullname)
        return found[1]


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if self.name != name:
            raise ImportError(f'loader for {self.name} cannot handle {name}',
                              name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        self._check_name(fullname)
        return self.get_data(self.path).decode('utf-8')

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def create_module(self, spec):
        return None

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.path, 'exec')

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        fullname = self._check_name(fullname)
        from importlib.util import module_from_spec, spec_from_file_location
        module = sys.modules.get(fullname)
        if module is None:
            module = module_from_spec(spec_from_file_location(
                fullname, self.path, loader=self))
            sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


