# A malformed \x escape in a bytes literal.
print("never printed")
y = b"ok\x4"
