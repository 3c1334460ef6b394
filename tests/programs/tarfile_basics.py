# tarfile: building archives from TarInfo objects (byte-identical with
# CPython), every format, long and non-ASCII names, gz/bz2/xz, reading,
# extraction, add() of real files, append, errors.
import bz2
import hashlib
import io
import lzma
import os
import tarfile
import tempfile


def members(fmt):
    out = []
    for name, data in [("a.txt", b"alpha\n"), ("dir/", None),
                       ("dir/b.bin", bytes(range(256)) * 3),
                       ("d" * 120 + "/long.txt", b"long name\n"),
                       ("ünï.txt", "unicode ✓".encode()),
                       ("link", "a.txt")]:
        ti = tarfile.TarInfo(name.rstrip("/"))
        ti.mtime = 1700000000
        ti.uname, ti.gname = "user", "group"
        ti.uid, ti.gid = 1000, 100
        if data is None:
            ti.type = tarfile.DIRTYPE
            ti.mode = 0o755
        elif isinstance(data, str):
            ti.type = tarfile.SYMTYPE
            ti.linkname = data
            ti.mode = 0o777
            data = None
        else:
            ti.size = len(data)
        out.append((ti, data))
    return out


for fmt in (tarfile.PAX_FORMAT, tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        for ti, data in members(fmt):
            try:
                tf.addfile(ti, io.BytesIO(data) if data is not None else None)
            except ValueError as e:
                print("ValueError", e)
    raw = buf.getvalue()
    print(fmt, len(raw), hashlib.sha256(raw).hexdigest()[:32])
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tf:
        print(tf.getnames())
        for m in tf:
            print(" ", m.name[:20], m.size, m.mtime, oct(m.mode), m.type,
                  m.uname, m.gname, m.uid, m.isfile(), m.isdir(), m.issym(),
                  m.linkname, sorted(m.pax_headers))
        print(tf.extractfile("a.txt").read(),
              len(tf.extractfile("dir/b.bin").read()),
              tf.extractfile("link").read(), tf.extractfile("dir"))
        f = tf.extractfile("dir/b.bin")
        print(f.read(3), f.tell(), f.seek(-2, 2), f.read())
        try:
            tf.getmember("missing")
        except KeyError as e:
            print("KeyError", e)

print(tarfile.TarInfo("x").tobuf()[:20], tarfile.itn(8 ** 11, 12,
                                                      tarfile.GNU_FORMAT))
try:
    tarfile.itn(8 ** 11, 12, tarfile.USTAR_FORMAT)
except ValueError as e:
    print("ValueError", e)

# Compressed archives round-trip; "r" detects the compression.
for comp in ("gz", "bz2", "xz"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:" + comp) as tf:
        for ti, data in members(tarfile.PAX_FORMAT)[:3]:
            tf.addfile(ti, io.BytesIO(data) if data is not None else None)
    raw = buf.getvalue()
    print(comp, raw[:3] == {"gz": b"\x1f\x8b\x08", "bz2": b"BZh",
                            "xz": b"\xfd7z"}[comp])
    with tarfile.open(fileobj=io.BytesIO(raw)) as tf:
        print(tf.getnames(), tf.extractfile("a.txt").read())
    with tarfile.open(fileobj=io.BytesIO(raw), mode="r:" + comp) as tf:
        print(len(tf.getmembers()))
for mode in ("r:gz", "r:bz2", "r:xz"):
    try:
        tarfile.open(fileobj=io.BytesIO(b"x" * 1024), mode=mode)
    except tarfile.ReadError as e:
        print("ReadError", e)
for data in [b"", b"x" * 1024]:
    try:
        tarfile.open(fileobj=io.BytesIO(data))
    except tarfile.ReadError as e:
        print("ReadError", e)
for bad in ["r:zip", "q"]:
    try:
        tarfile.open(fileobj=io.BytesIO(), mode=bad)
    except (tarfile.CompressionError, ValueError) as e:
        print(type(e).__name__, e)
print(tarfile.is_tarfile(io.BytesIO(b"x" * 1024)))

# Real files: add(), extractall(), append.
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub"))
    for rel, text in [("one.txt", "1\n"), ("sub/two.txt", "2" * 600)]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    os.utime(os.path.join(src, "one.txt"), (1600000000, 1600000000))
    os.symlink("one.txt", os.path.join(src, "ln"))
    path = os.path.join(d, "out.tar.gz")
    with tarfile.open(path, "w:gz") as tf:
        tf.add(src, arcname="pkg")
        tf.add(os.path.join(src, "one.txt"), arcname="skipped",
               filter=lambda ti: None)
    print(tarfile.is_tarfile(path))
    with tarfile.open(path) as tf:
        names = tf.getnames()
        print(names)
        one = tf.getmember("pkg/one.txt")
        print(one.mtime, one.size, sorted(one.pax_headers),
              tf.getmember("pkg/ln").linkname)
        tf.extractall(os.path.join(d, "x"))
    out = os.path.join(d, "x", "pkg")
    print(sorted(os.listdir(out)), os.readlink(os.path.join(out, "ln")))
    with open(os.path.join(out, "sub", "two.txt")) as f:
        print(len(f.read()))
    print(int(os.stat(os.path.join(out, "one.txt")).st_mtime))
    plain = os.path.join(d, "plain.tar")
    with tarfile.open(plain, "w") as tf:
        tf.add(os.path.join(src, "one.txt"), arcname="one.txt")
    with tarfile.open(plain, "a") as tf:
        ti = tarfile.TarInfo("added.txt")
        ti.size = 3
        tf.addfile(ti, io.BytesIO(b"abc"))
    with tarfile.open(plain) as tf:
        print(tf.getnames(), tf.extractfile("added.txt").read())
    print(os.path.getsize(plain) % tarfile.RECORDSIZE)
