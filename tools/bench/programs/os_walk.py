# os.walk over a 10,000-file tree the script creates (100 directories of
# 100 files); the walk itself is repeated and timed by the whole run.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
for d in range(100):
    sub = os.path.join(root, 'd%03d' % d, 'inner')
    os.makedirs(sub)
    for f in range(100):
        open(os.path.join(sub if f % 2 else os.path.dirname(sub),
                          'f%03d.txt' % f), 'w').close()
total = 0
dirs_seen = 0
for _ in range(10):
    for dirpath, dirnames, filenames in os.walk(root):
        dirs_seen += 1
        total += len(filenames)
shutil.rmtree(root)
print(total, dirs_seen)
