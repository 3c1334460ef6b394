"""Comparing files (cmp, cmpfiles) and directories (dircmp)."""

import os
import stat

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

BUFSIZE = 8 * 1024
DEFAULT_IGNORES = ["RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs",
                   "__pycache__"]

# (f1, f2, signature1, signature2) -> outcome of a byte comparison; an
# entry goes stale by itself when a file's signature changes.
_cache = {}


def clear_cache():
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _same_bytes(f1, f2):
    with open(f1, "rb") as a, open(f2, "rb") as b:
        while True:
            chunk = a.read(BUFSIZE)
            if chunk != b.read(BUFSIZE):
                return False
            if not chunk:
                return True


def cmp(f1, f2, shallow=True):
    """True when two regular files are the same: by their stat signature
    (type, size, mtime) when `shallow`, else by their contents."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_bytes(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def cmpfiles(a, b, common, shallow=True):
    """Sorts the names in `common` into (same, different, trouble) lists
    for the files of that name in directories a and b."""
    result = ([], [], [])
    for name in common:
        try:
            index = 0 if cmp(os.path.join(a, name), os.path.join(b, name),
                             shallow) else 1
        except OSError:
            index = 2
        result[index].append(name)
    return result


class dircmp:
    """Compares directories a and b; the attributes are computed on first
    use: left_list, right_list, common, left_only, right_only,
    common_dirs, common_files, common_funny, same_files, diff_files,
    funny_files, subdirs."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(n for n in os.listdir(self.left)
                                if n not in skip)
        self.right_list = sorted(n for n in os.listdir(self.right)
                                 if n not in skip)

    def phase1(self):
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                a_type = stat.S_IFMT(
                    os.stat(os.path.join(self.left, name)).st_mode)
                b_type = stat.S_IFMT(
                    os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if a_type != b_type:
                self.common_funny.append(name)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a_type):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        print("diff", self.left, self.right)
        for label, attr in (
                (("Only in", self.left, ":"), "left_only"),
                (("Only in", self.right, ":"), "right_only"),
                (("Identical files :",), "same_files"),
                (("Differing files :",), "diff_files"),
                (("Trouble with common files :",), "funny_files"),
                (("Common subdirectories :",), "common_dirs"),
                (("Common funny cases :",), "common_funny")):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*label, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3,
                     funny_files=phase3,
                     common_dirs=phase2, common_files=phase2,
                     common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)
