# deep.py N: a dump from N + 1 nested calls (at most 100 frames shown).
import faulthandler
import sys


def rec(n):
    if n == 0:
        faulthandler.dump_traceback(all_threads=False)
    else:
        rec(n - 1)


rec(int(sys.argv[1]))
