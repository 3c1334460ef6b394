# shutil, glob, fnmatch and tempfile working together.
import fnmatch
import glob
import os
import shutil
import tempfile

print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.fnmatch('foo.pyc', '*.py'),
      fnmatch.fnmatch('x', '[!a-c]'), fnmatch.fnmatch('b', '[!a-c]'),
      fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch('a?c', 'a[?]c'),
      fnmatch.fnmatch('abc', 'a?c'), fnmatch.fnmatch('', '*'),
      fnmatch.fnmatch('[x', '[x'), fnmatch.fnmatch('a-', 'a[a-]'))
print(fnmatch.filter(['a.c', 'b.h', 'c.c', 'd.cc'], '*.c'))
for pat in ['*.py', 'a*b*c', '[!a-c]x?', '[]]', 'a[b', '**x', 'x*', 'a.b+c',
            '[a-z0-9]*', '[!]', '[^x]']:
    print(repr(pat), fnmatch.translate(pat))

base = tempfile.mkdtemp(prefix='sgt_', suffix='.d')
print(os.path.basename(base).startswith('sgt_'), base.endswith('.d'),
      os.path.dirname(base) == tempfile.gettempdir(), os.path.isdir(base))
os.makedirs(os.path.join(base, 'src', 'pkg', 'inner'))
for name in ['src/a.py', 'src/b.txt', 'src/.hidden.py', 'src/pkg/c.py',
             'src/pkg/inner/d.py', 'src/pkg/inner/e.dat']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name)


def rels(paths):
    return sorted(os.path.relpath(p, base) for p in paths)


print(rels(glob.glob(os.path.join(base, 'src', '*.py'))))
print(rels(glob.glob(os.path.join(base, 'src', '*'))))
print(rels(glob.glob(os.path.join(base, 'src', '**', '*.py'), recursive=True)))
print(rels(glob.glob(os.path.join(base, 'src', '**'), recursive=True)))
print(rels(glob.glob(os.path.join(base, 'src', '*', '*.py'))))
print(rels(glob.glob(os.path.join(base, 'src', 'pkg'))))
print(rels(glob.glob(os.path.join(base, 'src', 'nothing*'))))
print(rels(glob.iglob(os.path.join(base, 'src', '?.txt'))))
print(sorted(glob.glob('**/*.py', root_dir=os.path.join(base, 'src'), recursive=True)))
print(sorted(glob.glob('*', root_dir=os.path.join(base, 'src'), include_hidden=True)))
print(glob.escape('a[b]*?.txt'), glob.has_magic('a*'), glob.has_magic('abc'))

src = os.path.join(base, 'src')
dst = shutil.copytree(src, os.path.join(base, 'copy'))
print(os.path.relpath(dst, base), rels(glob.glob(os.path.join(dst, '**'), recursive=True)))
shutil.copytree(src, os.path.join(base, 'copy2'),
                ignore=shutil.ignore_patterns('*.dat', 'inner2'))
print(rels(glob.glob(os.path.join(base, 'copy2', '**', '*.*'), recursive=True)))
try:
    shutil.copytree(src, dst)
except FileExistsError as e:
    print('FileExistsError', e.errno)
shutil.copytree(src, dst, dirs_exist_ok=True)
r = shutil.copy(os.path.join(src, 'a.py'), os.path.join(base, 'copy'))
print(os.path.relpath(r, base))
r = shutil.copy2(os.path.join(src, 'a.py'), os.path.join(base, 'a2.py'))
print(os.path.relpath(r, base), open(r).read(),
      os.stat(r).st_mtime == os.stat(os.path.join(src, 'a.py')).st_mtime)
r = shutil.copyfile(os.path.join(src, 'b.txt'), os.path.join(base, 'b2.txt'))
print(os.path.relpath(r, base), open(r).read())
try:
    shutil.copyfile(os.path.join(src, 'b.txt'), os.path.join(src, 'b.txt'))
except shutil.SameFileError as e:
    print('SameFileError', str(e).replace(base, 'BASE'))
try:
    shutil.copyfile(os.path.join(src, 'nope'), os.path.join(base, 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(base, 'BASE'))
print(os.path.relpath(shutil.move(os.path.join(base, 'b2.txt'), os.path.join(base, 'copy')), base))
print(os.path.relpath(shutil.move(os.path.join(base, 'copy2'), os.path.join(base, 'moved')), base))
print(sorted(os.listdir(base)))
try:
    shutil.move(os.path.join(base, 'a2.py'), os.path.join(base, 'copy', 'pkg', '..'))
    shutil.move(os.path.join(base, 'copy', 'a2.py'), os.path.join(base, 'copy'))
except shutil.Error as e:
    print('Error', str(e).replace(base, 'BASE'))
print(shutil.which('sh') is not None, shutil.which('no-such-command-xyz'),
      shutil.which('sh', path=''))
shutil.rmtree(os.path.join(base, 'copy'))
print(sorted(os.listdir(base)))
try:
    shutil.rmtree(os.path.join(base, 'nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
shutil.rmtree(os.path.join(base, 'nope'), ignore_errors=True)
seen = []
shutil.rmtree(os.path.join(base, 'nope'), onerror=lambda f, p, ei: seen.append(ei[0].__name__))
print(seen)

with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td), os.path.dirname(td) == tempfile.gettempdir())
    with open(os.path.join(td, 'f'), 'w') as f:
        f.write('x')
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(prefix='obj')
print(repr(t).startswith("<TemporaryDirectory '"), os.path.basename(t.name).startswith('obj'))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile('w', suffix='.txt', dir=base) as f:
    f.write('abc')
    f.flush()
    print(f.name.endswith('.txt'), os.path.exists(f.name), open(f.name).read())
print(os.path.exists(f.name))
f = tempfile.NamedTemporaryFile('w', delete=False, dir=base)
f.write('kept')
f.close()
print(open(f.name).read())
os.unlink(f.name)
fd, name = tempfile.mkstemp(prefix='pre', dir=base)
print(isinstance(fd, int), os.path.basename(name).startswith('pre'),
      oct(os.stat(name).st_mode & 0o777))
os.close(fd)
os.unlink(name)
shutil.rmtree(base)
print(os.path.exists(base))
