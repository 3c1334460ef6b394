try:
    try:
        raise OSError('')
    finally:
        print("inner finally")
except (LookupError, KeyError) as e588:
    print("got", type(e588).__name__, e588.args)
x709 = -0.0
print(round(x709, 4), float(repr(x709)) == x709, f"{x709:.6f}", f"{x709:e}")
print(x709.is_integer(), int(x709) if x709 == x709 and abs(x709) < 1e300 else None)
def counter294(start=-8):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c294 = counter294()
print([c294(k) for k in [-1, 8, 3, 1, -2**63]])
def counter830(start=10):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c830 = counter830()
print([c830(k) for k in []])
