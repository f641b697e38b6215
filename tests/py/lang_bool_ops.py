# and/or/not return operands, short-circuit, truthiness of builtins
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or None, "a" and "b" and "c")
print(not 0, not [], not [0], not "", not " ", not None, not 0.0)
def t(x):
    print("t", x)
    return x
print(t(0) and t(1), t(1) or t(2))
print(t([]) or t({}) or t("last"))
x = None
print(x is None and "none" or "something")
print([] == False, bool([]) == False, 0 == False, 1 == True, True + True)
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(range(0)), bool(range(1)), bool(b""), bool(bytearray(1)))
print(True is True, (not True) is False, type(not 1).__name__)
print(sum([True, True, False]), True * 3, -True, ~True)
print(isinstance(True, int), True == 1, hash(True) == hash(1), {1: "int", True: "bool"})
print(str(True), repr(False), int(True), float(True), f"{True:d}", f"{True}")
