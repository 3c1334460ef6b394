# mimetypes: guessing types and extensions, with the system tables and
# with a fresh MimeTypes database.
import io
import mimetypes
import os
import tempfile

names = ['index.html', 'photo.JPG', 'archive.tar.gz', 'a.tgz', 'data.json',
         'script.py', 'noext', 'style.css', 'x.svgz', 'doc.pdf', 'music.mp3',
         'clip.mp4', 'a.b.c.txt', 'report.XLSX', 'font.woff2', 'a.rtf',
         'http://example.com/path/file.png?x=1', 'file.tar.bz2', 'f.tar.xz',
         'data:text/csv;base64,AAAA', 'data:,hello', 'data:foo=bar,x',
         'data:nocomma', 'a.midi', 'a.jpg', 'a.pict', 'a.webp']
for name in names:
    print(name, mimetypes.guess_type(name),
          mimetypes.guess_type(name, strict=False))
print(mimetypes.guess_extension('text/plain'),
      mimetypes.guess_extension('image/jpeg'),
      mimetypes.guess_extension('application/x-nothing'),
      mimetypes.guess_extension('IMAGE/PNG'))
print(mimetypes.guess_all_extensions('image/jpeg'))
print(mimetypes.inited, len(mimetypes.types_map) > 100)

db = mimetypes.MimeTypes()
for name in ('a.html', 'a.rtf', 'a.xyz', 'b.tar.gz', 'c.jpg'):
    print(name, db.guess_type(name), db.guess_type(name, strict=False))
print(db.guess_all_extensions('text/plain'),
      db.guess_all_extensions('image/jpg', strict=False),
      db.guess_extension('application/javascript'))
db.add_type('application/x-demo', '.demo')
db.add_type('application/x-demo', '.dmo')
db.add_type('text/x-loose', '.loose', strict=False)
print(db.guess_type('f.demo'), db.guess_all_extensions('application/x-demo'),
      db.guess_type('f.loose'), db.guess_type('f.loose', strict=False))
db.readfp(io.StringIO('# comment\napplication/x-foo foo fooo # trailing\n'
                      '\ntext/x-bar bar\n'))
print(db.guess_type('a.fooo'), db.guess_type('a.bar'))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'my.types')
    with open(path, 'w') as f:
        f.write('application/x-custom cst cust\n')
    print(mimetypes.read_mime_types(path))
    print(mimetypes.read_mime_types(os.path.join(d, 'missing')))
    mimetypes.init([path])
    print(mimetypes.guess_type('z.cust'))
    print(mimetypes.MimeTypes([path]).guess_extension('application/x-custom'))
mimetypes.add_type('application/x-added', '.added')
print(mimetypes.guess_type('q.added'), mimetypes.guess_type(b'x.txt'
      .decode()))
print(sorted(mimetypes.encodings_map.items()))
print(sorted(mimetypes.suffix_map.items()))
