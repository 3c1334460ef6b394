# List comparison is lexicographic; + and * create new lists.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [[1]] < [[2]])
a = [1, 2]
b = a + [3]
print(a, b, a * 2, [0] * 3, [] * 5, [1] * 0, 2 * [None])
c = [[]] * 3
c[0].append("x")
print(c)
print(len([1, [2, 3], "four"]), [1, 2, 3][-1], list("ab") + list((1,)))
print(max([[1, 2], [1, 3], [0, 9]]), min([[1], [1, 0]]))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
