"""The search path for TZif files and key validation."""

import os

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo',
                   '/usr/share/lib/zoneinfo', '/etc/zoneinfo')

TZPATH = ()


class ZoneInfoNotFoundError(KeyError):
    """No time zone file for the key was found on the search path."""


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path was given in PYTHONTZPATH."""


def _parse_env_path(env_var):
    import warnings
    raw = [p for p in env_var.split(os.pathsep) if p]
    good = tuple(p for p in raw if os.path.isabs(p))
    if len(good) != len(raw):
        bad = [p for p in raw if not os.path.isabs(p)]
        warnings.warn(
            "Invalid paths specified in PYTHONTZPATH environment variable. "
            "Paths should be absolute but found the following relative "
            f"paths: {bad}",
            InvalidTZPathWarning, stacklevel=4)
    return good


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(
                f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(
                f"tzpaths must contain only absolute paths, not {to!r}")
        TZPATH = tuple(to)
    else:
        env = os.environ.get("PYTHONTZPATH", None)
        TZPATH = _parse_env_path(env) if env is not None else _DEFAULT_TZPATH


def _validate_key(key):
    # A key names a file below a TZPATH entry, never above it.
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normalized = os.path.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    root = os.path.abspath('/fake_root')
    resolved = os.path.abspath(os.path.join(root, key))
    if not resolved.startswith(root + os.sep):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def find_tzfile(key):
    """The path of the TZif file for key, or None."""
    _validate_key(key)
    for search_path in TZPATH:
        filepath = os.path.join(search_path, key)
        if os.path.isfile(filepath):
            return filepath
    return None


def _is_tzif(path):
    try:
        with open(path, 'rb') as f:
            return f.read(4) == b'TZif'
    except OSError:
        return False


def available_timezones():
    """The set of keys ZoneInfo can load from the search path."""
    valid = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath == root:
                # 'right' and 'posix' hold copies of the zones.
                for skip in ('right', 'posix'):
                    if skip in dirnames:
                        dirnames.remove(skip)
            for name in filenames:
                fpath = os.path.join(dirpath, name)
                key = os.path.relpath(fpath, start=root)
                if os.sep != '/':
                    key = key.replace(os.sep, '/')
                if not key or key in valid:
                    continue
                if _is_tzif(fpath):
                    valid.add(key)
    if 'posixrules' in valid:
        valid.remove('posixrules')
    return valid


reset_tzpath()
