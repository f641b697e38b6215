o = object()
print(o.__eq__(o), o.__eq__(1), o.__ne__(o), o.__ne__(1), object.__eq__(o, o))
print(o.__lt__(o), o.__le__(1), o.__gt__(o), o.__ge__(o), object.__lt__(o, 1))
print(o == o, o != o, o == object(), (o == 1), object.__hash__(o) == hash(o), o.__class__.__name__, type(o.__eq__(1)).__name__)
print(o.__ne__(o) is False, o.__ne__(object()) is True)
class C:
    pass
c = C()
print(c.__eq__(c), c.__eq__(C()), c.__lt__(c), c == c, c != C(), C.__eq__ is object.__eq__)
class E:
    def __eq__(self, other):
        return "custom"
e = E()
print(e == 1, e != 1, e.__ne__(1), object.__ne__(e, 1), 1 == e)
for op in ["<", "<=", ">", ">="]:
    try:
        eval("o " + op + " o")
    except TypeError as ex:
        print(type(ex).__name__, ex)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, int.__eq__(1, "a"), str.__lt__("a", 1), float.__gt__(1.0, "x"), list.__eq__([], ()))
print(tuple.__eq__((), []), dict.__eq__({}, []), set.__le__(set(), []), bytes.__eq__(b"", ""), (5).__lt__(6.0), (5).__eq__(5.0))
