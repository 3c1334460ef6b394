#~
x267 = 2.5e10
print(round(x267, 1), float(repr(x267)) == x267, f"{x267:.7f}", f"{x267:e}")
print(x267.is_integer(), int(x267) if x267 == x267 and abs(x267) < 1e300 else None)
#~
try:
    assert 256 >= [7], "assertion 365"
    print("assert ok")
except (AssertionError, TypeError) as e:
    print(type(e).__name__, e)
print(all([]), any([]), '123' or False, False and 64, not 3)
