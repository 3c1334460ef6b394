"""The group database (getgrnam, getgrgid, getgrall) through the C
library's lookups (the native _grp)."""

import _grp
import _structseq

struct_group = _structseq.make("grp", "struct_group",
                               ("gr_name", "gr_passwd", "gr_gid", "gr_mem"))


def getgrnam(name, /):
    entry = _grp.getgrnam(name)
    if entry is None:
        raise KeyError("getgrnam(): name not found: %r" % (name,))
    return struct_group(entry)


def getgrgid(id, /):
    entry = _grp.getgrgid(id)
    if entry is False:
        raise KeyError("getgrgid(): gid not found")
    if entry is None:
        raise KeyError("getgrgid(): gid not found: %d" % id)
    return struct_group(entry)


def getgrall():
    return [struct_group(e) for e in _grp.getgrall()]
