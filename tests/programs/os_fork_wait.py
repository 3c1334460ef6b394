# fork + waitpid: the child's exit status is seen by the parent.
import os
print("before fork", flush=True)
pid = os.fork()
if pid == 0:
    print("in child", flush=True)
    os._exit(3)
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFSIGNALED(status), os.WEXITSTATUS(status))
