# A hook that returns normally replaces the report (exit status stays 1).
import sys

seen = []


def hook(t, v, tb):
    seen.append(t.__name__)
    print("handled", t.__name__, v, [tb.tb_lineno])


sys.excepthook = hook
print("before")
raise KeyError("k")
