# Builtins that call script code show their own "<native>" frame: each
# call below dumps the stack (all_threads=False) from inside f or
# __iter__, called by the builtin.
import faulthandler
import sys

out = open(sys.argv[1], "w")


def f(x):
    faulthandler.dump_traceback(file=out, all_threads=False)
    return x


class It:
    def __iter__(self):
        f(0)
        return iter([(1, 2)])


class L(list):
    pass


list(map(f, [1]))
tuple(filter(f, [1]))
dict(It())
set(It())
sorted(map(f, [1]))
L(map(f, [1]))
str(list(map(f, [1])))
out.close()
