# Future statements: where they may stand, which features exist, and what
# an annotation may not contain once annotations are strings (PEP 563).
snippets = [
    "import os\nfrom __future__ import annotations\n",
    '"""doc"""\nfrom __future__ import annotations, nope\n',
    "from __future__ import braces\n",
    "from __future__ import *\n",
    "def f():\n    from __future__ import annotations\n",
    "from __future__ import division\nx = 1\nfrom __future__ import division\n",
    "from __future__ import annotations\ndef f(a: (yield)): pass\n",
    "from __future__ import annotations\ndef f(a: (yield from x)): pass\n",
    "from __future__ import annotations\ndef f() -> (y := 3): pass\n",
    "from __future__ import annotations\nasync def f(a: (await x)): pass\n",
    "from __future__ import annotations\nx: (y := 1) = 2\n",
    "from __future__ import annotations\nclass C:\n  x: [a for a in (yield)]\n",
    "x: (yield)\n",
    '"""doc"""\nfrom __future__ import (annotations,\n    generator_stop)\n'
    'from __future__ import nested_scopes, generators, division\n'
    'from __future__ import absolute_import, with_statement, print_function\n'
    'from __future__ import unicode_literals, barry_as_FLUFL\n',
    "from __future__ import annotations as ann\nprint(ann)\n",
]
for src in snippets:
    try:
        code = compile(src, "<snippet>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        # (end_offset is None in CPython where interp says 0: not shown.)
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_offset or None)

# Without the future statement annotations are evaluated as usual.
def f(a: int, b: "str") -> list:
    pass


print(f.__annotations__)
print(hex(f.__code__.co_flags & 0x1000000))
exec("def g(a: int): pass\nprint(g.__annotations__)")
