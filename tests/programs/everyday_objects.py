# The object model in everyday use: __repr__/__eq__/__hash__, __getattr__,
# __getattribute__, __call__, __init_subclass__, __class_getitem__, slots,
# descriptors and properties.
class Registry:
    plugins = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.plugins[name or cls.__name__.lower()] = cls


class CsvExporter(Registry, name="csv"):
    pass


class JsonExporter(Registry):
    pass


print(sorted(Registry.plugins), Registry.plugins["csv"].__name__)


class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __add__(self, other):
        if isinstance(other, Money) and other.currency == self.currency:
            return Money(self.amount + other.amount, self.currency)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __lt__(self, other):
        return self.amount < other.amount

    def __bool__(self):
        return self.amount != 0


wallet = [Money(5), Money(2.5), Money(5)]
print(sum(wallet), len(set(wallet)), Money(5) == Money(5), Money(5) != Money(5, "USD"), Money(1) == 1)
print(sorted(wallet), max(wallet), str(min(wallet)), bool(Money(0)), [m for m in wallet if m])
try:
    Money(1).extra = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    Money(1) + Money(1, "USD")
except TypeError as e:
    print("TypeError:", e)


class Config:
    def __init__(self, **values):
        self._values = values
        self.reads = 0

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)


cfg = Config(debug=True, level=3)
print(cfg.debug, cfg.level, getattr(cfg, "missing", "default"), hasattr(cfg, "nope"), cfg.reads)
try:
    cfg.colour
except AttributeError as e:
    print("AttributeError:", e)


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"

    def __len__(self):
        return len(self.coeffs)

    def __contains__(self, c):
        return c in self.coeffs

    def __getitem__(self, i):
        return self.coeffs[i]


p = Polynomial(1, 0, 2)
print(p(3), list(map(p, range(4))), callable(p), Polynomial[int], len(p), 2 in p, p[-1], list(p))


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Rect:
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width, self.height = w, h

    @property
    def area(self):
        return self.width * self.height

    @area.setter
    def area(self, value):
        self.width = value / self.height

    @staticmethod
    def square(side):
        return Rect(side, side)

    @classmethod
    def from_str(cls, text):
        return cls(*map(float, text.split("x")))


r = Rect(2, 3)
r.area = 12
print(r.width, r.area, Rect.square(4).area, Rect.from_str("2x5").area, type(Rect.width).__name__)
try:
    Rect(0, 1)
except ValueError as e:
    print("ValueError:", e)
print(Money.__slots__, Rect.__dict__["area"].fget.__name__, isinstance(r, Rect), issubclass(CsvExporter, Registry))
print([cls.__name__ for cls in CsvExporter.__mro__], Money.__eq__(Money(1), 3))
