# args/str/repr of every builtin exception with 0, 1 and 2 arguments.
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "AssertionError",
         "AttributeError", "ImportError", "ModuleNotFoundError", "IndexError", "KeyError", "LookupError",
         "MemoryError", "NameError", "UnboundLocalError", "NotImplementedError", "OSError", "FileNotFoundError",
         "RecursionError", "RuntimeError", "StopIteration", "TimeoutError", "TypeError", "ValueError",
         "KeyboardInterrupt", "SystemExit"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    for args in [(), ("msg",), ("a", 2)]:
        e = cls(*args)
        print(n, e.args, repr(str(e)), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(StopIteration(5).value))
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, repr(OSError(2, "No such file")))
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, str(e), type(FileNotFoundError(2, "x")).__mro__[1].__name__)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(TimeoutError, OSError),
      issubclass(KeyboardInterrupt, Exception), issubclass(UnboundLocalError, NameError), issubclass(IndexError, LookupError))
print(repr(ValueError("quote's")), repr(ValueError('dq"')), str(ValueError(["x"])), repr(Exception(None)), str(Exception(None)))
