#~
fs266 = [lambda x, i=i: x - i for i in range(4)]
try:
    print([g(8) for g in fs266])
except (ArithmeticError, ValueError) as e:
    print(type(e).__name__)
adders266 = [(lambda y: lambda z: y + z)(i) for i in [13, -5, -1]]
print([a(1) for a in adders266])
#~
import io, base64, hashlib, string, textwrap, operator, copy
buf228 = io.StringIO()
print('%s%d', file=buf228)
print(repr(buf228.getvalue()), base64.b64encode('a,b,,c'.encode()), hashlib.sha256(b"228").hexdigest()[:8])
print(string.ascii_lowercase[:8], textwrap.wrap('ünïcödé' * 3, 7)[:2], operator.itemgetter(0)([8, 11, 1] or [0]))
print(copy.deepcopy((['abc'], [None])))
