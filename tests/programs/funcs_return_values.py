# Return values: implicit None, multiple values as tuples, early return.
def nothing():
    pass
def bare():
    return
def pair():
    return 1, 2
def early(x):
    if x < 0:
        return "negative"
    for i in range(10):
        if i == x:
            return "found " + str(i)
    return "not found"
print(nothing(), bare(), pair(), type(pair()).__name__)
a, b = pair()
print(a, b)
print(early(-1), early(3), early(20))
def mixed(flag):
    if flag:
        return [1]
print(mixed(True), mixed(False))
