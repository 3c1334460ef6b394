// threading.Lock, threading.RLock and threading.Event: NativeData objects
// around reference-counted records (threads_state.h). Blocking waits
// release the GIL and, in the main thread, run signal handlers while
// blocked (wait.h).
#include <pthread.h>

#include <mutex>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/frames/thread_state.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/threads/threads_state.h"
#include "runtime/threads/util.h"
#include "runtime/threads/wait.h"
#include "runtime/vm/call.h"

namespace interp {

namespace {

using ThreadsState = RuntimeState::ThreadsState;

constexpr double kTimeoutMax = 9223372036.0;

uint64_t CurrentIdent() { return static_cast<uint64_t>(pthread_self()); }

// Parses acquire(blocking=True, timeout=-1) like CPython's lock objects.
// *has_deadline is false for "wait forever".
bool ParseAcquireArgs(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames, bool* blocking, bool* has_deadline,
                      SteadyClock::time_point* deadline) {
  Value a[3];
  if (!BindArgs(ts, "acquire", args, nargs, kwnames,
                {"self", "blocking", "timeout"}, 3, 1, a)) {
    return false;
  }
  *blocking = true;
  if (!a[1].IsEmpty()) {
    // An int, like CPython's lock (not any truthy object).
    int b;
    if (!ToCInt(ts, a[1], &b)) return false;
    *blocking = b != 0;
  }
  double timeout = -1;
  if (!a[2].IsEmpty() && !a[2].IsIntLike() && !a[2].IsFloat()) {
    RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
                "'%s' object cannot be interpreted as an integer",
                std::string(TypeName(ts, a[2])));
    return false;
  }
  if (!a[2].IsEmpty() && !ToSeconds(ts, a[2], &timeout)) return false;
  if (!*blocking && timeout != -1) {
    RaiseValueError(ts, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (timeout < 0 && timeout != -1) {
    RaiseValueError(ts, "timeout value must be positive");
    return false;
  }
  if (timeout > kTimeoutMax) {
    // CPython fails converting to its nanosecond clock type first.
    RaiseOverflowError(ts, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  *has_deadline = timeout >= 0;
  if (*has_deadline) *deadline = DeadlineAfter(timeout);
  return true;
}

LockData* SelfLock(ThreadState& ts, const Value* args, uint32_t nargs) {
  LockData* lock = nargs >= 1 ? AsLockData(args[0]) : nullptr;
  if (lock == nullptr) RaiseTypeError(ts, "descriptor requires a lock object");
  return lock;
}

// --- Lock ---

Value LockConstruct(ThreadState& ts, const Value*, uint32_t nargs,
                    Tuple* kwnames) {
  if (!CheckNoArgsC(ts, "_thread.allocate_lock", nargs, kwnames)) {
    return Value::Error();
  }
  ThreadsState& st = GetThreadsState(RuntimeOf(ts));
  Object* o = NewLockObject(ts, st.lock_class, new LockData());
  return o == nullptr ? Value::Error() : Value::Obj(o);
}

Value LockAcquire(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  bool blocking, has_deadline = false;
  SteadyClock::time_point deadline;
  if (!ParseAcquireArgs(ts, args, nargs, kwnames, &blocking, &has_deadline,
                        &deadline)) {
    return Value::Error();
  }
  {
    // Uncontended: no GIL hand-off.
    std::lock_guard<std::mutex> guard(lock->sync.mu);
    if (!lock->locked) {
      lock->locked = true;
      return Value::Bool(true);
    }
  }
  if (!blocking) return Value::Bool(false);
  lock->Ref();
  ActivityScope activity(ts, ThreadActivity::kWaiting, "Lock.acquire");
  WaitResult r = WaitUntil(ts, lock->sync, has_deadline, deadline, [&] {
    if (lock->locked) return false;
    lock->locked = true;
    return true;
  });
  RefCounted::Unref(lock);
  if (r == WaitResult::kError) return Value::Error();
  return Value::Bool(r == WaitResult::kDone);
}

Value LockRelease(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  if (!CheckNoArgsC(ts, "lock.release", nargs - 1, kwnames)) {
    return Value::Error();
  }
  {
    std::lock_guard<std::mutex> guard(lock->sync.mu);
    if (!lock->locked) return RaiseRuntimeError(ts, "release unlocked lock");
    lock->locked = false;
  }
  lock->sync.cv.notify_one();
  return Value::None();
}

Value LockExit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  // __exit__(self, type, value, traceback)
  return LockRelease(ts, args, nargs > 1 ? 1 : nargs, nullptr);
}

Value LockEnter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return LockAcquire(ts, args, nargs > 1 ? 1 : nargs, nullptr);
}

Value LockLocked(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  if (!CheckNoArgsC(ts, "lock.locked", nargs - 1, kwnames)) {
    return Value::Error();
  }
  std::lock_guard<std::mutex> guard(lock->sync.mu);
  return Value::Bool(lock->locked);
}

Value LockRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  bool locked;
  {
    std::lock_guard<std::mutex> guard(lock->sync.mu);
    locked = lock->locked;
  }
  return StrValue(ts, absl::StrFormat("<%s _thread.lock object at %p>",
                                      locked ? "locked" : "unlocked",
                                      static_cast<void*>(args[0].AsObject())));
}

// --- RLock ---

Value RLockConstruct(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (nargs != 0) return RaiseTypeError(ts, "RLock() takes no arguments");
  ThreadsState& st = GetThreadsState(RuntimeOf(ts));
  Object* o = NewLockObject(ts, st.rlock_class, new LockData());
  return o == nullptr ? Value::Error() : Value::Obj(o);
}

Value RLockAcquire(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  bool blocking, has_deadline = false;
  SteadyClock::time_point deadline;
  if (!ParseAcquireArgs(ts, args, nargs, kwnames, &blocking, &has_deadline,
                        &deadline)) {
    return Value::Error();
  }
  const uint64_t me = CurrentIdent();
  auto take = [&] {
    if (lock->count == 0) {
      lock->owner = me;
      lock->count = 1;
      return true;
    }
    if (lock->owner == me) {
      ++lock->count;
      return true;
    }
    return false;
  };
  {
    std::lock_guard<std::mutex> guard(lock->sync.mu);
    if (take()) return Value::Bool(true);
  }
  if (!blocking) return Value::Bool(false);
  lock->Ref();
  ActivityScope activity(ts, ThreadActivity::kWaiting, "RLock.acquire");
  WaitResult r = WaitUntil(ts, lock->sync, has_deadline, deadline, take);
  RefCounted::Unref(lock);
  if (r == WaitResult::kError) return Value::Error();
  return Value::Bool(r == WaitResult::kDone);
}

Value RLockRelease(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  bool wake = false;
  {
    std::lock_guard<std::mutex> guard(lock->sync.mu);
    if (lock->count == 0 || lock->owner != CurrentIdent()) {
      return RaiseRuntimeError(ts, "cannot release un-acquired lock");
    }
    if (--lock->count == 0) {
      lock->owner = 0;
      wake = true;
    }
  }
  if (wake) lock->sync.cv.notify_one();
  return Value::None();
}

Value RLockEnter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return RLockAcquire(ts, args, nargs > 1 ? 1 : nargs, nullptr);
}

Value RLockExit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return RLockRelease(ts, args, nargs > 1 ? 1 : nargs, nullptr);
}

// What threading.Condition needs of an RLock (as CPython's C RLock has):
// whether the caller owns it, and releasing it completely across a wait
// (returning the saved recursion count and owner) then restoring it.
Value RLockIsOwned(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  std::lock_guard<std::mutex> guard(lock->sync.mu);
  return Value::Bool(lock->count > 0 && lock->owner == CurrentIdent());
}

Value RLockReleaseSave(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple*) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  uint64_t count, owner;
  {
    std::lock_guard<std::mutex> guard(lock->sync.mu);
    if (lock->count == 0) {
      return RaiseRuntimeError(ts, "cannot release un-acquired lock");
    }
    count = lock->count;
    owner = lock->owner;
    lock->count = 0;
    lock->owner = 0;
  }
  lock->sync.cv.notify_one();
  Tuple* saved = NewTuple(ts, 2);
  if (saved == nullptr) return Value::Error();
  saved->items[0] = Value::Int(static_cast<int64_t>(count));
  saved->items[1] = Value::Int(static_cast<int64_t>(owner));
  return Value::Obj(saved);
}

Value RLockAcquireRestore(ThreadState& ts, const Value* args, uint32_t nargs,
                          Tuple*) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  if (nargs != 2 || !IsKind(args[1], ObjKind::kTuple) ||
      As<Tuple>(args[1])->size != 2 || !As<Tuple>(args[1])->items[0].IsInt()) {
    return RaiseTypeError(ts,
                          "_acquire_restore() takes a (count, owner) tuple");
  }
  const uint64_t count =
      static_cast<uint64_t>(As<Tuple>(args[1])->items[0].AsInt());
  const uint64_t me = CurrentIdent();
  auto take = [&] {
    if (lock->count != 0) return false;
    lock->owner = me;
    lock->count = count;
    return true;
  };
  {
    std::lock_guard<std::mutex> guard(lock->sync.mu);
    if (take()) return Value::None();
  }
  lock->Ref();
  ActivityScope activity(ts, ThreadActivity::kWaiting, "RLock.acquire");
  WaitResult r =
      WaitUntil(ts, lock->sync, false, SteadyClock::time_point(), take);
  RefCounted::Unref(lock);
  if (r == WaitResult::kError) return Value::Error();
  return Value::None();
}

Value RLockRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  LockData* lock = SelfLock(ts, args, nargs);
  if (lock == nullptr) return Value::Error();
  uint64_t owner, count;
  {
    std::lock_guard<std::mutex> guard(lock->sync.mu);
    owner = lock->owner;
    count = lock->count;
  }
  return StrValue(
      ts, absl::StrFormat("<%s _thread.RLock object owner=%d count=%d at %p>",
                          count ? "locked" : "unlocked", owner, count,
                          static_cast<void*>(args[0].AsObject())));
}

// --- Event ---

EventData* SelfEvent(ThreadState& ts, const Value* args, uint32_t nargs) {
  EventData* ev = nargs >= 1 ? AsEventData(args[0]) : nullptr;
  if (ev == nullptr) {
    RaiseTypeError(ts, "descriptor requires a threading.Event object");
  }
  return ev;
}

Value EventConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  // Messages of CPython's Python-level Event.__init__(self).
  if (kwnames != nullptr && kwnames->size > 0) {
    return RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
                       "Event.__init__() got an unexpected keyword argument "
                       "'%s'",
                       std::string(As<Str>(kwnames->items[0])->view()));
  }
  if (nargs != 0) {
    return RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
                       "Event.__init__() takes 1 positional argument but %d "
                       "were given",
                       nargs + 1);
  }
  (void)args;
  ThreadsState& st = GetThreadsState(RuntimeOf(ts));
  Object* o = NewEventObject(ts, st.event_class, new EventData());
  return o == nullptr ? Value::Error() : Value::Obj(o);
}

// Event's methods are Python functions in CPython: their messages.
bool EventNoArgs(ThreadState& ts, const char* name, const Value* args,
                 uint32_t nargs, Tuple* kwnames) {
  Value unused[1];
  return BindPyArgs(ts, name, args, nargs, kwnames, {"self"}, 1, unused);
}

Value EventSet(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  EventData* ev = SelfEvent(ts, args, nargs);
  if (ev == nullptr) return Value::Error();
  if (!EventNoArgs(ts, "Event.set", args, nargs, kwnames)) {
    return Value::Error();
  }
  {
    std::lock_guard<std::mutex> guard(ev->sync.mu);
    ev->flag = true;
  }
  ev->sync.cv.notify_all();
  return Value::None();
}

Value EventClear(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  EventData* ev = SelfEvent(ts, args, nargs);
  if (ev == nullptr) return Value::Error();
  if (!EventNoArgs(ts, "Event.clear", args, nargs, kwnames)) {
    return Value::Error();
  }
  std::lock_guard<std::mutex> guard(ev->sync.mu);
  ev->flag = false;
  return Value::None();
}

Value EventIsSet(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  EventData* ev = SelfEvent(ts, args, nargs);
  if (ev == nullptr) return Value::Error();
  if (!EventNoArgs(ts, "Event.is_set", args, nargs, kwnames)) {
    return Value::Error();
  }
  std::lock_guard<std::mutex> guard(ev->sync.mu);
  return Value::Bool(ev->flag);
}

// wait(timeout=None) -> the flag when the wait ends.
Value EventWait(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  EventData* ev = SelfEvent(ts, args, nargs);
  if (ev == nullptr) return Value::Error();
  Value a[2];
  if (!BindPyArgs(ts, "Event.wait", args, nargs, kwnames, {"self", "timeout"},
                  1, a)) {
    return Value::Error();
  }
  bool has_deadline = false;
  SteadyClock::time_point deadline;
  if (!a[1].IsEmpty() && !a[1].IsNone()) {
    double secs;
    if (!ToSeconds(ts, a[1], &secs)) return Value::Error();
    has_deadline = secs < kTimeoutMax;
    deadline = DeadlineAfter(secs);
  }
  {
    std::lock_guard<std::mutex> guard(ev->sync.mu);
    if (ev->flag) return Value::Bool(true);
  }
  ev->Ref();
  ActivityScope activity(ts, ThreadActivity::kWaiting, "Event.wait");
  WaitResult r =
      WaitUntil(ts, ev->sync, has_deadline, deadline, [&] { return ev->flag; });
  RefCounted::Unref(ev);
  if (r == WaitResult::kError) {
    return Value::Error();
  }
  return Value::Bool(r == WaitResult::kDone);
}

Value EventRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  EventData* ev = SelfEvent(ts, args, nargs);
  if (ev == nullptr) return Value::Error();
  bool flag;
  {
    std::lock_guard<std::mutex> guard(ev->sync.mu);
    flag = ev->flag;
  }
  return StrValue(ts, absl::StrFormat("<threading.Event at %p: %s>",
                                      static_cast<void*>(args[0].AsObject()),
                                      flag ? "set" : "unset"));
}

struct Method {
  const char* name;
  NativeFn fn;
};

ClassObject* MakeNativeClass(ThreadState& ts, const char* name,
                             const char* module_name, const char* qual_prefix,
                             NativeFn construct,
                             std::initializer_list<Method> methods) {
  RuntimeState& rt = RuntimeOf(ts);
  ClassObject* cls = NewClass(ts, name, rt.classes.object, module_name,
                              ObjKind::kNativeData, kClassBuiltin);
  if (cls == nullptr) return nullptr;
  cls->construct = construct;
  for (const Method& meth : methods) {
    if (!AddMethod(ts, cls, absl::StrCat(qual_prefix, ".", meth.name),
                   meth.name, meth.fn)) {
      return nullptr;
    }
  }
  return cls;
}

}  // namespace

bool AddSyncClasses(ThreadState& ts, Module* m) {
  ThreadsState& st = GetThreadsState(RuntimeOf(ts));
  st.lock_class =
      MakeNativeClass(ts, "lock", "_thread", "_thread.lock", LockConstruct,
                      {{"acquire", LockAcquire},
                       {"release", LockRelease},
                       {"locked", LockLocked},
                       {"acquire_lock", LockAcquire},
                       {"release_lock", LockRelease},
                       {"__enter__", LockEnter},
                       {"__exit__", LockExit},
                       {"__repr__", LockRepr}});
  if (st.lock_class == nullptr) return false;
  st.rlock_class =
      MakeNativeClass(ts, "RLock", "_thread", "_thread.RLock", RLockConstruct,
                      {{"acquire", RLockAcquire},
                       {"release", RLockRelease},
                       {"__enter__", RLockEnter},
                       {"__exit__", RLockExit},
                       {"_is_owned", RLockIsOwned},
                       {"_release_save", RLockReleaseSave},
                       {"_acquire_restore", RLockAcquireRestore},
                       {"__repr__", RLockRepr}});
  if (st.rlock_class == nullptr) return false;
  st.event_class = MakeNativeClass(ts, "Event", "threading", "threading.Event",
                                   EventConstruct,
                                   {{"set", EventSet},
                                    {"clear", EventClear},
                                    {"is_set", EventIsSet},
                                    {"isSet", EventIsSet},
                                    {"wait", EventWait},
                                    {"__repr__", EventRepr}});
  if (st.event_class == nullptr) return false;
  // threading.Lock is CPython's factory for _thread.lock; calling the class
  // does the same here.
  return AddValue(ts, m, "Lock", Value::Obj(st.lock_class)) &&
         AddValue(ts, m, "RLock", Value::Obj(st.rlock_class)) &&
         AddValue(ts, m, "Event", Value::Obj(st.event_class));
}

}  // namespace interp
