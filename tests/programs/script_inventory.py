# An inventory tool in the style of a small business script: dataclasses
# and enums for the model, itertools/functools/operator for grouping and
# totals, a configparser settings file, a difflib-based "did you mean",
# shlex-parsed commands, and an urlencoded export link.
import configparser
import difflib
import enum
import functools
import itertools
import operator
import shlex
from collections import Counter, namedtuple
from dataclasses import dataclass, field, replace
from typing import List, Optional
from urllib.parse import urlencode, urlsplit, parse_qs


class Category(enum.Enum):
    TOOLS = 'tools'
    GARDEN = 'garden'
    KITCHEN = 'kitchen'


@functools.total_ordering
@dataclass(frozen=True)
class Money:
    cents: int

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, n):
        return Money(self.cents * n)

    def __lt__(self, other):
        return self.cents < other.cents

    def __str__(self):
        return f"${self.cents // 100:,}.{self.cents % 100:02d}"


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    price: Money
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None

    @property
    def value(self):
        return self.price * self.qty


SETTINGS = """
[store]
name = Corner Hardware
currency = USD
low_stock = 5

[export]
base = https://example.com/export
"""

settings = configparser.ConfigParser()
settings.read_string(SETTINGS)
LOW = settings.getint('store', 'low_stock')

items = [
    Item('T-100', 'hammer', Category.TOOLS, Money(1299), 12, ['steel']),
    Item('T-101', 'screwdriver set', Category.TOOLS, Money(2450), 3, ['steel', 'set']),
    Item('G-200', 'garden hose', Category.GARDEN, Money(3999), 7, ['rubber'], 'HoseCo'),
    Item('G-201', 'rake', Category.GARDEN, Money(1850), 0),
    Item('K-300', 'chef knife', Category.KITCHEN, Money(5900), 4, ['steel'], 'Blades Ltd'),
    Item('K-301', 'cutting board', Category.KITCHEN, Money(1575), 15, ['wood']),
]
by_sku = {i.sku: i for i in items}

print(settings['store']['name'], '-', len(items), 'items')
key = operator.attrgetter('category.value')
for cat, group in itertools.groupby(sorted(items, key=key), key=key):
    group = list(group)
    total = functools.reduce(operator.add, (i.value for i in group), Money(0))
    print(f"{cat:<8} {len(group)} items, stock value {total}")
print('most valuable:', max(items, key=operator.attrgetter('value')).name,
      '| cheapest:', min(items, key=lambda i: i.price).name)
print('low stock:', [i.sku for i in items if i.qty <= LOW])
print('tags:', Counter(itertools.chain.from_iterable(i.tags for i in items)).most_common())
print('suppliers:', sorted({i.supplier for i in items if i.supplier}))
print('price bands:', {k: [i.sku for i in g] for k, g in itertools.groupby(
    sorted(items, key=lambda i: i.price), key=lambda i: i.price.cents // 2000 * 20)})
Pair = namedtuple('Pair', 'a b')
print([Pair(a.sku, b.sku) for a, b in itertools.combinations(items[:3], 2)])
print(list(itertools.accumulate([i.qty for i in items])), list(itertools.islice(itertools.cycle('AB'), 5)))


def run(command):
    print('>', command)
    try:
        args = shlex.split(command)
    except ValueError as e:
        print('  parse error:', e)
        return
    verb, *rest = args or ['']
    if verb == 'sell':
        sku, n = rest[0], int(rest[1])
        item = by_sku.get(sku)
        if item is None:
            hint = difflib.get_close_matches(sku, by_sku, n=1)
            print('  unknown sku', sku + (f'; did you mean {hint[0]}?' if hint else ''))
            return
        if n > item.qty:
            print(f'  only {item.qty} {item.name!r} left')
            return
        by_sku[sku] = replace(item, qty=item.qty - n)
        print(f'  sold {n} x {item.name} for {item.price * n}; {item.qty - n} left')
    elif verb == 'find':
        words = ' '.join(rest)
        names = [i.name for i in by_sku.values()]
        print('  matches:', difflib.get_close_matches(words, names, n=2, cutoff=0.5))
    else:
        print('  unknown command', repr(verb))


for cmd in ['sell T-100 2', 'sell T-10O 1', 'sell K-300 9', 'find "chef nife"',
            "find 'garden hoes'", 'restock "unterminated', 'sell G-200 7']:
    run(cmd)
query = urlencode({'store': settings['store']['name'], 'skus': ','.join(sorted(by_sku)),
                   'low': LOW}, safe=',')
link = settings['export']['base'] + '?' + query
print(link)
parts = urlsplit(link)
print(parts.netloc, parts.path, parse_qs(parts.query)['store'])
print(sorted(i.sku for i in by_sku.values() if i.qty == 0))
try:
    items[0].price.cents = 1
except Exception as e:
    print(type(e).__name__, e)
print(repr(items[0].price), Money(5) < Money(7), Money(5) >= Money(7), Category('garden'), Category.TOOLS.name)
