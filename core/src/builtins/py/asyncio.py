'''asyncio: Gilt's own compact implementation, matching CPython 3.11's
observable behaviour: an event loop with a FIFO ready queue and a timer
heap, futures, tasks, gather/wait_for/sleep/run, and the locks and queues.
A task takes its first step on the loop iteration after it is created.'''

import time as _time
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop

__all__ = ['run', 'sleep', 'gather', 'create_task', 'ensure_future', 'wait_for',
           'get_event_loop', 'get_running_loop', 'new_event_loop', 'set_event_loop',
           'current_task', 'all_tasks', 'iscoroutine', 'iscoroutinefunction', 'isfuture',
           'Future', 'Task', 'Queue', 'PriorityQueue', 'LifoQueue', 'Event', 'Lock',
           'Semaphore', 'BoundedSemaphore', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'QueueEmpty', 'QueueFull', 'AbstractEventLoop']


class CancelledError(BaseException):
    '''The Future or Task was cancelled.'''


class InvalidStateError(Exception):
    '''The operation is not allowed in this state.'''


class QueueEmpty(Exception):
    '''Raised when Queue.get_nowait() is called on an empty Queue.'''


class QueueFull(Exception):
    '''Raised when Queue.put_nowait() is called on a full Queue.'''


CancelledError.__module__ = 'asyncio.exceptions'
InvalidStateError.__module__ = 'asyncio.exceptions'
QueueEmpty.__module__ = 'asyncio.queues'
QueueFull.__module__ = 'asyncio.queues'
TimeoutError = TimeoutError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


async def _probe():
    pass


_p = _probe()
_CoroutineType = type(_p)
_p.close()
del _p


def iscoroutine(obj):
    '''True for a coroutine object.'''
    return type(obj) is _CoroutineType


def iscoroutinefunction(func):
    '''True for an `async def` function.'''
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    '''True for a Future-like object.'''
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


_state = {'running': None, 'loop': None}
_current_tasks = {}


class Handle:
    '''A callback scheduled on the loop.'''

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True
        self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            self._loop.call_exception_handler(
                {'message': 'Exception in callback', 'exception': exc, 'handle': self})


class TimerHandle(Handle):
    '''A callback scheduled for a time.'''

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    '''The event loop interface.'''


class _EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _deque()
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._running = False
        self._closed = False
        self._tasks = []
        self._exception_handler = None

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self)
        self._seq += 1
        _heappush(self._scheduled, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        task = Task(coro, loop=self, name=name)
        self._tasks.append(task)
        return task

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled = []

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def default_exception_handler(self, context):
        import sys
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        if exc is not None:
            message = message + '\n' + type(exc).__name__ + ': ' + str(exc)
        sys.stderr.write(message + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _state['running'] is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        _state['running'] = self
        self._running = True
        try:
            stop = False
            while not stop:
                self._run_once()
                stop = self._stopping
        finally:
            _state['running'] = None
            self._running = self._stopping = False

    def run_until_complete(self, future):
        self._check_closed()
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def _run_once(self):
        sched = self._scheduled
        while sched and sched[0][2]._cancelled:
            _heappop(sched)
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = sched[0][0] - self.time()
            if timeout < 0:
                timeout = 0
        else:
            # Nothing can ever wake this loop (no I/O sources here).
            raise RuntimeError('event loop has nothing to run (deadlock)')
        if timeout > 0:
            _time.sleep(timeout)
        end_time = self.time() + 1e-09
        while sched:
            when, _, h = sched[0]
            if when >= end_time:
                break
            _heappop(sched)
            if not h._cancelled:
                self._ready.append(h)
        ready = self._ready
        for _ in range(len(ready)):
            h = ready.popleft()
            if not h._cancelled:
                h._run()
        h = None


def _run_until_complete_cb(fut):
    fut._loop.stop()


def new_event_loop():
    '''A new event loop.'''
    return _EventLoop()


def set_event_loop(loop):
    '''Sets the current event loop.'''
    _state['loop'] = loop


def get_running_loop():
    '''The running event loop (RuntimeError when none).'''
    loop = _state['running']
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _state['running']


def get_event_loop():
    '''The running loop, else the current loop (created when missing).'''
    loop = _state['running']
    if loop is not None:
        return loop
    if _state['loop'] is None:
        _state['loop'] = new_event_loop()
    return _state['loop']


class Future:
    '''A result that will be available later.'''

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._state.lower())

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_message = msg
        self._state = _CANCELLED
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = list(self._callbacks)
        del self._callbacks[:]
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        filtered = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class Task(Future):
    '''A coroutine scheduled on the event loop.'''

    _counter = [0]

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        Task._counter[0] += 1
        self._coro = coro
        self._name = str('Task-%d' % Task._counter[0] if name is None else name)
        self._waiting_on = None       # the future the coroutine is parked on
        self._cancel_pending = False  # cancel() arrived while nothing was awaited
        self._cancel_count = 0
        self._loop.call_soon(self._step)

    def __repr__(self):
        return '<Task %s name=%r>' % (self._state.lower(), self._name)

    def set_name(self, value):
        self._name = str(value)

    def get_name(self):
        return self._name

    def get_coro(self):
        return self._coro

    def cancelling(self):
        return self._cancel_count

    def uncancel(self):
        self._cancel_count = max(0, self._cancel_count - 1)
        return self._cancel_count

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_count += 1
        inner = self._waiting_on
        if inner is None or not inner.cancel(msg=msg):
            # Deliver it on the next step instead.
            self._cancel_message = msg
            self._cancel_pending = True
        return True

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._cancel_pending:
            self._cancel_pending = False
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
        self._waiting_on = None
        key = id(self._loop)
        _current_tasks[key] = self
        try:
            self._advance(exc)
        finally:
            _current_tasks.pop(key, None)

    def _advance(self, exc):
        '''Resumes the coroutine once and records what came of it.'''
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._cancel_pending:
                self._cancel_pending = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except CancelledError as err:
            super().cancel(msg=err.args[0] if err.args else None)
        except BaseException as err:
            super().set_exception(err)
            if isinstance(err, (KeyboardInterrupt, SystemExit)):
                raise
        else:
            self._park(yielded)

    def _park(self, fut):
        '''Handles a value the coroutine yielded: normally a Future to wait on.'''
        if fut is None:
            # A bare yield (sleep(0)): just run again on the next iteration.
            self._loop.call_soon(self._step)
            return
        flag = getattr(fut, '_asyncio_future_blocking', None)
        if flag is None:
            problem = 'Task got bad yield: %r' % (fut,)
        elif fut._loop is not self._loop:
            problem = 'Task %r got Future %r attached to a different loop' % (self, fut)
        elif not flag:
            problem = 'yield was used instead of yield from in task %r with %r' % (self, fut)
        elif fut is self:
            problem = 'Task cannot await on itself: %r' % (self,)
        else:
            fut._asyncio_future_blocking = False
            fut.add_done_callback(self._wakeup)
            self._waiting_on = fut
            if self._cancel_pending and fut.cancel(msg=self._cancel_message):
                self._cancel_pending = False
            return
        self._loop.call_soon(self._step, RuntimeError(problem))

    def _wakeup(self, fut):
        try:
            fut.result()
        except BaseException as err:
            return self._step(err)
        self._step()


def current_task(loop=None):
    '''The task running now (None outside a task).'''
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(id(loop))


def all_tasks(loop=None):
    '''The set of not-yet-done tasks of a loop.'''
    if loop is None:
        loop = get_running_loop()
    loop._tasks = [t for t in loop._tasks if not t.done()]
    return set(loop._tasks)


def create_task(coro, *, name=None, context=None):
    '''Schedules a coroutine as a Task on the running loop.'''
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    '''Wraps a coroutine or awaitable in a Task (futures as they are).'''
    obj = coro_or_future
    if isfuture(obj):
        return obj
    if not iscoroutine(obj):
        if not hasattr(type(obj), '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _await_it(obj)
    return (get_event_loop() if loop is None else loop).create_task(obj)


async def _await_it(awaitable):
    return await awaitable


class _YieldOnce:
    '''Awaiting it gives the loop one turn (what sleep(0) does).'''

    def __await__(self):
        yield


def _resolve(fut, value):
    # Timer callback of sleep(): the sleeper may have been cancelled meanwhile.
    if not fut.cancelled():
        fut.set_result(value)


async def sleep(delay, result=None):
    '''Coroutine that completes after a given time (in seconds).'''
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, _resolve, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


class _GatheringFuture(Future):
    '''What gather() returns; cancelling it cancels every child.'''

    def __init__(self, children, *, loop):
        self._cancel_requested = False
        self._children = children
        Future.__init__(self, loop=loop)

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = False
        for child in self._children:
            hit = child.cancel(msg=msg) or hit
        if hit:
            self._cancel_requested = True
        return hit


def _outcome(fut):
    '''A finished child's entry in gather()'s result list.'''
    if fut.cancelled():
        msg = fut._cancel_message
        return CancelledError('' if msg is None else msg)
    err = fut.exception()
    return fut.result() if err is None else err


class _Gathering:
    '''Bookkeeping shared by the done-callbacks of gather()'s children.'''

    def __init__(self, return_exceptions):
        self.keep_errors = return_exceptions
        self.children = []
        self.left = 0
        self.outer = None

    def child_done(self, child):
        self.left -= 1
        outer = self.outer
        if outer is None or outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not self.keep_errors:
            err = child._make_cancelled_error() if child.cancelled() else child.exception()
            if err is not None:
                outer.set_exception(err)
                return
        if self.left > 0:
            return
        results = [_outcome(c) for c in self.children]
        if outer._cancel_requested:
            outer.set_exception(child._make_cancelled_error())
        else:
            outer.set_result(results)


def gather(*coros_or_futures, return_exceptions=False):
    '''Runs awaitables concurrently; a future of their results in order.'''
    if not coros_or_futures:
        empty = get_event_loop().create_future()
        empty.set_result([])
        return empty
    book = _Gathering(return_exceptions)
    by_id = {}
    loop = None
    for arg in coros_or_futures:
        fut = by_id.get(id(arg))
        if fut is None:
            # The same awaitable passed twice runs once.
            fut = by_id[id(arg)] = ensure_future(arg, loop=loop)
            loop = loop or fut._loop
            book.left += 1
            fut.add_done_callback(book.child_done)
        book.children.append(fut)
    book.outer = _GatheringFuture(book.children, loop=loop)
    return book.outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    '''Cancels `fut` and waits until it has really finished.'''
    gone = loop.create_future()
    notify = lambda _: _release_waiter(gone)
    fut.add_done_callback(notify)
    try:
        fut.cancel()
        await gone
    finally:
        fut.remove_done_callback(notify)


def _result_or_timeout(fut):
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


async def wait_for(fut, timeout):
    '''Waits for an awaitable, cancelling it after `timeout` seconds.'''
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if not fut.done():
            await _cancel_and_wait(fut, loop)
            return _result_or_timeout(fut)
        return fut.result()
    wake = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, wake)
    notify = lambda _: _release_waiter(wake)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(notify)
    try:
        try:
            await wake
        except CancelledError:
            # We were cancelled ourselves: take `fut` down with us unless it made it.
            if not fut.done():
                fut.remove_done_callback(notify)
                await _cancel_and_wait(fut, loop)
                raise
        else:
            if not fut.done():
                # The timer fired first.
                fut.remove_done_callback(notify)
                await _cancel_and_wait(fut, loop)
                return _result_or_timeout(fut)
        return fut.result()
    finally:
        timer.cancel()


def _cancel_leftovers(loop):
    '''Cancels the tasks main() left behind and lets them wind down.'''
    leftovers = all_tasks(loop)
    if leftovers:
        for task in leftovers:
            task.cancel()
        loop.run_until_complete(gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        err = None if task.cancelled() else task.exception()
        if err is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': err, 'task': task})


def _dispose_loop(loop):
    try:
        _cancel_leftovers(loop)
        for finisher in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
            loop.run_until_complete(finisher())
    finally:
        set_event_loop(None)
        loop.close()


def run(main, *, debug=None):
    '''Runs a coroutine on a new event loop and returns its result.'''
    if _state['running'] is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        _dispose_loop(loop)


class _LoopBound:
    '''Base of the primitives: bound to the first loop that uses them.'''

    _loop = None
    _waiters = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise RuntimeError('%r is bound to a different event loop' % (self,))
        return loop

    def _has_live_waiters(self):
        return any(not w.cancelled() for w in self._waiters or ())

    async def _queue_on(self, fut):
        '''Waits on `fut` while it sits in the waiter line.'''
        if self._waiters is None:
            self._waiters = _deque()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBound):
    '''A mutual exclusion lock for tasks.'''

    def __init__(self):
        self._locked = False

    def locked(self):
        return self._locked

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    async def acquire(self):
        if self._locked or self._has_live_waiters():
            try:
                await self._queue_on(self._get_loop().create_future())
            except CancelledError:
                # Do not strand the next in line if the lock is free.
                if not self._locked:
                    self._wake_up_first()
                raise
        self._locked = True
        return True

    def _wake_up_first(self):
        head = self._waiters[0] if self._waiters else None
        if head is not None and not head.done():
            head.set_result(True)


class Event(_LoopBound):
    '''A flag tasks can wait for.'''

    def __init__(self):
        self._value = False

    def is_set(self):
        return self._value

    def clear(self):
        self._value = False

    def set(self):
        if self._value:
            return
        self._value = True
        for fut in self._waiters or ():
            if not fut.done():
                fut.set_result(True)

    async def wait(self):
        if not self._value:
            await self._queue_on(self._get_loop().create_future())
        return True


class Semaphore(_ContextManagerMixin, _LoopBound):
    '''A counter of available slots for tasks.'''

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value

    def locked(self):
        return self._value == 0 or self._has_live_waiters()

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        ticket = self._get_loop().create_future()
        try:
            await self._queue_on(ticket)
        except CancelledError:
            if ticket.done() and not ticket.cancelled():
                # A slot was handed to us just before the cancellation: pass it on.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Hands one slot to the oldest waiter still pending.
        for fut in self._waiters or ():
            if not fut.done():
                fut.set_result(True)
                self._value -= 1
                return True
        return False


class BoundedSemaphore(Semaphore):
    '''A Semaphore that refuses to be released above its initial value.'''

    def __init__(self, value=1):
        self._limit = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value < self._limit:
            return Semaphore.release(self)
        raise ValueError('BoundedSemaphore released too many times')


def _wake_one(line):
    '''Resolves the oldest still-pending future in `line`.'''
    while line:
        fut = line.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue(_LoopBound):
    '''A FIFO queue for tasks.'''

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._init(maxsize)
        self._getters = _deque()   # tasks waiting for an item
        self._putters = _deque()   # tasks waiting for room
        self._unfinished_tasks = 0
        self._all_done = Event()
        self._all_done.set()

    # Storage hooks, overridden by the LIFO and priority variants.
    def _init(self, maxsize):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def _wait_turn(self, line, blocked):
        '''Parks the caller in `line` for as long as `blocked()` holds.'''
        while blocked():
            fut = self._get_loop().create_future()
            line.append(fut)
            try:
                await fut
            except BaseException:
                fut.cancel()
                if fut in line:
                    line.remove(fut)
                # Woken but leaving anyway: give the turn to the next one.
                if not fut.cancelled() and not blocked():
                    _wake_one(line)
                raise

    async def put(self, item):
        await self._wait_turn(self._putters, self.full)
        return self.put_nowait(item)

    async def get(self):
        await self._wait_turn(self._getters, self.empty)
        return self.get_nowait()

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        _wake_one(self._getters)
        self._unfinished_tasks += 1
        self._all_done.clear()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_one(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._all_done.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._all_done.wait()


class PriorityQueue(Queue):
    '''A queue retrieving the lowest entry first.'''

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return _heappop(self._queue)

    def _put(self, item):
        _heappush(self._queue, item)


class LifoQueue(Queue):
    '''A queue retrieving the most recent entry first (a list used as a stack).'''

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()
