# os and os.path: directories, files, stat, walk, scandir, errors.
import os
import os.path
import tempfile

base = tempfile.mkdtemp()


def rel(p):
    return os.path.relpath(p, base)


os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a', 'b'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, rel(e.filename))
os.mkdir(os.path.join(base, 'd'))
for name in ['a/one.txt', 'a/b/two.py', 'a/b/c/three.py', 'top.cfg']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name * 3)

print(sorted(os.listdir(base)))
print(sorted(os.listdir(os.path.join(base, 'a'))))

with os.scandir(os.path.join(base, 'a')) as it:
    for entry in sorted(it, key=lambda e: e.name):
        print(repr(entry), entry.name, rel(entry.path), entry.is_file(),
              entry.is_dir(), entry.is_symlink())
        if entry.is_file():
            print('  size', entry.stat().st_size)

print('top-down')
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(rel(root), dirs, sorted(files))
print('pruned')
for root, dirs, files in os.walk(base):
    if 'b' in dirs:
        dirs.remove('b')
    dirs.sort()
    print(rel(root), dirs, sorted(files))
print('bottom-up')
out = []
for root, dirs, files in os.walk(base, topdown=False):
    out.append((rel(root), sorted(dirs), sorted(files)))
print(out[-1])
print(sorted(out))
errors = []
print(list(os.walk(os.path.join(base, 'missing'), onerror=errors.append)))
print(type(errors[0]).__name__, errors[0].errno)

p = os.path.join(base, 'top.cfg')
st = os.stat(p)
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__,
      type(st.st_mtime_ns).__name__, st.st_mode & 0o170000 == 0o100000)
print(os.path.getsize(p), os.path.getmtime(p) == st.st_mtime)
print(os.path.isfile(p), os.path.isdir(p), os.path.exists(p), os.path.islink(p))

os.rename(p, os.path.join(base, 'renamed.cfg'))
os.replace(os.path.join(base, 'renamed.cfg'), os.path.join(base, 'final.cfg'))
print(sorted(os.listdir(base)))
os.remove(os.path.join(base, 'final.cfg'))
os.unlink(os.path.join(base, 'a', 'one.txt'))
os.rmdir(os.path.join(base, 'd'))
print(sorted(os.listdir(base)))

for call in [lambda: os.stat(os.path.join(base, 'nope')),
             lambda: os.listdir(os.path.join(base, 'nope')),
             lambda: os.rmdir(os.path.join(base, 'a')),
             lambda: os.mkdir(os.path.join(base, 'a')),
             lambda: os.remove(os.path.join(base, 'a')),
             lambda: os.rename(os.path.join(base, 'x'), os.path.join(base, 'y')),
             lambda: os.chdir(os.path.join(base, 'nope')),
             lambda: os.path.getsize(os.path.join(base, 'nope'))]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(base, 'BASE'))

cwd = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()) == os.path.basename(base))
print(sorted(os.listdir()))
os.chdir(cwd)

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.pathsep,
      os.devnull, os.extsep)
print(isinstance(os.cpu_count(), int) and os.cpu_count() > 0)
print(os.error is OSError)
