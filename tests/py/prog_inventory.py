# Inventory management with properties, validation, class/static methods,
# __slots__, operator overloading and a report.
from collections import namedtuple

Movement = namedtuple("Movement", "sku qty reason")


class Item:
    __slots__ = ("sku", "name", "_price", "_qty", "tags")
    _registry = {}

    def __init__(self, sku, name, price, qty=0, tags=()):
        if sku in Item._registry:
            raise ValueError(f"duplicate sku {sku}")
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = frozenset(tags)
        Item._registry[sku] = self

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"invalid price {value!r}")
        self._price = round(value, 2)

    @property
    def qty(self):
        return self._qty

    @qty.setter
    def qty(self, value):
        if not isinstance(value, int):
            raise TypeError(f"qty must be int, not {type(value).__name__}")
        if value < 0:
            raise ValueError(f"{self.sku}: stock cannot go negative ({value})")
        self._qty = value

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    @classmethod
    def lookup(cls, sku):
        try:
            return cls._registry[sku]
        except KeyError:
            raise LookupError(f"no such sku: {sku}") from None

    @staticmethod
    def parse(line):
        sku, name, price, qty, *tags = [p.strip() for p in line.split("|")]
        return Item(sku, name, float(price), int(qty), tags)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self.items = []
        self.log = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __len__(self):
        return len(self.items)

    def __getitem__(self, sku):
        for it in self.items:
            if it.sku == sku:
                return it
        raise KeyError(sku)

    def move(self, sku, qty, reason):
        item = self[sku]
        item.qty += qty
        self.log.append(Movement(sku, qty, reason))

    def tagged(self, tag):
        return [it.sku for it in self.items if tag in it.tags]

    def report(self):
        print(f"{'SKU':<6}{'NAME':<14}{'PRICE':>8}{'QTY':>5}{'VALUE':>10}")
        for it in sorted(self.items, key=lambda i: -i.value):
            print(f"{it.sku:<6}{it.name:<14}{it.price:>8.2f}{it.qty:>5}{it.value:>10,.2f}")
        print(f"{'':<6}{'TOTAL':<14}{'':>8}{sum(i.qty for i in self.items):>5}"
              f"{sum(i.value for i in self.items):>10,.2f}")


inv = Inventory()
for line in ["A100 | widget | 2.50 | 100 | metal | small",
             "B200 | gizmo | 19.999 | 5 | plastic",
             "C300 | doohickey | 1234.5 | 2 | metal | large",
             "D400 | thing | 0 | 0"]:
    inv += Item.parse(line)
print(len(inv), inv["B200"], Item.lookup("C300").tags == frozenset({"metal", "large"}))
for sku, qty, reason in [("A100", -30, "sale"), ("B200", 10, "restock"), ("C300", -5, "sale"),
                         ("Z999", 1, "?"), ("D400", 3, "found")]:
    try:
        inv.move(sku, qty, reason)
        print("moved", sku, qty)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
inv.report()
print(inv.log)
print(inv.log[0]._asdict(), inv.log[1]._replace(qty=0), Movement._fields)
print(sorted(inv.tagged("metal")), inv.tagged("nothing"))
for bad in [lambda: setattr(inv["A100"], "price", -1), lambda: setattr(inv["A100"], "qty", 1.5),
            lambda: setattr(inv["A100"], "color", "red"), lambda: Item("A100", "dup", 1),
            lambda: Item.lookup("Q1")]:
    try:
        bad()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
print(hasattr(inv["A100"], "__dict__"), Item.__slots__)
