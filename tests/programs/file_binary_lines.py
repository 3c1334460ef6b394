# Binary files line by line: readlines, readline(limit), read(n) at the end,
# writelines, print() to a binary file, closed-file errors, the bytes a
# text file stores for non-ASCII text.
import os
p = os.path.join(os.getenv("TMPDIR", "/tmp"), "interp_fbl_" + str(os.getpid()) + ".bin")
with open(p, "wb") as f:
    f.writelines([b"alpha\n", bytearray(b"beta\n"), b"gamma"])
    try:
        print("text", file=f)
    except TypeError as e:
        print("print:", e)
    print(f.closed, f.writable(), f.readable(), f.seekable())
print(f.closed)
try:
    f.write(b"x")
except ValueError as e:
    print(e)
with open(p, "rb") as f:
    print(f.readlines())
with open(p, "rb") as f:
    print(f.readline(3), f.readline(100), f.read(2), f.read(100), f.read(5), f.readline())
    try:
        f.write(b"no")
    except Exception as e:
        print(type(e).__name__, e)
with open(p, "w") as f:
    f.write("naïve ✓\n")
with open(p, "rb") as f:
    raw = f.read()
print(raw, raw.decode("utf-8"), len(raw))
with open(p, "r+b") as f:
    f.seek(0, 2)
    print(f.tell())
    f.write(b"tail")
    f.seek(0)
    print(f.read())
lines = []
with open(p, "rb") as f:
    for line in f:
        lines.append(line)
print(lines)
os.remove(p)
