# Closures capture variables of the enclosing function; each call gets new cells.
def make_counter(start=0):
    count = start
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
a = make_counter()
b = make_counter(100)
print(a(), a(), b(), a(), b())
def make_acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = make_acc()
print(acc(1), acc(2), acc(10))
def adder(n):
    return lambda x: x + n
add3, add10 = adder(3), adder(10)
print(add3(1), add10(1), adder(-1)(0))
