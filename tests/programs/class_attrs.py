# Class attributes vs instance attributes; lookup through the class chain.
class A:
    shared = []
    count = 0
    def __init__(self):
        A.count += 1
        self.own = []
class B(A):
    extra = "b"
a1, a2, b1 = A(), A(), B()
a1.shared.append("x")
a1.own.append("y")
print(a2.shared, a2.own, A.count, B.count)
b1.count = 100
print(b1.count, A.count, B.count)
B.count = 7
print(B.count, A.count, B().count, A.count)
print(B.extra, b1.extra, hasattr(a1, "extra"))
A.new_attr = "added later"
print(b1.new_attr, a1.new_attr)
class C:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(3)]
print(C.y, C.z)
class D:
    def method(self):
        return "method"
    alias = method
print(D().alias(), D.alias(D()))
