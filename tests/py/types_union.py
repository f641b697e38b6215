# `X | Y` on types (PEP 604): types.UnionType, its repr, equality, hashing,
# flattening, isinstance/issubclass, annotations, and the errors.
import types


class Point:
    pass


u = int | str
print(u, type(u), type(u) is types.UnionType, u.__args__, u.__parameters__)
print(int | None, None | int, (int | None).__args__)
print(int | int, (int | int) is int, int | str | int, (int | str) | (str | float))
print(int | str == str | int, int | str == int | float, hash(int | str) == hash(str | int))
print(Point | None, list[int] | None, dict[str, list[int]] | Point | None)
print(len({int | str, str | int, int | float}))

for v in (3, "x", 2.5, None, True, [1]):
    print(repr(v), isinstance(v, int | str), isinstance(v, int | None), isinstance(v, (float, int | str)))
print(issubclass(bool, int | float), issubclass(str, int | float), issubclass(type(None), int | None))


def f(x: int | None = None, *ys: str | bytes) -> list[int] | None:
    return x


print(f(3), f.__annotations__)


class M(type):
    pass


class WithMeta(metaclass=M):
    pass


print(WithMeta | int, int | WithMeta)

for expr in ("int | 3", "3 | int", "int | 'str'", "isinstance(1, list[int] | None)",
             "issubclass(1, int | str)", "types.UnionType()"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(f"{expr}: TypeError: {e}")
