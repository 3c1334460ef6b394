# An unterminated f-string replacement field is a SyntaxError.
x = 1
print(f"value {x")
