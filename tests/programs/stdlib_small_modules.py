# hmac (RFC 4231 vectors, incremental, copy, errors), stat (S_IS*, filemode
# on real files and modes), numbers ABCs with int/float/bool/Fraction,
# graphlib (static_order, the get_ready/done protocol, cycles, errors).
import hashlib
import hmac
import numbers
import os
import stat
import tempfile
from fractions import Fraction
from graphlib import CycleError, TopologicalSorter

key = b'\x0b' * 20
print(hmac.new(key, b'Hi There', hashlib.sha256).hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha512').hexdigest()[:64])
print(hmac.digest(b'key', b'The quick brown fox jumps over the lazy dog', 'md5').hex())
h = hmac.new(b'secret' * 30, digestmod=hashlib.sha1)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, c.name)
print(hmac.new(bytearray(b'k'), b'm', 'sha3_256').hexdigest()[:20])
print(hmac.compare_digest(h.digest(), h.digest()), hmac.compare_digest('abc', 'abd'))
for call in [lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5'),
             lambda: hmac.new(b'k', digestmod='nope'), lambda: hmac.compare_digest(b'a', 'a')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for mode in [0o644, 0o100755, 0o40000 | 0o7777, 0o120777, 0o140000, 0o10644, 0o20644, 0o60644,
             0o104755, 0o102644, 0o41777, 0o41776, 0]:
    print(oct(mode), stat.filemode(mode), stat.S_IFMT(mode), oct(stat.S_IMODE(mode)),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISFIFO,
                                stat.S_ISCHR, stat.S_ISBLK, stat.S_ISDOOR) if f(mode)])
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    open(p, 'w').close()
    os.chmod(p, 0o640)
    os.symlink(p, p + '.link')
    st = os.stat(p)
    print(stat.filemode(st.st_mode), stat.S_ISREG(st[stat.ST_MODE]), stat.filemode(os.lstat(p + '.link').st_mode)[0],
          stat.S_ISDIR(os.stat(d).st_mode), bool(st.st_mode & stat.S_IRGRP), bool(st.st_mode & stat.S_IWOTH))
print(stat.S_IRWXU | stat.S_IRGRP, stat.ST_SIZE, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.FILE_ATTRIBUTE_HIDDEN)

for v in [1, True, 2.5, Fraction(1, 3), 'x', None, 2**100]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real,
                                         numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', str(e)[:45])

class Meters(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, nd=None): return round(self.v, nd)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __repr__(self): return f'Meters({self.v})'

m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), m.real, m.imag, m.conjugate(), isinstance(m, numbers.Complex))

graph = {'deploy': {'test', 'build'}, 'test': {'build'}, 'build': {'fetch', 'configure'},
         'configure': {'fetch'}, 'docs': {'configure'}}
ts = TopologicalSorter()
ts.add('fetch')
for node in ['configure', 'build', 'test', 'deploy', 'docs']:
    ts.add(node, *sorted(graph[node]))
print(list(ts.static_order()))
ts = TopologicalSorter({'b': ['a'], 'c': ['a'], 'd': ['b', 'c'], 'e': []})
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))
try:
    list(TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': ['a']}).static_order())
except CycleError as e:
    print('CycleError', e.args[0], e.args[1], isinstance(e, ValueError))
ts = TopologicalSorter({1: [2]})
for call in [lambda: ts.get_ready(), lambda: ts.done(1), lambda: ts.is_active()]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for call in [lambda: ts.add(3), lambda: ts.prepare(), lambda: ts.done(1), lambda: ts.done(9)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
print(ts.get_ready(), ts.done(2), ts.get_ready())
try:
    ts.done(2)
except ValueError as e:
    print('ValueError', e)
