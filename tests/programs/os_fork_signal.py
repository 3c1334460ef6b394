# A child killed by a signal: WIFSIGNALED and WTERMSIG in the parent.
import os
import signal
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGTERM)
    os._exit(0)
got, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM)
