# Inventory management with classes, properties, class/static methods.
from dataclasses import dataclass, field
from functools import total_ordering


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku


@total_ordering
class Item:
    tax_rate = 0.2
    _registry = {}

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self._qty = qty
        Item._registry[sku] = self

    @property
    def qty(self):
        return self._qty

    @qty.setter
    def qty(self, value):
        if value < 0:
            raise ValueError(f"negative quantity for {self.sku}: {value}")
        self._qty = value

    @property
    def gross(self):
        return round(self.price * (1 + self.tax_rate), 2)

    @classmethod
    def lookup(cls, sku):
        return cls._registry[sku]

    @staticmethod
    def parse(line):
        sku, name, price, qty = (p.strip() for p in line.split(","))
        return Item(sku, name, float(price), int(qty))

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price:.2f}, qty={self.qty})"


@dataclass
class Order:
    lines: list = field(default_factory=list)

    def add(self, sku, n):
        self.lines.append((sku, n))
        return self

    def total(self):
        return sum(Item.lookup(s).gross * n for s, n in self.lines)


data = """A1, Widget, 2.50, 10
B2, Gadget, 10.00, 3
C3, Doohickey, 0.99, 100
D4, Gizmo, 10.00, 0"""
items = [Item.parse(line) for line in data.splitlines()]
for it in sorted(items):
    print(f"{it.sku:<4}{it.name:>10} {it.price:8.2f} {it.gross:8.2f} {it.qty:5d}")
print(max(items), min(items), items[1] == Item.lookup("B2"), len(set(items)))

order = Order().add("A1", 4).add("C3", 10)
print(order, f"{order.total():.2f}")


def fulfil(order):
    for sku, n in order.lines:
        item = Item.lookup(sku)
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n


fulfil(order)
print([i.qty for i in items])
try:
    fulfil(Order().add("D4", 1))
except OutOfStock as e:
    print("failed:", e, e.sku, e.args)
try:
    items[0].qty = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Item.lookup("ZZ")
except KeyError as e:
    print("missing", e)
print(Item.tax_rate, items[0].gross, vars(items[0]))
