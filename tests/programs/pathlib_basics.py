# pathlib: pure path algebra and filesystem operations in a temp dir.
import os
import shutil
import tempfile
from pathlib import Path, PurePath, PosixPath, PurePosixPath

q = PurePath('/usr/lib/python3.11/os.tar.gz')
print(repr(q), q.name, q.suffix, q.suffixes, q.stem, q.parent, q.parts)
print(list(q.parents), repr(q.parents[0]), len(q.parents), q.anchor, q.root)
print(q.with_suffix('.zip'), q.with_name('x.py'), q.with_stem('new'))
print(PurePath('a/b').joinpath('c', 'd'), repr(Path('a//b/./c')), Path('a') / 'b' / 'c')
print('x' / Path('y'), Path('/a') / '/b', Path('a', 'b', 'c'))
print(Path('.'), Path(), Path('/'), repr(Path('')), Path('a') == Path('a/'),
      Path('a') < Path('b'), Path('/x').is_absolute(), Path('x').is_absolute())
print(PurePath('/a/b/c').relative_to('/a'), PurePath('a/b').is_relative_to('a'))
try:
    PurePath('/a/b').relative_to('/c')
except ValueError as e:
    print('ValueError', e)
try:
    PurePath('a').with_suffix('bad')
except ValueError as e:
    print('ValueError', e)
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'),
      PurePath('a/b.py').match('/*.py'))
print(Path('x.tar').suffixes, Path('.bashrc').suffix, Path('.bashrc').stem,
      Path('a.').suffix, Path('/').name, repr(Path('/').parent))
print(type(Path('a')).__name__, isinstance(Path('a'), PurePath), str(Path('a/b')),
      os.fspath(Path('a/b')), Path('a/b').as_posix(), hash(Path('a')) == hash(Path('a')))
print(sorted([Path('b'), Path('a/c'), Path('a')]))

base = Path(tempfile.mkdtemp())
(base / 'sub' / 'deep').mkdir(parents=True)
(base / 'sub').mkdir(exist_ok=True)
try:
    (base / 'sub').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    (base / 'x' / 'y').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print((base / 'a.txt').write_text('hello\nworld\n'))
(base / 'sub' / 'b.py').write_text('print(1)')
(base / 'sub' / 'deep' / 'c.py').write_text('x')
(base / '.hidden').write_text('')
print(repr((base / 'a.txt').read_text()), (base / 'a.txt').exists(),
      (base / 'sub').is_dir(), (base / 'sub').is_file(), (base / 'zz').exists())
print((base / 'a.txt').stat().st_size)
print(sorted(x.name for x in base.iterdir()))
print(sorted(str(x.relative_to(base)) for x in base.glob('*')))
print(sorted(str(x.relative_to(base)) for x in base.glob('*.txt')))
print(sorted(str(x.relative_to(base)) for x in base.rglob('*.py')))
print(sorted(str(x.relative_to(base)) for x in base.glob('**/*.py')))
print(sorted(str(x.relative_to(base)) for x in base.glob('sub/*')))
with (base / 'a.txt').open() as f:
    print(f.readline().strip())
with (base / 'new.txt').open('w') as f:
    f.write('via open')
print((base / 'new.txt').read_text())
r = (base / 'new.txt').rename(base / 'renamed.txt')
print(r.name, (base / 'new.txt').exists())
(base / 'renamed.txt').unlink()
(base / 'renamed.txt').unlink(missing_ok=True)
try:
    (base / 'renamed.txt').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(str(base), 'BASE'))
(base / 't').touch()
print((base / 't').exists(), (base / 't').stat().st_size)
print(base.resolve() == Path(os.path.realpath(str(base))), Path('rel').absolute() == Path.cwd() / 'rel')
print((base / 'sub' / '..' / 'a.txt').resolve() == (base / 'a.txt').resolve())
(base / 'sub' / 'deep' / 'c.py').unlink()
(base / 'sub' / 'deep').rmdir()
shutil.rmtree(base)
print(base.exists())
