# Bare `raise` in a handler re-raises with the original traceback.
def inner():
    return [1, 2][5]
def outer():
    try:
        inner()
    except IndexError as e:
        print("logging:", e)
        raise
outer()
