# tomllib: TOML 1.0 documents to dicts, and the errors for bad ones.
import io
import os
import tempfile
import tomllib

doc = r'''
# A config file
title = "TOML \"Example\" \u00e9\U0001F600"
literal = 'C:\Users\nodejs'
"quoted key" = 1
bare-key_2 = true
site."google.com" = true
a.b.c = 1
a.b.d = 2

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local = 1979-05-27T07:32:00.999999
day = 1979-05-27
at = 07:32:00.5
spaced = 1979-05-27 07:32:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested = [
  1,  # one
  2,
]

[numbers]
ints = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991]
specials = [inf, +inf, -inf]

[strings]
multi = """
Roses are red
Violets are "blue" """
folded = """\
    The quick brown \
    fox."""
lit_multi = QQQ
First line
  second 'quoted' line''QQQ
quotes = """Here are two quotation marks: "". Simple enough."""
empty = ""

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"

[x.y.z.w]
[x]
inline = { a.b = 1, c = [1, {d = 2}] }
'''.replace('QQQ', "'" * 3)
data = tomllib.loads(doc)
for key, value in data.items():
    print(key, '=', value)
nan = tomllib.loads('n = nan\nm = -nan')
print(nan['n'] != nan['n'], str(nan['m']))
print(tomllib.loads('d = 1.5', parse_float=lambda s: 'F' + s))
from decimal import Decimal
print(tomllib.loads('d = 0.1', parse_float=Decimal))
print(tomllib.loads(''), tomllib.loads('# only a comment\n\n'))
print(tomllib.loads('a = 1\r\nb = 2\r\n'))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'c.toml')
    with open(path, 'w') as f:
        f.write('[tool.demo]\nversion = "1.0"\n')
    with open(path, 'rb') as f:
        print(tomllib.load(f))
    with open(path) as f:
        try:
            tomllib.load(f)
        except TypeError as e:
            print('TypeError', e)

bad = [
    'a = 1\na = 2',
    'a = ',
    'a = "unterminated',
    '[t]\n[t]',
    'a',
    'a = 1 b = 2',
    'a = [1, 2',
    'a = {b = 1',
    'a = {b = 1, b = 2}',
    'a = "bad \\q escape"',
    'a = "\\uD800"',
    '= 1',
    'a.b = 1\na = 2',
    'a = 1\n[a]',
    '[a]\nb = 1\n[a]\nc = 2',
    'x = {a = 1}\n[x]\nb = 2',
    'x = [1]\n[[x]]',
    '[t\nk = 1',
    '[[t]\nk = 1',
    'a = 1979-13-27',
    'a = tru',
    'a = "tab\there" # ok',
    'a = 1 # ctrl \x01',
    '\x01 = 1',
    'a = 0x',
]
for text in bad:
    try:
        print('parsed', tomllib.loads(text))
    except tomllib.TOMLDecodeError as e:
        print('TOMLDecodeError', e)
try:
    tomllib.loads(b'a = 1')
except TypeError as e:
    print('TypeError', e)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.__all__)
