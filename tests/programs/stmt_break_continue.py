# break and continue in nested loops, and inside try/finally.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("i", i)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
out = []
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    out.append(n)
print(out)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally before break", i)
print("done")
