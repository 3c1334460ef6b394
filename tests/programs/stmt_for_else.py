# for loops over various iterables, with else and break.
for x in [1, 2, 3]:
    print(x, end=" ")
print()
for ch in "abc":
    print(ch, end="")
print()
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
for n in range(2, 10):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for k in {}:
    print("never")
else:
    print("empty dict else")
for t in (4, 5):
    print(t)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
lst = [1, 2, 3]
for v in lst:
    v = v * 100
print(lst, v)
