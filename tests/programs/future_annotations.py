"""PEP 563: annotations kept as strings."""
from __future__ import annotations

import __future__
import dataclasses
import inspect
import sys
import typing
from typing import Callable, Optional


def show(f):
    for k, v in f.__annotations__.items():
        print(f"  {k}: {v!r}")


def f1(a: list[int], b: 'A', c: Optional[dict[str, "X"]] = None) -> a.b:
    pass


def f2(x: int | None, y: Callable[..., int], *args: tuple[int, ...],
       z: lambda a, *b, c=1, **d: a, **kw: {1: 2, **e}) -> None:
    pass


def f3(a: x[1:2], b: x[1:2:3, ::2], c: x[:, 1:], d: -1 ** 2, e: (-1) ** 2,
       f: not a and b or c, g: a if b else c, h: [*a, *b], i: (1,),
       j: (), k: {1, 2}, l: 1.5e300 * 1e10, m: 1e400, n: 'it\'s "q"'):
    pass


def f4(a: f(x for x in y), b: [x for x in y if x async for z in w],
       c: {k: v for k, v in d}, d: [(y := 1) for x in z], g: a.b.c[d](e, f=g),
       h: 1 .real, i: b'by\x00tes', j: 0x10, k: 123456789012345678901234567890,
       l: a < b <= c != d is not e not in f, m: ~a << 2 >> 3 & 4 ^ 5 | 6,
       n: a @ b / c // d % e - +f, o: lambda: (yield), p: f"a{b!r:>{w}}c{{", q: ...,
       r: (a, b), s: x[(a, b)], t: x[()], u: lambda: 0, v: a ** b ** c,
       w: (a ** b) ** c, y: (a + b) * c, z: a + (b * c), aa: a - (b - c)):
    pass


print("f1"); show(f1)
print("f2"); show(f2)
print("f3"); show(f3)
print("f4"); show(f4)

x: int = 5
y: "quoted"
z: list[Undefined]
print(__annotations__)
obj = type("O", (), {})()
obj.attr: undefined_name = 1   # not evaluated under PEP 563
print(obj.attr)


class C:
    a: int
    b: ClassVar[str] = "s"
    c: C | None = None

    def m(self, other: C) -> C:
        return self


print(C.__annotations__)
print(C.m.__annotations__)


def local_annotations():
    v: undefined_too = 1
    return v


print(local_annotations())


@dataclasses.dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = dataclasses.field(default_factory=list)


p = Point(1, 2.5)
print(p, dataclasses.fields(p)[0].type, repr(dataclasses.fields(p)[2].type))


class Node:
    value: int
    next: Optional[Node]

    def link(self, n: Node) -> Optional[Node]:
        return None


print(inspect.signature(Node.link))
print(inspect.signature(f1))

print(__future__.annotations)
print(__future__.annotations.getOptionalRelease(),
      __future__.annotations.getMandatoryRelease(),
      __future__.annotations.compiler_flag)
print(__future__.all_feature_names)
print(__future__.division, __future__.generator_stop.compiler_flag)
print(hex(f1.__code__.co_flags & __future__.CO_FUTURE_ANNOTATIONS))
print(annotations)

# exec() inherits the future statements of the code calling it.
exec("def g(a: int, b: undefined) -> str: pass\nprint(g.__annotations__)")
ns = {}
exec("def g(a: x.y) -> 1 + 2: pass", ns, ns)
print(ns["g"].__annotations__)
