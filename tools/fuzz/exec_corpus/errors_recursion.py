# Infinite recursion: RecursionError at the default limit; CPython collapses
# the repeated traceback lines into "[Previous line repeated N more times]".
def down(n):
    return down(n + 1)
print("going down")
down(0)
