# dataclasses in an ordinary program: a small order book with value
# objects, defaults, validation in __post_init__, sorting and JSON export.
import json
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from collections import defaultdict


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = 'EUR'

    def __add__(self, other):
        if not isinstance(other, Money) or other.currency != self.currency:
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    def __mul__(self, n):
        return Money(self.cents * n, self.currency)

    def __str__(self):
        return '%d.%02d %s' % (self.cents // 100, self.cents % 100, self.currency)


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Money


@dataclass
class Line:
    product: Product
    qty: int = 1

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError('quantity must be positive, got %d' % self.qty)

    @property
    def total(self):
        return self.product.price * self.qty


_next_id = [100]


def new_id():
    _next_id[0] += 1
    return _next_id[0]


@dataclass(order=True)
class Order:
    priority: int
    customer: str = field(compare=False)
    lines: list = field(default_factory=list, compare=False, repr=False)
    id: int = field(default_factory=new_id, compare=False)
    status: str = field(default='new', compare=False)

    def add(self, product, qty=1):
        for i, line in enumerate(self.lines):
            if line.product == product:
                self.lines[i] = replace(line, qty=line.qty + qty)
                return
        self.lines.append(Line(product, qty))

    def total(self):
        t = Money(0)
        for line in self.lines:
            t = t + line.total
        return t


catalog = {p.sku: p for p in [
    Product('A1', 'apple', Money(45)),
    Product('B2', 'bread', Money(249)),
    Product('C3', 'cheese', Money(599)),
]}

orders = [Order(2, 'ann'), Order(1, 'bob'), Order(3, 'cy'), Order(1, 'dee')]
orders[0].add(catalog['A1'], 6)
orders[0].add(catalog['B2'])
orders[0].add(catalog['A1'], 2)
orders[1].add(catalog['C3'], 2)
orders[2].add(catalog['B2'], 3)
orders[3].add(catalog['A1'])

for o in sorted(orders):
    print(o, '->', o.total(), [(l.product.name, l.qty) for l in o.lines])

try:
    orders[0].add(catalog['C3'], 0)
except ValueError as e:
    print('rejected:', e)

by_product = defaultdict(int)
for o in orders:
    for line in o.lines:
        by_product[line.product.name] += line.qty
print(sorted(by_product.items()))

print(json.dumps(asdict(orders[0]), sort_keys=True))
print(astuple(orders[1].lines[0]))
print(sorted({catalog['A1'].price, Money(45), Money(45, 'USD')}))
print(Money(5) + Money(7), Money(5) < Money(7), Money(5, 'AAA') < Money(5, 'EUR'))
try:
    Money(1) + Money(1, 'USD')
except TypeError as e:
    print('TypeError:', e)

done = [replace(o, status='shipped') for o in orders if o.priority == 1]
print(done, [o.id for o in done], [o.status for o in orders])
print([f.name for f in fields(Order) if f.compare], [f.name for f in fields(Order) if not f.repr])
