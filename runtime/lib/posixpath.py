"""Pathname operations on POSIX paths (CPython's posixpath, as os.path).

The hot, simple functions (join, split, basename, dirname, splitext,
isabs, exists, isfile, isdir, getsize) are native (posix._path); the rest
is written here.
"""

import posix

_native = posix._path

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

join = _native.join
split = _native.split
basename = _native.basename
dirname = _native.dirname
splitext = _native.splitext
isabs = _native.isabs
exists = _native.exists
isfile = _native.isfile
isdir = _native.isdir
getsize = _native.getsize


def _fspath(p):
    if isinstance(p, str):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    r = f(p)
    if not isinstance(r, str):
        raise TypeError('expected %s.__fspath__() to return str or bytes, '
                        'not %s' % (type(p).__name__, type(r).__name__))
    return r


def normcase(s):
    return _fspath(s)


def splitdrive(p):
    return '', _fspath(p)


def islink(path):
    try:
        st = posix.lstat(path)
    except (OSError, ValueError):
        return False
    return (st[0] & 0o170000) == 0o120000


def lexists(path):
    try:
        posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def getmtime(filename):
    return posix.stat(filename)[11]


def getatime(filename):
    return posix.stat(filename)[10]


def getctime(filename):
    return posix.stat(filename)[12]


def samefile(f1, f2):
    s1 = posix.stat(f1)
    s2 = posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def ismount(path):
    try:
        s1 = posix.lstat(path)
    except (OSError, ValueError):
        return False
    if (s1[0] & 0o170000) == 0o120000:
        return False
    parent = realpath(join(_fspath(path), '..'))
    try:
        s2 = posix.lstat(parent)
    except (OSError, ValueError):
        return False
    if s1[2] != s2[2]:
        return True
    return s1[1] == s2[1]


def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    initial = 0
    if path.startswith('/'):
        initial = 1
        # POSIX keeps exactly two leading slashes; three or more become one.
        if path.startswith('//') and not path.startswith('///'):
            initial = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp == '' or comp == '.':
            continue
        if (comp != '..' or (not initial and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not path.startswith('/'):
        path = join(posix.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [_fspath(x) for x in m]
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = [_fspath(p) for p in paths]
    split_paths = [p.split('/') for p in paths]
    absflags = set(p[:1] == '/' for p in paths)
    if len(absflags) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if paths[0][:1] == '/' else ''
    return prefix + '/'.join(common)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user needs the password database, which interp does not read.
        return path
    import os
    env = os.environ
    if 'HOME' not in env:
        return path
    userhome = env['HOME'].rstrip('/')
    return (userhome + path[i:]) or '/'


def _is_name_char(c):
    return c.isalnum() or c == '_'


def expandvars(path):
    path = _fspath(path)
    if '$' not in path:
        return path
    import os
    env = os.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            end = path.find('}', i + 2)
            name = path[i + 2:end] if end >= 0 else ''
            if end < 0 or not name or not all(_is_name_char(ch)
                                              for ch in name):
                out.append(c)
                i += 1
                continue
            whole = path[i:end + 1]
            i = end + 1
        else:
            j = i + 1
            while j < n and _is_name_char(path[j]):
                j += 1
            name = path[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            whole = path[i:j]
            i = j
        if name in env:
            out.append(env[name])
        else:
            out.append(whole)
    return ''.join(out)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = (st[0] & 0o170000) == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                posix.stat(newpath)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True
