# subclassing threading.Thread and threading.local, excepthook with a custom exception
import threading
results = []
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"w{n}")
        self.n = n
    def run(self):
        results.append(self.n * self.n)
ws = [Worker(i) for i in range(4)]
for w in ws: w.start()
for w in ws: w.join()
print(sorted(results), ws[0].name, isinstance(ws[0], threading.Thread))
class Local(threading.local):
    def __init__(self):
        self.v = "init"
loc = Local()
def t():
    results.append(loc.v)
    loc.v = "thread"
th = threading.Thread(target=t); th.start(); th.join()
print(loc.v, results[-1])
class Exc(Exception):
    pass
def raiser():
    raise Exc("in thread")
old = threading.excepthook
seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value)))
th = threading.Thread(target=raiser); th.start(); th.join()
threading.excepthook = old
print(seen)
