# An uncaught exception in a thread prints "Exception in thread ..." with a
# traceback on stderr (checked through a stderr stand-in to avoid paths), and
# the program goes on; SystemExit in a thread is silent.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def boom():
    raise ValueError("boom")


def leave():
    sys.exit(3)


cap = Capture()
old = sys.stderr
sys.stderr = cap
t = threading.Thread(target=boom)
t.start()
t.join()
t = threading.Thread(target=leave)
t.start()
t.join()
sys.stderr = old
text = "".join(cap.parts)
lines = text.splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print("still running", threading.active_count())
