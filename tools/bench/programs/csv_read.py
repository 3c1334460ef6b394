# csv.reader over a 5 MB file the script writes (quoted fields included).
import csv
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.csv')
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    i = 0
    while f.tell() < 5 * 1024 * 1024:
        w.writerow([i, 'name %d' % i, 'city, "quoted" %d' % (i % 97),
                    i * 0.5, 'x' * (i % 13)])
        i += 1
rows = 0
width = 0
with open(path, newline='') as f:
    for row in csv.reader(f):
        rows += 1
        width += len(row[2])
os.remove(path)
os.rmdir(d)
print(rows, width)
