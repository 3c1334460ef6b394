# ast.unparse: CPython 3.11's layout for statements, expressions, strings.
import ast

SOURCES = [
    "x = 1",
    "a, b = b, a",
    "x = (1,)",
    "x = ()",
    "print((a + b) * c - d / e // f % g ** h ** i)",
    "y = (a ** b) ** c",
    "y = -x ** 2 + (-x) ** 2 + ~x + (not x)",
    "z = a if b else c if d else e",
    "z = (a if b else c) if d else e",
    "w = lambda x, *y, z=1, **k: (x, y, z, k)",
    "w = lambda: 0",
    "f(a, *b, c=1, **d)",
    "r = [i * 2 for i in range(10) if i % 2 if i > 3]",
    "s = {k: v for k, v in d.items()}",
    "t = {x for x in y}",
    "g = (x async for x in y)",
    "e = {}",
    "e = set()",
    "e = {1, 2}",
    "d = {'a': 1, **other}",
    "a[1:2, ::3]",
    "a[b:c]",
    "a[()]",
    "a[1,]",
    "x = 1 .real",
    "x = 1.5.real",
    "print(a and b or c and not d)",
    "print((a or b) and c)",
    "print(a < b <= c != d is not e not in f)",
    "x = 'single' + \"dou'ble\" + 'it\\'s \"both\"'",
    "x = 'tab\\there\\nnewline'",
    "x = f'{a!r:>{width}} and {b + 1} {{literal}}'",
    "x = f\"{'quoted'}\"",
    "x = b'bytes' + rb'\\d'",
    "x = 1e400, -1e400, 1j, 10 ** 100",
    "x = ...",
    "del a, b[0], c.d",
    "assert x, 'message'",
    "global a, b",
    "import os, sys as system",
    "from . import a",
    "from ..pkg.mod import b as c, d",
    "x += 1\ny -= 2\nz **= 3\nw //= 4\nv @= m",
    "x: int = 5\ny: 'List[int]'\n(z): int = 1",
    "if a:\n    pass\nelif b:\n    x = 1\nelif c:\n    y = 2\nelse:\n    z = 3",
    "for i, j in pairs:\n    continue\nelse:\n    break",
    "while True:\n    if x:\n        break",
    "with open(f) as fh, lock:\n    data = fh.read()",
    "try:\n    x()\nexcept (A, B) as e:\n    raise C from e\nexcept D:\n    raise\nelse:\n    pass\nfinally:\n    cleanup()",
    "@deco\n@other(arg)\ndef f(a, b: int = 1, /, c=2, *args, d, e: str = 'x', **kw) -> bool:\n    '''Docstring.'''\n    return a",
    "async def g():\n    await x\n    async for a in b:\n        pass\n    async with c as d:\n        yield\n    y = yield from z",
    "class C(Base, metaclass=Meta):\n    \"\"\"Doc with \\\"quote\\\".\"\"\"\n    x = 1\n\n    def m(self):\n        return self.x",
    "class D:\n    pass",
    "def f():\n    x = yield 1\n    nonlocal_thing = (yield)",
    "match command:\n    case [x, y, *rest]:\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(x=0, y=0) | None:\n        pass\n    case (1 | 2) as n if n > 0:\n        pass\n    case _:\n        pass",
    "if (n := len(a)) > 10:\n    pass",
    "print(*args, sep='')",
    "x = not (a == b)",
    "x = -(-1)",
    "x = (yield)",
    "'''module docstring'''\nimport x",
]

for src in SOURCES:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    print('-' * 20)
    # The output parses back to the same tree.
    assert ast.dump(ast.parse(out)) == ast.dump(tree), src

print(ast.unparse(ast.parse('a + b', mode='eval')))
print(ast.unparse(ast.BinOp(left=ast.Name('x'), op=ast.Mult(),
                            right=ast.BinOp(left=ast.Constant(1), op=ast.Add(),
                                            right=ast.Constant(2)))))
print(ast.unparse(ast.Constant(value=(1, 2.5, 'x'))))
