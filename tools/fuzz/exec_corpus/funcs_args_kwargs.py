# *args and **kwargs collection and forwarding.
def show(*args, **kwargs):
    return "args=" + repr(args) + " kwargs=" + repr(kwargs)
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, "x", key=None))
def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward(3, z=26, y=25))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def opts(name, **options):
    return name + ": " + ", ".join([k + "=" + str(v) for k, v in options.items()])
print(opts("cfg", debug=True, level=3, mode="fast"))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
