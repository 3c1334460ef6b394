# fileinput: several files and stdin ('-') in one stream with the state
# functions, nextfile, binary mode, in-place editing with a backup,
# hook_encoded/hook_compressed, and the errors.
import fileinput
import gzip
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
paths = []
for name, text in [('a.txt', 'alpha 1\nalpha 2\n'), ('b.txt', 'beta 1\nbeta 2\nbeta 3'), ('c.txt', '')]:
    p = os.path.join(tmp, name)
    with open(p, 'w') as f:
        f.write(text)
    paths.append(p)

for line in fileinput.input(paths + ['-']):
    print(f"{os.path.basename(fileinput.filename())}:{fileinput.filelineno()} "
          f"(#{fileinput.lineno()}) first={fileinput.isfirstline()} stdin={fileinput.isstdin()} {line.rstrip()!r}")
fileinput.close()

with fileinput.input(files=paths, mode='rb') as f:
    for line in f:
        if f.filelineno() == 2:
            f.nextfile()
        print(os.path.basename(f.filename()), f.lineno(), line)

with fileinput.FileInput(paths[:2], inplace=True, backup='.orig') as f:
    for line in f:
        print(f'{f.filelineno():02d}: {line.upper()}', end='')
print(open(paths[0]).read(), end='')
print(open(paths[1]).read())
print(sorted(os.listdir(tmp)))

latin = os.path.join(tmp, 'latin.txt')
with open(latin, 'wb') as f:
    f.write('café\ncrème\n'.encode('latin-1'))
print([line.rstrip() for line in fileinput.input(latin, openhook=fileinput.hook_encoded('latin-1'))])
gz = os.path.join(tmp, 'z.gz')
with gzip.open(gz, 'wt') as f:
    f.write('zipped one\nzipped two\n')
print([line.rstrip() for line in fileinput.input([gz, paths[0]], openhook=fileinput.hook_compressed)])
print(list(fileinput.input(paths[2])), list(fileinput.FileInput(os.path.join(tmp, 'c.txt'))))

fi = fileinput.input(paths[0])
next(fi)
try:
    fileinput.input(paths[1])
except RuntimeError as e:
    print('RuntimeError:', e)
fileinput.close()
for call in [lambda: fileinput.filename(), lambda: fileinput.FileInput(paths, mode='w'),
             lambda: fileinput.FileInput(paths, inplace=True, openhook=open),
             lambda: fileinput.FileInput(paths, openhook='x')]:
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    list(fileinput.input([os.path.join(tmp, 'missing.txt')]))
except FileNotFoundError as e:
    print('FileNotFoundError:', e.strerror)
fileinput.close()
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
