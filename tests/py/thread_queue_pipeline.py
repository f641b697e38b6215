# Producer/consumer through queue.Queue; output sorted so it is timing-free.
import queue
import threading

q = queue.Queue(maxsize=4)
out = queue.Queue()

def producer(base):
    for i in range(10):
        q.put(base + i)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 2)
        q.task_done()

producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
q.join()
for t in consumers:
    t.join()
items = []
while not out.empty():
    items.append(out.get_nowait())
print(len(items), sorted(items)[:5], sorted(items)[-3:])

try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
full = queue.Queue(1)
full.put(1)
try:
    full.put(2, block=False)
except queue.Full:
    print("Full")
print(full.full(), full.qsize())

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(5)])
print([pq.get() for _ in range(5)])
sq = queue.SimpleQueue()
sq.put("a")
sq.put("b")
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
