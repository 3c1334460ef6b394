"""Complex literals in match patterns, and the literal errors."""


def classify(z):
    match z:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one-plus-two-j"
        case -1.5 - 0.5j:
            return "negative"
        case 3j | -3j:
            return "three-j"
        case {1j: v}:
            return f"mapping {v}"
        case [2j, *rest]:
            return f"sequence {rest}"
        case complex(real=r, imag=i) if r > 10:
            return f"big real {r} {i}"
        case complex():
            return "other complex"
        case _:
            return "not complex"


for z in [0, 0j, 0.0, 1 + 2j, -1.5 - 0.5j, 3j, -3j, {1j: "x"}, [2j, 1, 2],
          20 + 1j, 5j, "1j"]:
    print(repr(z), classify(z))

snippets = [
    "match x:\n case 1j + 2: pass\n",
    "match x:\n case 1 + 2: pass\n",
    "match x:\n case 1 + x: pass\n",
    "match x:\n case 1j + 2j: pass\n",
    "match x:\n case -1j - 2j: pass\n",
    "x = 1jx\n",
    "x = 1_j\n",
    "x = 0x1j\n",
    "x = 1e5j + 09j + 1.j + 1_0j\nprint(x)\n",
]
for src in snippets:
    try:
        exec(compile(src, "<snippet>", "exec"))
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_offset)
