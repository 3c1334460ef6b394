# pickle of standard-library types written in Python: enum members (by
# name), dataclasses, OrderedDict, deque (with and without maxlen),
# Counter, defaultdict, Fraction; and copy.copy/deepcopy of the same.
import collections
import copy
import dataclasses
import enum
import fractions
import pickle


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclasses.dataclass
class Item:
    name: str
    tags: list


@dataclasses.dataclass(frozen=True)
class Frozen:
    x: int


values = [
    Color.RED, [Color.GREEN, Color.GREEN],
    Item("a", ["x"]), Frozen(3),
    collections.OrderedDict(a=1, b=2), collections.deque([1, 2, 3]),
    collections.deque([1, 2, 3], maxlen=5), collections.Counter("abracadabra"),
    collections.defaultdict(list, a=[1]), fractions.Fraction(3, 7),
]
for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, back == v, type(back).__name__, data)
print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED)
dq = pickle.loads(pickle.dumps(collections.deque([1], maxlen=3)))
print(dq, dq.maxlen)
dd = pickle.loads(pickle.dumps(collections.defaultdict(int)))
dd["k"] += 1
print(dd)
for v in values:
    print(copy.copy(v) == v, copy.deepcopy(v) == v)
print(copy.copy(Color.RED) is Color.RED)
