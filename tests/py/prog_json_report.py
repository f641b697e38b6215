# Build a nested data structure, round-trip it through json, and print a report.
import json

orders = [
    {"id": 1, "customer": "Ada", "items": [{"sku": "A1", "qty": 2, "price": 9.5}, {"sku": "B2", "qty": 1, "price": 20}]},
    {"id": 2, "customer": "Bo", "items": [{"sku": "A1", "qty": 1, "price": 9.5}], "note": "gift \u2603"},
    {"id": 3, "customer": "Ada", "items": [], "paid": False},
    {"id": 4, "customer": "Cy", "items": [{"sku": "C3", "qty": 10, "price": 1.25}], "paid": True, "tags": None},
]

text = json.dumps(orders)
print(len(text), text[:80])
back = json.loads(text)
print(back == orders, type(back[0]["items"][0]["price"]).__name__, back[1]["note"])

pretty = json.dumps(orders[0], indent=2, sort_keys=True)
print(pretty)
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, separators=(",", ":"), sort_keys=True))
print(json.dumps("snow \u2603 \"quoted\" \\ tab\t"), json.dumps("snow \u2603", ensure_ascii=False))
print(json.dumps([1.0, 0.1, 1e20, -0.0, 3, True, None]))

totals = {}
sku_count = {}
for order in back:
    total = 0
    for item in order["items"]:
        total += item["qty"] * item["price"]
        sku_count[item["sku"]] = sku_count.get(item["sku"], 0) + item["qty"]
    totals[order["customer"]] = totals.get(order["customer"], 0) + total

print(f"{'customer':<10}|{'total':>10}")
print("-" * 21)
for name, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:<10}|{total:>10.2f}")
print("skus:", json.dumps(sku_count, sort_keys=True))

for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"abc', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, "|", e.msg, "|", e.pos)
    except ValueError as e:
        print("ValueError", e)

try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode(o):
    if isinstance(o, Money):
        return {"__money__": o.cents}
    raise TypeError(f"not serializable: {type(o).__name__}")


def decode(d):
    if "__money__" in d:
        return Money(d["__money__"])
    return d


s = json.dumps({"price": Money(1999), "list": [Money(5)]}, default=encode, sort_keys=True)
print(s)
obj = json.loads(s, object_hook=decode)
print(type(obj["price"]).__name__, obj["price"].cents, obj["list"][0].cents)
print(json.loads('{"x": 1, "x": 2}'), json.loads("[1e3, -2, 3.5E-1]"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
