# A file organizer: builds a messy directory in a temp dir, sorts files
# into folders by extension with pathlib/shutil, finds duplicates by
# hashlib digest, walks with os.walk, globs, and prints a tree (relative
# paths and sizes only, so the output is deterministic).
import fnmatch
import glob
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

CATEGORIES = {
    'images': {'.png', '.jpg', '.gif'},
    'docs': {'.txt', '.md', '.pdf'},
    'code': {'.py', '.c', '.h'},
}


def category(path):
    ext = path.suffix.lower()
    for name, exts in CATEGORIES.items():
        if ext in exts:
            return name
    return 'other'


def tree(root):
    lines = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        depth = 0 if rel == '.' else rel.count(os.sep) + 1
        lines.append('  ' * depth + (os.path.basename(dirpath) + '/' if rel != '.' else './'))
        for f in sorted(filenames):
            size = os.path.getsize(os.path.join(dirpath, f))
            lines.append('  ' * (depth + 1) + f'{f} ({size} B)')
    return '\n'.join(lines)


with tempfile.TemporaryDirectory(prefix='organize-') as tmp:
    root = Path(tmp)
    print(root.name.startswith('organize-'), root.is_dir(), Path(tempfile.gettempdir()).exists())
    files = {
        'holiday.JPG': b'\xff\xd8fakejpeg' * 3,
        'notes.txt': b'remember the milk\n',
        'notes copy.txt': b'remember the milk\n',
        'main.py': b'print("hi")\n',
        'util.h': b'#pragma once\n',
        'archive.tar.gz': b'\x1f\x8b' + b'\x00' * 30,
        'README.md': b'# Project\n\nSome text.\n',
        'logo.png': b'\x89PNG' + b'\x00' * 12,
        '.hidden': b'secret',
        'sub/deep/report.pdf': b'%PDF-1.4 fake',
        'sub/deep/again.py': b'print("hi")\n',
    }
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content)
    print(tree(root))

    print(sorted(p.name for p in root.iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.rglob('*.py')))
    print(sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, '**', '*.p*'), recursive=True)))
    print(sorted(glob.glob('*.txt', root_dir=tmp)), fnmatch.filter(sorted(files), '*.[tm][xd]*'))

    digests = {}
    for p in sorted(root.rglob('*')):
        if p.is_file():
            digests.setdefault(hashlib.sha256(p.read_bytes()).hexdigest()[:12], []).append(
                p.relative_to(root).as_posix())
    for digest, paths in sorted(digests.items()):
        if len(paths) > 1:
            print('duplicate', digest, paths)

    moved = []
    for p in sorted(root.iterdir()):
        if p.is_file() and not p.name.startswith('.'):
            dest_dir = root / category(p)
            dest_dir.mkdir(exist_ok=True)
            target = dest_dir / p.name
            shutil.move(str(p), str(target))
            moved.append(f'{p.name} -> {category(p)}/')
    print('\n'.join(moved))
    (root / 'docs' / 'notes copy.txt').unlink()
    shutil.copy2(root / 'docs' / 'notes.txt', root / 'docs' / 'notes.bak')
    shutil.copytree(root / 'sub', root / 'sub_backup', ignore=shutil.ignore_patterns('*.py'))
    shutil.rmtree(root / 'sub')
    os.rename(root / 'other', root / 'misc')
    print(tree(root))

    stat = (root / 'docs' / 'README.md').stat()
    print(stat.st_size, oct(stat.st_mode & 0o777) in ('0o644', '0o664', '0o600'))
    p = root / 'docs' / 'README.md'
    print(p.stem, p.suffix, p.suffixes, p.with_suffix('.rst').name, p.parent.name, p.parts[-2:])
    print(Path('a/b/c.tar.gz').suffixes, Path('/x/y').is_absolute(), Path('x') / 'y' / '..' / 'z')
    text = p.read_text()
    p.write_text(text.upper())
    print(repr(p.read_text()), p.exists(), (root / 'nope').exists())
    try:
        (root / 'docs').rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno == 39 or e.errno == 66, os.path.basename(e.filename))
    try:
        open(root / 'missing.txt')
    except FileNotFoundError as e:
        print('FileNotFoundError:', e.strerror, Path(e.filename).name)
    total = sum(f.stat().st_size for f in root.rglob('*') if f.is_file())
    print('total bytes', total, 'files', sum(1 for f in root.rglob('*') if f.is_file()))
    fd, name = tempfile.mkstemp(suffix='.log', dir=tmp)
    os.write(fd, b'x' * 10)
    os.close(fd)
    print(os.path.getsize(name), name.endswith('.log'), os.path.dirname(name) == tmp)
    with tempfile.NamedTemporaryFile('w+', dir=tmp, suffix='.tmp', delete=True) as nt:
        nt.write('scratch')
        nt.seek(0)
        print(nt.read(), os.path.exists(nt.name))
    print(os.path.exists(nt.name))
print(os.path.exists(tmp))
