# open() in w/a/r modes, read/readline/write/close, iteration, with.
import os
path = os.path.join(os.getenv("TMPDIR", "/tmp"), "interp_corpus_" + str(os.getpid()) + ".txt")
f = open(path, "w")
print(f.write("line one\n"), f.write("line two\n"))
f.close()
with open(path, "a") as f:
    f.write("line three\n")
    f.write("no newline at end")
f = open(path, "r")
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.read()))
print(repr(f.readline()), repr(f.read()))
f.close()
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    lines = [l.rstrip("\n") for l in f]
print(lines)
with open(path, "w") as f:
    print("via print", 42, file=f)
    f.write("ünïcode ✓\n")
with open(path) as f:
    data = f.read()
print(repr(data), len(data))
print(os.path.exists(path))
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError", e.args[0], type(e).__name__)
