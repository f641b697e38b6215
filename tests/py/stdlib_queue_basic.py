import queue
q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.get_nowait(), q.qsize())
lq = queue.LifoQueue(); [lq.put(c) for c in "abc"]; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue(); [pq.put(x) for x in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]]; print([pq.get() for _ in range(4)])
sq = queue.SimpleQueue(); sq.put(1); sq.put_nowait(2); print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
bq = queue.Queue(maxsize=2); bq.put(1); bq.put(2); print(bq.full(), bq.maxsize)
try:
    bq.put(3, block=False)
except queue.Full:
    print("Full raised", type(queue.Full()).__name__)
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
e = queue.Queue()
try:
    e.get_nowait()
except queue.Empty as ex:
    print("Empty raised", repr(ex))
try:
    e.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    e.get(timeout=-1)
except ValueError as ex:
    print("ValueError", ex)
try:
    e.task_done()
except ValueError as ex:
    print("ValueError", ex)
t = queue.Queue(); t.put("job"); t.get(); t.task_done(); t.join(); print("joined", t.unfinished_tasks)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), queue.Queue(0).full(), queue.Queue(-1).full())
