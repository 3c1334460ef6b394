# Adding to a set while iterating over it: RuntimeError.
s = {1}
for k in s:
    s.add(2)
