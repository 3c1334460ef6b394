# Uncaught AssertionError with a message.
def check(n):
    assert n >= 0, "negative: " + str(n)
    return n
print(check(4))
check(-2)
