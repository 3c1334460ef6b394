# os.path string functions: no filesystem access.
import os.path as P

for args in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('a', ''), ('', 'x'),
             ('a', 'b/', 'c')]:
    print('join', args, P.join(*args))
for p in ['a/b/c.txt', '/a', '/', '', 'a/', '//a//b', 'a.b/c', '.bashrc',
          'x/.tar.gz', 'f.', 'a..b']:
    print(repr(p), P.split(p), P.splitext(p), repr(P.basename(p)),
          repr(P.dirname(p)), P.isabs(p))
for p in ['a//b', 'a/./b', 'a/../b', '../a', '/../a', '//a', '///a', '.',
          '', 'a/b/../../..', '/a/b/', './']:
    print('normpath', repr(p), repr(P.normpath(p)))
print(P.relpath('/a/b/c', '/a'), P.relpath('/a', '/a/b/c'), P.relpath('/a/b', '/a/b'),
      P.relpath('x/y', 'x'))
try:
    P.relpath('')
except ValueError as e:
    print('ValueError', e)
print(P.commonprefix(['interp', 'interpreter', 'internal']), repr(P.commonprefix([])))
print(P.commonpath(['/usr/lib', '/usr/local/lib']), P.commonpath(['a/b', 'a/c/d']))
for bad in [[], ['/a', 'b']]:
    try:
        P.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
print(P.abspath('/x/../y'), P.isabs(P.abspath('rel')))
print(P.expanduser('nothing'), P.expandvars('no vars'), P.expandvars('$UNSET_VAR_XYZ/${UNSET_VAR_XYZ}/$'))
try:
    P.join('a', 3)
except TypeError as e:
    print('TypeError', e)
try:
    P.basename(None)
except TypeError as e:
    print('TypeError', e)
print(P.sep, P.curdir, P.pardir, P.normcase('AbC'), P.splitdrive('/x/y'))
