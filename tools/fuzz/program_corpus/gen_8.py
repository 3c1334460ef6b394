#~
i314 = 0
while i314 < 0 * 10:
    i314 += 7 or 1
    if i314 % 7 == 0:
        continue
else:
    print("while done", i314)
for j314 in range(10 % 50):
    if j314 == 4:
        break
else:
    print("for done")
#~
def inner571():
    yield 'a,b,,c'
    yield from range(2)
    return "done"
def outer571():
    r = yield from inner571()
    yield r
print(list(outer571()), sum(x for x in range(1) if x % 2))
g571 = outer571()
next(g571)
g571.close()
print(list(g571))
