# Uncaught AssertionError without a message prints just the class name.
x = 3
assert x == 3
print("first assert passed")
assert x == 4
