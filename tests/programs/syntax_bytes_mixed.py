# Mixing bytes and str literals is a SyntaxError, reported before anything
# runs.
print("never printed")
x = b"abc" "def"
