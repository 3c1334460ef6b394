# in / not in for every container type and for substrings.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("b" in ("a", "b"), 1 in (1.0,), True in [1])
print("ell" in "hello", "" in "abc", "xyz" not in "abc")
d = {"k": 1, 2: "two"}
print("k" in d, 1 in d, 2 in d, "two" in d)
s = {1, 2, 3}
print(2 in s, 5 in s, 2.0 in s)
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
print(None in [None], None in [])
print("k" in d.keys(), "two" in d.values(), 1 in d.values())
