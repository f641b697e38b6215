# A bank of unit-conversion functions with error handling.

class UnitError(Exception):
    pass


class UnknownUnit(UnitError):
    def __init__(self, unit):
        super().__init__(f"unknown unit {unit!r}")
        self.unit = unit


class IncompatibleUnits(UnitError):
    def __init__(self, a, b):
        super().__init__(f"cannot convert {a} to {b}")


LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "lb": 0.45359237, "oz": 0.028349523125}
TIME = {"s": 1, "min": 60, "h": 3600, "day": 86400}
TABLES = {"length": LENGTH, "mass": MASS, "time": TIME}


def dimension(unit):
    for name, table in TABLES.items():
        if unit in table:
            return name
    if unit in ("C", "F", "K"):
        return "temperature"
    raise UnknownUnit(unit)


def to_kelvin(value, unit):
    if unit == "C":
        k = value + 273.15
    elif unit == "F":
        k = (value - 32) * 5 / 9 + 273.15
    else:
        k = value
    if k < 0:
        raise ValueError(f"{value} {unit} is below absolute zero")
    return k


def from_kelvin(k, unit):
    return {"C": lambda: k - 273.15, "F": lambda: (k - 273.15) * 9 / 5 + 32, "K": lambda: k}[unit]()


def convert(value, src, dst):
    if not isinstance(value, (int, float)):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    d1, d2 = dimension(src), dimension(dst)
    if d1 != d2:
        raise IncompatibleUnits(src, dst)
    if d1 == "temperature":
        return from_kelvin(to_kelvin(value, src), dst)
    table = TABLES[d1]
    return value * table[src] / table[dst]


def parse_and_convert(text):
    # "12.5 km to mi"
    try:
        amount, src, word, dst = text.split()
    except ValueError:
        raise UnitError(f"cannot parse {text!r}") from None
    if word != "to":
        raise UnitError(f"expected 'to', got {word!r}")
    try:
        value = float(amount)
    except ValueError as e:
        raise UnitError(f"bad amount {amount!r}") from e
    return convert(value, src, dst)


queries = [
    "12.5 km to mi", "6 ft to cm", "100 C to F", "-40 F to C", "0 K to C",
    "3 lb to kg", "90 min to h", "2 day to s", "5 kg to m", "1 parsec to m",
    "-500 C to K", "ten m to cm", "1 m into cm", "1 m", "16 oz to lb",
]
for q in queries:
    try:
        result = parse_and_convert(q)
        print(f"{q:<16} = {result:.6g}")
    except UnknownUnit as e:
        print(f"{q:<16} ! UnknownUnit({e.unit})")
    except UnitError as e:
        cause = e.__cause__
        extra = f" (caused by {type(cause).__name__}: {cause})" if cause else ""
        print(f"{q:<16} ! {type(e).__name__}: {e}{extra}")
    except ValueError as e:
        print(f"{q:<16} ! ValueError: {e}")

for bad in ["12", None, [1]]:
    try:
        convert(bad, "m", "cm")
    except TypeError as e:
        print("TypeError:", e)

print(round(convert(1, "mi", "km"), 3), convert(1, "h", "s"), round(convert(37, "C", "F"), 1))
table = [(u, round(convert(1, u, "m"), 4)) for u in sorted(LENGTH, key=LENGTH.get)]
print(table)
print(UnknownUnit.__mro__[1].__name__, isinstance(IncompatibleUnits("a", "b"), Exception))
