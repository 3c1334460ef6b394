# BaseExceptionGroup / ExceptionGroup (PEP 654): construction, checks,
# str/repr, attributes, subgroup/split/derive, nesting, subclasses.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [], 3))
attempt("msg not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("empty", lambda: ExceptionGroup("a", []))
attempt("not a sequence", lambda: ExceptionGroup("a", ValueError()))
attempt("set", lambda: ExceptionGroup("a", {ValueError()}))
attempt("item not exc", lambda: ExceptionGroup("a", [ValueError(), 1]))
attempt("str items", lambda: ExceptionGroup("a", "ab"))
attempt("base in EG", lambda: ExceptionGroup("a", [ValueError(), KeyboardInterrupt()]))
attempt("BEG base", lambda: BaseExceptionGroup("a", [ValueError(), KeyboardInterrupt()]))
attempt("BEG -> EG", lambda: BaseExceptionGroup("a", [ValueError()]))
attempt("tuple", lambda: BaseExceptionGroup("a", (ValueError(1),)))
attempt("range-like", lambda: ExceptionGroup("r", [e for e in (KeyError(1), IndexError(2))]))

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))

eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k"), ValueError(2)])])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions)
print(eg.args)
print(eg.__dict__)
print(str(ExceptionGroup("one", [ValueError()])))
try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print("AttributeError", e)

# subgroup / split by type, tuple and predicate
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup((KeyError, TypeError))))
print(eg.subgroup(OSError))
print(eg.subgroup(ExceptionGroup) is eg)
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(lambda e: False))
attempt("bad condition", lambda: eg.split(1))
attempt("bad tuple", lambda: eg.split((ValueError, 1)))
attempt("subgroup no arg", lambda: eg.subgroup())

# derive keeps the message and picks the class from the members
d = eg.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))
d = eg.derive([ValueError(5)])
print(type(d).__name__, repr(d))

# parts keep traceback, cause, context and notes
try:
    try:
        raise OSError("ctx")
    except OSError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from KeyError("c")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    print(m.__traceback__ is caught.__traceback__, r.__traceback__ is caught.__traceback__)
    print(repr(m.__cause__), repr(m.__context__), m.__notes__, m.__notes__ is caught.__notes__)
    print(m.exceptions[0] is caught.exceptions[0])


# subclass with derive
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        g = MyGroup(self.message, excs)
        g.code = self.code
        return g


g = MyGroup("mine", [ValueError(1), TypeError(2)])
g.code = 42
m, r = g.split(TypeError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)
print(isinstance(g, ExceptionGroup), isinstance(g, BaseExceptionGroup), isinstance(g, Exception))
attempt("subclass nests base", lambda: MyGroup("m", [KeyboardInterrupt()]))


class NoDerive(ExceptionGroup):
    pass


n = NoDerive("nd", [ValueError(1), TypeError(2)])
print(type(n.subgroup(ValueError)).__name__, repr(n.subgroup(ValueError)))

# catching with plain except
for exc in (ExceptionGroup("e", [ValueError()]), BaseExceptionGroup("b", [KeyboardInterrupt()])):
    try:
        raise exc
    except Exception as e:
        print("Exception caught", type(e).__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__)
try:
    raise ExceptionGroup("e", [ValueError()])
except BaseExceptionGroup as e:
    print("BaseExceptionGroup caught", repr(e))
