// Script signal handlers while the main thread is blocked (PEP 475), OS
// thread names, and fork children, asserted from inside scripts run through
// the embedding API. Bounds are coarse: a handler must run within a second
// of its signal while the blocked call would otherwise last 30 s or forever.
#include <signal.h>

#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "runtime/embed/runtime.h"

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
// The fork test starts threads in a child forked from a multi-threaded
// process, which is what the runtime must support; ThreadSanitizer refuses
// that by default ("not supported"), so allow it. TSAN_OPTIONS from the
// environment still applies on top of this.
extern "C" const char* __tsan_default_options() { return "die_after_fork=0"; }
#endif
#endif

namespace interp {
namespace {

void RunScript(const std::string& source) {
  Runtime rt;
  ASSERT_TRUE(rt.ok());
  absl::Status s = rt.RunString(source, "<test>");
  ASSERT_TRUE(s.ok()) << s.message();
}

// `interrupt(block, label)`: a thread sends SIGUSR1 0.1 s after the main
// thread entered `block()`. The handler must run while `block` is still
// blocked (not when it would have returned), then `block` resumes; with a
// raising handler the exception comes out of `block` promptly.
constexpr char kSignalPrelude[] = R"py(
import os, signal, threading, time

ran_at = []
def handler(signum, frame):
    ran_at.append(time.monotonic())

class Raised(Exception):
    pass

def raising(signum, frame):
    ran_at.append(time.monotonic())
    raise Raised(signum)

def send_after(delay):
    sent = []
    def run():
        time.sleep(delay)
        sent.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGUSR1)
    t = threading.Thread(target=run)
    t.start()
    return t, sent

def interrupt(block, label, min_block):
    signal.signal(signal.SIGUSR1, handler)
    del ran_at[:]
    t, sent = send_after(0.1)
    t0 = time.monotonic()
    result = block()
    t1 = time.monotonic()
    t.join()
    assert len(ran_at) == 1, (label, ran_at)
    assert ran_at[0] - sent[0] < 1.0, (label, "handler late", ran_at[0] - sent[0])
    assert t1 - t0 >= min_block, (label, "did not resume", t1 - t0)
    return result

def interrupt_raising(block, label):
    signal.signal(signal.SIGUSR1, raising)
    del ran_at[:]
    t, sent = send_after(0.1)
    t0 = time.monotonic()
    try:
        block()
        assert False, (label, "not interrupted")
    except Raised as e:
        assert e.args == (signal.SIGUSR1,), e.args
    t1 = time.monotonic()
    t.join()
    assert t1 - sent[0] < 1.0, (label, "exception late", t1 - sent[0])
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
)py";

std::string WithPrelude(const char* body) {
  return std::string(kSignalPrelude) + body;
}

TEST(SignalsWhileBlocked, SleepResumesForTheRemainingTime) {
  RunScript(WithPrelude(R"py(
interrupt(lambda: time.sleep(0.8), "sleep", 0.75)
interrupt_raising(lambda: time.sleep(30), "sleep")
)py"));
}

TEST(SignalsWhileBlocked, Join) {
  RunScript(WithPrelude(R"py(
s = threading.Thread(target=time.sleep, args=(0.8,))
s.start()
interrupt(s.join, "join", 0.6)
assert not s.is_alive()
stop = threading.Event()
s = threading.Thread(target=stop.wait)
s.start()
interrupt_raising(s.join, "join")
assert s.is_alive()
stop.set()
s.join()
)py"));
}

TEST(SignalsWhileBlocked, LockAcquire) {
  RunScript(WithPrelude(R"py(
lock = threading.Lock()
lock.acquire()
assert interrupt(lambda: lock.acquire(timeout=0.8), "acquire", 0.75) is False
interrupt_raising(lock.acquire, "acquire")
assert lock.locked()
)py"));
}

TEST(SignalsWhileBlocked, EventWait) {
  RunScript(WithPrelude(R"py(
ev = threading.Event()
assert interrupt(lambda: ev.wait(0.8), "wait", 0.75) is False
interrupt_raising(ev.wait, "wait")
def set_later():
    time.sleep(0.8)
    ev.set()
t = threading.Thread(target=set_later)
t.start()
assert interrupt(ev.wait, "wait until set", 0.6) is True
t.join()
)py"));
}

TEST(SignalsWhileBlocked, Waitpid) {
  RunScript(WithPrelude(R"py(
pid = os.fork()
if pid == 0:
    time.sleep(0.8)
    os._exit(0)
got, status = interrupt(lambda: os.waitpid(pid, 0), "waitpid", 0.6)
assert got == pid and os.WIFEXITED(status), status
pid = os.fork()
if pid == 0:
    time.sleep(30)
    os._exit(0)
interrupt_raising(lambda: os.waitpid(pid, 0), "waitpid")
os.kill(pid, signal.SIGKILL)
got, status = os.waitpid(pid, 0)
assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
)py"));
}

// Handlers run in the main thread, between bytecodes, even when the signal
// is delivered while the main thread computes.
TEST(SignalsWhileBlocked, HandlerRunsInMainThreadWhileComputing) {
  RunScript(R"py(
import os, signal, threading, time
where = []
def handler(signum, frame):
    where.append(threading.current_thread() is threading.main_thread())
signal.signal(signal.SIGUSR2, handler)
def send():
    for i in range(5):
        os.kill(os.getpid(), signal.SIGUSR2)
        time.sleep(0.02)
t = threading.Thread(target=send)
t.start()
n = 0
t0 = time.monotonic()
while len(where) < 5 and time.monotonic() - t0 < 10:
    n += 1
t.join()
assert where == [True] * 5, where
)py");
}

TEST(ThreadNames, OsThreadNameIsTheThreadName) {
  RunScript(R"py(
import threading
def comm():
    f = open("/proc/self/task/%d/comm" % threading.get_native_id())
    name = f.read()
    f.close()
    return name
seen = {}
def record(key):
    seen[key] = comm()
for name in ("short", "exactly15chars!", "a-much-longer-thread-name",
             "\u00e9t\u00e9-\u00e9t\u00e9-\u00e9t\u00e9-\u00e9t\u00e9"):
    t = threading.Thread(target=record, args=(name,), name=name)
    t.start()
    t.join()
assert seen["short"] == "short\n", seen
assert seen["exactly15chars!"] == "exactly15chars!\n", seen
# Linux keeps 15 bytes; a multi-byte character is not cut in half.
assert seen["a-much-longer-thread-name"] == "a-much-longer-t\n", seen
assert seen["\u00e9t\u00e9-\u00e9t\u00e9-\u00e9t\u00e9-\u00e9t\u00e9"] == \
    "\u00e9t\u00e9-\u00e9t\u00e9-\u00e9t\n", seen
t = threading.Thread(target=record, args=("default",))
t.start()
t.join()
assert seen["default"] == t.name[:15] + "\n", (seen, t.name)
)py");
}

TEST(Fork, ChildHasOneThreadAndAWorkingRuntime) {
  RunScript(R"py(
import os, sys, threading, time
def os_threads():
    f = open("/proc/self/status")
    for line in f:
        if line.startswith("Threads:"):
            f.close()
            return int(line.split()[1])
stop = threading.Event()
lock = threading.Lock()
held = threading.Event()
def holder():
    with lock:
        held.set()
        stop.wait()
spinners = [threading.Thread(target=holder)]
def spin():
    while not stop.is_set():
        pass
spinners += [threading.Thread(target=spin) for i in range(2)]
for t in spinners:
    t.start()
held.wait()
assert os_threads() >= 4
pid = os.fork()
if pid == 0:
    code = 0
    if os_threads() != 1: code = 10
    elif threading.active_count() != 1: code = 11
    elif any([t.is_alive() for t in spinners]): code = 12
    elif not lock.locked(): code = 13
    else:
        # New threads, locks and events work; the vanished holder's lock
        # stays locked (like CPython) but does not wedge anything else.
        mine = threading.Lock()
        out = []
        def work(i):
            with mine:
                out.append(i)
            time.sleep(0.01)
        ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        if sorted(out) != [0, 1, 2, 3]: code = 14
        elif lock.acquire(timeout=0.05): code = 15
        elif threading.active_count() != 1: code = 16
        elif not threading.Event().wait(0) is False: code = 17
    os._exit(code)
got, status = os.waitpid(pid, 0)
stop.set()
for t in spinners:
    t.join()
assert got == pid and os.WIFEXITED(status), status
assert os.WEXITSTATUS(status) == 0, os.WEXITSTATUS(status)
)py");
}

}  // namespace
}  // namespace interp
