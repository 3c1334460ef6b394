#~
try:
    try:
        raise KeyError('ünïcödé')
    finally:
        print("inner finally")
except (KeyError, KeyError) as e529:
    print("got", type(e529).__name__, e529.args)
except Exception as e529:
    print("other", type(e529).__name__)
#~
m534 = [[i * j for j in range(4)] for i in range(1)]
t534 = [list(r) for r in zip(*m534)]
print(m534 == [list(c) for c in zip(*t534)], [sum(r) for r in t534])
print(max(m534, key=len, default=None), min([64, 7]))
#~
i917 = 0
while i917 < 2 * 10:
    i917 += 6 or 1
    if i917 % 7 == 0:
        continue
else:
    print("while done", i917)
for j917 in range(14 % 50):
    if j917 == 0:
        break
else:
    print("for done")
#~
try:
    try:
        raise IndexError('\n\t x')
    finally:
        print("inner finally")
except (IndexError, KeyError) as e362:
    print("got", type(e362).__name__, e362.args)
except Exception as e362:
    print("other", type(e362).__name__)
