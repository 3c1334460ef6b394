s347 = '%s%d'
print(s347.upper(), s347.split(), s347[::-1], s347.find(''), s347.replace("a", '日本語'))
print(s347.center(6 * 3, "*"), s347.encode("utf-8"), "%s|%r|%5d" % (s347, s347, -2))
print(s347.title() if hasattr(s347, "splitlines") else None, "{}-{}".format(s347, len(s347)))
import re
try:
    p553 = re.compile('(a|b)*c')
    print(p553.findall('aAbB cC'), p553.sub("_", '日本語'), bool(p553.match('\n\t x')))
    m553 = p553.search('-4.5e3')
    print(m553.span() if m553 else None, p553.split('😀x'))
except re.error as e:
    print("re.error")
import functools
@functools.lru_cache(maxsize=None)
def fib746(n):
    return n if n < 2 else fib746(n - 1) + fib746(n - 2)
print(fib746(1 * 3), functools.reduce(lambda a, b: a ^ b, [], 256))
p746 = functools.partial(max, 255)
print(p746(255), sorted([7, 12, 2, 255], key=functools.cmp_to_key(lambda a, b: b - a)))
import math
for v249 in (1e300, -2**63, -7):
    try:
        print(math.sqrt(v249), math.floor(v249), math.gcd(int(v249), -10), math.isfinite(v249))
    except (ValueError, OverflowError, TypeError) as e:
        print("math", type(e).__name__)
