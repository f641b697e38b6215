# Uncaught exceptions in threads: threading.excepthook's default output
# (through a stderr stand-in, with the frames inside threading.py itself
# left out, since their paths and lines are the implementation's), custom
# hooks, a failing hook, SystemExit, and _thread.start_new_thread.
import sys
import threading
import _thread


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def take(self):
        text = "".join(self.parts)
        self.parts = []
        return text


def user_lines(text):
    out = []
    skipping = False
    for line in text.splitlines():
        if skipping and line.startswith("    "):
            continue
        skipping = False
        if line.startswith("  File ") and "threading" in line:
            skipping = True
            continue
        out.append(line)
    return out


def show(text):
    for line in user_lines(text):
        print("|", line)


cap = Capture()
real_stderr = sys.stderr
sys.stderr = cap


def divide(a, b):
    return a / b


def average(xs):
    return divide(sum(xs), len(xs))


def boom():
    average([])


t = threading.Thread(target=boom)
t.start()
t.join()
show(cap.take())


class Job(threading.Thread):
    def run(self):
        try:
            {}["key"]
        except KeyError as e:
            raise RuntimeError("job failed") from e


j = Job(name="job-1")
j.start()
j.join()
show(cap.take())


def context():
    try:
        [][1]
    except IndexError:
        raise ValueError("while handling")


t = threading.Thread(target=context, name="ctx")
t.start()
t.join()
show(cap.take())

t = threading.Thread(target=sys.exit, args=(4,))
t.start()
t.join()
print("SystemExit printed nothing:", cap.take() == "")

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 type(args.exc_traceback).__name__))


threading.excepthook = hook
t = threading.Thread(target=boom, name="hooked")
t.start()
t.join()
print(seen)
print("nothing on stderr:", cap.take() == "")


def bad_hook(args):
    raise TypeError("the hook itself failed")


threading.excepthook = bad_hook
t = threading.Thread(target=boom, name="bad")
t.start()
t.join()
show(cap.take())

threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)

done = _thread.allocate_lock()
done.acquire()


def raw():
    try:
        raise LookupError("raw thread")
    finally:
        done.release()


_thread.start_new_thread(raw, ())
done.acquire()
t = threading.Thread(target=lambda: None)
t.start()
t.join()  # the raw thread has finished reporting by now
text = cap.take()
first, _, rest = text.partition("\n")
print("|", first.split(" at 0x")[0])
show(rest)

sys.stderr = real_stderr
print("program continues", threading.active_count())
