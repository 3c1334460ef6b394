#~
def gen438(n):
    total = 0
    for i in range(n):
        got = yield i + 7
        if got is not None:
            total += got
    return total
g438 = gen438(1)
out438 = []
try:
    out438.append(next(g438))
    while True:
        out438.append(g438.send(18))
except StopIteration as stop:
    out438.append(("ret", stop.value))
except Exception as e:
    out438.append(type(e).__name__)
print(out438)
def chain989(v):
    try:
        return [(None, 'a,b,,c')] | v
    except Exception as e:
        raise ValueError("wrapped") from e
try:
    chain989(None)
except ValueError as e:
    print(type(e.__cause__).__name__, str(e))
except Exception as e:
    print("other", type(e).__name__)
import re
try:
    p686 = re.compile('(a|b)*c')
    print(p686.findall('%s%d'), p686.sub("_", '%s%d'), bool(p686.match('日本語')))
    m686 = p686.search('日本語')
    print(m686.span() if m686 else None, p686.split('{}'))
except re.error as e:
    print("re.error")
