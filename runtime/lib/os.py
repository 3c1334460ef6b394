"""Operating system interfaces (CPython's os module) on the native posix
module: what posix provides, plus environ, stat_result, scandir, walk,
makedirs and the other helpers CPython writes in Python."""

from _generic_alias import GenericAlias as _GenericAlias
import posix
import posixpath

# `import os.path` finds this attribute; like CPython, os also records it
# as sys.modules['os.path'] (unless the host allows os without sys).
path = posixpath
try:
    import sys as _sys
except ImportError:
    pass
else:
    _sys.modules['os.path'] = path
    del _sys

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

_g = globals()
for _n in dir(posix):
    if not _n.startswith('_') and _n != 'environ':
        _g[_n] = getattr(posix, _n)
_exit = posix._exit
del _g, _n


def fspath(path):
    if isinstance(path, str):
        return path
    f = getattr(type(path), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__)
    r = f(path)
    if isinstance(r, str):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(path).__name__, type(r).__name__))


class PathLike:
    """Base of the classes that represent a filesystem path."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __fspath__(self):
        raise NotImplementedError


# --- environ --------------------------------------------------------------

class _Environ:
    """os.environ: a mapping of the process environment; assignments and
    deletions update it (putenv/unsetenv), so child processes see them."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        posix.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({' + items + '})'

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError('popitem(): dictionary is empty')

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get('PATH')
    if p is None:
        p = defpath
    return p.split(pathsep)


# --- stat -----------------------------------------------------------------

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
                'st_gid', 'st_size')


class stat_result:
    """The result of os.stat: a 10-item sequence (mode, ino, dev, nlink,
    uid, gid, size, and whole-second atime, mtime, ctime) whose attributes
    add float times, nanosecond times, blksize, blocks and rdev."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __init__(self, raw):
        raw = tuple(raw)
        if len(raw) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence '
                            '(%d-sequence given)' % len(raw))
        self._seq = raw[:10]
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid,
         self.st_gid, self.st_size) = raw[:7]
        if len(raw) >= 19:
            (self.st_atime, self.st_mtime, self.st_ctime, self.st_atime_ns,
             self.st_mtime_ns, self.st_ctime_ns, self.st_blksize,
             self.st_blocks, self.st_rdev) = raw[10:19]
        else:
            self.st_atime, self.st_mtime, self.st_ctime = raw[7:10]

    def __getitem__(self, i):
        return self._seq[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._seq)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._seq == other._seq
        return self._seq == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._seq)

    def __repr__(self):
        s = self._seq
        return ('os.stat_result(st_mode=%d, st_ino=%d, st_dev=%d, '
                'st_nlink=%d, st_uid=%d, st_gid=%d, st_size=%d, '
                'st_atime=%d, st_mtime=%d, st_ctime=%d)' % s)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(posix.stat(path, dir_fd=dir_fd,
                                  follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(posix.lstat(path))


def fstat(fd):
    return stat_result(posix.fstat(fd))


class statvfs_result(tuple):
    """The result of os.statvfs: 10 indexable fields, plus f_fsid."""

    n_sequence_fields = 10
    n_fields = 11
    n_unnamed_fields = 0
    _FIELDS = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail',
               'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax')

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if not 10 <= len(items) <= 11:
            raise TypeError('os.statvfs_result() takes an at least 10-sequence '
                            '(%d-sequence given)' % len(items))
        self = tuple.__new__(cls, items[:10])
        self.f_fsid = items[10] if len(items) > 10 else None
        return self

    f_bsize = property(lambda self: self[0])
    f_frsize = property(lambda self: self[1])
    f_blocks = property(lambda self: self[2])
    f_bfree = property(lambda self: self[3])
    f_bavail = property(lambda self: self[4])
    f_files = property(lambda self: self[5])
    f_ffree = property(lambda self: self[6])
    f_favail = property(lambda self: self[7])
    f_flag = property(lambda self: self[8])
    f_namemax = property(lambda self: self[9])

    def __repr__(self):
        return 'os.statvfs_result(%s)' % ', '.join(
            '%s=%r' % (f, v) for f, v in zip(self._FIELDS, self))

    def __reduce__(self):
        return (type(self), (tuple(self) + (self.f_fsid,),))


def statvfs(path):
    return statvfs_result(posix.statvfs(path))


def fstatvfs(fd):
    return statvfs_result(posix.fstatvfs(fd))


class terminal_size:
    """The size of a terminal: (columns, lines)."""

    def __init__(self, seq):
        self.columns, self.lines = seq
        self._seq = (self.columns, self.lines)

    def __getitem__(self, i):
        return self._seq[i]

    def __len__(self):
        return 2

    def __iter__(self):
        return iter(self._seq)

    def __eq__(self, other):
        if isinstance(other, terminal_size):
            return self._seq == other._seq
        return self._seq == other

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self._seq


def urandom(size):
    """size random bytes from the kernel's generator."""
    if not isinstance(size, int):
        try:
            index = type(size).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(size).__name__) from None
        size = index(size)
    if size < 0:
        raise ValueError('negative argument not allowed')
    fd = posix.open('/dev/urandom', posix.O_RDONLY)
    try:
        chunks = []
        left = size
        while left > 0:
            chunk = posix.read(fd, left)
            if not chunk:
                raise OSError('/dev/urandom returned no data')
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        posix.close(fd)
    return b''.join(chunks)


def get_terminal_size(fd=1):
    return terminal_size(posix._get_terminal_size(fd))


# --- scandir --------------------------------------------------------------

_DT_UNKNOWN = 0
_DT_DIR = 4
_DT_REG = 8
_DT_LNK = 10
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    """One entry of os.scandir(): name, path and cached type tests."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, dirpath, name, d_type, inode):
        self.name = name
        self.path = posixpath.join(dirpath, name)
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None

    def inode(self):
        return self._inode

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        return (self.stat(follow_symlinks=False).st_mode & _S_IFMT) == _S_IFLNK

    def _test_mode(self, follow_symlinks, dt, fmt):
        if self._d_type != _DT_UNKNOWN and not (
                follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == dt
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & _S_IFMT) == fmt

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _DT_DIR, _S_IFDIR)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _DT_REG, _S_IFREG)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, path, entries):
        self._path = path
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        i = self._i
        if self._entries is None or i >= len(self._entries):
            raise StopIteration
        self._i = i + 1
        name, d_type, inode = self._entries[i]
        return DirEntry(self._path, name, d_type, inode)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


def scandir(path=None):
    if path is None:
        # Entries of scandir() without a path are relative: path == name.
        return _DotScandirIterator(posix._scandir('.'))
    p = fspath(path)
    return _ScandirIterator(p, posix._scandir(p))


class _DotScandirIterator(_ScandirIterator):
    def __init__(self, entries):
        _ScandirIterator.__init__(self, '.', entries)

    def __next__(self):
        entry = _ScandirIterator.__next__(self)
        entry.path = entry.name
        return entry


# --- directory trees ------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = posixpath.split(name)
    if not tail:
        head, tail = posixpath.split(head)
    if head and tail and not posixpath.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        posix.mkdir(name, mode)
    except OSError:
        if not exist_ok or not posixpath.isdir(name):
            raise


def removedirs(name):
    posix.rmdir(name)
    head, tail = posixpath.split(name)
    if not tail:
        head, tail = posixpath.split(head)
    while head and tail:
        try:
            posix.rmdir(head)
        except OSError:
            break
        head, tail = posixpath.split(head)


def renames(old, new):
    head, tail = posixpath.split(new)
    if head and tail and not posixpath.exists(head):
        makedirs(head)
    posix.rename(old, new)
    head, tail = posixpath.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each
    directory under top. Top-down, a caller may prune dirnames in place."""
    yield from _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    try:
        entries = posix._scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    join = posixpath.join
    dirs = []
    nondirs = []
    walk_dirs = []
    for name, d_type, _ in entries:
        if d_type == _DT_DIR:
            is_dir = True
            is_symlink = False
        elif d_type == _DT_UNKNOWN or d_type == _DT_LNK:
            full = join(top, name)
            try:
                is_dir = (posix.stat(full)[0] & _S_IFMT) == _S_IFDIR
            except OSError:
                is_dir = False
            is_symlink = d_type == _DT_LNK or posixpath.islink(full)
        else:
            is_dir = False
            is_symlink = False
        if is_dir:
            dirs.append(name)
            if not topdown and (followlinks or not is_symlink):
                walk_dirs.append(join(top, name))
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
        islink = posixpath.islink
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
