# Uncaught exceptions with several args or none print like CPython.
class Empty(Exception):
    pass
try:
    raise ValueError(1, "two")
except ValueError as e:
    print(e, e.args)
try:
    raise Empty
except Empty as e:
    print(repr(e), str(e) == "")
raise ValueError(1, "two", 3.5)
