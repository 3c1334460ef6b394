# An invalid assignment target spanning lines: the carets run to the end of
# its first line.
value = 1
f(value,
  2) = 5
