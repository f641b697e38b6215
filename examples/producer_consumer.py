"""Producers and consumers around a bounded queue.

Two producers put work items on a `queue.Queue` that holds at most four
items: when it is full, `put` blocks (releasing the GIL) until a consumer
makes room. Three consumers take items, `task_done()` marks each one
processed, and `queue.join()` waits for all of them. A `None` per
consumer tells it to stop.

Run it:  gilt examples/producer_consumer.py   (or python3, to compare)
"""
import queue
import threading

ITEMS_PER_PRODUCER = 10
CONSUMERS = 3

work = queue.Queue(maxsize=4)
done = []
done_lock = threading.Lock()


def producer(name, first):
    for n in range(first, first + ITEMS_PER_PRODUCER):
        work.put((name, n))  # blocks while the queue is full


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        name, n = item
        with done_lock:
            done.append((name, n, n * n))
        work.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
producers = [threading.Thread(target=producer, args=("p1", 0)),
             threading.Thread(target=producer, args=("p2", 100))]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
work.join()  # every item put so far has been processed
print("processed", len(done), "items; queue empty:", work.empty())
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()

by_producer = {}
for name, n, square in done:
    by_producer.setdefault(name, []).append(square)
for name in sorted(by_producer):
    print(name, "squares:", sorted(by_producer[name]))
print("sum of all squares:", sum(sq for _, _, sq in done))
