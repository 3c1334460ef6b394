"""Low-level threading primitives (CPython's _thread), on top of interp's
native threading module: the same locks, identifiers and threads."""

import sys as _sys
import threading as _threading

__all__ = ['LockType', 'RLock', 'TIMEOUT_MAX', 'allocate', 'allocate_lock',
           'error', 'exit', 'exit_thread', 'get_ident', 'get_native_id',
           'interrupt_main', 'stack_size', 'start_new', 'start_new_thread']

error = RuntimeError
LockType = type(_threading.Lock())
RLock = _threading.RLock
TIMEOUT_MAX = _threading.TIMEOUT_MAX
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
_local = _threading.local


def allocate_lock():
    """A new lock object (threading.Lock)."""
    return _threading.Lock()


allocate = allocate_lock


def _run(function, args, kwargs):
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except BaseException as exc:
        # CPython reports it through sys.unraisablehook, in this form.
        import traceback
        print(f'Exception ignored in thread started by: {function!r}',
              file=_sys.stderr)
        traceback.print_exception(type(exc), exc, exc.__traceback__,
                                  file=_sys.stderr)


def start_new_thread(function, args, kwargs=None, /):
    """Starts a thread running function(*args, **kwargs); returns its
    identifier. The program does not wait for it at exit."""
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    if not callable(function):
        raise TypeError('first arg must be callable')
    t = _threading.Thread(target=_run, args=(function, args, kwargs or {}),
                          daemon=True)
    t.start()
    return t.ident


start_new = start_new_thread


def exit():
    """Ends the calling thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=None, /):
    """Simulates the arrival of signal `signum` (SIGINT by default) in the
    main thread; nothing happens when Python does not handle it."""
    import os
    import signal
    if signum is None:
        signum = signal.SIGINT
    handler = signal.getsignal(signum)
    if handler in (signal.SIG_DFL, signal.SIG_IGN, None):
        return
    os.kill(os.getpid(), signum)


def stack_size(size=0, /):
    """The stack size of new threads: the platform default (0). Setting it
    is not supported."""
    if size != 0:
        raise error('setting stack size not supported')
    return 0


def _count():
    return _threading.active_count() - 1
