#~
def deco846(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco846
def f846(a, b=-9, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f846({'{}': [True]}), f846(1, 2, 3, key=(None, [None]), z=([], None)), len(f846.calls))
#~
def deco424(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco424
def f424(a, b=3, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f424([None]), f424(1, 2, 3, key=(2**31, ('a', -7.25)), z=None), len(f424.calls))
#~
m887 = [[i * j for j in range(3)] for i in range(7)]
t887 = [list(r) for r in zip(*m887)]
print(m887 == [list(c) for c in zip(*t887)], [sum(r) for r in t887])
print(max(m887, key=len, default=None), min([1000, 16]))
