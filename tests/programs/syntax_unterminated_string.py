# An unterminated string literal.
print("never printed")
s = "abc
