# The raising function's own variables are searched first.
def average(values):
    total = 0
    for value in values:
        total += value
    return totl / len(values)


print(average([1, 2, 3]) if False else "start")
average([1, 2, 3])
