# A syntax error: nothing runs, not even the first print.
print("never printed")
x = = 2
