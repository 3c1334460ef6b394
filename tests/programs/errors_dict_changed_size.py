# Adding to a dict while iterating over it: RuntimeError.
x = {'a': 1}
for k in x:
    x['b'] = 2
