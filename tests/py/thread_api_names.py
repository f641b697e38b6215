# Every _thread / threading / queue / time name issue 4 lists exists, with
# CPython's values and argument checking where they are deterministic.
import _thread
import queue
import threading
import time

names = {
    _thread: ["start_new_thread", "allocate_lock", "LockType", "RLock", "get_ident",
              "get_native_id", "exit", "stack_size", "TIMEOUT_MAX", "interrupt_main",
              "error"],
    threading: ["Thread", "Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore",
                "Event", "Barrier", "BrokenBarrierError", "Timer", "local",
                "current_thread", "main_thread", "enumerate", "active_count",
                "get_ident", "get_native_id", "excepthook", "__excepthook__",
                "ExceptHookArgs", "TIMEOUT_MAX", "ThreadError", "stack_size",
                "settrace", "setprofile", "gettrace", "getprofile"],
    queue: ["Queue", "LifoQueue", "PriorityQueue", "SimpleQueue", "Empty", "Full"],
    time: ["sleep", "time", "time_ns", "monotonic", "monotonic_ns", "perf_counter",
           "perf_counter_ns", "thread_time", "thread_time_ns", "process_time",
           "process_time_ns"],
}
for mod, ns in names.items():
    print(mod.__name__, "missing:", [n for n in ns if not hasattr(mod, n)])

print(_thread.TIMEOUT_MAX, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(type(_thread.get_ident()), type(_thread.get_native_id()),
      threading.get_ident() == _thread.get_ident())
print(threading.stack_size is _thread.stack_size or
      threading.stack_size() == 0)

# stack_size: returns the old size; no argument means 0.
print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(),
      _thread.stack_size(0))
for bad in (100, -5, 32767, 1.5, "x"):
    try:
        _thread.stack_size(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = threading.Thread(target=lambda: None)
_thread.stack_size(65536)
t.start()
t.join()
print("thread with a stack size set ran", _thread.stack_size(0))

# interrupt_main: KeyboardInterrupt in the main thread, at its next check.
done = _thread.allocate_lock()
done.acquire()


def interrupter():
    _thread.interrupt_main()
    done.release()


try:
    _thread.start_new_thread(interrupter, ())
    while True:
        pass
except KeyboardInterrupt as e:
    print("KeyboardInterrupt in the main thread", repr(e))
done.acquire()
try:
    _thread.interrupt_main()
    for _ in range(1000000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("interrupted itself")
_thread.interrupt_main(15)  # no Python handler: ignored
for _ in range(1000):
    pass
print("signal 15 ignored")
for bad in (0, 65, -1):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError:", e)

# _thread.exit ends the thread quietly, like SystemExit.
out = []


def leave():
    out.append("before")
    _thread.exit()
    out.append("after")


t = threading.Thread(target=leave)
t.start()
t.join()
print(out)

# start_new_thread argument checks.
for args in [(1, ()), (print, [1]), (print, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

# Lock acquire arguments.
lk = _thread.allocate_lock()
for kw in [dict(blocking=False, timeout=1), dict(timeout=-2),
           dict(timeout=_thread.TIMEOUT_MAX * 2)]:
    try:
        lk.acquire(**kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(lk.acquire(timeout=0), lk.acquire(timeout=0), lk.locked())
lk.release()
print(lk.acquire(True, 0.001), lk.acquire(True, 0.001))
lk.release()

# time: clocks are numbers of the right kind and move forward.
a, b = time.monotonic(), time.monotonic()
print(b >= a, type(time.monotonic_ns()), type(time.perf_counter()),
      type(time.thread_time()), type(time.process_time_ns()))
t0 = time.thread_time()
n = 0
for i in range(200000):
    n += i
print("thread_time advances with work:", time.thread_time() > t0)
t0 = time.thread_time()
time.sleep(0.05)
print("thread_time does not count sleep:", time.thread_time() - t0 < 0.04)
for bad in (-1, float("nan"), "1"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
time.sleep(0)
time.sleep(False)
print("done")
