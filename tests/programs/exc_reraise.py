# Bare raise re-raises the active exception; raise inside except.
def inner():
    raise KeyError("deep")
def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except KeyError as e:
    print("outer caught", repr(e))
def convert():
    try:
        int("bad")
    except ValueError as e:
        raise RuntimeError("converted: " + str(e))
try:
    convert()
except RuntimeError as e:
    print(e)
def keep_instance():
    err = TypeError("same object")
    try:
        raise err
    except TypeError as e:
        print(e is err)
        raise
try:
    keep_instance()
except TypeError as e:
    print("got", e)
