# Methods of builtin types are candidates too (dir() of the object).
names = ["b", "a"]
names.sort()
print(names)
names.apend("c")
