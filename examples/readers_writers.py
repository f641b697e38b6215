"""Readers and writers: many readers at once, or one writer alone.

A small reader-writer lock built from a `threading.Condition`: readers
share the data, a writer waits until no reader is inside and keeps new
readers out while it writes. The writer updates two fields that must
always agree; the readers check that they never see a half-done update.

Run it:  gilt examples/readers_writers.py   (or python3, to compare)
Lines starting with "~" depend on timing and differ from run to run.
"""
import threading
import time


class ReadWriteLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writing = False
        self.max_readers = 0

    def acquire_read(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
            self.max_readers = max(self.max_readers, self._readers)

    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    def acquire_write(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True

    def release_write(self):
        with self._cond:
            self._writing = False
            self._cond.notify_all()


rw = ReadWriteLock()
record = {"version": 0, "checksum": 0}
torn_reads = []
reads = [0]
reads_lock = threading.Lock()


def reader():
    for _ in range(20):
        rw.acquire_read()
        try:
            v = record["version"]
            time.sleep(0.0005)  # reading takes a while: other readers overlap
            if record["checksum"] != v * 7:
                torn_reads.append(v)
        finally:
            rw.release_read()
        with reads_lock:
            reads[0] += 1


def writer(times):
    for _ in range(times):
        rw.acquire_write()
        try:
            v = record["version"] + 1
            record["version"] = v
            time.sleep(0.0005)  # a reader now would see a half-done update
            record["checksum"] = v * 7
        finally:
            rw.release_write()


threads = [threading.Thread(target=reader) for _ in range(4)]
threads += [threading.Thread(target=writer, args=(10,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("reads:", reads[0], "writes:", record["version"])
print("final record:", record)
print("torn reads seen:", len(torn_reads))
print("~ most readers inside at once:", rw.max_readers)
