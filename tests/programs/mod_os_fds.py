# os.pipe, os.dup, os.close on raw file descriptors.
import os
r, w = os.pipe()
print(type(r).__name__, r != w, r > 2, w > 2)
d = os.dup(w)
print(d != w)
os.close(d)
os.close(w)
os.close(r)
try:
    os.close(r)
except OSError as e:
    print("OSError", e.args[0], type(e).__name__)
print("done")
