import json
from collections import defaultdict, Counter, namedtuple, OrderedDict
from functools import reduce, lru_cache, partial
from operator import attrgetter, itemgetter
import heapq, bisect
raw = '''{"items": [
 {"sku": "A1", "name": "bolt", "qty": 120, "price": 0.25, "tags": ["metal", "small"]},
 {"sku": "B7", "name": "nut", "qty": 300, "price": 0.1, "tags": ["metal", "small"]},
 {"sku": "C3", "name": "hammer", "qty": 8, "price": 12.5, "tags": ["tool"]},
 {"sku": "D4", "name": "saw", "qty": 3, "price": 22.0, "tags": ["tool", "sharp"]},
 {"sku": "E5", "name": "glue", "qty": 0, "price": 4.75, "tags": []}
]}'''
Item = namedtuple("Item", "sku name qty price tags")
items = [Item(**d) for d in json.loads(raw)["items"]]
print(items[0], items[0]._asdict()["price"])
value = {i.sku: round(i.qty * i.price, 2) for i in items}
print(value, round(sum(value.values()), 2), reduce(lambda a, i: a + i.qty, items, 0))
by_tag = defaultdict(list)
for i in items:
    for t in i.tags or ["untagged"]:
        by_tag[t].append(i.name)
print(dict(sorted(by_tag.items())))
tag_counts = Counter(t for i in items for t in i.tags); print(tag_counts.most_common(2), tag_counts["none"])
print([i.name for i in sorted(items, key=attrgetter("price"), reverse=True)], heapq.nsmallest(2, items, key=attrgetter("qty"))[1].name)
prices = sorted(i.price for i in items); print(prices, bisect.bisect(prices, 5), prices[bisect.bisect_left(prices, 12.5):])
@lru_cache(maxsize=None)
def reorder_cost(sku, target=50):
    it = next(i for i in items if i.sku == sku)
    return max(0, target - it.qty) * it.price
print([round(reorder_cost(i.sku), 2) for i in items], reorder_cost.cache_info().hits, round(reorder_cost("C3", target=10), 2))
low = partial(filter, lambda i: i.qty < 10); print([i.sku for i in low(items)])
report = OrderedDict((i.sku, {"name": i.name, "value": value[i.sku]}) for i in sorted(items, key=itemgetter(0)))
report.move_to_end("A1"); print(json.dumps(report, indent=1, sort_keys=False))
updated = [i._replace(qty=i.qty + 10) if i.qty == 0 else i for i in items]; print([u.qty for u in updated])
print(json.dumps({"total": sum(i.qty for i in updated), "skus": [i.sku for i in updated]}, separators=(",", ":")))
