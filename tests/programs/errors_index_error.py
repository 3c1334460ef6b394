# Uncaught IndexError from a list index out of range, inside a loop.
items = [10, 20, 30]
total = 0
for i in range(5):
    total += items[i]
    print("total", total)
