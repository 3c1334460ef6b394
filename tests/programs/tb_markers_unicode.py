# Markers under a call spanning lines whose first line has non-ASCII
# text: CPython 3.11.2 finds the end of that line by scanning UTF-8 bytes
# from its length in characters, so it marks short; we print the same.
def f(*a):
    raise KeyError("k")
def g():
    return f("ééééé", "ü",
             2)
def h():
    return f("日本語のテキスト", 1,  
             2)
import threading
for fn in [g, h]:
    t = threading.Thread(target=fn); t.start(); t.join()
