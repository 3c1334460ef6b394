# \N{} with an empty name is malformed.
print("start")
s = "\N{}"
