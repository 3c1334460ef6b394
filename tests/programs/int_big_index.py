# Big ints where an index-sized integer is needed: subscripts, repetition,
# slices, ranges, chr; CPython's OverflowError/IndexError messages.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


lst = [1, 2, 3]
show("lst[2**100]", lambda: lst[2**100])
show("lst[-2**100]", lambda: lst[-(2**100)])
show("lst[2**63]", lambda: lst[2**63])
show("(1,2)[2**64]", lambda: (1, 2)[2**64])
show("'abc'[2**64]", lambda: "abc"[2**64])
show("range(5)[2**64]", lambda: range(5)[2**64])
show("{2**64: 1}[2**64]", lambda: {2**64: 1}[2**64])
show("{2**64: 1}[2**64 + 1]", lambda: {2**64: 1}[2**64 + 1])


def setitem():
    lst[2**100] = 5


def delitem():
    del lst[-(2**70)]


show("lst[2**100] = 5", setitem)
show("del lst[-2**70]", delitem)
show("lst[:2**100]", lambda: lst[:2**100])
show("lst[-2**100:]", lambda: lst[-(2**100):])
show("lst[::2**100]", lambda: lst[::2**100])
show("lst[::-2**100]", lambda: lst[::-(2**100)])
show("'hello'[2**70:-2**70:-1]", lambda: "hello"[2**70:-(2**70):-1])
show("'x' * 2**63", lambda: "x" * 2**63)
show("'x' * 100 * 2**60", lambda: "x" * 100 * 2**60)
show("'x' * -2**100", lambda: "x" * -(2**100))
show("[0] * 2**64", lambda: [0] * 2**64)
show("2**64 * (1,)", lambda: 2**64 * (1,))
show("'ab' * 2**62", lambda: "ab" * 2**62)
show("'x' * 2.0", lambda: "x" * 2.0)
show("2**64 in range(10)", lambda: 2**64 in range(10))
show("range(10).index(2**64)", lambda: range(10).index(2**64))
show("range(10).count(2**64)", lambda: range(10).count(2**64))
show("lst.index(2, 0, 2**100)", lambda: lst.index(2, 0, 2**100))
show("lst.index(2, -2**100)", lambda: lst.index(2, -(2**100)))
show("2**64 in [2**64]", lambda: 2**64 in [2**64])
show("[2**64].count(2**64)", lambda: [2**64, 2.0**64].count(2**64))
show("(2**64,).index(2**64)", lambda: (5, 2**64).index(2**64))
show("chr(2**100)", lambda: chr(2**100))
show("len(range(2**62))", lambda: len(range(2**62)))
show("isinstance", lambda: isinstance(2**64, int))
show("lst.pop(2**64)", lambda: lst.pop(2**64))
lst2 = list(range(10))
print(lst2[2**3:2**80], lst2[-(2**80):3], lst2[3:-(2**80):-1])
print(lst[True], "abc"[-1], (2**64 - 2**64), [0, 1][2**64 - 2**64 + 1])
print("hello".find("l", -2**100, 2**100), "hello".count("l", 2**70), "abc".startswith("b", 1, 2**80))
