# eval/exec with globals and locals dicts, compile().
x = 10
print(eval("x + 1"), eval("  x * 2"))
g = {"a": 2}
print(eval("a ** 3", g), eval("a", g))
exec("b = a * 3\ndef f(n):\n    return n + b\nc = f(1)", g)
print(g["b"], g["c"], g["f"](5), "__builtins__" in g)

def in_function():
    y = 5
    return eval("y + x")
print(in_function())

ns = {}
loc = {}
exec("p = 1\nq = p + len('ab')", ns, loc)
print(sorted(loc), loc["q"], "p" in ns)
print(eval("p + q", {}, loc))
exec("r = [p * i for i in range(3)]", ns, loc)
print(loc["r"] if "r" in loc else None)

exec("import math\nroot = math.sqrt(16)", ns)
print(ns["root"])
exec("print('printed from exec', x)")
exec("z_module = 'set at module level'")
print(z_module)

code = compile("40 + 2", "<calc>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("w = 7", "<calc>", "exec")
exec(code2)
print(w)

for src in ["1 +", "x = = 2", "return 5", "(a := 1"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno)
for src in ["x = 1", "1; 2"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("1", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    compile("1", "f", "bogus")
except ValueError as e:
    print("ValueError:", e)
