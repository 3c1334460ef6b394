# colorsys, sched, filecmp, pwd, grp and getpass.getuser.
import colorsys
import filecmp
import getpass
import grp
import io
import os
import pwd
import sched
import sys
import tempfile

# colorsys: round trips and exact floats.
for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 1.0, 0.5), (0.3, 0.3, 0.3),
            (0.9, 0.1, 0.6), (0.0, 0.0, 1.0)]:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print("  back", colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls),
          colorsys.hsv_to_rgb(*hsv))
print(colorsys.yiq_to_rgb(1.0, 0.9, -0.9), colorsys.hls_to_rgb(0.5, 0.8, 0.5))
print([colorsys.hsv_to_rgb(h / 6, 0.5, 0.8) for h in range(7)])
print(colorsys.ONE_THIRD, colorsys.TWO_THIRD, colorsys.ONE_SIXTH)

# sched with a simulated clock.
now = [0.0]
log = []


def clock():
    return now[0]


def sleep(d):
    log.append(("sleep", d))
    now[0] += d


s = sched.scheduler(clock, sleep)
e1 = s.enter(5, 1, log.append, ("five",))
s.enter(2, 2, log.append, ("two-low",))
s.enter(2, 1, log.append, ("two-high",))
s.enterabs(3, 1, lambda **kw: log.append(kw), kwargs={"k": 3})
e5 = s.enter(4, 1, log.append, ("cancelled",))
s.cancel(e5)
print([(e.time, e.priority, e.argument) for e in s.queue], s.empty())
try:
    s.cancel(e5)
except ValueError as e:
    print("ValueError", e)
print(s.run(blocking=False))
s.run()
print(log, s.empty(), s.run())
print(type(e1).__name__, e1._fields, e1.time, e1.priority, e1.argument)

# filecmp on a scratch tree.
with tempfile.TemporaryDirectory() as d:
    a = os.path.join(d, "a")
    b = os.path.join(d, "b")
    for top in (a, b):
        os.makedirs(os.path.join(top, "sub"))
        os.makedirs(os.path.join(top, ".git"))
    files = {"same.txt": (b"x" * 100, b"x" * 100),
             "diff.txt": (b"hello", b"world"),
             "sizes.txt": (b"short", b"longer"),
             "sub/inner.txt": (b"1", b"2")}
    for name, (ca, cb) in files.items():
        with open(os.path.join(a, name), "wb") as f:
            f.write(ca)
        with open(os.path.join(b, name), "wb") as f:
            f.write(cb)
    with open(os.path.join(a, "left.txt"), "w") as f:
        f.write("l")
    with open(os.path.join(b, "right.txt"), "w") as f:
        f.write("r")
    os.makedirs(os.path.join(a, "odd"))
    with open(os.path.join(b, "odd"), "w") as f:
        f.write("file here")
    print(filecmp.cmp(os.path.join(a, "same.txt"), os.path.join(b, "same.txt"),
                      shallow=False),
          filecmp.cmp(os.path.join(a, "diff.txt"), os.path.join(b, "diff.txt")),
          filecmp.cmp(os.path.join(a, "sizes.txt"),
                      os.path.join(b, "sizes.txt")),
          filecmp.cmp(a, b))
    print(filecmp.cmpfiles(a, b, ["same.txt", "diff.txt", "missing"],
                           shallow=False))
    dc = filecmp.dircmp(a, b)
    print(dc.left_list, dc.right_list)
    print(dc.common, dc.left_only, dc.right_only, dc.common_dirs,
          dc.common_funny)
    print(dc.same_files, dc.diff_files, dc.funny_files, sorted(dc.subdirs))
    out = io.StringIO()
    saved, sys.stdout = sys.stdout, out
    try:
        dc.report_full_closure()
    finally:
        sys.stdout = saved
    print(out.getvalue().replace(d, "<tmp>"), end="")
    try:
        dc.nothing
    except AttributeError as e:
        print("AttributeError", e)
    print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)

# pwd and grp: root's entries and the lookups' errors.
root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root == pwd.getpwnam("root"),
      isinstance(root, tuple), len(root), root[0], root[2:4])
print(type(root).__name__, type(root).__module__, pwd.struct_passwd.n_fields)
print(repr(pwd.struct_passwd(("a", "b", 1, 2, "c", "d", "e"))))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, g == grp.getgrnam("root"))
print(repr(grp.struct_group(("g", "x", 5, ["m"]))))
print(any(p.pw_uid == 0 for p in pwd.getpwall()),
      any(x.gr_gid == 0 for x in grp.getgrall()))
for f, arg in [(pwd.getpwnam, "no such user"), (pwd.getpwuid, 2**31 - 7),
               (grp.getgrnam, "no such group"), (grp.getgrgid, 2**31 - 7),
               (pwd.getpwuid, -5), (pwd.getpwnam, 3), (pwd.getpwuid, "x"),
               (pwd.getpwnam, "a\0b")]:
    try:
        f(arg)
    except Exception as e:
        print(type(e).__name__, e)
print(type(getpass.getuser()).__name__, issubclass(getpass.GetPassWarning,
                                                    UserWarning))
