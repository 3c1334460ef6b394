# Every augmented assignment operator, on names, items and attributes.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b0101; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"k": 1}
d["k"] += 41
print(d)
class C:
    pass
c = C()
c.n = 1
c.n *= 7
print(c.n)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)
f = 1.5
f += 1
print(f)
