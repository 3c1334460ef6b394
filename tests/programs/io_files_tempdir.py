# File I/O in a private temp directory: write, append, read, lines, remove.
import os
base = os.path.join(os.getenv("TMPDIR", "/tmp"), "interp_io_" + str(os.getpid()))
names = []
for i in range(3):
    name = base + "_" + str(i) + ".txt"
    names.append(name)
    with open(name, "w") as f:
        for j in range(i + 1):
            f.write("file " + str(i) + " line " + str(j) + "\n")
with open(names[0], "a") as f:
    n = f.write("appended\n")
print("appended chars:", n)
for name in names:
    with open(name) as f:
        lines = [l for l in f]
    print(len(lines), [l.strip() for l in lines])
f = open(names[2])
print(repr(f.readline()), repr(f.readline()))
rest = f.read()
print(repr(rest), repr(f.read()))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
word_count = 0
for name in names:
    with open(name) as f:
        word_count += len(f.read().split())
print("words:", word_count)
for name in names:
    os.remove(name)
print([os.path.exists(n) for n in names])
