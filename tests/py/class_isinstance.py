class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, B)), issubclass(A, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance('s', str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(type(b) is B, type(b) == A, type(A).__name__, type(type).__name__)
print(isinstance(A, type), isinstance(int, type), issubclass(bool, int))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
