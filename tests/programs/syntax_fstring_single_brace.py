# A lone '}' in an f-string is a SyntaxError.
print(f"a}b")
