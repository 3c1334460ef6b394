"""The parts of threading written in Python: Condition, Semaphore,
BoundedSemaphore, Barrier (and BrokenBarrierError), Timer and local.

The native threading module (runtime/threads) loads this module at the end
of its own initialisation and exports the names in __all__; they are built
on its Lock, RLock, Event, Thread and get_ident, with CPython's semantics.
"""

import threading as _threading
from time import monotonic as _time

__all__ = ["Condition", "Semaphore", "BoundedSemaphore", "Barrier",
           "BrokenBarrierError", "Timer", "local", "_register_atexit",
           "ExceptHookArgs", "excepthook", "__excepthook__"]

_Lock = _threading.Lock
_RLock = _threading.RLock
_get_ident = _threading.get_ident


class Condition:
    """A condition variable: wait() releases the lock until notified."""

    def __init__(self, lock=None):
        if lock is None:
            lock = _RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if hasattr(self._lock, "_release_save"):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, saved):
        if saved is not None:
            self._lock._acquire_restore(saved)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        # A plain lock: owned by someone if it cannot be taken now.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter blocks on a lock of its own that notify() releases.
        waiter = _Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements (blocking at zero) and release()
    increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(_Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return ("<%s.%s at %#x: value=%d>" %
                (cls.__module__, cls.__qualname__, id(self), self._value))

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may not rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return ("<%s.%s at %#x: value=%d/%d>" %
                (cls.__module__, cls.__qualname__, id(self), self._value,
                 self._initial_value))

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait until all of them have called wait()."""

    # _state: 0 filling, 1 draining, -1 resetting, -2 broken.

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(_Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__,
                                               cls.__qualname__, id(self))
        return ("<%s.%s at %#x: waiters=%d/%d>" %
                (cls.__module__, cls.__qualname__, id(self), self.n_waiting,
                 self.parties))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class Timer(_threading.Thread):
    """Calls function(*args, **kwargs) after `interval` seconds unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        _threading.Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = _threading.Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _local:
    """Attributes seen only by the thread that set them (threading.local,
    which CPython calls _thread._local)."""

    def __init__(self, *args, **kw):
        if (args or kw) and (type(self).__init__ is _local.__init__):
            raise TypeError("Initialization arguments are not supported")
        object.__setattr__(self, "_local__dicts", {})

    def _local__dict(self):
        # An ordinary attribute of the instance: found without __getattr__.
        # Idents are reused once a thread ends: the entry remembers its
        # Thread object, so a later thread with the same ident starts empty.
        dicts = self._local__dicts
        key = _get_ident()
        me = _threading.current_thread()
        entry = dicts.get(key)
        if entry is None or entry[0] is not me:
            entry = dicts[key] = (me, {})
        return entry[1]

    def __getattr__(self, name):
        d = _local._local__dict(self)
        if name in d:
            return d[name]
        tname = "_thread._local" if type(self) is _local else type(self).__name__
        raise AttributeError("'%s' object has no attribute '%s'" %
                             (tname, name))

    def __setattr__(self, name, value):
        _local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = _local._local__dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


_local.__module__ = "_thread"
local = _local


# threading._register_atexit: callables run at interpreter exit before the
# non-daemon threads are joined (concurrent.futures uses it to stop its
# workers). The native exit path calls _run_atexits.
_atexit_calls = []
_shutting_down = False


def _register_atexit(func, *arg, **kwargs):
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit_calls.append((func, arg, kwargs))


def _run_atexits():
    global _shutting_down
    _shutting_down = True
    # Last registered, first called, as CPython does.
    while _atexit_calls:
        func, arg, kwargs = _atexit_calls.pop()
        func(*arg, **kwargs)


class ExceptHookArgs(tuple):
    """What threading.excepthook receives: exc_type, exc_value,
    exc_traceback and thread."""

    def __new__(cls, args):
        if len(args) != 4:
            raise TypeError("ExceptHookArgs takes a 4-sequence")
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args):
    """Handles an uncaught exception of Thread.run(): "Exception in thread
    NAME:" and the traceback on sys.stderr (SystemExit is ignored)."""
    import sys
    import traceback
    if args.exc_type is SystemExit:
        return
    stderr = sys.stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = _get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value,
                              args.exc_traceback, file=stderr)
    stderr.flush()


# The runtime reports through its own native path while excepthook is
# still this default (the same text).
__excepthook__ = excepthook
