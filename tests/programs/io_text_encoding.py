# io.text_encoding and open(..., encoding="locale") (PEP 597).
import io
import os
import tempfile

print(io.text_encoding(None), io.text_encoding('x'), io.text_encoding(None, 3))
path = os.path.join(tempfile.mkdtemp(), 'te.txt')
with open(path, 'w', encoding=io.text_encoding(None)) as f:
    f.write('é')
    print(f.encoding)
with open(path, encoding='locale') as f:
    print(f.read(), f.encoding)
with open(path) as f:
    print(f.encoding)
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
os.rmdir(os.path.dirname(path))
