# An empty f-string replacement field is a SyntaxError.
print("never")
print(f"{}")
