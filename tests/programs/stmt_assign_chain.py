# Plain and chained assignment; chained targets share one object.
a = b = c = 0
print(a, b, c)
a = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = r = "s"
print(p + q + r)
n = 1
n = n + 1
n = n * 10
print(n)
first = second = (1, 2)
print(first, second, first == second)
lst = [0, 0, 0]
i = lst[1] = 7
print(i, lst)
class Box:
    pass
b1 = Box()
b1.v = b1.w = 3
print(b1.v, b1.w)
