# == and != across different types never raise.
print(1 == 1.0, 1 == True, 0 == False, 1.0 == True)
print(1 == "1", "1" != 1, None == 0, None == None)
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1, 2} == {2, 1})
print([] == {}, "" == [], 0 == [])
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
print([1, [2, 3]] == [1, [2, 3]], [1, 2.0] == [1.0, 2])
print({"a": [1]} == {"a": [1]}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
print(float("nan") == float("nan"), float("nan") != float("nan"))
class A:
    pass
a = A()
print(a == a, a == A(), a != A())
print(range(3) == range(3), range(0) == range(2, 2))
print(-0.0 == 0.0, 2 ** 0.5 == 2 ** 0.5)
