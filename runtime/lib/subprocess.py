"""Subprocesses with accessible I/O streams (CPython's subprocess) on the
native _subprocess module: run, call, check_call, check_output, Popen.

Pipes carry bytes; with text=True, universal_newlines=True, encoding= or
errors= they carry str (UTF-8 unless an encoding is given, with universal
newlines on the way in)."""

from _generic_alias import GenericAlias as _GenericAlias
import os
import sys
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError",
           "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNAL_NAMES = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP',
    6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1',
    11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM',
    15: 'SIGTERM', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP',
    20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU',
    25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH',
    29: 'SIGIO', 30: 'SIGPWR', 31: 'SIGSYS',
}


class SubprocessError(Exception):
    pass


def _optional(rest, kwargs, *names):
    values = list(rest) + [None] * (len(names) - len(rest))
    for i, name in enumerate(names):
        if name in kwargs:
            values[i] = kwargs.pop(name)
    if kwargs:
        raise TypeError("__init__() got an unexpected keyword argument '%s'"
                        % next(iter(kwargs)))
    return values


def _exc_repr(e):
    return '%s(%s)' % (type(e).__name__, ', '.join(repr(a) for a in e.args))


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True (or check_call/check_output) sees
    a non-zero exit status."""

    def __init__(self, returncode, cmd, *rest, **kwargs):
        # args holds what was passed positionally, as BaseException does.
        self.args = (returncode, cmd) + rest
        output, stderr = _optional(rest, kwargs, 'output', 'stderr')
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (
                self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    def __repr__(self):
        return _exc_repr(self)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout of a wait for a child passes."""

    def __init__(self, cmd, timeout, *rest, **kwargs):
        self.args = (cmd, timeout) + rest
        output, stderr = _optional(rest, kwargs, 'output', 'stderr')
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    def __repr__(self):
        return _exc_repr(self)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """The result of run(): args, returncode, stdout, stderr."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def _fileno(f):
    if isinstance(f, int):
        return f
    return f.fileno()


class Popen:
    """Starts a child process; stdin/stdout/stderr may be PIPE, DEVNULL,
    STDOUT (stderr only), a file descriptor or a file object."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, args, bufsize=-1, executable=None, stdin=None,
                 stdout=None, stderr=None, preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        if preexec_fn is not None:
            raise NotImplementedError('preexec_fn is not supported')
        self.args = args
        self.returncode = None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.text_mode = bool(text or universal_newlines or encoding or
                              errors)
        self.encoding = encoding
        self.errors = errors
        self._input_fd = -1
        self._communication_started = False

        if isinstance(args, str):
            argv = [args]
        elif hasattr(type(args), '__fspath__'):
            argv = [os.fspath(args)]
        else:
            argv = [os.fspath(a) if not isinstance(a, str) else a
                    for a in args]
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable is None:
                executable = '/bin/sh'
        if not argv:
            raise IndexError('list index out of range')
        if executable is None:
            executable = argv[0]
        executable = os.fspath(executable)

        if cwd is not None:
            cwd = os.fspath(cwd)
            if not os.path.isdir(cwd):
                if os.path.exists(cwd):
                    raise NotADirectoryError(20, 'Not a directory', cwd)
                raise FileNotFoundError(2, 'No such file or directory', cwd)

        if os.path.dirname(executable):
            candidates = [executable]
        else:
            candidates = [os.path.join(d, executable)
                          for d in os.get_exec_path(env)]
        if env is not None:
            envlist = []
            for k, v in env.items():
                k = os.fspath(k)
                if '=' in k:
                    raise ValueError("illegal environment variable name")
                envlist.append(k + '=' + os.fspath(v))
        else:
            envlist = None

        to_close = []
        parent_files = []
        devnull = None

        def child_end(spec, is_input):
            nonlocal devnull
            if spec is None:
                return -1
            if spec == PIPE:
                r, w = os.pipe()
                if is_input:
                    parent_files.append(('stdin', w))
                    to_close.append(r)
                    return r
                parent_files.append((None, r))
                to_close.append(w)
                return w
            if spec == DEVNULL:
                if devnull is None:
                    devnull = os.open(os.devnull, os.O_RDWR)
                    to_close.append(devnull)
                return devnull
            return _fileno(spec)

        try:
            in_fd = child_end(stdin, True)
            out_fd = child_end(stdout, False)
            if parent_files and parent_files[-1][0] is None:
                parent_files[-1] = ('stdout', parent_files[-1][1])
            if stderr == STDOUT:
                err_fd = -2
            else:
                err_fd = child_end(stderr, False)
                if parent_files and parent_files[-1][0] is None:
                    parent_files[-1] = ('stderr', parent_files[-1][1])
            self.pid = _subprocess.spawn(candidates, argv, envlist, cwd,
                                         in_fd, out_fd, err_fd, argv[0]
                                         if executable == argv[0] else
                                         executable)
        except BaseException:
            for _, fd in parent_files:
                os.close(fd)
            raise
        finally:
            for fd in to_close:
                os.close(fd)
        text_args = {}
        if self.text_mode:
            text_args['encoding'] = encoding or 'utf-8'
            if errors is not None:
                text_args['errors'] = errors
        for which, fd in parent_files:
            if which == 'stdin':
                self._input_fd = fd
                self.stdin = open(fd, 'w' if self.text_mode else 'wb',
                                  **text_args)
            elif which == 'stdout':
                self.stdout = open(fd, 'r' if self.text_mode else 'rb',
                                   **text_args)
            else:
                self.stderr = open(fd, 'r' if self.text_mode else 'rb',
                                   **text_args)

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (
            type(self).__name__, self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.poll(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        code = _subprocess.wait(self.pid, -1.0 if timeout is None
                                else float(timeout))
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting "
                             "communication")
        self._communication_started = True
        in_fd = -1
        if self.stdin is not None:
            self.stdin.flush()
            in_fd = os.dup(self.stdin.fileno())
            self.stdin.close()
        out_fd = self.stdout.fileno() if self.stdout is not None else -1
        err_fd = self.stderr.fileno() if self.stderr is not None else -1
        if input is not None:
            if self.text_mode:
                input = input.encode(self.encoding or 'utf-8',
                                     self.errors or 'strict')
            elif not isinstance(input, (bytes, bytearray)):
                # CPython writes input alone directly, and through a
                # memoryview when it also reads output.
                prefix = ("memoryview: " if out_fd >= 0 or err_fd >= 0
                          else "")
                raise TypeError("%sa bytes-like object is required, not "
                                "'%s'" % (prefix, type(input).__name__))
        if out_fd < 0 and err_fd < 0 and in_fd < 0:
            self.wait(timeout)
            return (None, None)
        if timeout is not None:
            import time
            endtime = time.monotonic() + timeout
        out, err, timed_out = _subprocess.communicate(
            in_fd, input, out_fd, err_fd,
            -1.0 if timeout is None else float(timeout))
        if timed_out:
            # What was read so far, undecoded, as CPython reports it.
            raise TimeoutExpired(self.args, timeout, out or None,
                                 err or None)
        if self.stdout is not None:
            self.stdout.close()
        if self.stderr is not None:
            self.stderr.close()
        if self.text_mode:
            out = self._decode(out)
            err = self._decode(err)
        if timeout is not None:
            import time
            self.wait(max(endtime - time.monotonic(), 0))
        else:
            self.wait()
        return (out if out_fd >= 0 else None, err if err_fd >= 0 else None)

    def _decode(self, data):
        text = data.decode(self.encoding or 'utf-8', self.errors or 'strict')
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be '
                             'used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or \
                kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout,
                                     stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError('%s argument not allowed, it will be '
                             'overridden.' % kw)
    if 'input' in kwargs and kwargs['input'] is None:
        # input=None used to mean empty input; CPython keeps that.
        if (kwargs.get('universal_newlines') or kwargs.get('text') or
                kwargs.get('encoding') or kwargs.get('errors')):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
