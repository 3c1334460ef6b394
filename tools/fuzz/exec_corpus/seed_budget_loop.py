# The instruction budget stops a runaway loop with TimeoutError.
n = 0
try:
    while True:
        n += 1
except TimeoutError:
    pass
