# Former silent divergences from CPython, each checked against its output.
import sys

class A:
    def f(self):
        return 1
a = A()
print(a.f == a.f, hash(a.f) == hash(a.f), a.f != A().f, a.f == A.f)
print([].append == [].append)

print(range(1, 4)[0::2], range(10)[::3], range(0, 10, 3)[1:], range(5)[::-1], range(1, 10)[2:100:4])

class SA:
    def m(self):
        return repr(super())
print(SA().m())
print(repr(super(SA, SA)))

try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)), list(zip([1, 2], [3], strict=False)))

print(sys.version_info.major, sys.version_info >= (3, 8), sys.version_info[:2] >= (3, 11))
print(sys.version_info.minor, type(sys.version_info).__name__, isinstance(sys.version_info, tuple))

print("a²".isidentifier(), "ab".isidentifier(), "_x1".isidentifier(), "été".isidentifier(), "1a".isidentifier())

l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print("ValueError:", e, l)
seen = []
m = [5, 4]
m.sort(key=lambda x: seen.append(len(m)) or x)
print(m, seen)

print(set([5, 13, 21, 29, 37, 45, 53, 61]) - {5})
print({1, 2, 3, 4, 5, 6, 7, 8, 9, 10} & {10, 9, 8})
print({10, 9, 8} & {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
print(set(range(0, 64, 8)) - {0, 8})
print({33, 1, 65} & {65, 33, 1})

class Plain:
    pass
class Documented(Plain):
    "Has a doc."
class Undocumented(Documented):
    pass
print(Plain.__doc__, Documented.__doc__, Undocumented.__doc__)

def h():
    pass
print(h.__globals__ is globals())

class H:
    pass
try:
    H[int]
except TypeError as e:
    print("TypeError:", e)

z: int
try:
    print(z)
except NameError as e:
    print("NameError:", e)
