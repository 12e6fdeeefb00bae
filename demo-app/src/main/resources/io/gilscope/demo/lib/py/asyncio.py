"""asyncio for gilscope's interpreter: CPython's model, in one module.

An event loop runs callbacks on one thread. A Task steps a coroutine: each step runs it to its next
await of a Future, and the Future's completion schedules the next step. The loop waits for timers and
sockets in _asyncio_io.Selector.select, which releases the GIL, so a program waiting on many fetches
holds the GIL only while its callbacks run.

Provided: run, create_task, gather, sleep, wait_for, wait, as_completed, shield, to_thread, TaskGroup,
timeout, Queue, Lock, Event, Semaphore, open_connection and start_server (StreamReader, StreamWriter).
Not provided: subprocesses, UDP, Unix sockets, async generators, contextvars. A TaskGroup whose task fails cancels the others
but lets its body run on to the end of the async with (CPython cancels the body too).
"""

import _asyncio_io
import heapq
import sys
import threading
import time
from collections import deque


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


TimeoutError = TimeoutError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


# ---- the loop a thread runs ------------------------------------------------------------------

_running_loops = {}   # thread ident -> the loop running on it
_event_loops = {}     # thread ident -> the loop set for it


def _get_running_loop():
    return _running_loops.get(threading.get_ident())


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    loop = _event_loops.get(threading.get_ident())
    if loop is None:
        loop = new_event_loop()
        set_event_loop(loop)
    return loop


def set_event_loop(loop):
    if loop is None:
        _event_loops.pop(threading.get_ident(), None)
    else:
        _event_loops[threading.get_ident()] = loop


def new_event_loop():
    return EventLoop()


class Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({'message': f'Exception in callback {self._callback!r}', 'exception': exc})


class TimerHandle(Handle):
    def __init__(self, when, seq, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._seq = seq

    def when(self):
        return self._when

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)


class EventLoop:
    """Ready callbacks run in order; then the loop waits, GIL released, for the next timer or socket."""

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._seq = 0
        self._selector = _asyncio_io.Selector()
        self._tasks = set()
        self._stopping = False
        self._running = False
        self._closed = False
        self._default_executor = None

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        self._seq += 1
        handle = TimerHandle(when, self._seq, callback, args, self)
        heapq.heappush(self._scheduled, handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """The one way in from another thread: the selector queues the handle and wakes the loop."""
        self._check_closed()
        handle = Handle(callback, args, self)
        self._selector.post(handle)
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def run_until_complete(self, future):
        self._check_closed()
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        ident = threading.get_ident()
        self._running = True
        _running_loops[ident] = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            del _running_loops[ident]

    def _run_once(self):
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = max(0, self._scheduled[0]._when - self.time())
        else:
            timeout = None
        for handle in self._selector.select(timeout):
            self._ready.append(handle)
        now = self.time()
        while self._scheduled and self._scheduled[0]._when <= now:
            handle = heapq.heappop(self._scheduled)
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._selector.close()
        executor = self._default_executor
        self._default_executor = None
        if executor is not None:
            executor.shutdown(wait=False)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    async def shutdown_default_executor(self):
        executor = self._default_executor
        self._default_executor = None
        if executor is not None:
            await to_thread(executor.shutdown, wait=True)

    def call_exception_handler(self, context):
        print(context['message'], file=sys.stderr)
        exc = context.get('exception')
        if exc is not None:
            print(f'{type(exc).__name__}: {exc}', file=sys.stderr)

    def _wait_readable(self, conn):
        return self._waiter_for(self._selector.wait_readable, conn)

    def _wait_writable(self, conn):
        return self._waiter_for(self._selector.wait_writable, conn)

    def _waiter_for(self, register, conn):
        """A future done when the selector says conn is ready (register: wait_readable or wait_writable)."""
        waiter = self.create_future()
        register(conn, Handle(_set_result_unless_cancelled, (waiter, None), self))
        return waiter


def _stop_loop(fut):
    fut.get_loop().stop()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


# ---- futures and tasks -----------------------------------------------------------------------

class Future:
    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
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
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return f'<{type(self).__name__} {self._state.lower()}>'


_task_count = 0
_current_tasks = {}   # loop -> the task whose step is running


class Task(Future):
    """Steps a coroutine: each step runs it to its next await of a Future, whose completion wakes it."""

    def __init__(self, coro, *, loop=None, name=None):
        global _task_count
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        _task_count += 1
        self._coro = coro
        self._name = name if name is not None else f'Task-{_task_count}'
        self._fut_waiter = None
        self._must_cancel = False
        self._loop._tasks.add(self)
        self._loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg):
            # the waiter's completion wakes the step, which throws CancelledError into the coroutine
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancel_message = cancelled.args[0] if cancelled.args else None
            Future.cancel(self, self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            self._wait_on(result)
        finally:
            _current_tasks.pop(self._loop, None)
            if self.done():
                self._loop._tasks.discard(self)

    def _wait_on(self, result):
        if isinstance(result, Future):
            if result is self:
                self._loop.call_soon(self._step, RuntimeError(f'Task cannot await on itself: {self!r}'))
                return
            result.add_done_callback(self._wakeup)
            self._fut_waiter = result
            if self._must_cancel and result.cancel(self._cancel_message):
                self._must_cancel = False
        elif result is None:
            self._loop.call_soon(self._step)   # a bare yield: sleep(0)
        else:
            self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def __repr__(self):
        return f'<Task {self._state.lower()} name={self._name!r}>'


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_await_it(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _await_it(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def wrap_future(future, *, loop=None):
    """An asyncio Future that completes, on the loop's thread, when a concurrent.futures one does."""
    if isinstance(future, Future):
        return future
    if loop is None:
        loop = get_event_loop()
    waiter = loop.create_future()
    future.add_done_callback(lambda done: loop.call_soon_threadsafe(_copy_outcome, done, waiter))
    return waiter


def _copy_outcome(source, dest):
    """Completes dest as source completed (unless dest was cancelled meanwhile)."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    elif source.exception() is not None:
        dest.set_exception(source.exception())
    else:
        dest.set_result(source.result())


class _Yield:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    pending = [t for t in loop._tasks if not t.done()]
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))


async def to_thread(func, *args, **kwargs):
    return await get_running_loop().run_in_executor(None, lambda: func(*args, **kwargs))


# ---- waiting on many -------------------------------------------------------------------------

class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    loop = _get_running_loop()
    by_id = {}
    children = []
    for arg in coros_or_futures:
        fut = by_id.get(id(arg))
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            loop = fut.get_loop()
            by_id[id(arg)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    remaining = [len(by_id)]

    def on_child_done(fut):
        remaining[0] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            if fut.exception() is not None:
                outer.set_exception(fut.exception())
                return
        if remaining[0] == 0:
            results = []
            for child in children:
                if child.cancelled():
                    results.append(child._make_cancelled_error())
                elif child.exception() is not None:
                    results.append(child.exception())
                else:
                    results.append(child.result())
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in by_id.values():
        fut.add_done_callback(on_child_done)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut.get_loop().create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(ensure_future(f, loop=loop) for f in fs)
    waiter = loop.create_future()
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            _release_waiter(waiter)

    timeout_handle = loop.call_later(timeout, _release_waiter, waiter) if timeout is not None else None
    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Coroutines to await in turn, each giving the next result to arrive."""
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in set(fs)]
    finished = Queue()
    for f in todo:
        f.add_done_callback(finished.put_nowait)
    deadline = None if timeout is None else loop.time() + timeout

    async def next_done():
        left = None if deadline is None else max(0, deadline - loop.time())
        f = await wait_for(finished.get(), left)
        return f.result()

    for _ in range(len(todo)):
        yield next_done()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()
    inner.add_done_callback(lambda done: _copy_outcome(done, outer))
    return outer


# ---- structured concurrency (3.11) ----------------------------------------------------------

class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...): waits for every task; a failure cancels the
    rest and the body of the async with, and the failures are raised together as an ExceptionGroup.
    The body's cancellation is told from the caller's by a flag (CPython counts cancellations with
    Task.uncancel, which this module does not have)."""

    def __init__(self):
        self._tasks = set()
        self._errors = []
        self._aborting = False
        self._entered = False
        self._exiting = False
        self._all_done = None
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has been already entered" % (self,))
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if not self._aborting and not self._parent_cancel_requested:
            # the body may be awaiting something that will never finish: cancel it too
            self._abort()
            self._parent_cancel_requested = True
            if self._parent_task is not None and not self._parent_task.done():
                self._parent_task.cancel()

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation = None
        if isinstance(exc, CancelledError):
            if self._parent_cancel_requested:
                exc = None   # the group cancelled the body itself
            else:
                propagate_cancellation = exc
        if exc is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as cancelled:
                if not self._aborting:   # the caller cancels us: stop the tasks, and pass it on
                    propagate_cancellation = cancelled
                    self._abort()
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)   # the body's own failure joins the tasks'
        if propagate_cancellation is not None and not self._errors:
            raise propagate_cancellation
        if self._errors:
            errors = self._errors
            self._errors = []
            raise ExceptionGroup('unhandled errors in a TaskGroup', errors)


class Timeout:
    """async with timeout(delay): cancels the task after delay seconds and raises TimeoutError instead."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            loop = get_running_loop()
            self._handle = loop.call_at(when, self._on_timeout) if when > loop.time() else loop.call_soon(self._on_timeout)

    def expired(self):
        return self._expired

    def _on_timeout(self):
        self._expired = True
        self._task.cancel()

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is not None and issubclass(exc_type, CancelledError):
            raise TimeoutError from exc_val
        return None


def timeout(delay):
    """async with timeout(seconds), or None for no limit (3.11)."""
    return Timeout(None if delay is None else get_running_loop().time() + delay)


def timeout_at(when):
    return Timeout(when)


# ---- synchronization: waiters are futures, woken in the order they came ----------------------

class _Acquirable:
    """Lock's and Semaphore's shared part: async with, and waking the first waiter still waiting."""

    def __init__(self):
        self._waiters = deque()

    def _wake_up_first(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_Acquirable):
    def __init__(self):
        super().__init__()
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._wake_up_first()   # it had the lock handed over: pass it on
            raise
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()



class Event:
    def __init__(self):
        self._value = False
        self._waiters = deque()

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Semaphore(_Acquirable):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        super().__init__()
        self._value = value

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        self._wake_up_first()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = deque()
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    @staticmethod
    def _wakeup_next(waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def _wait_in_line(self, waiters, blocked):
        """Waits until blocked() is false; a waiter cancelled just after being woken passes its turn on."""
        while blocked():
            waiter = get_running_loop().create_future()
            waiters.append(waiter)
            try:
                await waiter
            except BaseException:
                waiter.cancel()
                if waiter in waiters:
                    waiters.remove(waiter)
                if not blocked() and not waiter.cancelled():
                    self._wakeup_next(waiters)
                raise

    async def put(self, item):
        await self._wait_in_line(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        await self._wait_in_line(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.popleft()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


# ---- streams over TCP ------------------------------------------------------------------------

_DEFAULT_LIMIT = 2 ** 16


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    conn = _asyncio_io.connect(host, port)
    while not conn.finish_connect():
        await loop._wait_writable(conn)
    reader = StreamReader(limit=limit, loop=loop)
    reader._conn = conn
    return reader, StreamWriter(conn, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, backlog=100, **kwds):
    """A TCP server: client_connected_cb(reader, writer) for each connection (a coroutine runs as a task)."""
    loop = get_running_loop()
    server = Server(loop, _asyncio_io.listen(host, port or 0, backlog), client_connected_cb, limit)
    server._start()
    return server


class _ListeningSocket:
    def __init__(self, listener):
        self._listener = listener

    def getsockname(self):
        return self._listener.sockname()


class Server:
    """Accepts connections while serving: the loop's selector says when one waits (GIL released)."""

    def __init__(self, loop, listener, client_connected_cb, limit):
        self._loop = loop
        self._listener = listener
        self._client_connected_cb = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serve_forever_fut = None

    @property
    def sockets(self):
        return (_ListeningSocket(self._listener),) if self._serving else ()

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    def _start(self):
        self._serving = True
        self._wait_for_client()

    def _wait_for_client(self):
        self._loop._selector.wait_readable(self._listener, Handle(self._accept, (), self._loop))

    def _accept(self):
        if not self._serving:
            return
        while True:
            conn = self._listener.accept()
            if conn is None:
                break
            reader = StreamReader(limit=self._limit, loop=self._loop)
            reader._conn = conn
            result = self._client_connected_cb(reader, StreamWriter(conn, reader, self._loop))
            if iscoroutine(result):
                self._loop.create_task(result)
        self._wait_for_client()

    async def start_serving(self):
        if not self._serving:
            self._start()

    async def serve_forever(self):
        if self._serve_forever_fut is not None:
            raise RuntimeError('server is already being awaited on serve_forever()')
        self._serve_forever_fut = self._loop.create_future()
        try:
            await self._serve_forever_fut
        finally:
            self.close()
            self._serve_forever_fut = None

    def close(self):
        if not self._serving:
            return
        self._serving = False
        self._loop._selector.close_channel(self._listener)
        if self._serve_forever_fut is not None and not self._serve_forever_fut.done():
            self._serve_forever_fut.cancel()

    async def wait_closed(self):
        return None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class StreamReader:
    """Reads from its connection when its buffer runs short, waiting (GIL released) for data."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        self._limit = limit
        self._loop = loop if loop is not None else get_event_loop()
        self._buffer = b''
        self._eof = False
        self._conn = None
        self._waiter = None

    def feed_data(self, data):
        self._buffer += data
        self._wake()

    def feed_eof(self):
        self._eof = True
        self._wake()

    def _wake(self):
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def at_eof(self):
        return self._eof and not self._buffer

    async def _fill(self):
        """Adds what arrives next to the buffer, or sets end of file."""
        if self._conn is None:
            self._waiter = self._loop.create_future()
            await self._waiter
            return
        while True:
            data = self._conn.recv(self._limit)
            if data is None:
                await self._loop._wait_readable(self._conn)
            elif data:
                self._buffer += data
                return
            else:
                self._eof = True
                return

    async def read(self, n=-1):
        if n == 0:
            return b''
        if n < 0:
            while not self._eof:
                await self._fill()
            data, self._buffer = self._buffer, b''
            return data
        if not self._buffer and not self._eof:
            await self._fill()
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        while len(self._buffer) < n:
            if self._eof:
                partial, self._buffer = self._buffer, b''
                raise IncompleteReadError(partial, n)
            await self._fill()
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def readuntil(self, separator=b'\n'):
        if not separator:
            raise ValueError('Separator should be at least one-byte string')
        while True:
            i = self._buffer.find(separator)
            if i >= 0:
                end = i + len(separator)
                data, self._buffer = self._buffer[:end], self._buffer[end:]
                return data
            if len(self._buffer) > self._limit:
                raise LimitOverrunError('Separator is not found, and chunk exceed the limit', len(self._buffer))
            if self._eof:
                partial, self._buffer = self._buffer, b''
                raise IncompleteReadError(partial, None)
            await self._fill()

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except IncompleteReadError as e:
            return e.partial

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class StreamWriter:
    """Writes what the connection takes now; drain() waits (GIL released) until it has taken the rest."""

    def __init__(self, conn, reader, loop):
        self._conn = conn
        self._reader = reader
        self._loop = loop
        self._pending = b''
        self._closing = False

    @property
    def transport(self):
        return self

    def write(self, data):
        if self._closing:
            raise RuntimeError('write() after close()')
        self._pending += bytes(data)
        self._send_some()

    def writelines(self, data):
        for chunk in data:
            self.write(chunk)

    def _send_some(self):
        if self._pending:
            sent = self._conn.send(self._pending)
            self._pending = self._pending[sent:]

    async def drain(self):
        while self._pending:
            await self._loop._wait_writable(self._conn)
            self._send_some()

    def can_write_eof(self):
        return True

    def write_eof(self):
        self._conn.shutdown_output()

    def get_extra_info(self, name, default=None):
        if name == 'peername':
            return self._conn.peername()
        if name == 'sockname':
            return self._conn.sockname()
        return default

    def is_closing(self):
        return self._closing

    def close(self):
        self._closing = True
        if not self._pending:
            self._conn.close()

    async def wait_closed(self):
        await self.drain()
        self._conn.close()
