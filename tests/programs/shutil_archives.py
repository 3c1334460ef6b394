# shutil.make_archive / unpack_archive / the format lists.
import os
import shutil
import tarfile
import tempfile
import zipfile

print(shutil.get_archive_formats())
print(shutil.get_unpack_formats())
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'pkg', 'sub'))
    os.makedirs(os.path.join(src, 'empty'))
    for rel, text in [('top.txt', 'top'), ('pkg/a.py', 'print(1)'),
                      ('pkg/sub/b.txt', 'bee')]:
        with open(os.path.join(src, *rel.split('/')), 'w') as f:
            f.write(text)
    for fmt in ('zip', 'tar', 'gztar', 'bztar', 'xztar'):
        name = shutil.make_archive(os.path.join(d, 'out', 'arc'), fmt,
                                   root_dir=src)
        print(fmt, os.path.relpath(name, d))
        if fmt == 'zip':
            with zipfile.ZipFile(name) as zf:
                print(sorted(zf.namelist()))
        else:
            with tarfile.open(name) as tf:
                print(sorted(tf.getnames()))
        dest = os.path.join(d, 'x_' + fmt)
        shutil.unpack_archive(name, dest)
        found = []
        for dirpath, dirs, files in os.walk(dest):
            for fn in files:
                p = os.path.join(dirpath, fn)
                found.append((os.path.relpath(p, dest), open(p).read()))
        print(sorted(found))
    name = shutil.make_archive(os.path.join(d, 'part'), 'zip', root_dir=src,
                               base_dir='pkg')
    with zipfile.ZipFile(name) as zf:
        print(sorted(zf.namelist()))
    cwd = os.getcwd()
    os.chdir(src)
    try:
        name = shutil.make_archive('../rel', 'tar')
        print(name)
    finally:
        os.chdir(cwd)
    for bad in [lambda: shutil.make_archive('x', 'rar'),
                lambda: shutil.unpack_archive(os.path.join(d, 'a.rar')),
                lambda: shutil.unpack_archive(name, d, format='rar')]:
        try:
            bad()
        except (ValueError, shutil.ReadError) as e:
            print(type(e).__name__, str(e).replace(d, '<d>'))
