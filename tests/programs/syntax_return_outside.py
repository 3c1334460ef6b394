# `return` outside a function is a SyntaxError found before running.
print("never printed")
return 5
