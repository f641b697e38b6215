# A spreadsheet with formulas, dependency tracking, recalculation and
# cycle detection.

class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.evaluating = []

    def set(self, ref, value):
        self.raw[ref.upper()] = value
        self.cache.clear()

    def get(self, ref):
        ref = ref.upper()
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            path = self.evaluating[self.evaluating.index(ref):] + [ref]
            raise CycleError(" -> ".join(path))
        self.evaluating.append(ref)
        try:
            value = self._eval(self.raw.get(ref, ""))
        finally:
            self.evaluating.pop()
        self.cache[ref] = value
        return value

    def _eval(self, raw):
        if isinstance(raw, (int, float)):
            return raw
        if raw == "":
            return 0
        if not raw.startswith("="):
            try:
                return float(raw) if "." in raw else int(raw)
            except ValueError:
                return raw
        return self._expr(raw[1:].replace(" ", ""))

    def _expr(self, text):
        depth = 0
        for i in range(len(text) - 1, -1, -1):
            ch = text[i]
            if ch == ")":
                depth += 1
            elif ch == "(":
                depth -= 1
            elif depth == 0 and ch in "+-" and i > 0:
                left, right = self._expr(text[:i]), self._expr(text[i + 1:])
                return left + right if ch == "+" else left - right
        for i in range(len(text) - 1, -1, -1):
            ch = text[i]
            if ch == ")":
                depth += 1
            elif ch == "(":
                depth -= 1
            elif depth == 0 and ch in "*/":
                left, right = self._expr(text[:i]), self._expr(text[i + 1:])
                return left * right if ch == "*" else left / right
        if text.startswith("(") and text.endswith(")"):
            return self._expr(text[1:-1])
        if text.startswith("-"):
            return -self._expr(text[1:])
        name, paren, rest = text.partition("(")
        if paren:
            args = self._range(rest[:-1])
            funcs = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda v: sum(v) / len(v),
                     "COUNT": len}
            if name not in funcs:
                raise NameError(f"unknown function {name}")
            return funcs[name](args)
        if text[0].isalpha():
            v = self.get(text)
            if isinstance(v, str):
                raise TypeError(f"cell {text} is text: {v!r}")
            return v
        return float(text) if "." in text else int(text)

    def _range(self, spec):
        if ":" not in spec:
            return [self.get(spec)]
        a, b = spec.split(":")
        col1, row1 = a[0], int(a[1:])
        col2, row2 = b[0], int(b[1:])
        return [self.get(f"{chr(c)}{r}") for c in range(ord(col1), ord(col2) + 1) for r in range(row1, row2 + 1)]

    def show(self, cols, rows):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self.get(f"{c}{r}")
                    cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
                except (CycleError, NameError, TypeError, ZeroDivisionError) as e:
                    cells.append(f"{'#' + type(e).__name__[:5].upper():>10}")
            print(f"{r:>3} " + "".join(cells))


s = Sheet()
data = {
    "A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
    "A2": "apple", "B2": "3", "C2": "0.5", "D2": "=B2*C2",
    "A3": "pear", "B3": "4", "C3": "0.75", "D3": "=B3*C3",
    "A4": "melon", "B4": "1", "C4": "3.2", "D4": "=B4*C4",
    "A5": "sum", "B5": "=SUM(B2:B4)", "C5": "=AVG(C2:C4)", "D5": "=SUM(D2:D4)",
    "A6": "calc", "B6": "=(B5 - 2) * (B2 + 1) / 4", "C6": "=MAX(B2:D4)", "D6": "=-D5 + 10",
}
for k, v in data.items():
    s.set(k, v)
s.show("ABCD", range(1, 7))
s.set("B2", 10)
print("after B2=10:", s.get("D2"), s.get("D5"), s.get("B6"))
s.set("A7", "=B7 + 1")
s.set("B7", "=C7 * 2")
s.set("C7", "=A7")
s.set("D7", "=A2 + 1")
s.set("A8", "=FOO(A1)")
s.set("B8", "=1/0")
s.set("C8", "=COUNT(A2:A5)")
s.set("D8", "=MIN(C2:C4) - 0.5")
s.show("ABCD", range(7, 9))
try:
    s.get("A7")
except CycleError as e:
    print("CycleError:", e)
print(sorted(s.cache.items())[:5])
