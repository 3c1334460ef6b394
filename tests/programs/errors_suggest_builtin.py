# Builtins are the last namespace searched for a close name.
items = [3, 1, 2]
print(sorted(items))
lenght = 3
prnt(len(items))
