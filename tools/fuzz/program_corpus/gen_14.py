def gen96(n):
    total = 0
    for i in range(n):
        got = yield i + 7
        if got is not None:
            total += got
    return total
g96 = gen96(8)
out96 = []
try:
    out96.append(next(g96))
    while True:
        out96.append(g96.send(10))
except StopIteration as stop:
    out96.append(("ret", stop.value))
except Exception as e:
    out96.append(type(e).__name__)
print(out96)
import dataclasses
@dataclasses.dataclass(order=True)
class Pt520:
    x: int = -3
    y: int = 0
print(sorted([Pt520(255, 1), Pt520()]), Pt520(1, 2) == Pt520(1, 2), dataclasses.asdict(Pt520()))
a570, *b570, c570 = [2, 1, 1000] + [1, 2]
(x570, y570), z570 = ({'ünïcödé': 10**20}, None), None
print(a570, b570, c570, x570, y570, z570)
print(*[14, 0, 1, 5, 5, 6], sep=",", end="|\n")
print(f"{a570!r:>10}|{c570:#x}|{b570!s:.6}")
