# Widths and precisions beyond what can be allocated or represented, in
# %-formatting, format() specs and str methods: each raises the exception
# CPython raises (MemoryError, ValueError or OverflowError) instead of
# aborting or looping for hours.


def attempt(label, make):
    try:
        make()
    except (MemoryError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__, e.args)


attempt("% width", lambda: "%1000000000000000d" % 1)
attempt("% star width", lambda: "%*d" % (10**15, 1))
attempt("% width too big", lambda: "%100000000000000000000d" % 1)
attempt("% precision too big", lambda: "%.3000000000f" % 1.0)
attempt("% star precision", lambda: "%.*f" % (10**12, 1.0))
attempt("format width", lambda: format("a", "1000000000000000"))
attempt("format int width", lambda: format(7, ">1000000000000000"))
attempt("f-string width", lambda: f"{1:>{10**15}}")
attempt("format digits", lambda: format(1, "100000000000000000000d"))
attempt("format precision", lambda: format(1.0, ".3000000000f"))
attempt("expandtabs", lambda: "\tx".expandtabs(2**31))

# Ordinary widths still work.
print("%5.2f|%-6s|%*d|%.*f|" % (3.14159, "ab", 4, 7, 2, 1.5))
print(format(3.5, "10.3f") + "|" + format("ab", "^9") + "|" + f"{42:>{6}}")
print("a\tbc\td".expandtabs(4))
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
