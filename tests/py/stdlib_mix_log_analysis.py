from collections import Counter, defaultdict, deque
from itertools import groupby, islice, accumulate, chain
from string import Template
import heapq, json, io
log = io.StringIO("""2024-01-01 10:00:01 INFO  web   GET /index 200 12ms
2024-01-01 10:00:02 WARN  web   GET /slow 200 950ms
2024-01-01 10:00:02 ERROR db    query failed timeout
2024-01-01 10:01:10 INFO  web   POST /login 302 40ms
2024-01-01 10:01:11 INFO  web   GET /index 200 10ms
2024-01-01 10:02:00 ERROR web   GET /crash 500 5ms
2024-01-01 10:02:30 INFO  auth  token refreshed
2024-01-01 10:03:00 WARN  db    slow query 1200ms
""")
entries = []
for line in log:
    date, time, level, svc, *rest = line.split()
    entries.append({"t": time, "level": level, "svc": svc, "msg": " ".join(rest)})
print(len(entries), Counter(e["level"] for e in entries), Counter(e["svc"] for e in entries).most_common(1))
per_min = [(k, len(list(g))) for k, g in groupby(entries, key=lambda e: e["t"][:5])]; print(per_min, list(accumulate(c for _, c in per_min)))
errs = defaultdict(list)
for e in entries:
    if e["level"] in ("ERROR", "WARN"):
        errs[e["svc"]].append(e["msg"])
print(json.dumps(errs, sort_keys=True))
def ms(e):
    last = e["msg"].split()[-1]
    return int(last[:-2]) if last.endswith("ms") else 0
print([e["msg"] for e in heapq.nlargest(2, entries, key=ms)], sum(map(ms, entries)))
recent = deque(maxlen=3)
for e in entries:
    recent.append(e["level"][0])
print("".join(recent), list(islice(chain.from_iterable(e["msg"].split()[:1] for e in entries), 4)))
t = Template("[$level] $svc: $msg")
for e in entries[:3]:
    print(t.substitute(e))
print(Template("$n errors in ${svc}s").safe_substitute(n=len(errs["db"]), svc="db"), Template("$missing").safe_substitute())
paths = Counter(e["msg"].split()[1] for e in entries if e["svc"] == "web"); print(sorted(paths.items()), paths.total())
