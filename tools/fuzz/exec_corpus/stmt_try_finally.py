# finally runs on normal exit, exception, return, and overrides return.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("boom")
    finally:
        print("f3 finally")
try:
    f3()
except ValueError as e:
    print("caught", e)
def f4():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("loop finally", i)
print(f4())
def f5():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
f5()
def f6():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x in finally", x)
print(f6())
