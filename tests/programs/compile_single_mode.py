# compile(..., 'single'): interactive mode, where expression statements show
# their value through sys.displayhook (what code.InteractiveConsole and
# doctest rely on).
import sys

ns = {}
exec(compile("1 + 1\n", "<in>", "single"), ns)
exec(compile("x = 5", "<in>", "single"), ns)
exec(compile("x * 2", "<in>", "single"), ns)
exec(compile("None", "<in>", "single"), ns)
exec(compile("'text'", "<in>", "single"), ns)
exec(compile("a = 1; a + 10", "<in>", "single"), ns)
exec(compile("if 1:\n  3\n  4\n", "<in>", "single"), ns)
exec(compile("for i in range(3): i\n", "<in>", "single"), ns)
exec(compile("def f():\n  7\n  return 8\n", "<in>", "single"), ns)
exec(compile("f()\n\n", "<in>", "single"), ns)
exec(compile("1\n# trailing comment\n", "<in>", "single"), ns)
print("underscore:", ns["__builtins__"]["_"] if isinstance(ns["__builtins__"], dict) else ns["__builtins__"]._)

c = compile("42", "myfile", "single")
print(type(c).__name__, c.co_filename)

# A replaced sys.displayhook receives the values.
seen = []
old = sys.displayhook
sys.displayhook = seen.append
try:
    exec(compile("[1, 2]", "<in>", "single"), ns)
    exec(compile("None", "<in>", "single"), ns)
finally:
    sys.displayhook = old
print("hook saw:", seen)

# Errors.
for src in ["", "\n", "# only a comment\n", "x = 1\ny = 2\n", "1 +"]:
    try:
        compile(src, "<in>", "single")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)

try:
    compile("1", "<in>", "bogus")
except ValueError as e:
    print("ValueError:", e)

# Exceptions raised by the code propagate normally.
try:
    exec(compile("1 / 0", "<in>", "single"), ns)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
