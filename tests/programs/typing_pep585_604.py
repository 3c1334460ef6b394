# PEP 585 generics (list[int]) and PEP 604 unions (int | None): what
# annotations in modern scripts evaluate to, and how they print and compare.
import collections
import collections.abc
import contextlib
import functools
import os
import queue
import re
import types
import typing
from typing import Optional, TypeVar, Union

T = TypeVar('T')


def describe(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# Annotations evaluated at def time.
def lookup(key: str, table: dict[str, list[int]] | None = None) -> int | None:
    return None if table is None else table.get(key, [None])[0]


print(lookup.__annotations__)
print(lookup('a', {'a': [3]}), lookup('b'))
print(typing.get_type_hints(lookup))

# Reprs of aliases.
for label, thunk in [
        ('list[int]', lambda: list[int]),
        ('dict[str, tuple[int, ...]]', lambda: dict[str, tuple[int, ...]]),
        ('tuple[()]', lambda: tuple[()]),
        ('type[int]', lambda: type[int]),
        ('set[frozenset[str]]', lambda: set[frozenset[str]]),
        ("dict[str, 'Node']", lambda: dict[str, 'Node']),
        ('enumerate[str]', lambda: enumerate[str]),
        ('collections.deque[int]', lambda: collections.deque[int]),
        ('collections.defaultdict[str, int]',
         lambda: collections.defaultdict[str, int]),
        ('collections.OrderedDict[str, int]',
         lambda: collections.OrderedDict[str, int]),
        ('collections.Counter[str]', lambda: collections.Counter[str]),
        ('collections.abc.Iterable[int]',
         lambda: collections.abc.Iterable[int]),
        ('collections.abc.Mapping[str, int]',
         lambda: collections.abc.Mapping[str, int]),
        ('collections.abc.Callable[[int, str], float]',
         lambda: collections.abc.Callable[[int, str], float]),
        ('collections.abc.Callable[..., int]',
         lambda: collections.abc.Callable[..., int]),
        ('collections.abc.Callable[[], None]',
         lambda: collections.abc.Callable[[], None]),
        ('collections.abc.Awaitable[int]',
         lambda: collections.abc.Awaitable[int]),
        ('collections.abc.AsyncIterator[str]',
         lambda: collections.abc.AsyncIterator[str]),
        ('re.Pattern[str]', lambda: re.Pattern[str]),
        ('re.Match[bytes]', lambda: re.Match[bytes]),
        ('queue.Queue[int]', lambda: queue.Queue[int]),
        ('os.PathLike[str]', lambda: os.PathLike[str]),
        ('contextlib.AbstractContextManager[int]',
         lambda: contextlib.AbstractContextManager[int]),
        ('functools.partial[int]', lambda: functools.partial[int]),
        ('list[T]', lambda: list[T]),
        ('dict[str, T][int]', lambda: dict[str, T][int]),
        ('list[list[T]][bytes]', lambda: list[list[T]][bytes]),
]:
    describe(label, thunk)

# Not subscriptable, wrong substitutions.
describe('int[str]', lambda: int[str])
describe('str[int]', lambda: str[int])
describe('collections.abc.Sized[int]', lambda: collections.abc.Sized[int])
describe('list[int][str]', lambda: list[int][str])
describe('list[T][int, str]', lambda: list[T][int, str])
describe('collections.abc.Callable[int, str]',
         lambda: collections.abc.Callable[int, str])

# Alias objects.
alias = dict[str, list[int]]
print(type(alias), alias.__origin__, alias.__args__, alias.__parameters__)
print(list[T].__parameters__, (int | list[T]).__parameters__)
print(alias == dict[str, list[int]], alias == dict, list[int] == list[str])
print(hash(list[int]) == hash(list[int]), list[int].__name__)
print(list[int]((1, 2)), dict[str, int](a=1), tuple[int, ...]([3, 4]))
print(list[int].__mro_entries__((list[int],)), isinstance(list[int], type))
print(list[int].append is list.append, 'append' in dir(list[int]))
describe('isinstance([], list[int])', lambda: isinstance([], list[int]))
describe('issubclass(list, list[int])', lambda: issubclass(list, list[int]))


class IntList(list[int]):
    def total(self):
        return sum(self)


print(IntList.__mro__, IntList.__orig_bases__, IntList([1, 2]).total())
print(IntList[int], collections.abc.Sequence[int])

# Unions.
for label, thunk in [
        ('int | str', lambda: int | str),
        ('int | None', lambda: int | None),
        ('None | int', lambda: None | int),
        ('int | int', lambda: int | int),
        ('int | str | int', lambda: int | str | int),
        ('list[int] | None', lambda: list[int] | None),
        ('int | list[int] | list[int]', lambda: int | list[int] | list[int]),
        ('(int | str) | (bytes | None)', lambda: (int | str) | (bytes | None)),
        ('int | typing.List[int]', lambda: int | typing.List[int]),
        ('typing.List[int] | None', lambda: typing.List[int] | None),
        ('int | typing.List', lambda: int | typing.List),
        ('T | None', lambda: T | None),
        ('None | T', lambda: None | T),
        ('int | "str"', lambda: int | "str"),
        ('int | 3', lambda: int | 3),
        ('Optional[int | str]', lambda: Optional[int | str]),
        ('Union[int | str, float]', lambda: Union[int | str, float]),
        ('typing.Optional[list[int]]', lambda: typing.Optional[list[int]]),
        ('(int | list[T])[str]', lambda: (int | list[T])[str]),
]:
    describe(label, thunk)

u = int | str | None
print(type(u), type(u).__module__, u.__args__, u.__parameters__)
print(u == (None | str | int), u == (int | str), hash(int | str) == hash(str | int))
print(Union[int, str] == (int | str), (int | str) == Union[str, int],
      hash(Union[int, str]) == hash(int | str))
print(typing.get_origin(u), typing.get_args(u), typing.get_origin(list[int]),
      typing.get_args(dict[str, int]),
      typing.get_args(collections.abc.Callable[[int], str]),
      typing.get_args(collections.abc.Callable[..., str]))
print(isinstance(3, int | str), isinstance(None, int | None),
      isinstance(2.5, int | str), issubclass(bool, int | str),
      isinstance(3, (bytes, int | None)), isinstance(1, int | list[int]))
describe('isinstance([], int | list[int])',
         lambda: isinstance([], int | list[int]))
print(types.GenericAlias(list, (int,)), types.GenericAlias is type(list[int]),
      types.UnionType is type(int | str))


def parse(value: str, kind: type[int] | type[float] = int) -> int | float:
    return kind(value)


print(parse('3'), parse('2.5', float), parse.__annotations__['kind'])
