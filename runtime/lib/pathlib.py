"""Object-oriented filesystem paths (CPython's pathlib) for POSIX.

Path and PurePath are PosixPath and PurePosixPath themselves here (what
CPython's constructors return on POSIX), so type(Path('a')) is PosixPath
and repr(Path('a')) is "PosixPath('a')"."""

import os
import posix
import fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(args):
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePosixPath):
            if a._root:
                root = a._root
                parts = list(a._parts)
            else:
                parts.extend(a._parts)
            continue
        if isinstance(a, str):
            s = a
        else:
            try:
                s = os.fspath(a)
            except TypeError:
                raise TypeError("argument should be a str object or an "
                                "os.PathLike object returning str, not %r"
                                % (type(a),)) from None
        if s.startswith('/'):
            parts = []
            root = '//' if s.startswith('//') and not s.startswith('///') \
                else '/'
        for p in s.split('/'):
            if p and p != '.':
                parts.append(p)
    return root, parts


class _Parents:
    """The logical ancestors of a path, as a sequence."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from_parts(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePosixPath(os.PathLike):
    """A path without I/O: parsing, joining and comparing."""

    def __init__(self, *args):
        self._root, self._parts = _parse(args)
        self._str = None

    @classmethod
    def _from_parts(cls, root, parts):
        p = cls()
        p._root = root
        p._parts = list(parts)
        p._str = None
        return p

    def _new(self, root, parts):
        return type(self)._from_parts(root, parts)

    def __str__(self):
        s = self._str
        if s is None:
            s = (self._root + '/'.join(self._parts)) or '.'
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def __hash__(self):
        return hash(str(self))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._key() != other._key()

    def _cmp_parts(self):
        return ([self._root] if self._root else []) + self._parts

    def __lt__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        if not self._parts:
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._new(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if (not name or '/' in name or name == '.'):
            raise ValueError("Invalid name %r" % (name,))
        return self._new(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._new(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if (base._root != self._root or self._parts[:n] != base._parts):
            formatted = str(base)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is "
                             "absolute.".format(str(self), formatted))
        return self._new('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = type(self)(path_pattern)
        if not pat._parts and not pat._root:
            raise ValueError("empty pattern")
        if pat._root:
            if pat._root != self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


PurePath = PurePosixPath


class PosixPath(PurePosixPath):
    """A path with filesystem operations."""

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def is_mount(self):
        return os.path.ismount(str(self))

    def samefile(self, other_path):
        return os.path.samefile(str(self), os.fspath(other_path))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        kwargs = {}
        if encoding is not None:
            kwargs['encoding'] = encoding
        if errors is not None:
            kwargs['errors'] = errors
        if newline is not None:
            kwargs['newline'] = newline
        return open(str(self), mode, **kwargs)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, "
                            "not '%s'" % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._new(self._root, self._parts + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        import glob as _glob
        pattern = '/'.join(pat._parts)
        if pat._parts and pat._parts[-1] == '**':
            pattern += '/'
        base = str(self)
        for rel in _glob.iglob(pattern, root_dir=base, recursive=True,
                               include_hidden=True):
            yield self._new(self._root, self._parts + [
                p for p in rel.split('/') if p])

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self.glob('**/' + '/'.join(pat._parts))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(str(self), strict=strict))

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            return type(self)(os.path.expanduser(str(self)))
        return self

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(os.fspath(target), str(self))

    def hardlink_to(self, target):
        os.link(os.fspath(target), str(self))

    def readlink(self):
        return type(self)(os.readlink(str(self)))


Path = PosixPath
