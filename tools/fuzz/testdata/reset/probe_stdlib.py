# Prints what hostile_stdlib.py changes in the kept standard modules.
import abc, collections, collections.abc, functools, typing, dataclasses
import enum, copy, copyreg, string, textwrap, json, re, heapq, keyword
import itertools, operator, types, contextlib, io, base64, struct


class Mine:
    def __len__(self):
        return 3


print(isinstance(Mine(), collections.abc.Sized), abc.get_cache_token())
print(issubclass(int, collections.abc.Sized), issubclass(list, collections.abc.Sequence))
print(collections.Counter("abca").most_common(1), collections.Counter.__name__)
print(hasattr(collections.OrderedDict, "move_to_end"), collections.deque([1]))
print(collections.namedtuple("P", "x y")(1, 2), collections.namedtuple.__defaults__)
print(functools.reduce(operator.add, [1, 2, 3]), hasattr(functools.partial, "extra"))
print(textwrap.TextWrapper().width, textwrap.dedent("  a\n  b"), hasattr(textwrap.dedent, "marker"))
print(string.ascii_letters[:5], keyword.kwlist[:3], "fuzzword" in keyword.kwlist)
print(Mine in copyreg.dispatch_table, json.decoder is None, len(heapq.__all__))
print(types.SimpleNamespace(a=1), hasattr(enum.Enum, "extra_method"))
print(hasattr(dataclasses.MISSING, "marker"), typing.List[int])
print(sorted(collections.abc.Sequence.__abstractmethods__))
print([m for m in (re, json, string, copy, itertools, contextlib, io, base64, struct) if "leftover" in vars(m)])
print([len(v) for m in (string, keyword, typing, enum, dataclasses) for v in vars(m).values() if isinstance(v, set)])
for name in dir(functools):
    f = getattr(functools, name)
    closure = getattr(f, "__closure__", None)
    if closure:
        print(name, repr(closure[0].cell_contents)[:40])
        break
class E(enum.Enum):
    A = 1
print(E.A, list(E), E(1) is E.A)
@dataclasses.dataclass
class P:
    x: int = 1
print(P(), dataclasses.asdict(P(2)))
h = collections.abc.Hashable
print(isinstance(1, h), h.__name__)
