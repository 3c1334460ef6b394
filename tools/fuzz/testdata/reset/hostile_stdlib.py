# Changes the insides of the standard modules the runner keeps imported
# (GraphSnapshot): class attributes and names, function defaults, code,
# attributes and closures, ABC registries and caches, module-level
# containers, instances held by modules, sets, the abstract flag, __del__.
import abc, collections, collections.abc, functools, typing, dataclasses
import enum, copy, copyreg, string, textwrap, json, re, heapq, keyword
import itertools, operator, types, contextlib, io, base64, struct


class Mine:
    def __len__(self):
        return 3

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


collections.abc.Sized.register(int)
print(isinstance(Mine(), collections.abc.Collection))
print(issubclass(list, collections.abc.Sequence), issubclass(Mine, typing.Sized))
collections.Counter.most_common = lambda self, n=None: "hijacked"
collections.Counter.__name__ = "Renamed"
del collections.OrderedDict.move_to_end
collections.namedtuple.__defaults__ = (True, None, None)
collections.deque = list
functools.reduce = None
functools.partial.extra = 1
textwrap.TextWrapper.width = 3
textwrap.dedent.__code__ = (lambda text: "x").__code__
textwrap.dedent.marker = "set"
string.ascii_letters = "abc"
keyword.kwlist.append("fuzzword")
keyword.kwlist.reverse()
copyreg.dispatch_table[Mine] = lambda m: (Mine, ())
json.decoder = None
heapq.__all__.clear()
operator.add = operator.sub
types.SimpleNamespace = None
enum.Enum.extra_method = lambda self: 1
dataclasses.MISSING.marker = 1
typing.List = int
typing._cleanups.append(None) if hasattr(typing, "_cleanups") else None
collections.abc.Sequence.__abstractmethods__ = frozenset()
collections.abc.Hashable.__del__ = lambda self: print("del")
abc._counter[0] += 100


def counter_with_cell():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    return bump


# A cell of a kept function, if any kept function closes over one.
for name in dir(functools):
    f = getattr(functools, name)
    closure = getattr(f, "__closure__", None)
    if closure:
        try:
            closure[0].cell_contents = "poisoned"
        except (AttributeError, TypeError):
            pass
        break
for mod in (re, json, string, copy, itertools, contextlib, io, base64,
            struct):
    mod.__dict__["leftover"] = Mine
for s in (v for m in (string, keyword, typing, enum, dataclasses)
          for v in vars(m).values() if isinstance(v, set)):
    s.add("fuzz-added")
    break
