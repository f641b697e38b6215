# A worker pool with threading and queue: deterministic results despite
# concurrent execution (locks, per-job results, join, exceptions in jobs).
import threading
import queue


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()
        self.ops = 0

    def apply(self, delta):
        with self.lock:
            if self.balance + delta < 0:
                raise ValueError(f"overdraft by {-(self.balance + delta)}")
            self.balance += delta
            self.ops += 1


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def worker(jobs, results, errors):
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            return
        jid, func, arg = job
        try:
            results[jid] = func(arg)
        except Exception as e:
            errors[jid] = f"{type(e).__name__}: {e}"
        finally:
            jobs.task_done()


jobs = queue.Queue()
results, errors = {}, {}
threads = [threading.Thread(target=worker, args=(jobs, results, errors), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for jid, n in enumerate([27, 97, 871, 6171, 1, 0, 77031, 9]):
    jobs.put((jid, collatz_len if n else (lambda x: 1 // x), n))
jobs.join()
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
print(sorted(results.items()))
print(errors)
print([t.is_alive() for t in threads], sorted(t.name for t in threads))

acct = Account(100)
counter_lock = threading.Lock()
failures = []


def spender(deltas):
    for d in deltas:
        try:
            acct.apply(d)
        except ValueError as e:
            with counter_lock:
                failures.append(str(e))


plans = [[+5] * 50, [-1] * 100, [+2, -1] * 25, [+3] * 10]
ts = [threading.Thread(target=spender, args=(p,)) for p in plans]
for t in ts:
    t.start()
for t in ts:
    t.join()
expected = 100 + sum(d for p in plans for d in p)
print("ops", acct.ops, "failures", failures, "balance", acct.balance, acct.balance == expected)
spender([-10 ** 6])
print(failures)

shared = []
cond = threading.Condition()
ready = []


def producer():
    for i in range(5):
        with cond:
            ready.append(i)
            cond.notify()


def consumer():
    got = []
    while len(got) < 5:
        with cond:
            while not ready:
                cond.wait()
            got.append(ready.pop(0))
    shared.extend(got)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(sorted(shared))

local = threading.local()
seen = {}


def use_local(name):
    local.name = name
    seen[name] = local.name


ts = [threading.Thread(target=use_local, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), hasattr(local, "name"))
event = threading.Event()
print(event.is_set(), event.wait(0.01), threading.current_thread().name, threading.active_count())
