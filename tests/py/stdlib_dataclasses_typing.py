# dataclasses with typing: ClassVar (as an object and as a string) is not a
# field, typing's objects show without "typing." in the class docstring.
import typing
from typing import ClassVar, Any, Optional, List, Dict
from dataclasses import dataclass, field, fields, InitVar, make_dataclass, asdict


@dataclass
class Registry:
    name: str
    count: ClassVar[int] = 0
    kind: typing.ClassVar[str] = 'registry'
    bare: ClassVar = 'bare'
    quoted: 'ClassVar[int]' = 5
    dotted: 'typing.ClassVar[int]' = 6
    parent: Optional['Registry'] = None
    items: List[int] = field(default_factory=list)
    extra: Dict[str, Any] = field(default_factory=dict)
    seed: InitVar[Optional[int]] = None

    def __post_init__(self, seed):
        Registry.count += 1
        if seed is not None:
            self.items.append(seed)


r = Registry('root')
child = Registry('child', r, seed=7)
print(r, Registry.count, Registry.kind, Registry.bare, Registry.quoted, Registry.dotted)
print(child.items, child.parent.name)
print([f.name for f in fields(Registry)], Registry.__match_args__)
print(sorted((n, repr(f._field_type)) for n, f in Registry.__dataclass_fields__.items()))
print(Registry.__doc__)
print(asdict(child))
print(InitVar[List[int]], InitVar[Optional[str]])
M = make_dataclass('M', ['x', ('y', 'typing.Any'), ('z', Optional[int], None)])
print(M(1, 2), M.__doc__)
try:
    @dataclass
    class Bad:
        shared: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Mutable:
    table: ClassVar[dict] = {}
    rows: ClassVar[List[int]] = []


print(Mutable(), Mutable.table, Mutable.rows, fields(Mutable))
