# Catching via base classes follows the builtin exception hierarchy.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError), (IndentationError, SyntaxError), (TimeoutError, OSError),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (KeyboardInterrupt, BaseException),
    (Exception, BaseException), (StopIteration, Exception), (AssertionError, Exception),
    (MemoryError, Exception), (ValueError, LookupError), (TypeError, ValueError),
]
for sub, base in checks:
    print(sub.__name__, base.__name__, issubclass(sub, base))
def catch(exc, handler):
    try:
        raise exc
    except handler:
        return "caught by " + handler.__name__
    except BaseException:
        return "fell through"
print(catch(ZeroDivisionError("z"), ArithmeticError))
print(catch(KeyError("k"), LookupError))
print(catch(KeyError("k"), IndexError))
print(catch(SystemExit(0), Exception))
print(catch(FileNotFoundError("f"), OSError))
try:
    {}["missing"]
except (IndexError, KeyError) as e:
    print("tuple handler", type(e).__name__)
