import _pkg_rel
from _pkg_rel import *
print(greet('bob'), helpers.double(), deep_value)
print('VALUE' in globals(), _pkg_rel.VALUE)
from _pkg_rel.star import *
print(public, also_public, '_private' in globals())
from heapq import *
print(sorted(n for n in ('heappush', 'heappop', '_siftup', 'nlargest') if n in globals()))
try:
    import _pkg_rel.beyond
except ImportError as ex:
    print('ImportError', ex)
try:
    from . import sibling
except ImportError as ex:
    print('ImportError', ex)
