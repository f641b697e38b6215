# Python threads on harts 1-3 of the QEMU RISC-V virt board, under the GIL.
#
# Three threads do CPU-bound work and add their results to shared state under
# a threading.Lock. The main thread (hart 0) checks the totals, reports which
# hart each thread ran on (_thread.get_native_id() is the hart id) and how
# often the GIL moved from one thread to another (consecutive updates by
# different threads). A wrong total raises, which exits QEMU non-zero.
import _thread
import sys
import threading

N_THREADS = 3
ROUNDS = 60
SPAN = 400

lock = threading.Lock()
go = threading.Event()
total = 0
updates = {}
order = []
harts = {}


def chunk(seed):
    acc = 0
    for i in range(SPAN):
        acc += (i * i + seed) % 7
    return acc


def work(idx):
    global total
    harts[idx] = _thread.get_native_id()
    go.wait()
    for r in range(ROUNDS):
        acc = chunk(r)
        with lock:
            total += acc
            updates[idx] = updates.get(idx, 0) + 1
            order.append(idx)


print("main thread on hart", _thread.get_native_id())
print("switch interval:", sys.getswitchinterval())
threads = [threading.Thread(target=work, args=(i,)) for i in range(N_THREADS)]
for t in threads:
    t.start()

# Every hart but hart 0 is busy now (the workers wait for `go`): one more
# thread cannot start, and says so as CPython does.
spare = threading.Thread(target=lambda: None)
try:
    spare.start()
except RuntimeError as e:
    print("extra thread:", type(e).__name__ + ":", e)
else:
    spare.join()
    print("extra thread: started (this host has more cores than the board)")

go.set()
for t in threads:
    t.join()

for i in range(N_THREADS):
    print("thread", i, "ran on hart", harts[i], "with", updates[i], "updates")
switches = sum(1 for a, b in zip(order, order[1:]) if a != b)
print("GIL switches between threads:", switches)
expected = N_THREADS * sum(chunk(r) for r in range(ROUNDS))
print("total =", total, "(expected", str(expected) + ")")
print("updates =", len(order), "(expected", str(N_THREADS * ROUNDS) + ")")
if total != expected or len(order) != N_THREADS * ROUNDS:
    raise AssertionError("wrong totals")
if len(set(harts.values())) != N_THREADS:
    raise AssertionError("threads shared a hart")

# Harts are reused: a joined thread's hart takes the next one.
rounds = 0
for rnd in range(5):
    batch = [threading.Thread(target=chunk, args=(rnd,)) for _ in range(N_THREADS)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
    rounds += 1
print("rounds of", N_THREADS, "short threads:", rounds)
print("threads: OK")
