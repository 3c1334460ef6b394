# The compile-time errors of match statements: message, line and column as
# CPython 3.11 reports them (compile() so that one program shows them all).
snippets = [
    "match x:\n case 1*2: pass\n",
    "match x:\n case f'a': pass\n",
    "match x:\n case a | b: pass\n",
    "match x:\n case [a, a]: pass\n",
    "match x:\n case {'a': 1, 'a': 2}: pass\n",
    "match x:\n case x: pass\n case 1: pass\n",
    "match x:\n case _: pass\n case 1: pass\n",
    "match x:\n case *a: pass\n",
    "match x:\n case [*a, *b]: pass\n",
    "match x:\n case a as _: pass\n",
    "match x:\n case P(a=1, a=2): pass\n",
    "match x:\n case P(a=1, 2): pass\n",
    "match x:\n case {**r, 'a': 1}: pass\n",
    "match x:\n case 1 + 1: pass\n",
    "match x:\n case -a: pass\n",
    "match x:\n pass\n",
    "match x:\ncase 1: pass\n",
    "match x: case 1: pass\n",
    "match x:\n case {'a': _, **_}: pass\n",
    "match x:\n case 1:\n pass\n",
    "match x:\n case 1:\n  pass\n case:\n  pass\n",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_offset)

# Soft keywords: `match` and `case` are still ordinary names.
match = [1, 2]
case = len(match)
match[0] = case
print(match, case)
match, case = case, match
print(match, case)
