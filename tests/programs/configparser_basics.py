# configparser: reading (strings, dicts, files), sections/options, typed
# getters with fallback, interpolation (basic and extended), write(), the
# DEFAULT section, the mapping protocol and the errors.
import configparser
import io
import os
import tempfile

TEXT = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
ratio: 0.75

[topsecret.server.example]
Port = 50022
ForwardX11 = no
multi = first line
    second line

    after blank
; another comment
empty =
path = %(home)s/data
home = /home/me
pct = 100%%
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections())
print(cp.defaults())
print(list(cp), len(cp), "forge.example" in cp, "nope" in cp)
print(cp.options("forge.example"))
print(cp.get("forge.example", "user"), cp["forge.example"]["User"])
print(cp.getint("topsecret.server.example", "port"))
print(cp.getfloat("forge.example", "ratio"))
print(cp.getboolean("forge.example", "forwardx11"),
      cp.getboolean("topsecret.server.example", "forwardx11"))
print(repr(cp.get("topsecret.server.example", "multi")))
print(repr(cp.get("topsecret.server.example", "empty")))
print(cp.get("topsecret.server.example", "path"))
print(cp.get("topsecret.server.example", "path", raw=True))
print(cp.get("topsecret.server.example", "pct"))
print(cp.get("forge.example", "missing", fallback="fb"))
print(cp.getint("forge.example", "missing", fallback=7))
print(cp.get("nosuch", "x", fallback=None))
print(cp.get("forge.example", "user", vars={"user": "override"}))
print(cp.has_option("forge.example", "compression"),
      cp.has_option("forge.example", "nothing"),
      cp.has_section("forge.example"), cp.has_section("DEFAULT"))
print(cp.items("forge.example"))
print([(name, type(sec).__name__) for name, sec in cp.items()])
sec = cp["forge.example"]
print(sec, sec.name, sec.parser is cp, len(sec), sorted(sec))
print(sec.get("user"), sec.get("nope"), sec.get("nope", "dflt"),
      sec.getint("compressionlevel"), sec.getboolean("compression"),
      sec.getfloat("ratio"), sec.getint("absent", 3))
print("user" in sec, "zzz" in sec)
sec["new"] = "value"
print(cp.get("forge.example", "new"))
del sec["new"]
print(cp.has_option("forge.example", "new"))
print(dict(cp["DEFAULT"]))

# Writing.
cp.add_section("added")
cp.set("added", "key", "v1")
cp["added"]["other"] = "line1\nline2"
cp["fromdict"] = {"a": 1, "b": "two"}
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:4])
print(cp.remove_option("added", "key"), cp.remove_option("added", "key"))
print(cp.remove_section("added"), cp.remove_section("added"))
print(cp.popitem()[0], cp.sections())

# read_dict and defaults=.
p = configparser.ConfigParser(defaults={"base": "/opt", "n": 3})
p.read_dict({"s1": {"dir": "%(base)s/bin", "flag": "off", "count": 12},
             "s2": {}})
print(p.get("s1", "dir"), p.getboolean("s1", "flag"), p.getint("s1", "count"),
      p.get("s2", "n"))

# Extended interpolation.
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string("""
[paths]
root = /srv
data = ${root}/data
cost = $$5
[app]
log = ${paths:data}/app.log
""")
print(e.get("app", "log"), e.get("paths", "cost"))
print(e.items("app"))

# RawConfigParser / interpolation=None keep % as is.
r = configparser.RawConfigParser()
r.read_string("[s]\nv = 50%(x)s\n")
print(r.get("s", "v"))
n = configparser.ConfigParser(interpolation=None)
n.read_string("[s]\nv = 100%\n")
print(n.get("s", "v"))

# Parser options.
opts = configparser.ConfigParser(allow_no_value=True, delimiters=("->",),
                                 comment_prefixes=("//",),
                                 inline_comment_prefixes=("#",),
                                 strict=False)
opts.read_string("""
[x]
flag
k -> v # trailing
// comment
k -> again
""")
print(opts.items("x"))
opts.optionxform = str
opts.read_string("[y]\nCamel -> Case\n")
print(opts.options("y"))

# Typed converters.
c = configparser.ConfigParser(converters={"list": lambda v: v.split(",")})
c.read_string("[s]\nitems = a,b,c\n")
print(c.getlist("s", "items"), c["s"].getlist("items"), sorted(c.converters))

# Files.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "a.ini")
    with open(path, "w") as f:
        f.write("[file]\nk = v\n")
    f = configparser.ConfigParser()
    print(f.read([path, os.path.join(d, "missing.ini")]) == [path])
    print(f.get("file", "k"))
    with open(path) as fh:
        g = configparser.ConfigParser()
        g.read_file(fh)
        print(g.sections())


# Errors.
def check(fn):
    try:
        print("ok", fn())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
        print("   args:", exc.args)


check(lambda: cp.get("nosuch", "x"))
check(lambda: cp.get("topsecret.server.example", "nothing"))
check(lambda: cp.getint("topsecret.server.example", "user"))
check(lambda: cp.getboolean("topsecret.server.example", "user"))
check(lambda: cp.add_section("topsecret.server.example"))
check(lambda: cp.add_section("DEFAULT"))
check(lambda: cp.add_section(3))
check(lambda: cp.set("topsecret.server.example", "k", 3))
check(lambda: cp.set("nosuch", "k", "v"))
check(lambda: cp.options("nosuch"))
check(lambda: cp.items("nosuch"))
check(lambda: cp["nosuch"])
check(lambda: cp.__delitem__("DEFAULT"))
check(lambda: configparser.ConfigParser().read_string("k = v\n"))
check(lambda: configparser.ConfigParser().read_string("[a]\nk=1\n[a]\n"))
check(lambda: configparser.ConfigParser().read_string("[a]\nk=1\nK=2\n"))
check(lambda: configparser.ConfigParser().read_string(
    "[a]\nnovalue\n=x\n", source="src.ini"))
check(lambda: configparser.ConfigParser().read_dict({"a": {"k": 1, "K": 2}}))
bad = configparser.ConfigParser()
bad.read_string("""
[b]
missing = %(nothere)s
syntax = %(oops
single = 5%x
loop = %(loop)s
ext = ${a:b:c}
""")
for opt in ("missing", "syntax", "single", "loop"):
    check(lambda: bad.get("b", opt))
check(lambda: bad.set("b", "k", "50%"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[b]\nm = ${nope}\nx = ${a:b:c}\nd = $x\n")
for opt in ("m", "x", "d"):
    check(lambda: ext.get("b", opt))
check(lambda: configparser.ConfigParser(interpolation=3))
print(issubclass(configparser.MissingSectionHeaderError,
                 configparser.ParsingError),
      issubclass(configparser.InterpolationDepthError,
                 configparser.InterpolationError),
      configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
