# A shopping cart with a discount rules engine: rules as callables and
# classes, __call__, sorting by priority, and receipt formatting.


class Product:
    def __init__(self, sku, name, price_cents, category):
        self.sku, self.name, self.price, self.category = sku, name, price_cents, category


CATALOG = {p.sku: p for p in [
    Product("APL", "Apple", 45, "fruit"),
    Product("BAN", "Banana", 25, "fruit"),
    Product("MLK", "Milk 1L", 129, "dairy"),
    Product("CHS", "Cheddar", 499, "dairy"),
    Product("BRD", "Sourdough", 375, "bakery"),
    Product("WIN", "Red wine", 1299, "alcohol"),
]}


def money(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


class Rule:
    priority = 50

    def __call__(self, cart):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}(priority={self.priority})"


class BuyXGetY(Rule):
    priority = 10

    def __init__(self, sku, x, y):
        self.sku, self.x, self.y = sku, x, y

    def __call__(self, cart):
        qty = cart.items.get(self.sku, 0)
        free = qty // (self.x + self.y) * self.y
        if free:
            yield f"{self.x}+{self.y} {CATALOG[self.sku].name}", -free * CATALOG[self.sku].price


class CategoryPercent(Rule):
    priority = 20

    def __init__(self, category, pct):
        self.category, self.pct = category, pct

    def __call__(self, cart):
        total = sum(CATALOG[s].price * q for s, q in cart.items.items() if CATALOG[s].category == self.category)
        if total:
            yield f"{self.pct}% off {self.category}", -(total * self.pct // 100)


class Threshold(Rule):
    priority = 90

    def __init__(self, minimum, off):
        self.minimum, self.off = minimum, off

    def __call__(self, cart):
        if cart.subtotal_after_rules >= self.minimum:
            yield f"spend {money(self.minimum)} save {money(self.off)}", -self.off


def bundle(skus, price):
    def rule(cart):
        n = min(cart.items.get(s, 0) for s in skus)
        if n:
            normal = sum(CATALOG[s].price for s in skus)
            yield f"bundle {'+'.join(skus)} x{n}", -(normal - price) * n
    rule.priority = 15
    return rule


class Cart:
    def __init__(self, rules):
        self.items = {}
        self.rules = sorted(rules, key=lambda r: r.priority)
        self.subtotal_after_rules = 0

    def add(self, sku, qty=1):
        if sku not in CATALOG:
            raise KeyError(f"unknown product {sku}")
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.items[sku] = self.items.get(sku, 0) + qty
        return self

    def remove(self, sku, qty=1):
        have = self.items.get(sku, 0)
        if qty > have:
            raise ValueError(f"cannot remove {qty} {sku}, only {have} in cart")
        if qty == have:
            del self.items[sku]
        else:
            self.items[sku] = have - qty

    def receipt(self):
        lines = []
        subtotal = 0
        for sku in sorted(self.items, key=lambda s: CATALOG[s].name):
            p, q = CATALOG[sku], self.items[sku]
            subtotal += p.price * q
            lines.append(f"{p.name:<12}{q:>3} x {money(p.price):>6} {money(p.price * q):>8}")
        self.subtotal_after_rules = subtotal
        discounts = []
        for rule in self.rules:
            for label, amount in rule(self):
                discounts.append((label, amount))
                self.subtotal_after_rules += amount
        lines.append(f"{'subtotal':<25}{money(subtotal):>8}")
        for label, amount in discounts:
            lines.append(f"  {label:<23}{money(amount):>8}")
        total = self.subtotal_after_rules
        tax = (total * 8 + 50) // 100
        lines.append(f"{'tax 8%':<25}{money(tax):>8}")
        lines.append(f"{'TOTAL':<25}{money(total + tax):>8}")
        return "\n".join(lines)


rules = [Threshold(2000, 250), CategoryPercent("dairy", 10), BuyXGetY("APL", 3, 1), bundle(["BRD", "CHS"], 750)]
cart = Cart(rules)
print([getattr(r, "__name__", repr(r)) for r in cart.rules])
cart.add("APL", 9).add("BAN", 2).add("MLK").add("CHS").add("BRD").add("WIN")
print(cart.receipt())
cart.remove("WIN")
cart.remove("APL", 5)
print(cart.receipt())
for action in [lambda: cart.add("XXX"), lambda: cart.add("APL", 0), lambda: cart.remove("BAN", 5)]:
    try:
        action()
    except (KeyError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    Rule()(cart)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(Cart([]).receipt())
