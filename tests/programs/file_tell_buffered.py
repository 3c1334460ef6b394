# tell() on files with buffered output: the position counts what was
# written, and everything the script can observe (another open(), os
# calls, appends, mixed reads and writes, seeks) sees the same file as
# with CPython's flushing tell().
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 't.txt')

with open(path, 'w', newline='') as f:
    sizes = []
    i = 0
    while f.tell() < 2000:
        f.write('row %d,%s\r\n' % (i, 'x' * (i % 7)))
        sizes.append(f.tell())
        i += 1
    print(i, sizes[:5], sizes[-1])
    with open(path, newline='') as g:  # a second reader sees it all
        print(len(g.read()), f.tell())
    print(os.path.getsize(path) == f.tell(), os.stat(path).st_size)
    f.write('tail')
    print(f.tell())
    os.write(f.fileno(), b'|raw|')  # lands after the buffered text
    print(f.tell())
print(open(path).read()[-30:].replace('\r', '\\r').replace('\n', '\\n'))

with open(path, 'w', encoding='utf-8') as f:
    f.write('héllo wörld\n')
    print(f.tell())
    f.write('日本\n')
    print(f.tell())
print(os.path.getsize(path))

with open(path, 'a') as f:
    print(f.tell())
    f.write('appended\n')
    print(f.tell())
print(open(path).read().count('\n'))

with open(path, 'r+') as f:
    print(repr(f.readline()), f.tell())
    f.seek(0, 2)
    f.write('more\n')
    print(f.tell())
    f.seek(0)
    print(f.tell(), repr(f.read(5)))
print(open(path).read().splitlines())

with open(path, 'wb') as f:
    f.write(b'abc')
    print(f.tell())
    f.seek(1)
    print(f.tell())
    f.write(b'Z')
    print(f.tell())
print(open(path, 'rb').read())

with open(path, 'w') as f:
    for n in range(3000):
        f.write('%d\n' % n)
        if n % 1000 == 0:
            print(n, f.tell())
    print(f.tell())
print(os.path.getsize(path))
os.remove(path)
os.rmdir(d)
