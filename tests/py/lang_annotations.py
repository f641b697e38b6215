# variable annotations in modules, classes and functions
x: int = 5
y: str
print(__annotations__)
class C:
    a: int
    b: str = "default"
    c: "list[int]" = []
print(C.__annotations__, C.b, hasattr(C, "a"))
def f():
    local: int = 1
    unassigned: str
    return local
print(f(), f.__annotations__)
def g(p: int, *, q: "forward" = None) -> "Ret":
    pass
print(g.__annotations__)
try:
    y
except NameError as e:
    print(type(e).__name__, e)
class D:
    d: int
    def m(self) -> None:
        self.attr: int = 3
        return self.attr
print(D().m(), D.__annotations__)
obj = D()
obj.z: float = 1.5
print(obj.z)
lst = [0]
lst[0]: int = 9
print(lst)
