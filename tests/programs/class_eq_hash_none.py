# Defining __eq__ without __hash__ sets __hash__ to None (instances are
# unhashable); subclasses inherit that unless they define __hash__.
class Plain:
    pass


class WithEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v


class Both(WithEq):
    def __hash__(self):
        return hash(self.v)


class OnlyEqAgain(Both):
    def __eq__(self, other):
        return True


class Inherits(WithEq):
    pass


print(WithEq.__hash__, Inherits.__hash__, OnlyEqAgain.__hash__)
print(Plain.__hash__ is None, Both.__hash__ is None)
print(hash(Both(3)) == hash(3), len({Both(1), Both(1), Both(2)}))
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(2))
for cls in (WithEq, Inherits, OnlyEqAgain):
    try:
        {cls(1): 1}
    except TypeError as e:
        print(e)
    try:
        hash(cls(1))
    except TypeError as e:
        print(e)
s = {Plain()}
print(len(s))
