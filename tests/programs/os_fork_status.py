# Exit statuses seen through waitpid and the W* macros.
import os
import signal
import sys

def child(action):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        action()
        os._exit(0)
    got, status = os.waitpid(pid, 0)
    return got == pid, os.WIFSIGNALED(status), os.WTERMSIG(status), os.WEXITSTATUS(status)

print(child(lambda: os._exit(0)))
print(child(lambda: os._exit(7)))
print(child(lambda: os._exit(255)))
print(child(lambda: os.kill(os.getpid(), signal.SIGKILL)))
print(child(lambda: os.kill(os.getpid(), signal.SIGTERM)))
print(child(lambda: signal.raise_signal(signal.SIGUSR1)))

def sys_exit():
    sys.exit(3)
print(child(sys_exit))

def handled():
    signal.signal(signal.SIGTERM, lambda s, f: os._exit(40 + s))
    os.kill(os.getpid(), signal.SIGTERM)
print(child(handled))

def ignored():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGTERM)
    os._exit(9)
print(child(ignored))

print(os.WIFSIGNALED(0), os.WEXITSTATUS(0), os.WTERMSIG(0))
print(os.WEXITSTATUS(3 << 8), os.WIFSIGNALED(9), os.WTERMSIG(9))
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.kill(2 ** 22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
print(os.kill(os.getpid(), 0))
