# An exception raised while matching a class pattern: the traceback points
# at the pattern, as CPython's does.
class NoArgs:
    pass


def check(value):
    match value:
        case [1, 2]:
            return "pair"
        case NoArgs(1):
            return "one"


print(check([1, 2]))
print(check(NoArgs()))
