# User exception classes, class hierarchies and catching order.
class AppError(Exception):
    pass
class NotFound(AppError):
    pass
class MyValueError(ValueError):
    pass
def fail(kind):
    if kind == "nf":
        raise NotFound("no such thing")
    if kind == "mv":
        raise MyValueError("bad value", 7)
    if kind == "app":
        raise AppError()
    return "fine"
for kind in ["nf", "mv", "app", "none"]:
    try:
        print(fail(kind))
    except NotFound as e:
        print("NotFound:", e)
    except ValueError as e:
        print("ValueError subclass:", type(e).__name__, e.args)
    except AppError as e:
        print("AppError:", repr(e))
print(isinstance(NotFound(), AppError), issubclass(MyValueError, Exception))
try:
    raise MyValueError
except MyValueError as e:
    print("class raised:", repr(e))
