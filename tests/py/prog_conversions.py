# Roman numerals and arbitrary base conversion.

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in values:
            raise ValueError(f"invalid roman digit {ch!r}")
        v = values[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError("base must be in 2..36")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def from_base(s, base):
    s = s.strip().lower()
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    n = 0
    for ch in s:
        d = DIGITS.find(ch)
        if d < 0 or d >= base:
            raise ValueError(f"invalid digit {ch!r} for base {base}")
        n = n * base + d
    return -n if neg else n


def fraction_to_base(x, base, places=10):
    out = []
    for _ in range(places):
        x *= base
        d = int(x)
        out.append(DIGITS[d])
        x -= d
        if x == 0:
            break
    return "0." + "".join(out)


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
for bad in [0, 4000, 2.5, True, "X"]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ["IIII", "IC", "MMXA", "xiv"]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print("ValueError", e)

for n in [0, 255, -255, 2 ** 64, 123456789]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row, [from_base(s, b) for s, b in zip(row, (2, 8, 16, 36))] == [n] * 4)
    assert row[0] == (bin(n)[2:] if n >= 0 else "-" + bin(n)[3:])
    assert row[2] == format(n, "x")
print(int("ff", 16), int("0b1011", 0), int("0o777", 0), int(" -zz ", 36), int("1_000", 10))
for s, b in [("12", 2), ("g", 16), ("", 10)]:
    try:
        print(from_base(s, b))
    except ValueError as e:
        print("ValueError", e)
    try:
        int(s, b)
    except ValueError as e:
        print("int:", e)
print(fraction_to_base(0.625, 2), fraction_to_base(0.1, 3, 8), fraction_to_base(0.5, 16))
print(format(3735928559, "#010x"), format(10, "b").zfill(8), f"{-42:o}", oct(-8), hex(-255))
print(float.hex(0.5), (0.1).hex(), float.fromhex("0x1.8p1"), (10.5).as_integer_ratio())
print(ord("A"), chr(0x263A), [hex(b) for b in "héllo".encode()], bytes.fromhex("68 69").decode())


def hex_round_trip(values):
    for x in values:
        h = x.hex()
        back = float.fromhex(h)
        print(f"{x!r:>24} {h:>24} {back == x}")


hex_round_trip([1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123456.789])
for s in ["0x1.8p1", " -0X.8P+2 ", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x3p-1076",
          "inf", "1p-1075", "0x1.fffffffffffff8p1023", "0xg", "0x1p"]:
    try:
        print(s.strip(), "->", repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(s.strip(), "->", type(e).__name__, e)
