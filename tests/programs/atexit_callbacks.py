# atexit: callbacks run last-registered-first at exit (here after an
# uncaught SystemExit), with their arguments; an exception in one is
# reported and the others still run; unregister drops every equal
# registration; _run_exitfuncs runs and empties the list.
import atexit
import sys


class Callback:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print("atexit", self.name, args, kwargs)
        if self.fail:
            raise ValueError("boom " + self.name)

    def __repr__(self):
        return "<Callback %s>" % self.name

    def __eq__(self, other):
        return isinstance(other, Callback) and other.name == self.name

    __hash__ = None


atexit.register(Callback("early"))
atexit.register(Callback("early-fail", fail=True))
atexit._run_exitfuncs()
print("ran early, now", atexit._ncallbacks())

atexit.register(Callback("first"), 1, x=2)
atexit.register(Callback("second", fail=True))
r = atexit.register(Callback("third"))
atexit.register(Callback("third"))
print(r, atexit._ncallbacks())
atexit.unregister(Callback("third"))
try:
    atexit.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)


def registers_late():
    print("late registration is not run")
    atexit.register(Callback("too late"))


atexit.register(registers_late)


@atexit.register
def decorated():
    print("decorated runs first")


print("exiting with 3")
sys.exit(3)
