# Repetition, padding and formatting: impossible sizes raise MemoryError,
# large ones are charged to the budget before they are built.
for make in (lambda: [0] * 10**12, lambda: "x".ljust(10**15),
             lambda: "%1000000000000d" % 1, lambda: format(1, ">10000000000000")):
    try:
        make()
    except MemoryError:
        print("MemoryError")
x = [1, 2]
x *= 1000
s = "ab" * 10**9
print(len(s))
