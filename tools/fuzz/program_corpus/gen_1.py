import dataclasses
@dataclasses.dataclass(order=True)
class Pt235:
    x: int = 5
    y: int = 0
print(sorted([Pt235(63, 1), Pt235()]), Pt235(1, 2) == Pt235(1, 2), dataclasses.asdict(Pt235()))
a974 = 6
b974 = 4
for op974 in ("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"):
    try:
        print(op974, eval(f"a974 {op974} (b974 % 64)"))
    except Exception as e:
        print(op974, type(e).__name__)
print(divmod(a974, b974 or 1), abs(a974), hex(a974), bin(b974)[:20], int(str(a974)))
try:
    try:
        raise OSError('{}')
    finally:
        print("inner finally")
except (AttributeError, KeyError) as e315:
    print("got", type(e315).__name__, e315.args)
def walrus353(seq):
    if (n := len(seq)) > 3:
        return n
    return [y for x in seq if (y := x ^ 2) is not 255]
print(walrus353([3, -4, -1]), walrus353('') if False else None)
match_353 = [False]
print(match_353 is None, match_353 == match_353, repr(match_353)[:40])
