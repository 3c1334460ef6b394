def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def loop(n):
    s = 0
    for i in range(n):
        s += i
    i = 0
    while i < n:
        i += 1
    return s

print(fib(20), loop(100))
