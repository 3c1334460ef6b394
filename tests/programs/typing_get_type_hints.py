# typing.get_type_hints evaluates string annotations (and strings nested in
# aliases) in the right namespaces.
from __future__ import annotations

import typing
from typing import Annotated, Dict, List, Optional, Union, get_type_hints


class Node:
    value: int
    children: List[Node]
    parent: Optional[Node] = None


class Leaf(Node):
    label: str
    meta: Dict[str, "List[int]"]


def f(a: int, b: Optional[List[int]] = None, *rest: str) -> str:
    return ''


def g(x: Annotated[int, "units"], y: Union[int, None]) -> None:
    pass


def h(x: 'Undefined') -> None:
    pass


def no_ann(x):
    pass


print(get_type_hints(f))
print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(g))
print(get_type_hints(g, include_extras=True))
print(get_type_hints(no_ann))
print(get_type_hints(Leaf.__init__ if hasattr(Leaf, '__init__') else no_ann) == {} or 'x')
try:
    get_type_hints(h)
except NameError as e:
    print('NameError', e)
print(get_type_hints(f, localns={'int': float})['a'])
print(typing.ForwardRef('X'), typing.ForwardRef('X') == typing.ForwardRef('X'))
print(typing.List['int'])
try:
    typing.ForwardRef('a b')
except SyntaxError as e:
    print('SyntaxError', e)


def plain(a: 'int', b: 'List[str]' = None):
    pass


print(get_type_hints(plain))
print(plain.__annotations__)
