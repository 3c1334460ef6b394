# An unknown f-string conversion character is a SyntaxError.
x = 1
print(f"{x!z}")
