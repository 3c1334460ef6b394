# platform: uname and its fields, platform(), libc_ver(), the python_*
# queries, freedesktop_os_release(). Host-specific values are compared
# with what os and sys report rather than printed.
import platform
import sys

u = platform.uname()
print(type(u).__name__, u._fields, len(u), len(list(iter(u))))
print(u.system, platform.system(), u.machine, platform.machine())
print(u[0] == u.system, u[-1] == u.processor, u[:2] == (u.system, u.node))
print(platform.node() == u.node, platform.release() == u.release,
      platform.version() == u.version, platform.processor() == u.processor)
print(repr(u).startswith("uname_result(system='Linux', node="),
      "processor" not in repr(u))
print(all(isinstance(x, str) for x in u), u.release != "")
print(platform.uname() is platform.uname())

print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(map(str, sys.version_info[:3])))
print(platform.python_version_tuple()[:2])
print(platform.python_implementation() in ("CPython", "interp"))

name, ver = platform.libc_ver()
print(name, ver.count(".") >= 1, ver.replace(".", "").isdigit())
p = platform.platform()
print(p.startswith("Linux-" + u.release.replace(" ", "_").replace("/", "-")),
      p.endswith("-with-glibc" + ver), p == platform.platform())
print(platform.system_alias("Linux", "1", "v"))

info = platform.freedesktop_os_release()
print(sorted(k for k in ("NAME", "ID", "PRETTY_NAME") if k in info))
print(info == platform.freedesktop_os_release(),
      info is not platform.freedesktop_os_release())
print(platform._parse_os_release(['NAME="Deb\\"ian"\n', "ID=debian\n",
                                  "# comment\n", "VERSION_ID='12'\n"]))
