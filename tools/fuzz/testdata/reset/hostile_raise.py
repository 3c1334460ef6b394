# Ends with an uncaught exception while frames, generators and a handled
# exception are live, after exhausting the instruction budget.
def deep(n):
    try:
        return deep(n + 1)
    except RecursionError:
        raise ValueError("unwound") from None
gens = [(i for i in range(3)) for _ in range(5)]
try:
    while True:
        pass
except BaseException as e:
    print(type(e).__name__)
deep(0)
