# ast: parse into CPython's node classes, dump (with positions and indent),
# literal_eval, visitors and the location helpers.
import ast

SOURCES = [
    "x = 1",
    "a, *b = f(1, *args, k=2, **kw)",
    "del a[1:2], b.c",
    "x += y ** -2 // 3 @ m",
    "if a and b or not c:\n    pass\nelif d:\n    x = 1\nelse:\n    y = 2",
    "for i in range(10):\n    break\nelse:\n    continue",
    "while x < 3 <= y is not z in w:\n    x -= 1",
    "def f(a, /, b: int = 1, *c, d, e=2, **g) -> str:\n    'doc'\n    return a",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        pass",
    "class C(B, metaclass=M):\n    x: int = 3\n    y: str\n    def m(self): yield from z",
    "import a.b as c, d\nfrom ..e import f as g, h\nfrom . import i",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "with open(p) as f, g:\n    assert x, 'msg'",
    "global a, b\nnonlocal_ = lambda x, *y, z=1, **w: (x, y)",
    "[x for x in y if x for z in w]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h)",
    "f'{x!r:>{width}} and {y=}' 'tail'",
    "b'bytes' + 'str' 'cat'\n...\nNone, True, False, 1.5, 10**100, 0xff",
    "x if y else z\n(n := 10)\nd = {**a, 'b': 1}\ns = {1, 2}",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=0) | None:\n        pass\n    case str() as s if s:\n        pass\n    case _:\n        pass",
    "a[1, 2:3, ::4]\n-x\n+y\n~z\nnot w",
]
for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
print(ast.dump(ast.parse(SOURCES[1]), indent=2))
print(ast.dump(ast.parse(SOURCES[7]), include_attributes=True))
print(ast.dump(ast.parse("f(x)\n"), annotate_fields=False))
print(ast.dump(ast.parse("1 + 2", mode='eval'), indent='-'))
t = ast.parse("x = 'é' + y  # comment\nz")
for node in ast.walk(t):
    if isinstance(node, (ast.expr, ast.stmt)):
        print(type(node).__name__, node.lineno, node.col_offset,
              node.end_lineno, node.end_col_offset)

# node classes
n = ast.Name('x', ast.Load())
print(n.id, n._fields, ast.Name._attributes, ast.expr.end_lineno,
      ast.Constant(5).kind, isinstance(n, ast.expr), ast.Add.__mro__)
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(),
                         right=ast.Constant(2))))
try:
    ast.Name('a', 'b', 'c')
except TypeError as e:
    print(e)
print(ast.dump(ast.Call(func=ast.Name(id='f', ctx=ast.Load()), args=[])))

# literal_eval
for text in ["1", "-2.5", "'s'", "[1, (2, 3), {'a': {4}}]", "set()",
             "{1: None, 2: True}", "1 + 2", "b'x'", " 7", "-(1)", "(1,)"]:
    try:
        print(repr(text), repr(ast.literal_eval(text)))
    except ValueError as e:
        print(repr(text), 'ValueError', str(e).split(':')[0])
for bad in ["x", "f()", "1 + x", "[a]", "2 * 3"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(repr(bad), str(e).split(':')[0])
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
try:
    ast.parse("def f(:\n  pass", "bad.py")
except SyntaxError as e:
    print('SyntaxError', e.msg, e.filename, e.lineno)


# visitors
class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)


v = Names()
v.visit(ast.parse("a = b + c(d, e=f)\nfor g in h: i"))
print(v.seen)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Pass(self, node):
        return None


tree = Doubler().visit(ast.parse("x = 1 + 2\nif y:\n    pass\n    z = 3"))
print(ast.dump(tree))
print(ast.dump(ast.fix_missing_locations(ast.parse("a")), include_attributes=True))
new = ast.Expr(ast.Name('q', ast.Load()))
m = ast.Module(body=[new], type_ignores=[])
ast.fix_missing_locations(m)
print(new.lineno, new.col_offset, new.end_lineno, new.value.lineno)
t = ast.parse("x\ny")
ast.increment_lineno(t, 3)
print([(s.lineno, s.end_lineno) for s in t.body])
print(list(ast.iter_fields(ast.parse("x = 1").body[0]))[1][0],
      [type(c).__name__ for c in ast.iter_child_nodes(ast.parse("f(a, b)").body[0].value)])
mod = ast.parse('"""Module doc.\n\n    Indented."""\ndef f():\n    "fdoc"\nclass K:\n    x = 1')
print(repr(ast.get_docstring(mod)), repr(ast.get_docstring(mod, clean=False)),
      ast.get_docstring(mod.body[1]), ast.get_docstring(mod.body[2]))
try:
    ast.get_docstring(ast.parse("x").body[0])
except TypeError as e:
    print(e)
print(ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx,
      ast.Load() is ast.Load())
