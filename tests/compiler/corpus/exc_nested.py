# Exceptions raised inside except/finally blocks and caught further out.
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError("from handler")
except ValueError as e:
    print("caught", e)
try:
    try:
        raise KeyError("a")
    finally:
        print("finally runs first")
except KeyError as e:
    print("then caught", e)
def handler_error():
    try:
        [][0]
    except IndexError as e:
        print("handling", e)
        return undefined_variable
try:
    handler_error()
except NameError as e:
    print("NameError:", e)
for i in range(3):
    try:
        try:
            if i == 0:
                raise TypeError("t")
            if i == 1:
                raise ValueError("v")
        except TypeError:
            print(i, "inner TypeError")
    except ValueError:
        print(i, "outer ValueError")
    else:
        print(i, "no exception escaped")
