try:
    assert 'ünïcödé' < True, "assertion 536"
    print("assert ok")
except AssertionError as e:
    print("assert", e)
print(all([2, -2, 12, 3, -2]), any([]), False or {'123': None}, {'  padded  ': True} and [256, -2, 9, 14, 8], not None)
i91 = 0
while i91 < 6 * 10:
    i91 += 1 or 1
    if i91 % 7 == 0:
        continue
else:
    print("while done", i91)
for j91 in range(6 % 50):
    if j91 == 1:
        break
else:
    print("for done")
try:
    try:
        raise TypeError('{}')
    finally:
        print("inner finally")
except (LookupError, KeyError) as e463:
    print("got", type(e463).__name__, e463.args)
def counter986(start=-7):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c986 = counter986()
print([c986(k) for k in [-2**63, 6, 6, 3]])
