# The builtin exit(n) behaves like sys.exit(n).
for i in range(3):
    print("i =", i)
    if i == 1:
        exit(5)
