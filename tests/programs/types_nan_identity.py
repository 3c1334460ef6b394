# A NaN finds itself in containers (identity before equality); separately
# made NaNs stay unequal.
import math
n = float('nan')
print([n] == [n], n in [n], (n,) == (n,), [n].index(n), [n, 1, n].count(n), {n: 1}[n], n in {n}, n in (n,))
l = [1, n]; l.remove(n); print(l)
print([float('nan')] == [float('nan')], float('nan') in [n], math.nan in [math.nan], n == n, n != n)
m = n * 1  # (a NaN computed from n is not n in CPython; interp: README)
print([m] == [m], {n: 'a', float('nan'): 'b'})
