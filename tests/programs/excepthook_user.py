# A script's sys.excepthook receives the uncaught exception (type, value,
# traceback object); an exception inside the hook is reported with the
# original one. sys.displayhook and sys.__displayhook__ are the default.
import sys

print(sys.excepthook is sys.__excepthook__, sys.__excepthook__.__name__)
print(sys.displayhook is sys.__displayhook__, sys.displayhook.__name__)
sys.displayhook(None)
sys.displayhook([1, "a"])
import builtins
print(builtins._)


def hook(t, v, tb):
    print("hook", t.__name__, v, type(tb).__name__, tb.tb_lineno,
          tb.tb_next.tb_frame.f_code.co_name)
    sys.stdout.flush()
    1 / 0


def boom():
    raise ValueError("x")


sys.excepthook = hook
boom()
