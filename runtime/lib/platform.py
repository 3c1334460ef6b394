"""The platform the interpreter runs on (CPython's platform module, the
parts that apply to Linux): uname() and its fields, platform(),
libc_ver(), freedesktop_os_release() and the python_* version queries.

python_implementation() returns 'interp': this is not CPython (scripts use
the answer to decide whether CPython-only facilities such as C extensions
exist). Left out: architecture(), python_compiler(), python_build(),
python_branch(), python_revision(), mac_ver(), win32_ver(), java_ver()
and the command-line interface.
"""

import collections
import functools
import itertools
import sys

import _platform

__version__ = '1.0.8'

_platform_cache = {}
_uname_cache = None


def _unknown_as_blank(val):
    return '' if val == 'unknown' else val


def _processor():
    # What `uname -p` prints (CPython runs it too on Linux); '' when it
    # cannot be run or says 'unknown'.
    try:
        import subprocess
        return subprocess.check_output(
            ['uname', '-p'], stderr=subprocess.DEVNULL, text=True).strip()
    except Exception:
        return ''


uname_result_base = collections.namedtuple(
    "uname_result_base", "system node release version machine")


class uname_result(uname_result_base):
    """A uname_result that's largely compatible with a simple namedtuple
    except that 'processor' is resolved late and cached to avoid calling
    "uname -p" unless needed."""

    _fields = ('system', 'node', 'release', 'version', 'machine',
               'processor')

    @functools.cached_property
    def processor(self):
        return _unknown_as_blank(_processor())

    def __iter__(self):
        return itertools.chain(
            super().__iter__(),
            (self.processor,)
        )

    @classmethod
    def _make(cls, iterable):
        # override factory to affect length check
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(iter(self))[:len(self._fields) - 1]


def uname():
    """(system, node, release, version, machine, processor) as a
    uname_result; blank where a value cannot be determined."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    system, node, release, version, machine = _platform.uname()
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """The system/OS name, e.g. 'Linux'."""
    return uname().system


def node():
    """The computer's network name (may be blank)."""
    return uname().node


def release():
    """The system's release, e.g. '6.1.0-13-amd64'."""
    return uname().release


def version():
    """The system's release version, e.g. '#1 SMP PREEMPT_DYNAMIC ...'."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'."""
    return uname().machine


def processor():
    """The (real) processor name, e.g. 'amdk6' (blank when unknown)."""
    return uname().processor


def system_alias(system, release, version):
    """(system, release, version) as marketing names; unchanged on
    Linux."""
    return system, release, version


def libc_ver():
    """(lib, version) of the C library the interpreter is linked with,
    e.g. ('glibc', '2.36')."""
    return _platform.libc_ver()


def _platform_string(*args):
    # "system-release-machine-..." with filename-hostile characters
    # replaced and 'unknown' parts dropped.
    platform = '-'.join(x.strip() for x in filter(len, args))
    platform = platform.replace(' ', '_')
    for ch in '/\\:;"()':
        platform = platform.replace(ch, '-')
    platform = platform.replace('unknown', '')
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform[-1] == '-':
        platform = platform[:-1]
    return platform


def platform(aliased=0, terse=0):
    """One string naming the platform, e.g.
    'Linux-6.1.0-13-amd64-x86_64-with-glibc2.36'."""
    result = _platform_cache.get((aliased, terse), None)
    if result is not None:
        return result
    system, node, release, version, machine, processor = tuple(iter(uname()))
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    libcname, libcversion = libc_ver()
    platform = _platform_string(system, release, machine, processor,
                                'with', libcname + libcversion)
    _platform_cache[(aliased, terse)] = platform
    return platform


def python_implementation():
    """'interp' (CPython returns 'CPython', PyPy 'PyPy')."""
    return 'interp'


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """The Python version as a tuple of strings (major, minor,
    patchlevel)."""
    return tuple(str(x) for x in sys.version_info[:3])


_os_release_cache = None


def _parse_os_release(lines):
    # Lines are NAME=value, the value quoted shell-style (no expansion).
    info = {
        "NAME": "Linux",
        "ID": "linux",
        "PRETTY_NAME": "Linux",
    }
    import re
    os_release_line = re.compile(
        "^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"\']?)(?P<value>.*)(?P=quote)$"
    )
    os_release_unescape = re.compile(r"\\([\\\$\"\'`])")
    for line in lines:
        mo = os_release_line.match(line)
        if mo is not None:
            info[mo.group('name')] = os_release_unescape.sub(
                r"\1", mo.group('value'))
    return info


def freedesktop_os_release():
    """The operating system's identification from /etc/os-release (or
    /usr/lib/os-release) as a dict; OSError when neither exists."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ("/etc/os-release", "/usr/lib/os-release"):
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(
                errno,
                "Unable to read files " + ", ".join(
                    ("/etc/os-release", "/usr/lib/os-release"))
            )
    return _os_release_cache.copy()
