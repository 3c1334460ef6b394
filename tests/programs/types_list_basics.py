# Construction, indexing, len, truthiness, nested repr.
print([], [1], [1, "two", 3.0, None, True, [4], (5,), {"six": 6}])
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1, "j": 2}))
lst = [10, 20, 30]
print(lst[0], lst[-1], lst[1], len(lst), bool(lst), bool([]))
lst[1] = "changed"
print(lst)
print([[]], [[], []], [[1, [2, [3]]]])
print([x for x in lst if x != "changed"])
try:
    lst[3]
except IndexError as e:
    print("IndexError:", e)
try:
    lst[-4] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    lst["0"]
except TypeError as e:
    print("TypeError:", e)
