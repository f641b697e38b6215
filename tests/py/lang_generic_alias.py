# PEP 585 generic aliases (list[int] ...), __mro_entries__, types names
y: list[int] = [5]
print(__annotations__)
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__, type(list[int]).__module__)
print(list[int]([1, 2]), list[int].__origin__, dict[str, list[int]].__args__, list[int] == list[int])
def f(a: dict[str, int]) -> set[int]:
    pass
print(f.__annotations__)
import types
print(types.SimpleNamespace(a=1, b=2), types.FunctionType, type(f) is types.FunctionType)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
class L(list[int]):
    pass
print(L.__mro__)
print(tuple[()], type[int])
print(L.__orig_bases__, L([1, 2]) + [3])
print(hash(list[int]) == hash(list[int]), list[int] != list[str], {dict[str, int]: 1}[dict[str, int]])
class Wrapper:
    def __mro_entries__(self, bases):
        return (dict,)
class FromWrapper(Wrapper()):
    pass
print(FromWrapper.__bases__, FromWrapper(a=1))
ns = types.SimpleNamespace(x=1)
ns.y = 2
print(ns, ns == types.SimpleNamespace(x=1, y=2), vars(ns))
print(types.NoneType, types.ModuleType, isinstance(types, types.ModuleType))
def g():
    yield
print(isinstance(g(), types.GeneratorType), types.BuiltinFunctionType, types.LambdaType is types.FunctionType)
import collections
print(collections.deque[int], collections.OrderedDict[str, int], collections.Counter[str], collections.defaultdict[str, list[int]], collections.ChainMap[str, int])
print(collections.deque[int]([1, 2]))
