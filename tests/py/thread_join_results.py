# Threads compute results; join makes them visible; names follow 3.11.
import threading

results = {}

def square(i):
    results[i] = i * i

threads = [threading.Thread(target=square, args=(i,)) for i in range(8)]
print([t.name for t in threads[:3]])
print(threads[0].is_alive(), threads[0].ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(all(not t.is_alive() for t in threads))
print(all(isinstance(t.ident, int) for t in threads))
print(threading.active_count(), threading.current_thread().name)
print(threading.main_thread() is threading.current_thread())


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


w = Worker(100)
w.start()
w.join()
print(w.name, w.total, w.is_alive())

t = threading.Thread(target=lambda: None, name="named", daemon=True)
print(t.name, t.daemon)
t.start()
t.join(5)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
kw = {}
t = threading.Thread(target=lambda a, b=0: kw.update(a=a, b=b), args=(1,), kwargs={"b": 2})
t.start()
t.join()
print(sorted(kw.items()))
