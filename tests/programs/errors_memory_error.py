# Allocations that cannot succeed raise MemoryError -- a catchable script
# exception, not a crash -- and the program carries on. The sizes are far
# beyond any machine, so the outcome does not depend on the host.


def attempt(label, make):
    try:
        make()
    except MemoryError as e:
        print(label, "->", type(e).__name__, e.args)


attempt("list repeat", lambda: [0] * 10**12)
attempt("list repeat, reflected", lambda: 10**12 * [None, 1])
attempt("tuple repeat", lambda: (1, 2) * 10**12)
attempt("str repeat", lambda: "x" * 10**15)
attempt("ljust", lambda: "x".ljust(10**15))
attempt("rjust with fill", lambda: "x".rjust(10**15, "*"))
attempt("center", lambda: "abc".center(10**15))
attempt("zfill", lambda: "-42".zfill(10**15))

# In-place repetition that cannot succeed leaves the list unchanged.
items = [1, 2, 3]
try:
    items *= 10**12
except MemoryError:
    print("items after failed *=:", items)

# The heap still works after all of that.
small = [0] * 1000
print(len(small), len("ab" * 500), "x".ljust(5, "-"))

# Uncaught: the traceback ends with a bare MemoryError.
grid = [[0]] * 10**12
print("not reached", len(grid))
