# zipfile: writing (stored, deflated, levels, directories), reading back,
# byte-identical archives, append mode, ZipInfo, extraction, errors.
import hashlib
import io
import os
import tempfile
import zipfile

FIXED = (2024, 5, 17, 12, 30, 44)


def build(compression=zipfile.ZIP_STORED, level=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression, compresslevel=level) as zf:
        for name, data in [("hello.txt", b"hello world\n" * 20),
                           ("empty", b""), ("dir/", b""),
                           ("dir/ünï.txt", "unicode ✓".encode()),
                           ("bin.dat", bytes(range(256)) * 4)]:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = compression
            if name.endswith("/"):
                zi.external_attr = 0o40775 << 16 | 0x10
            else:
                zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
        zf.comment = b"archive comment"
    return buf.getvalue()


for comp, level in [(zipfile.ZIP_STORED, None), (zipfile.ZIP_DEFLATED, None),
                    (zipfile.ZIP_DEFLATED, 9), (zipfile.ZIP_DEFLATED, 1)]:
    data = build(comp, level)
    print(comp, level, len(data), hashlib.sha256(data).hexdigest()[:32])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        print(zf.namelist(), zf.comment)
        for info in zf.infolist():
            print(" ", repr(info), info.date_time, info.CRC,
                  info.header_offset, info.flag_bits, info.create_system,
                  info.extract_version, info.is_dir())
        print(zf.read("hello.txt")[:24], zf.read("dir/ünï.txt").decode(),
              len(zf.read("bin.dat")), zf.testzip())
        with zf.open("hello.txt") as f:
            print(f.readline(), f.read(5), len(f.readlines()))
        with zf.open("bin.dat") as f:
            parts = []
            while True:
                chunk = f.read(100)
                if not chunk:
                    break
                parts.append(len(chunk))
            print(parts)
        out = io.StringIO()
        zf.printdir(out)
        print(out.getvalue(), end="")

data = build(zipfile.ZIP_DEFLATED)
print(zipfile.is_zipfile(io.BytesIO(data)),
      zipfile.is_zipfile(io.BytesIO(b"not a zip" * 10)))
try:
    zipfile.ZipFile(io.BytesIO(b"not a zip"))
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    try:
        zf.getinfo("missing")
    except KeyError as e:
        print("KeyError", e)
    try:
        zf.writestr("x", b"y")
    except ValueError as e:
        print("ValueError", e)
print(repr(zipfile.ZipInfo("a.txt")), repr(zipfile.ZipInfo("d/")))
try:
    zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0))
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: zipfile.ZipFile(io.BytesIO(), "q"),
            lambda: zipfile.ZipFile(io.BytesIO(), "w", 99)]:
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

# A corrupted member fails its CRC check.
broken = bytearray(build(zipfile.ZIP_STORED))
at = broken.find(b"hello world")
broken[at] = ord("J")
with zipfile.ZipFile(io.BytesIO(bytes(broken))) as zf:
    try:
        zf.read("hello.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
    print(zf.testzip())

# Files on disk, append mode, extraction, write() of real files.
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "sub", "b.txt"), "w") as f:
        f.write("beta\n" * 100)
    path = os.path.join(d, "out.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(os.path.join(src, "a.txt"), "a.txt")
        zf.write(os.path.join(src, "sub"), "sub")
        zf.write(os.path.join(src, "sub", "b.txt"), "sub/b.txt")
        zf.writestr("note.txt", "written as str")
        zf.mkdir("made")
        with zf.open("streamed.txt", "w") as w:
            w.write(b"part one, ")
            w.write(b"part two")
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("appended.txt", b"more")
    print(zipfile.is_zipfile(path))
    with zipfile.ZipFile(path) as zf:
        print(zf.namelist())
        print([(i.filename, i.file_size, i.is_dir(), oct(i.external_attr >> 16)
                if i.filename in ("made/", "note.txt") else "-")
               for i in zf.infolist()])
        print(zf.read("streamed.txt"), zf.read("appended.txt"))
        dest = os.path.join(d, "x")
        zf.extractall(dest)
        print(sorted(os.listdir(dest)), sorted(os.listdir(os.path.join(dest,
                                                                       "sub"))))
        with open(os.path.join(dest, "sub", "b.txt")) as f:
            print(len(f.read()))
        print(os.path.relpath(zf.extract("a.txt", os.path.join(d, "y")), d))
        print(repr(zf).replace(d, "<tmp>"))
    print(repr(zf))
    # Names that climb out of the target stay inside it.
    evil = os.path.join(d, "evil.zip")
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../escape.txt", b"x")
        zf.writestr("/abs/path.txt", b"y")
    with zipfile.ZipFile(evil) as zf:
        zf.extractall(os.path.join(d, "z"))
    found = []
    for root, dirs, files in os.walk(os.path.join(d, "z")):
        for name in files:
            found.append(os.path.relpath(os.path.join(root, name), d))
    print(sorted(found))
