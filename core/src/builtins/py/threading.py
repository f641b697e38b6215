"""Gilt's own implementation of the threading module, matching CPython
3.11's observable behaviour. Locks and the waiter queue behind Condition
are native (_thread); everything else is plain Python on top of them."""

import sys as _sys
import _thread
from time import monotonic as _clock

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'excepthook',
           'ExceptHookArgs', 'local', 'get_native_id', 'stack_size',
           'setprofile', 'settrace', 'gettrace', 'getprofile']

# Re-exported straight from _thread.
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock

# ---------------------------------------------------------------------------
# Profile and trace hooks: remembered only (Gilt has no such hooks yet).

_hooks = {"profile": None, "trace": None}


def setprofile(func):
    """Remember a profile function for threads started from here."""
    _hooks["profile"] = func


def getprofile():
    """The function given to setprofile(), or None."""
    return _hooks["profile"]


def settrace(func):
    """Remember a trace function for threads started from here."""
    _hooks["trace"] = func


def gettrace():
    """The function given to settrace(), or None."""
    return _hooks["trace"]


def RLock(*args, **kwargs):
    """A reentrant lock: the owning thread may acquire it repeatedly."""
    return _thread.RLock(*args, **kwargs)


def _describe(obj, detail):
    """'<module.Class at 0x...: detail>', the repr of the simple primitives."""
    kind = type(obj)
    return f"<{kind.__module__}.{kind.__qualname__} at {id(obj):#x}: {detail}>"


# ---------------------------------------------------------------------------
# Condition variables.

class Condition:
    """A lock plus a FIFO queue of threads waiting to be notified."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        # An RLock knows its owner and recursion depth; prefer its versions.
        for hook in ("_is_owned", "_release_save", "_acquire_restore"):
            if hasattr(self._lock, hook):
                setattr(self, hook, getattr(self._lock, hook))
        self._waiters = _thread._CondQueue()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # Fallbacks for locks that do not track an owner.
    def _is_owned(self):
        probe = self._lock.acquire(False)
        if probe:
            self._lock.release()
        return not probe

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, _unused):
        self._lock.acquire()

    def _check_owned(self, verb):
        if not self._is_owned():
            raise RuntimeError(f"cannot {verb} on un-acquired lock")

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or timed out, re-acquire.
        True unless the timeout expired."""
        self._check_owned("wait")
        if timeout is not None and not (timeout > 0):
            timeout = 0
        # The native queue calls _release_save once we are queued, then
        # blocks without the GIL.
        notified, state = self._waiters._wait(self._release_save, timeout)
        self._acquire_restore(state)
        return notified

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout runs out; return
        the predicate's last value."""
        deadline = None if timeout is None else _clock() + timeout
        left = timeout               # the first wait gets all of it
        outcome = predicate()
        while not outcome:
            self.wait(left)
            outcome = predicate()
            if deadline is not None:
                left = deadline - _clock()
                if left <= 0:
                    break
        return outcome

    def notify(self, n=1):
        """Wake up to n of the waiting threads, oldest first."""
        self._check_owned("notify")
        queued = len(self._waiters)
        if queued and n > 0:
            self._waiters._notify(min(n, queued))

    def notify_all(self):
        """Wake every waiting thread."""
        self.notify(len(self._waiters))

    notifyAll = notify_all


# ---------------------------------------------------------------------------
# Semaphores, events, barriers.

class Semaphore:
    """A counter that acquire() decrements, blocking while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(Lock())

    def __repr__(self):
        return _describe(self, f"value={self._value}")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            limit = timeout if blocking else 0
            if not self._cond.wait_for(self._available, limit):
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _available(self):
        return self._value > 0

    def _give_back(self, n, ceiling):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if ceiling is not None and self._value + n > ceiling:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)

    def release(self, n=1):
        """Add n to the counter, waking as many waiters."""
        self._give_back(n, None)


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to grow past its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return _describe(self, f"value={self._value}/{self._initial_value}")

    def release(self, n=1):
        self._give_back(n, self._initial_value)


class Event:
    """A boolean flag that threads can wait on."""

    def __init__(self):
        self._flag = False
        self._cond = Condition(Lock())

    def __repr__(self):
        return _describe(self, "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    isSet = is_set

    def _store(self, flag):
        with self._cond:
            self._flag = flag
            if flag:
                self._cond.notify_all()

    def set(self):
        """Set the flag, waking every waiter."""
        self._store(True)

    def clear(self):
        self._store(False)

    def wait(self, timeout=None):
        """Block until the flag is set; return the flag."""
        with self._cond:
            return self._flag or self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# Barrier phases.
_FILLING, _DRAINING, _RESETTING, _BROKEN = "filling", "draining", "resetting", "broken"


class Barrier:
    """Lets a fixed number of threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._count = 0

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads of the previous round must leave first.
            self._cond.wait_for(lambda: self._phase not in (_DRAINING, _RESETTING))
            if self._phase is _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                if not self._count and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._phase is not _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Back to the empty state; current waiters get BrokenBarrierError."""
        with self._cond:
            if not self._count:
                self._phase = _FILLING
            elif self._phase in (_FILLING, _BROKEN):
                self._phase = _RESETTING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future waits fail."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._phase is _FILLING else 0

    @property
    def broken(self):
        return self._phase is _BROKEN


# ---------------------------------------------------------------------------
# Uncaught exceptions in threads.

class ExceptHookArgs:
    """What excepthook receives about an exception that ended a thread."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type, self.exc_value = exc_type, exc_value
        self.exc_traceback, self.thread = exc_traceback, thread

    def __repr__(self):
        fields = ("exc_type", "exc_value", "exc_traceback", "thread")
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"ExceptHookArgs({inner})"


def excepthook(args, /):
    """Default handler: print the thread's name and traceback to stderr
    (SystemExit is silent)."""
    if args.exc_type is SystemExit:
        return
    stream = _sys.stderr
    if stream is None and args.thread is not None:
        stream = getattr(args.thread, "_stderr", None)
    if stream is None:
        return
    who = get_ident() if args.thread is None else args.thread.name
    print(f"Exception in thread {who}:", file=stream, flush=True)
    shown = _sys.stderr
    _sys.stderr = stream
    try:
        _sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    finally:
        _sys.stderr = shown
    stream.flush()


__excepthook__ = excepthook

# ---------------------------------------------------------------------------
# Thread bookkeeping.

_registry_lock = RLock()
_running = {}        # ident -> Thread, for threads that are executing
_starting = {}       # Thread -> Thread, between start() and _bootstrap()
_exit_locks_guard = _thread.allocate_lock()
_exit_locks = set()  # one held lock per live non-daemon thread
_serial = [0]
_serial_lock = _thread.allocate_lock()


def _next_name(template):
    with _serial_lock:
        _serial[0] += 1
        return template % _serial[0]


def _refuse(bad, message):
    if bad:
        raise RuntimeError(message)


class Thread:
    """A thread of control running target(*args, **kwargs), or run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _next_name("Thread-%d")
            label = None if target is None else getattr(target, "__name__", None)
            if label is not None:
                name = f"{name} ({label})"
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = name
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = self._native_id = None
        self._tstate_lock = None     # held while the thread runs
        self._started = Event()
        self._is_stopped = False
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        state = "started" if self._started.is_set() else "initial"
        self.is_alive()              # notices a thread that has just ended
        if self._is_stopped:
            state = "stopped"
        if self._daemonic:
            state += " daemon"
        if self._ident is not None:
            state += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {state})>"

    # -- starting and running -------------------------------------------

    def start(self):
        """Run the thread's activity in a new thread; at most once."""
        _refuse(not self._initialized, "thread.__init__() not called")
        _refuse(self._started.is_set(), "threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                _starting.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        """The thread's activity; by default calls the target."""
        target = self._target
        try:
            if target is not None:
                target(*self._args, **self._kwargs)
        finally:
            # Drop references so the thread does not keep them alive.
            del self._target, self._args, self._kwargs

    def _adopt_current(self):
        """Record the calling OS thread as this Thread's."""
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _running[self._ident] = self

    def _hold_exit_lock(self):
        self._tstate_lock = _thread.allocate_lock()
        self._tstate_lock.acquire()
        if not self._daemonic:
            with _exit_locks_guard:
                _exit_locks.add(self._tstate_lock)

    def _bootstrap(self):
        try:
            self._hold_exit_lock()
            self._adopt_current()
            with _registry_lock:
                _starting.pop(self, None)
            self._started.set()
            try:
                self.run()
            except BaseException:
                self._report_uncaught()
        finally:
            with _registry_lock:
                _running.pop(get_ident(), None)
                if self._tstate_lock is not None:
                    self._tstate_lock.release()

    def _report_uncaught(self):
        info = _sys.exc_info()
        hook = excepthook if excepthook is not None else __excepthook__
        try:
            hook(ExceptHookArgs(info[0], info[1], info[2], self))
        except Exception as failure:
            failure.__suppress_context__ = True
            stream = _sys.stderr if _sys.stderr is not None else self._stderr
            print("Exception in threading.excepthook:", file=stream, flush=True)
            _sys.excepthook(*_sys.exc_info())
        finally:
            info = None

    # -- finishing ------------------------------------------------------

    def _stop(self):
        finished = self._tstate_lock
        self._is_stopped = True
        self._tstate_lock = None
        if finished is not None and not self._daemonic:
            with _exit_locks_guard:
                _exit_locks.discard(finished)

    def _await_exit(self, block=True, timeout=-1):
        """Wait (or just look) for the thread's exit lock to be released."""
        finished = self._tstate_lock
        if finished is None:
            return
        try:
            got = finished.acquire(block, timeout)
        except BaseException:
            if not finished.locked():
                self._stop()
            raise
        if got:
            finished.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread ends or the timeout (seconds) passes."""
        _refuse(not self._initialized, "Thread.__init__() not called")
        _refuse(not self._started.is_set(),
                "cannot join thread before it is started")
        _refuse(self is current_thread(), "cannot join current thread")
        self._await_exit(timeout=-1 if timeout is None else max(timeout, 0))

    def is_alive(self):
        """True from start() until run() returns."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._await_exit(block=False)
        return not self._is_stopped

    # -- properties and old-style accessors -----------------------------

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, value):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(value)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        _refuse(not self._initialized, "Thread.__init__() not called")
        _refuse(self._started.is_set(),
                "cannot set daemon status of active thread")
        self._daemonic = value

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, value):
        self.daemon = value

    def getName(self):
        return self.name

    def setName(self, value):
        self.name = value


class Timer(Thread):
    """Call function(*args, **kwargs) after interval seconds unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started in."""

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._hold_exit_lock()
        self._started.set()
        self._adopt_current()


class _DummyThread(Thread):
    """Stands for a thread not started by this module (always alive)."""

    def __init__(self):
        super().__init__(name=_next_name("Dummy-%d"), daemon=True)
        self._started.set()
        self._adopt_current()

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def _stop(self):
        pass                         # never finishes as far as we know


def current_thread():
    """The Thread object of the caller (a dummy one for foreign threads)."""
    found = _running.get(get_ident())
    return _DummyThread() if found is None else found


currentThread = current_thread


def active_count():
    """How many Thread objects are alive."""
    with _registry_lock:
        return len(_running) + len(_starting)


activeCount = active_count


def enumerate():
    """A list of every alive Thread object."""
    with _registry_lock:
        return [*_running.values(), *_starting.values()]


_main_thread = _MainThread()


def main_thread():
    """The main Thread object."""
    return _main_thread


def _shutdown():
    """Called at interpreter exit: wait for all non-daemon threads."""
    if _main_thread._is_stopped:
        return
    own = _main_thread._tstate_lock
    if own is not None:
        own.release()
        _main_thread._stop()
    while True:
        with _exit_locks_guard:
            pending = list(_exit_locks)
            _exit_locks.clear()
        if not pending:
            return
        for lock in pending:
            lock.acquire()
            lock.release()


# ---------------------------------------------------------------------------
# Thread-local data.

def _local_namespace(obj):
    """obj's attribute dict for the calling thread, made (and __init__
    run with the original arguments) on a thread's first use."""
    args, kwargs, spaces = object.__getattribute__(obj, "_local__state")
    key = get_ident()
    ns = spaces.get(key)
    if ns is None:
        ns = spaces[key] = {}
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *args, **kwargs)
    return ns


class local:
    """Thread-local data: each thread sees its own attributes."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        obj = object.__new__(cls)
        object.__setattr__(obj, "_local__state", (args, kw, {}))
        return obj

    def __getattribute__(self, name):
        if name == "__dict__":
            return _local_namespace(self)
        if name in ("_local__state", "__class__"):
            return object.__getattribute__(self, name)
        ns = _local_namespace(self)
        if name in ns:
            return ns[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        _local_namespace(self)[name] = value

    def __delattr__(self, name):
        ns = _local_namespace(self)
        if name not in ns:
            raise AttributeError(f"{type(self).__name__!r} object has no "
                                 f"attribute {name!r}")
        del ns[name]
