# PEP 585 aliases with type variables: __parameters__ and substitution
# (list[T][int]), with CPython's errors.
from typing import TypeVar, ParamSpec
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
print(list[T].__parameters__, dict[K, V].__parameters__, dict[str, list[T]].__parameters__)
print(list[T][int], dict[K, V][str, int], dict[str, list[T]][float], dict[K, list[K]][bytes])
Pair = tuple[T, T]
print(Pair[int], Pair.__parameters__, tuple[T, ...][str])
print(list[int].__parameters__)
for bad in [lambda: list[int][str], lambda: list[T][int, str], lambda: dict[K, V][int]]:
    try: bad()
    except TypeError as e: print('TypeError:', e)
print(list[T][int] == list[int], type(list[T][int]))
