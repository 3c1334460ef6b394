# Edge cases of int subclasses (big values, floats, math, json, indexing),
# mappingproxy operators and match against odd subjects.
import math, json, struct
class I(int): pass
big = I(2**100)
print(big >> 1, type(big), big == 2**100, hash(big) == hash(2**100), hash(I(-1)), I(-0), bool(I(0)), I(1) == True)
print(float(I(3)), math.sqrt(I(4)), math.floor(I(4)), math.gcd(I(12), 8), json.dumps([I(5), big]))
try:
    I(1) / I(0)
except ZeroDivisionError as e:
    print(e)
print(list(range(I(2), I(10), I(3))), "abc"[I(1):I(3)], [1,2,3][I(-1)], bytes([I(65)]), bytearray(I(2)), I(3) in {3}, {I(3): 1} == {3: 1})
print(sorted([I(3), 2.5, 1]), I(7) // 2.0, divmod(I(7), I(2)), pow(I(2), I(10), I(1000)), round(I(1234), -2), abs(I(-4)), -I(0))
print(isinstance(I(3), int), issubclass(I, int), I.__bases__)
class C: x = 1
d = C.__dict__
print(d | {"y": 2} == {**dict(d), "y": 2}, list(reversed(d))[-1], d == dict(d), d != {}, len(d.keys()) == len(d), "x" in d.keys(), d.items() is not None)
def gen():
    yield 1
match gen():
    case [a]: print("seq?")
    case _: print("not a sequence")
class Bad(dict):
    def __getitem__(self, k): raise RuntimeError("boom")
match Bad(a=1):
    case {"a": 1}: print("matched")
    case _: print("no")
try:
    match 1:
        case print(): pass
except TypeError as e:
    print(e)
