# Lists are mutable and shared by reference.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = []
print(mutate(orig), orig)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
n = [[0] * 2] * 2
n[0][0] = 1
print(n)
lst = [1, 2, 3]
lst2 = list(lst)
print(lst == lst2, lst is lst2)
t = (lst, lst)
lst.append(9)
print(t)
