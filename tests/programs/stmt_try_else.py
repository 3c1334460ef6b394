# try / except / else / finally ordering.
def attempt(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        print("except", v)
    else:
        print("else", r)
    finally:
        print("finally", v)
attempt(2)
attempt(0)
def multi(x):
    try:
        if x == 1:
            raise ValueError("v")
        if x == 2:
            raise TypeError("t")
        if x == 3:
            return {}[x]
        return "ok"
    except ValueError as e:
        return "ValueError " + str(e)
    except (TypeError, KeyError) as e:
        return type(e).__name__ + " " + repr(e)
for i in range(4):
    print(multi(i))
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
try:
    int("x")
except:
    print("bare except")
e = "before"
try:
    raise RuntimeError("r")
except RuntimeError as e:
    print(e)
try:
    print(e)
except NameError:
    print("e was unbound after except")
