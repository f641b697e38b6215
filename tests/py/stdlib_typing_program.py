# typing: an ordinary typed program (a small order book with a generic
# repository, protocols, named tuples and typed dicts), with PEP 563
# annotations evaluated back by get_type_hints.
from __future__ import annotations

from collections import defaultdict
from typing import (TYPE_CHECKING, Callable, ClassVar, DefaultDict, Dict,
                    Generic, Iterable, Iterator, List, Literal, Mapping,
                    NamedTuple, NewType, Optional, Protocol, Sequence, Tuple,
                    TypedDict, TypeVar, Union, cast, get_type_hints, overload,
                    runtime_checkable, Final, Any)

if TYPE_CHECKING:
    from decimal import Decimal

OrderId = NewType('OrderId', int)
Side = Literal['buy', 'sell']
K = TypeVar('K')
V = TypeVar('V', bound='HasKey')
MAX_QTY: Final = 1000


@runtime_checkable
class HasKey(Protocol):
    def key(self) -> Any: ...


class Price(NamedTuple):
    units: int
    cents: int = 0

    def __str__(self) -> str:
        return f"{self.units}.{self.cents:02d}"

    def total_cents(self) -> int:
        return self.units * 100 + self.cents


class Fill(TypedDict):
    order: OrderId
    qty: int
    price: str


class Order:
    next_id: ClassVar[int] = 1

    def __init__(self, side: Side, symbol: str, qty: int, price: Price) -> None:
        if not 0 < qty <= MAX_QTY:
            raise ValueError(f"bad quantity {qty}")
        self.id: OrderId = OrderId(Order.next_id)
        Order.next_id += 1
        self.side = side
        self.symbol = symbol
        self.qty = qty
        self.price = price

    def key(self) -> OrderId:
        return self.id

    def __repr__(self) -> str:
        return f"Order#{self.id}({self.side} {self.qty} {self.symbol} @ {self.price})"


class Repository(Generic[K, V]):
    def __init__(self) -> None:
        self._items: Dict[K, V] = {}

    def add(self, item: V) -> V:
        self._items[item.key()] = item
        return item

    def get(self, key: K) -> Optional[V]:
        return self._items.get(key)

    def remove(self, key: K) -> None:
        del self._items[key]

    def __iter__(self) -> Iterator[V]:
        return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)


Listener = Callable[[Fill], None]


class Book:
    def __init__(self, repo: Repository[OrderId, Order]) -> None:
        self.repo = repo
        self.fills: List[Fill] = []
        self.listeners: List[Listener] = []
        self.volume: DefaultDict[str, int] = defaultdict(int)

    def subscribe(self, fn: Listener) -> None:
        self.listeners.append(fn)

    @overload
    def find(self, key: OrderId) -> Optional[Order]: ...

    @overload
    def find(self, key: str) -> List[Order]: ...

    def find(self, key: Union[OrderId, str]) -> Union[Optional[Order], List[Order]]:
        if isinstance(key, str):
            return [o for o in self.repo if o.symbol == key]
        return self.repo.get(key)

    def submit(self, order: Order) -> List[Fill]:
        made: List[Fill] = []
        opposite: Side = 'sell' if order.side == 'buy' else 'buy'
        for other in sorted(self.find(order.symbol), key=lambda o: (o.price, o.id)):
            if other.side != opposite or order.qty == 0:
                continue
            crosses = (order.price >= other.price if order.side == 'buy'
                       else order.price <= other.price)
            if not crosses:
                continue
            qty = min(order.qty, other.qty)
            fill = Fill(order=other.id, qty=qty, price=str(other.price))
            made.append(fill)
            order.qty -= qty
            other.qty -= qty
            self.volume[order.symbol] += qty
            if other.qty == 0:
                self.repo.remove(other.id)
        if order.qty:
            self.repo.add(order)
        for fill in made:
            for fn in self.listeners:
                fn(fill)
        self.fills.extend(made)
        return made


def summarize(fills: Sequence[Fill]) -> Tuple[int, Mapping[OrderId, int]]:
    by_order: Dict[OrderId, int] = {}
    for f in fills:
        by_order[f['order']] = by_order.get(f['order'], 0) + f['qty']
    return sum(f['qty'] for f in fills), by_order


def parse(lines: Iterable[str]) -> Iterator[Order]:
    for line in lines:
        side, symbol, qty, price = line.split()
        units, _, cents = price.partition('.')
        yield Order(cast(Side, side), symbol, int(qty), Price(int(units), int(cents or 0)))


book = Book(Repository())
log: List[str] = []
book.subscribe(lambda f: log.append(f"filled {f['qty']} of #{f['order']} at {f['price']}"))
orders = """sell ABC 10 5.25
sell ABC 5 5.10
buy ABC 12 5.20
buy XYZ 3 1.00
sell XYZ 5 0.95
buy ABC 8 5.30""".splitlines()
for o in parse(orders):
    got = book.submit(o)
    print(f"{o!r:42} -> {len(got)} fill(s)")
print("\n".join(log))
total, per = summarize(book.fills)
print(total, per, dict(book.volume))
print(sorted(o.id for o in book.repo), book.find(OrderId(1)), book.find('XYZ'))
print(isinstance(book.find(OrderId(1)), HasKey), isinstance(book.find(OrderId(4)), HasKey), isinstance(Price(1), HasKey))
try:
    Order('buy', 'ABC', 5000, Price(1))
except ValueError as e:
    print("ValueError:", e)

print("-- the annotations, as strings and evaluated")
print(Order.__init__.__annotations__)
hints = get_type_hints(Order.__init__)
print(hints)
print(get_type_hints(Book.submit), get_type_hints(summarize))
print(get_type_hints(Order), get_type_hints(Price), get_type_hints(Fill))
print(get_type_hints(Repository.get), get_type_hints(parse))
print(Repository[OrderId, Order], Listener, Side, V.__bound__)
print(get_type_hints(Book.__init__), get_type_hints(Book.subscribe))
