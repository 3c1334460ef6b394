# A syntax error inside an f-string field shows the field as CPython parses it: (x y).
x = y = 1
print(f"value: {x y}")
