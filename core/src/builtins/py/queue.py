"""queue: synchronised FIFO, LIFO and priority queues for passing work
between threads (Gilt's own implementation, matching CPython 3.11's
observable behaviour)."""

import threading
from time import monotonic as _now
from heapq import heappush as _heappush, heappop as _heappop
from types import GenericAlias as _GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_BAD_TIMEOUT = "'timeout' must be a non-negative number"


class Empty(Exception):
    """Raised by a non-blocking or timed get() when nothing arrives."""


class Full(Exception):
    """Raised by a non-blocking or timed put() on a full bounded queue."""


class _Fifo:
    """A list with a moving head, so that popleft() is amortised O(1)."""

    def __init__(self):
        self._items = []
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        items, head = self._items, self._head
        if head >= len(items):
            raise IndexError('pop from an empty deque')
        item, items[head] = items[head], None
        head += 1
        if head > 32 and 2 * head > len(items):
            del items[:head]        # drop the consumed prefix now and then
            head = 0
        self._head = head
        return item

    def __len__(self):
        return len(self._items) - self._head


def _await(condition, ready, block, timeout, failure):
    """With condition's lock held, wait until ready() is true. Without
    blocking, or once timeout seconds have passed, raise failure instead."""
    if ready():
        if block and timeout is not None and timeout < 0:
            raise ValueError(_BAD_TIMEOUT)
        return
    if not block:
        raise failure
    if timeout is None:
        while not ready():
            condition.wait()
        return
    if timeout < 0:
        raise ValueError(_BAD_TIMEOUT)
    deadline = _now() + timeout
    while not ready():
        left = deadline - _now()
        if left <= 0:
            raise failure
        condition.wait(left)


class Queue:
    """A FIFO queue safe to share between threads. maxsize <= 0 means
    unbounded. Subclasses change the order by overriding _init, _qsize,
    _put and _get, which run with the lock held."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock shared by three conditions.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    # -- the storage hooks
    def _init(self, maxsize):
        self.queue = _Fifo()

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _qsize(self):
        return len(self.queue)

    # -- the public interface
    def qsize(self):
        """How many items the queue holds (only a hint under threads)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True when the queue holds nothing (only a hint under threads)."""
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        """True when a bounded queue is at capacity (only a hint)."""
        with self.mutex:
            return self.maxsize > 0 and self._qsize() >= self.maxsize

    def _has_room(self):
        return self._qsize() < self.maxsize

    def _has_items(self):
        return self._qsize() > 0

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room if bounded (see get() for block and
        timeout); Full if there is still no room."""
        with self.not_full:
            if self.maxsize > 0:
                _await(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.not_empty.notify()
            self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return the next item. With block false, raise Empty at
        once when there is none; else wait, at most timeout seconds if given."""
        with self.not_empty:
            _await(self.not_empty, self._has_items, block, timeout, Empty)
            self.not_full.notify()     # the lock is held until we return
            return self._get()

    def put_nowait(self, item):
        """put(item) without waiting."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get() without waiting."""
        return self.get(block=False)

    def task_done(self):
        """Tell the queue one fetched item is fully processed."""
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if not self.unfinished_tasks:
                self.all_tasks_done.notify_all()

    def join(self):
        """Wait until every item put has been marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()


class LifoQueue(Queue):
    """A Queue handing out the newest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A Queue handing out the smallest item first (entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self):
        self._queue = _Fifo()
        self._count = threading.Semaphore(0)   # one token per stored item

    def put(self, item, block=True, timeout=None):
        """Add item; never blocks (block and timeout are accepted and ignored)."""
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item; see Queue.get()."""
        if timeout is not None and timeout < 0:
            raise ValueError(_BAD_TIMEOUT)
        if self._count.acquire(block, timeout):
            return self._queue.popleft()
        raise Empty

    def put_nowait(self, item):
        """put(item) without waiting."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get() without waiting."""
        return self.get(False)

    def empty(self):
        """True when the queue holds nothing."""
        return not len(self._queue)

    def qsize(self):
        """How many items the queue holds."""
        return len(self._queue)
