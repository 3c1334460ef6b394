# csv: reader/writer round trips, quoting modes, dialects, Dict*.
import csv
import os
import tempfile

print(list(csv.reader(['a,b,c\n', '1,2,3\n'])))
print(list(csv.reader(['a,b\n', '\n', '"x\n', 'y",z\n', ' a, b\n'])))
print(list(csv.reader([' a, "b"\n'], skipinitialspace=True)))
print(list(csv.reader(['"he said ""hi""",2\n'])))
print(list(csv.reader(['a;b;"c;d"\n'], delimiter=';')))
print(list(csv.reader(['a\tb\n'], dialect='excel-tab')))
print(list(csv.reader(['a\\,b,c\n'], escapechar='\\')))
print(list(csv.reader(['1,"2",3.5,\n'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"c\n'])))
print(list(csv.reader(['"a"b,c\n'])))
print(list(csv.reader(["'q,1',2\n"], quotechar="'")))
print(list(csv.reader(['a,"b\n'], strict=False)) if False else '')
try:
    list(csv.reader(['a,"b"c\n'], strict=True))
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader(['"open\n']))
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader(['x,y\n'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print('ValueError', e)
r = csv.reader(['a\n', '"b\n', 'c"\n', 'd\n'])
for row in r:
    print(r.line_num, row)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


s = Sink()
w = csv.writer(s)
print(w.writerow(['a', 'b,c', 'q"t', 1.5, 2, True, None, 'l\nm', ' sp']))
w.writerow([''])
w.writerow([None])
w.writerow([])
w.writerows([[1, 2], [3, 4]])
csv.writer(s, quoting=csv.QUOTE_ALL).writerow(['a', 1, None])
csv.writer(s, quoting=csv.QUOTE_NONNUMERIC).writerow(['a', 1, 2.5, None, True])
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d', 'e'])
csv.writer(s, delimiter='|', lineterminator='\n').writerow(['x|y', 'z'])
csv.writer(s, dialect='unix').writerow(['u', 2])
print(repr(''.join(s.parts)))
try:
    csv.writer(s, quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
try:
    csv.writer(s).writerow(5)
except csv.Error as e:
    print('Error', e)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_MINIMAL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter)
print(list(csv.reader(['a|b\n'], 'pipes')))
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print('Error', e)
try:
    csv.reader([], delimiter='ab')
except TypeError as e:
    print('TypeError', e)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


print(list(csv.reader(['1;2\n'], Semi)))

d = tempfile.mkdtemp()
path = os.path.join(d, 'people.csv')
with open(path, 'w', newline='') as f:
    dw = csv.DictWriter(f, fieldnames=['name', 'age', 'city'])
    dw.writeheader()
    dw.writerow({'name': 'Ann', 'age': 31, 'city': 'Oslo, NO'})
    dw.writerows([{'name': 'Bob', 'age': 25}, {'name': 'Cy "C"', 'age': 40, 'city': 'Rome'}])
    try:
        dw.writerow({'name': 'x', 'zip': 1})
    except ValueError as e:
        print('ValueError', e)
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames)
    for row in dr:
        print(row, dr.line_num)
with open(path, newline='') as f:
    rows = list(csv.DictReader(f, fieldnames=['a', 'b'], restkey='rest'))
    print(rows[0], rows[-1])
with open(path, newline='') as f:
    rows = list(csv.DictReader(f, fieldnames=['a', 'b', 'c', 'd', 'e'], restval='?'))
    print(rows[1])
os.remove(path)
os.rmdir(d)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
      csv.field_size_limit())
