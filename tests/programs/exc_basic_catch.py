# Catching builtin exceptions raised by the runtime.
def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, "|", e)
attempt("div", lambda: 1 // 0)
attempt("mod", lambda: 5 % 0)
attempt("fdiv", lambda: 1 / 0)
attempt("name", lambda: undefined_name)
attempt("index", lambda: [1, 2][5])
attempt("key", lambda: {"a": 1}["b"])
attempt("attr", lambda: (1).foo)
attempt("type", lambda: 1 + "a")
attempt("value", lambda: int("x1"))
attempt("ok", lambda: 1 + 1)
five = 5
attempt("call", lambda: five())
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("strindex", lambda: "abc"[10])
attempt("none", lambda: None.x)
attempt("len", lambda: len(5))
attempt("iter", lambda: [x for x in 5])
