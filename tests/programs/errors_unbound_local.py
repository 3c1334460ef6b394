# Uncaught UnboundLocalError: assignment later in the function makes x local.
x = 10
def bump():
    x += 1
    return x
bump()
