"""The password database (getpwnam, getpwuid, getpwall) through the C
library's lookups (the native _pwd)."""

import _pwd
import _structseq

struct_passwd = _structseq.make(
    "pwd", "struct_passwd",
    ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir",
     "pw_shell"))


def getpwnam(name, /):
    entry = _pwd.getpwnam(name)
    if entry is None:
        raise KeyError("getpwnam(): name not found: %r" % (name,))
    return struct_passwd(entry)


def getpwuid(uid, /):
    entry = _pwd.getpwuid(uid)
    if entry is False:
        raise KeyError("getpwuid(): uid not found")
    if entry is None:
        raise KeyError("getpwuid(): uid not found: %d" % uid)
    return struct_passwd(entry)


def getpwall():
    return [struct_passwd(e) for e in _pwd.getpwall()]
