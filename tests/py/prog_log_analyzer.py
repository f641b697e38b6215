# A log analyzer built from generator pipelines: parse, filter, group,
# percentiles and a histogram report.
from collections import defaultdict, Counter

LOG = """\
2024-03-01 10:00:01 INFO  web1 GET /index.html 200 12ms
2024-03-01 10:00:02 INFO  web2 GET /api/users 200 45ms
2024-03-01 10:00:02 WARN  web1 GET /api/users 429 3ms
2024-03-01 10:00:03 ERROR web2 POST /api/orders 500 120ms
2024-03-01 10:00:04 INFO  web1 GET /static/app.js 304 1ms
garbage line without structure
2024-03-01 10:00:05 INFO  web3 POST /api/orders 201 88ms
2024-03-01 10:00:06 INFO  web2 GET /api/users/42 200 38ms
2024-03-01 10:00:07 ERROR web3 GET /api/reports 503 2500ms
2024-03-01 10:00:08 INFO  web1 GET /index.html 200 9ms
2024-03-01 10:00:09 DEBUG web1 GET /health 200 0ms
2024-03-01 10:00:10 INFO  web2 DELETE /api/users/42 204 15ms
2024-03-01 10:00:11 WARN  web3 GET /api/users 200 950ms
"""


class Entry:
    __slots__ = ("time", "level", "host", "method", "path", "status", "ms")

    def __init__(self, time, level, host, method, path, status, ms):
        self.time, self.level, self.host = time, level, host
        self.method, self.path, self.status, self.ms = method, path, status, ms

    def __repr__(self):
        return f"<{self.level} {self.method} {self.path} {self.status} {self.ms}ms>"


def lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield n, line


def parse(numbered, errors):
    for n, line in numbered:
        parts = line.split()
        try:
            date, time, level, host, method, path, status, ms = parts
            yield Entry(time, level, host, method, path, int(status), int(ms.removesuffix("ms")))
        except ValueError as e:
            errors.append((n, str(e)))


def where(entries, pred):
    return (e for e in entries if pred(e))


def percentile(sorted_values, p):
    if not sorted_values:
        raise ValueError("no data")
    k = (len(sorted_values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


errors = []
entries = list(where(parse(lines(LOG), errors), lambda e: e.level != "DEBUG"))
print(len(entries), "entries;", "parse errors:", errors)
print(entries[:3])
by_level = Counter(e.level for e in entries)
print("levels:", sorted(by_level.items()))
status_classes = Counter(f"{e.status // 100}xx" for e in entries)
print("status:", dict(sorted(status_classes.items())))

per_host = defaultdict(list)
for e in entries:
    per_host[e.host].append(e.ms)
print(f"{'host':<6}{'n':>3}{'min':>6}{'p50':>8}{'p90':>9}{'max':>7}")
for host, values in sorted(per_host.items()):
    v = sorted(values)
    print(f"{host:<6}{len(v):>3}{v[0]:>6}{percentile(v, 50):>8.1f}{percentile(v, 90):>9.1f}{v[-1]:>7}")

endpoints = defaultdict(lambda: {"count": 0, "errors": 0, "total_ms": 0})
for e in entries:
    key = (e.method, "/".join(e.path.split("/")[:3]))
    stats = endpoints[key]
    stats["count"] += 1
    stats["errors"] += e.status >= 500
    stats["total_ms"] += e.ms
for (method, path), s in sorted(endpoints.items(), key=lambda kv: (-kv[1]["count"], kv[0])):
    print(f"{method:<7}{path:<14} count={s['count']} errors={s['errors']} avg={s['total_ms'] / s['count']:.1f}ms")

slow = sorted(where(entries, lambda e: e.ms > 100), key=lambda e: -e.ms)
print("slow:", [(e.time, e.path, e.ms) for e in slow])
buckets = [0, 10, 50, 100, 1000, float("inf")]
hist = Counter()
for e in entries:
    for lo, hi in zip(buckets, buckets[1:]):
        if lo <= e.ms < hi:
            hist[(lo, hi)] += 1
for (lo, hi), n in sorted(hist.items()):
    label = f"{lo}-{hi}ms" if hi != float("inf") else f">={lo}ms"
    print(f"{label:>12} | {'*' * n} {n}")
first_error = next(where(entries, lambda e: e.level == "ERROR"), None)
print("first error:", first_error, "| any 404:", any(e.status == 404 for e in entries),
      "| all timed:", all(e.ms >= 0 for e in entries))
try:
    percentile([], 50)
except ValueError as e:
    print("ValueError:", e)
