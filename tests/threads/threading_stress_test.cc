// Stress tests of script threads through the embedding API: many threads
// starting, contending for locks, waiting on events and exiting, daemon
// threads abandoned at runtime teardown, and fork with threads running.
// Meant for --config=tsan and --config=asan as much as for plain builds.
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "runtime/embed/runtime.h"

namespace interp {
namespace {

// Runs `source`; on failure the status message is the script's traceback.
void RunScript(Runtime& rt, const std::string& source) {
  ASSERT_TRUE(rt.ok());
  absl::Status s = rt.RunString(source, "<test>");
  ASSERT_TRUE(s.ok()) << s.message();
}

TEST(ThreadingStress, ManyThreadsLocksAndEvents) {
  Runtime rt;
  RunScript(rt, R"(
import threading
lock = threading.Lock()
rlock = threading.RLock()
go = threading.Event()
counts = [0, 0]
def work(i):
    go.wait()
    for k in range(300):
        with lock:
            counts[0] += 1
        rlock.acquire()
        with rlock:
            counts[1] += 1
        rlock.release()
threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
assert counts == [16 * 300, 16 * 300], counts
assert not any([t.is_alive() for t in threads])
assert threading.active_count() == 1, threading.active_count()
)");
}

TEST(ThreadingStress, ThreadsStartingThreads) {
  Runtime rt;
  RunScript(rt, R"(
import threading
done = []
lock = threading.Lock()
def leaf(n):
    with lock:
        done.append(n)
def branch(n):
    ts = [threading.Thread(target=leaf, args=(n * 10 + k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
roots = [threading.Thread(target=branch, args=(i,)) for i in range(8)]
for t in roots:
    t.start()
for t in roots:
    t.join()
assert sorted(done) == sorted([i * 10 + k for i in range(8) for k in range(4)])
)");
}

// CPU-bound threads must hand the lock over at the switch interval: a
// busy thread cannot starve the one that sets the flag.
TEST(ThreadingStress, BusyThreadsInterleave) {
  Runtime rt;
  RunScript(rt, R"(
import threading
stop = [False]
spins = [0]
def spin():
    while not stop[0]:
        spins[0] += 1
t = threading.Thread(target=spin)
t.start()
n = 0
while spins[0] < 1000:
    n += 1
stop[0] = True
t.join()
)");
}

TEST(ThreadingStress, UncaughtExceptionInThreadDoesNotKillTheRuntime) {
  Runtime rt;
  RunScript(rt, R"(
import threading
def boom():
    raise ValueError("in thread")
ts = [threading.Thread(target=boom) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert not ts[0].is_alive()
)");
}

// Daemon threads blocked (or runnable) when the runtime goes away stay
// parked and never touch its memory; the process carries on and can make
// new runtimes.
TEST(ThreadingStress, DaemonThreadsAbandonedAtTeardown) {
  for (int round = 0; round < 3; ++round) {
    Runtime rt;
    RunScript(rt, R"(
import threading, time
never = threading.Event()
lock = threading.Lock()
lock.acquire()
def blocked():
    never.wait()
def spinner():
    x = 0
    while True:
        x += 1
def sleeper():
    while True:
        time.sleep(0.001)
def locker():
    lock.acquire()
for f in (blocked, spinner, sleeper, locker):
    threading.Thread(target=f, daemon=True).start()
time.sleep(0.02)
)");
    rt.Finalize();
  }
}

// The same with the host's deadline armed, so that every poll of the
// abandoned waiters reads the deadline (the runtime field a poll that
// raced the teardown used to read after the free), and with a thread
// joining another: waits in every kind of blocking call keep polling in
// 10 ms slices until teardown, then park. A new runtime made right after
// runs scripts normally while the old threads stay parked.
TEST(ThreadingStress, AbandonedWaitersWithDeadline) {
  for (int round = 0; round < 3; ++round) {
    Runtime rt;
    rt.SetTimeout(std::chrono::hours(1));
    RunScript(rt, R"(
import threading, time
never = threading.Event()
cond = threading.Condition()
lock = threading.Lock()
lock.acquire()
def waiter():
    never.wait()
def timed_waiter():
    while True:
        never.wait(0.003)
def cond_waiter():
    with cond:
        cond.wait()
def locker():
    lock.acquire()
def sleeper():
    time.sleep(3600)
blocked = threading.Thread(target=waiter, daemon=True)
blocked.start()
def joiner():
    blocked.join()
for f in (timed_waiter, cond_waiter, locker, sleeper, joiner):
    threading.Thread(target=f, daemon=True).start()
time.sleep(0.05)
)");
    rt.Finalize();
  }
  Runtime after;
  RunScript(after,
            "import threading\nt = threading.Thread(target=len, "
            "args=((),))\nt.start()\nt.join()\n");
}

TEST(ThreadingStress, ForkWithThreadsRunning) {
  Runtime rt;
  RunScript(rt, R"(
import os, threading, time
stop = threading.Event()
lock = threading.Lock()
def busy():
    while not stop.is_set():
        with lock:
            pass
ts = [threading.Thread(target=busy) for i in range(3)]
for t in ts:
    t.start()
for i in range(5):
    pid = os.fork()
    if pid == 0:
        # Only this thread exists here; locks held by vanished threads'
        # critical sections must not deadlock us.
        ok = threading.active_count() == 1 and not ts[0].is_alive()
        lock.locked()
        ok = ok and threading.main_thread() is threading.current_thread()
        os._exit(0 if ok else 7)
    got, status = os.waitpid(pid, 0)
    assert got == pid and os.WIFEXITED(status), status
    assert os.WEXITSTATUS(status) == 0, os.WEXITSTATUS(status)
stop.set()
for t in ts:
    t.join()
)");
}

}  // namespace
}  // namespace interp
