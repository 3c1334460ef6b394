# An unclosed bracket is reported at the opening bracket.
print("never printed")
total = (1 +
         2
