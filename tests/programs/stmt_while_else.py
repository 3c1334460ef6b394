# while loops with else, break skipping else.
i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("else after normal end", i)
j = 0
while j < 10:
    if j == 2:
        print("breaking at", j)
        break
    j += 1
else:
    print("not printed")
k = 5
while k < 0:
    print("never")
else:
    print("else on zero iterations")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print(count)
