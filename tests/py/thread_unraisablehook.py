# An exception escaping a _thread thread is reported through
# sys.unraisablehook (err_msg "Exception ignored in thread started by",
# object the function), and by default without its chain.
import _thread
import sys

seen = []
reported = _thread.allocate_lock()
reported.acquire()


def hook(u):
    seen.append((u.err_msg, u.exc_type.__name__, str(u.exc_value), u.object.__name__,
                 u.exc_traceback is not None))
    reported.release()


def raw():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("raw thread")


sys.unraisablehook = hook
_thread.start_new_thread(raw, ())
reported.acquire()
print(seen)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        if "".join(self.parts).endswith("raw thread\n"):
            reported.release()

    def flush(self):
        pass


cap = Capture()
real = sys.stderr
sys.stderr = cap
sys.unraisablehook = sys.__unraisablehook__
_thread.start_new_thread(raw, ())
reported.acquire()
sys.stderr = real
text = "".join(cap.parts)
first, _, rest = text.partition("\n")
print(first.split(" at 0x")[0])
print(rest, end="")
