// The `threading` module: Thread (a script-visible, subclassable class),
// current_thread / main_thread / get_ident / active_count / enumerate, and
// the native thread bootstrap. Locks and events are in sync_module.cc.
//
// A Thread object is an ordinary instance (so scripts can subclass Thread
// and override run()) whose attributes `name`, `daemon`, `ident` and
// `native_id` are plain instance attributes, plus `_handle`: a NativeData
// wrapping the reference-counted ThreadRecord that the OS thread and the
// joiners share.
//
// OS threads are detached pthreads: nothing ever has to join them, so a
// daemon thread still running when the runtime is torn down is simply left
// parked (see gil_internal.h), and the heap freeing a Thread object never
// has to decide what to do with a running std::thread.
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "absl/container/inlined_vector.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/frames/thread_registry.h"
#include "runtime/frames/thread_state.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/threading.h"
#include "runtime/threads/threads_state.h"
#include "runtime/threads/util.h"
#include "runtime/threads/wait.h"
#include "runtime/vm/call.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/gil_internal.h"
#include "runtime/vm/interpreter.h"

namespace interp {

// Defined in sync_module.cc: adds Lock, RLock and Event to the module.
bool AddSyncClasses(ThreadState& ts, Module* m);

namespace {

using ThreadsState = RuntimeState::ThreadsState;

// Like CPython's threading.TIMEOUT_MAX on Linux.
constexpr double kTimeoutMax = 9223372036.0;

int64_t NativeThreadId() { return static_cast<int64_t>(syscall(SYS_gettid)); }

uint64_t CurrentIdent() { return static_cast<uint64_t>(pthread_self()); }

// What the new OS thread needs. Owned by the new thread once created.
struct StartArgs {
  std::shared_ptr<ThreadsState> state;  // outlives the runtime if need be
  Gil::Impl* gil = nullptr;             // counted reference
  ThreadRecord* rec = nullptr;          // counted reference
  RuntimeState* rt = nullptr;
  // The Thread object. Kept alive by start()'s arguments until the new
  // thread stores it in its ThreadState::thread_object (start() waits).
  Value self;
  std::string name;
};

// Thread names as ps/top/gdb show them: at most 15 bytes, cut at a UTF-8
// character boundary.
void SetOsThreadName(const std::string& name) {
  size_t n = std::min<size_t>(name.size(), 15);
  while (n > 0 && n < name.size() &&
         (static_cast<unsigned char>(name[n]) & 0xc0) == 0x80) {
    --n;
  }
  std::string cut = name.substr(0, n);
  pthread_setname_np(pthread_self(), cut.c_str());
}

std::string ValueToString(ThreadState& ts, Value v) {
  Value s = ToStr(ts, v);
  if (s.IsError()) {
    TakePendingException(ts);
    return "?";
  }
  return std::string(As<Str>(s)->view());
}

// The record behind a Thread object, or null with RuntimeError pending.
// How a method reports a Thread whose __init__ was not called (a subclass
// that forgot super().__init__()), worded like each method in CPython's
// threading.py.
enum class NotInit { kStart, kJoin, kAssert, kRepr };

ThreadRecord* RecordOf(ThreadState& ts, Value self, NotInit how) {
  Value handle = GetAttrOrEmpty(ts, self, InternStr(ts, "_handle"));
  if (handle.IsError()) return nullptr;
  ThreadRecord* rec = AsThreadRecord(handle);
  if (rec != nullptr) return rec;
  RuntimeState& rt = RuntimeOf(ts);
  switch (how) {
    case NotInit::kStart:
      RaiseRuntimeError(ts, "thread.__init__() not called");
      break;
    case NotInit::kJoin:
      RaiseRuntimeError(ts, "Thread.__init__() not called");
      break;
    case NotInit::kAssert:
      RaiseWithMessage(ts, rt.exc.assertion_error,
                       "Thread.__init__() not called");
      break;
    case NotInit::kRepr:
      RaiseWithMessage(ts, rt.exc.assertion_error,
                       "Thread.__init__() was not called");
      break;
  }
  return nullptr;
}

// A script's threading.excepthook, called with ExceptHookArgs(type,
// value, traceback, thread); true when there is one (it has run).
bool RunScriptHook(ThreadState& ts, Value self, Value exc) {
  RuntimeState& rt = RuntimeOf(ts);
  Str* mod_name = InternStr(ts, "threading");
  Value mod =
      mod_name != nullptr ? DictGetStr(rt.modules, mod_name) : Value::Empty();
  if (!IsKind(mod, ObjKind::kModule)) return false;
  Value hook = ModuleGet(mod.AsObject(), InternStr(ts, "excepthook"));
  Value dflt = ModuleGet(mod.AsObject(), InternStr(ts, "__excepthook__"));
  Value make = ModuleGet(mod.AsObject(), InternStr(ts, "ExceptHookArgs"));
  if (hook.IsEmpty() || hook.Is(dflt) || make.IsEmpty()) return false;
  TempRoots roots(ts);
  roots.Add(hook);
  roots.Add(make);
  Value tb = vm::MaterializeTraceback(ts, exc);
  if (tb.IsError()) {
    TakePendingException(ts);
    tb = Value::None();
  }
  Value items[4] = {Value::Obj(exc.AsObject()->cls), exc, tb, self};
  Tuple* t = NewTupleFrom(ts, items, 4);
  Value args = t != nullptr ? Value::Obj(t) : Value::Error();
  if (!args.IsError()) {
    roots.Add(args);
    args = CallValue(ts, make, &args, 1);
  }
  if (!args.IsError()) {
    roots.Add(args);
    if (!CallValue(ts, hook, &args, 1).IsError()) return true;
  }
  Value err = TakePendingException(ts);
  if (IsKind(err, ObjKind::kException)) {
    static_cast<ExceptionObject*>(err.AsObject())->suppress_context = true;
  }
  roots.Add(err);
  WriteToStderr(ts, absl::StrCat("Exception in threading.excepthook:\n",
                                 FormatException(ts, err)));
  return true;
}

// The excepthook: "Exception in thread NAME:" then the traceback, on
// sys.stderr. SystemExit is silently ignored, like CPython.
void ReportUncaught(ThreadState& ts, Value self, Value exc) {
  RuntimeState& rt = RuntimeOf(ts);
  if (IsInstance(rt, exc, rt.exc.system_exit)) return;
  TempRoots roots(ts);
  roots.Add(exc);
  if (RunScriptHook(ts, self, exc)) return;
  std::string name = "?";
  Value n = GetAttrNamed(ts, self, "_name");
  if (n.IsError()) {
    TakePendingException(ts);
  } else {
    name = ValueToString(ts, n);
  }
  std::string text = absl::StrCat("Exception in thread ", name, ":\n",
                                  FormatException(ts, exc));
  WriteToStderr(ts, text);
}

void RemoveRecord(ThreadsState& st, ThreadRecord* rec) {
  std::lock_guard<std::mutex> lock(st.mu);
  auto it = std::find(st.records.begin(), st.records.end(), rec);
  if (it != st.records.end()) {
    st.records.erase(it);
    RefCounted::Unref(rec);
  }
}

Value ThreadRunMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*);

// True when `run` is Thread.run itself bound to `self` (not overridden).
bool IsDefaultRun(Value run, Value self) {
  if (!IsKind(run, ObjKind::kBoundMethod)) return false;
  auto* bm = static_cast<BoundMethod*>(run.AsObject());
  if (!bm->self.Is(self) || !IsKind(bm->func, ObjKind::kNative)) {
    return false;
  }
  return static_cast<NativeFunction*>(bm->func.AsObject())->fn ==
         &ThreadRunMethod;
}

void* ThreadMain(void* arg) {
  std::unique_ptr<StartArgs> a(static_cast<StartArgs*>(arg));
  ThreadRecord* rec = a->rec;
  // Named at attach: reports never show the thread without its name.
  ThreadState* ts = AttachThreadState(a->rt, false, a->name);
  if (ts == nullptr) {
    // Out of address space: report "finished" so start() returns.
    RemoveRecord(*a->state, rec);
    {
      std::lock_guard<std::mutex> lock(rec->sync.mu);
      rec->run = ThreadRun::kFinished;
    }
    rec->sync.cv.notify_all();
    GilAccess::Unref(a->gil);
    RefCounted::Unref(rec);
    return nullptr;
  }
  SetOsThreadName(a->name);
  // Never returns if the runtime is already gone.
  GilAccess::Acquire(a->gil, *ts);
  ts->thread_object = a->self;
  Value self = a->self;
  SetAttrNamed(*ts, self, "_ident",
               Value::Int(static_cast<int64_t>(ts->ident.load())));
  SetAttrNamed(*ts, self, "_native_id", Value::Int(NativeThreadId()));
  if (!ts->pending_exception.IsNone()) TakePendingException(*ts);
  {
    std::lock_guard<std::mutex> lock(rec->sync.mu);
    rec->ident = ts->ident.load(std::memory_order_relaxed);
    rec->native_id = NativeThreadId();
    rec->ts = ts;
    rec->run = ThreadRun::kStarted;
  }
  rec->sync.cv.notify_all();

  Value run = GetAttrNamed(*ts, self, "run");
  bool default_run = false;
  if (!run.IsError()) {
    // Thread(target=f) shows f as the bottom frame of the thread's stack
    // (SPEC 2.3): when `run` is still the base class's native method, call
    // it directly rather than through CallValue, which would push a
    // "<native> threading.Thread.run" frame for the bootstrap. An
    // overridden run() is a normal script frame.
    default_run = IsDefaultRun(run, self);
    if (default_run) {
      run = ThreadRunMethod(*ts, &self, 1, nullptr);
    } else {
      run = CallValue(*ts, run, nullptr, 0);
    }
  }
  if (run.IsError()) {
    // The traceback holds the frames that ran: the target's (CPython's
    // would add threading.py's _bootstrap_inner and run, which interp does
    // not run; see the README).
    Value exc = TakePendingException(*ts);
    ReportUncaught(*ts, self, exc);
    if (!ts->pending_exception.IsNone()) TakePendingException(*ts);
  }

  // Finish while holding the GIL, then let go of everything. After the
  // record says "finished" a joiner may end the runtime: from then on only
  // the ThreadState (type-stable) and our own references are touched.
  ts->thread_object = Value::None();
  RemoveRecord(*a->state, rec);
  {
    std::lock_guard<std::mutex> lock(rec->sync.mu);
    rec->run = ThreadRun::kFinished;
    rec->ts = nullptr;
  }
  rec->sync.cv.notify_all();
  // Detach before letting go of the GIL: the collector (which runs with
  // the GIL) reads the owner fields of every running ThreadState, and
  // Detach rewrites them. Releasing afterwards is safe even if another
  // thread already reclaimed the state: the lock only compares the pointer
  // and clears a request bit.
  DetachThreadState(ts);
  GilAccess::Release(a->gil, *ts);
  GilAccess::Unref(a->gil);
  RefCounted::Unref(rec);
  return nullptr;
}

// --- Thread methods (args[0] is self) ---

// Thread.__init__(self, group=None, target=None, name=None, args=(),
//                 kwargs=None, *, daemon=None)
Value ThreadInit(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  Value a[7];
  if (!BindArgs(ts, "Thread.__init__", args, nargs, kwnames,
                {"self", "group", "target", "name", "args", "kwargs", "daemon"},
                6, 1, a)) {
    return Value::Error();
  }
  RuntimeState& rt = RuntimeOf(ts);
  ThreadsState& st = GetThreadsState(rt);
  Value self = a[0];
  if (!a[1].IsEmpty() && !a[1].IsNone()) {
    return RaiseWithMessage(ts, rt.exc.assertion_error,
                            "group argument must be None for now");
  }
  Value target = a[2].IsEmpty() ? Value::None() : a[2];
  Value name = a[3].IsEmpty() ? Value::None() : a[3];
  Value targs = a[4];
  Value tkwargs = a[5].IsEmpty() ? Value::None() : a[5];
  TempRoots roots(ts);
  if (targs.IsEmpty()) {
    Tuple* empty = NewTuple(ts, 0);
    if (empty == nullptr) return Value::Error();
    targs = Value::Obj(empty);
  }
  roots.Add(targs);
  if (!name.IsNone()) {
    Value s = ToStr(ts, name);
    if (s.IsError()) return s;
    name = s;
  } else {
    int64_t n;
    {
      std::lock_guard<std::mutex> lock(st.mu);
      n = ++st.thread_counter;
    }
    std::string text = absl::StrCat("Thread-", n);
    if (!target.IsNone()) {
      // Like CPython 3.10+: "Thread-N (target_name)".
      Value tn = GetAttrOrEmpty(ts, target, rt.names.__name__);
      if (tn.IsError()) {
        TakePendingException(ts);
      } else if (IsKind(tn, ObjKind::kStr)) {
        absl::StrAppend(&text, " (", std::string(As<Str>(tn)->view()), ")");
      }
    }
    name = StrValue(ts, text);
    if (name.IsError()) return name;
  }
  roots.Add(name);
  Value daemon;
  if (a[6].IsEmpty() || a[6].IsNone()) {
    // Inherit the creating thread's flag.
    Value cur = ts.thread_object;
    daemon = Value::Bool(false);
    if (cur.IsObject()) {
      Value d = GetAttrOrEmpty(ts, cur, InternStr(ts, "_daemonic"));
      if (d.IsError()) return d;
      if (!d.IsEmpty()) {
        int t = Truthy(ts, d);
        if (t < 0) return Value::Error();
        daemon = Value::Bool(t != 0);
      }
    }
  } else {
    int t = Truthy(ts, a[6]);
    if (t < 0) return Value::Error();
    daemon = Value::Bool(t != 0);
  }
  auto* rec = new ThreadRecord();
  Object* handle = NewThreadRecordObject(ts, rt.classes.native_data, rec);
  if (handle == nullptr) return Value::Error();
  roots.Add(Value::Obj(handle));
  if (!SetAttrNamed(ts, self, "_target", target) ||
      !SetAttrNamed(ts, self, "_args", targs) ||
      !SetAttrNamed(ts, self, "_kwargs", tkwargs) ||
      !SetAttrNamed(ts, self, "_name", name) ||
      !SetAttrNamed(ts, self, "_daemonic", daemon) ||
      !SetAttrNamed(ts, self, "_ident", Value::None()) ||
      !SetAttrNamed(ts, self, "_native_id", Value::None()) ||
      !SetAttrNamed(ts, self, "_handle", Value::Obj(handle))) {
    return Value::Error();
  }
  return Value::None();
}

// Thread.run(self): target(*args, **kwargs).
Value ThreadRunMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*) {
  if (nargs != 1) return RaiseTypeError(ts, "run() takes no arguments");
  Value self = args[0];
  TempRoots roots(ts);
  Value target = GetAttrNamed(ts, self, "_target");
  if (target.IsError()) return target;
  if (target.IsNone()) return Value::None();
  roots.Add(target);
  Value targs = GetAttrNamed(ts, self, "_args");
  if (targs.IsError()) return targs;
  roots.Add(targs);
  Value tkwargs = GetAttrNamed(ts, self, "_kwargs");
  if (tkwargs.IsError()) return tkwargs;
  roots.Add(tkwargs);
  // Flatten into the native convention: positionals, then keyword values
  // named by a kwnames tuple. Inline storage: no allocation for the usual
  // few arguments (and nothing for a leak checker to flag in a fork child,
  // where this frame of a vanished thread still owns it).
  absl::InlinedVector<Value, 8> flat;
  Value it = GetIter(ts, targs);
  if (it.IsError()) return it;
  roots.Add(it);
  for (;;) {
    Value v = IterNext(ts, it);
    if (v.IsError()) return v;
    if (v.IsEmpty()) break;
    roots.Add(v);
    flat.push_back(v);
  }
  uint32_t npos = static_cast<uint32_t>(flat.size());
  Tuple* kwnames = nullptr;
  if (IsKind(tkwargs, ObjKind::kDict)) {
    // Dict is opaque here (dict.h): no static_cast from Object.
    Dict* d = reinterpret_cast<Dict*>(tkwargs.AsObject());
    uint32_t n = DictSize(d);
    if (n > 0) {
      kwnames = NewTuple(ts, n);
      if (kwnames == nullptr) return Value::Error();
      roots.Add(Value::Obj(kwnames));
      uint32_t pos = 0, i = 0;
      Value k, v;
      while (i < n && DictNext(d, &pos, &k, &v)) {
        if (!IsKind(k, ObjKind::kStr)) {
          return RaiseTypeError(ts, "keywords must be strings");
        }
        kwnames->items[i++] = k;
        flat.push_back(v);
      }
    }
  } else if (!tkwargs.IsNone()) {
    return RaiseTypeError(ts, "argument after ** must be a mapping");
  }
  Value r = CallValue(ts, target, flat.data(), npos, kwnames);
  if (r.IsError()) return r;
  return Value::None();
}

Value ThreadStart(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  Value unused[1];
  if (!BindPyArgs(ts, "Thread.start", args, nargs, kwnames, {"self"}, 1,
                  unused)) {
    return Value::Error();
  }
  Value self = args[0];
  RuntimeState& rt = RuntimeOf(ts);
  ThreadRecord* rec = RecordOf(ts, self, NotInit::kStart);
  if (rec == nullptr) return Value::Error();
  Value name_v = GetAttrNamed(ts, self, "_name");
  if (name_v.IsError()) return name_v;
  std::string name = ValueToString(ts, name_v);
  Value daemon_v = GetAttrNamed(ts, self, "_daemonic");
  if (daemon_v.IsError()) return daemon_v;
  int daemon = Truthy(ts, daemon_v);
  if (daemon < 0) return Value::Error();
  {
    std::lock_guard<std::mutex> lock(rec->sync.mu);
    if (rec->run != ThreadRun::kNew) {
      RaiseRuntimeError(ts, "threads can only be started once");
      return Value::Error();
    }
    rec->run = ThreadRun::kStarting;
    rec->daemon = daemon != 0;
  }
  ThreadsState& st = GetThreadsState(rt);
  auto start = std::make_unique<StartArgs>();
  start->state = rt.threads;
  start->gil = GilAccess::Retain(*rt.gil);
  rec->Ref();  // for the new thread
  start->rec = rec;
  start->rt = &rt;
  start->self = self;
  start->name = name;
  {
    std::lock_guard<std::mutex> lock(st.mu);
    rec->Ref();  // for `records`: counted as alive from now on
    st.records.push_back(rec);
  }
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t tid;
  int err = pthread_create(&tid, &attr, ThreadMain, start.get());
  pthread_attr_destroy(&attr);
  if (err != 0) {
    RemoveRecord(st, rec);
    GilAccess::Unref(start->gil);
    RefCounted::Unref(rec);
    {
      std::lock_guard<std::mutex> lock(rec->sync.mu);
      rec->run = ThreadRun::kNew;
    }
    return RaiseRuntimeError(ts, "can't start new thread");
  }
  start.release();  // owned by ThreadMain now
  // Wait (GIL released) until the thread runs, so that ident is set when
  // start() returns, like CPython. Not interruptible by signals: `self`
  // must stay rooted by our arguments until the thread holds it.
  rec->Ref();
  {
    BlockingRegion region(ts);
    std::unique_lock<std::mutex> lock(rec->sync.mu);
    rec->sync.cv.wait(lock, [&] { return rec->run != ThreadRun::kStarting; });
  }
  RefCounted::Unref(rec);
  return Value::None();
}

// Thread.join(self, timeout=None)
Value ThreadJoin(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  Value a[2];
  if (!BindPyArgs(ts, "Thread.join", args, nargs, kwnames, {"self", "timeout"},
                  1, a)) {
    return Value::Error();
  }
  ThreadRecord* rec = RecordOf(ts, a[0], NotInit::kJoin);
  if (rec == nullptr) return Value::Error();
  bool has_deadline = false;
  SteadyClock::time_point deadline;
  if (!a[1].IsEmpty() && !a[1].IsNone()) {
    double secs;
    if (!ToSeconds(ts, a[1], &secs)) return Value::Error();
    has_deadline = secs < kTimeoutMax;
    deadline = DeadlineAfter(secs);
  }
  {
    std::lock_guard<std::mutex> lock(rec->sync.mu);
    if (rec->run == ThreadRun::kNew) {
      RaiseRuntimeError(ts, "cannot join thread before it is started");
      return Value::Error();
    }
    if (rec->ts == &ts && rec->run == ThreadRun::kStarted) {
      RaiseRuntimeError(ts, "cannot join current thread");
      return Value::Error();
    }
    if (rec->run == ThreadRun::kFinished) return Value::None();
  }
  rec->Ref();
  ActivityScope activity(ts, ThreadActivity::kJoining, "Thread.join");
  WaitResult r = WaitUntil(ts, rec->sync, has_deadline, deadline,
                           [&] { return rec->run == ThreadRun::kFinished; });
  RefCounted::Unref(rec);
  if (r == WaitResult::kError) {
    return Value::Error();
  }
  return Value::None();
}

Value ThreadIsAlive(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames) {
  Value unused[1];
  if (!BindPyArgs(ts, "Thread.is_alive", args, nargs, kwnames, {"self"}, 1,
                  unused)) {
    return Value::Error();
  }
  ThreadRecord* rec = RecordOf(ts, args[0], NotInit::kAssert);
  if (rec == nullptr) return Value::Error();
  std::lock_guard<std::mutex> lock(rec->sync.mu);
  return Value::Bool(rec->run == ThreadRun::kStarted ||
                     rec->run == ThreadRun::kStarting);
}

Value ThreadRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1) return RaiseTypeError(ts, "__repr__() takes no arguments");
  Value self = args[0];
  RuntimeState& rt = RuntimeOf(ts);
  ThreadRecord* rec = RecordOf(ts, self, NotInit::kRepr);
  if (rec == nullptr) return Value::Error();
  ThreadRun run;
  uint64_t ident;
  {
    std::lock_guard<std::mutex> lock(rec->sync.mu);
    run = rec->run;
    ident = rec->ident;
  }
  Value name_v = GetAttrNamed(ts, self, "_name");
  if (name_v.IsError()) return name_v;
  std::string name = ValueToString(ts, name_v);
  Value daemon_v = GetAttrNamed(ts, self, "_daemonic");
  if (daemon_v.IsError()) return daemon_v;
  int daemon = Truthy(ts, daemon_v);
  if (daemon < 0) return Value::Error();
  std::string status = "initial";
  if (run == ThreadRun::kStarted) status = "started";
  if (run == ThreadRun::kFinished) status = "stopped";
  if (daemon) status += " daemon";
  if (run != ThreadRun::kNew && ident != 0)
    absl::StrAppend(&status, " ", ident);
  ClassObject* cls = ClassOf(rt, self);
  return StrValue(ts, absl::StrCat("<", std::string(cls->name->view()), "(",
                                   name, ", ", status, ")>"));
}

// --- Thread properties ---
// (The natives read the storage attributes directly: a property read would
// be a native call, visible as a frame to crash reporters.)
// name, daemon, ident and native_id are properties, as in CPython: reading
// them asserts that __init__ ran, daemon cannot change once the thread was
// started, ident and native_id are read-only. The values live in plain
// instance attributes (_name, _daemonic, _ident, _native_id) that the
// natives set directly.

Value ThreadGetAttr(ThreadState& ts, const Value* args, uint32_t nargs,
                    std::string_view storage) {
  if (nargs != 1) return RaiseTypeError(ts, "expected 1 argument");
  if (RecordOf(ts, args[0], NotInit::kAssert) == nullptr) {
    return Value::Error();
  }
  return GetAttrNamed(ts, args[0], storage);
}

Value ThreadNameGet(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple*) {
  return ThreadGetAttr(ts, args, nargs, "_name");
}
Value ThreadDaemonGet(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*) {
  return ThreadGetAttr(ts, args, nargs, "_daemonic");
}
Value ThreadIdentGet(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  return ThreadGetAttr(ts, args, nargs, "_ident");
}
Value ThreadNativeIdGet(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple*) {
  return ThreadGetAttr(ts, args, nargs, "_native_id");
}

Value ThreadNameSet(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple*) {
  if (nargs != 2) return RaiseTypeError(ts, "expected 2 arguments");
  if (RecordOf(ts, args[0], NotInit::kAssert) == nullptr) {
    return Value::Error();
  }
  Value s = ToStr(ts, args[1]);
  if (s.IsError()) return s;
  if (!SetAttrNamed(ts, args[0], "_name", s)) return Value::Error();
  return Value::None();
}

Value ThreadDaemonSet(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*) {
  if (nargs != 2) return RaiseTypeError(ts, "expected 2 arguments");
  ThreadRecord* rec = RecordOf(ts, args[0], NotInit::kJoin);
  if (rec == nullptr) return Value::Error();
  bool started;
  {
    std::lock_guard<std::mutex> lock(rec->sync.mu);
    started = rec->run != ThreadRun::kNew;
  }
  if (started) {
    return RaiseRuntimeError(ts, "cannot set daemon status of active thread");
  }
  int t = Truthy(ts, args[1]);
  if (t < 0) return Value::Error();
  if (!SetAttrNamed(ts, args[0], "_daemonic", Value::Bool(t != 0))) {
    return Value::Error();
  }
  return Value::None();
}

// Adds property `name` (getter, optional setter) to `cls`.
bool AddProperty(ThreadState& ts, ClassObject* cls, std::string_view name,
                 NativeFn getter, NativeFn setter) {
  RuntimeState& rt = RuntimeOf(ts);
  TempRoots roots(ts);
  Value fns[2] = {Value::None(), Value::None()};
  NativeFunction* g = NewNative(
      ts, absl::StrCat("threading.Thread.", std::string(name)), getter);
  if (g == nullptr) return false;
  fns[0] = Value::Obj(g);
  roots.Add(fns[0]);
  if (setter != nullptr) {
    NativeFunction* st = NewNative(
        ts, absl::StrCat("threading.Thread.", std::string(name)), setter);
    if (st == nullptr) return false;
    fns[1] = Value::Obj(st);
    roots.Add(fns[1]);
  }
  Value prop = CallValue(ts, Value::Obj(rt.classes.property), fns, 2);
  if (prop.IsError()) return false;
  roots.Add(prop);
  Str* key = InternStr(ts, name);
  return key != nullptr && DictSetStr(ts, ClassDict(ts, cls), key, prop);
}

// No-op __init__ for _MainThread / _DummyThread: their objects are set up
// by MakeThreadObject.
Value SpecialThreadInit(ThreadState&, const Value*, uint32_t, Tuple*) {
  return Value::None();
}

// A Thread object for a thread that was not started by the threading
// module (the main thread, or a host thread): already running.
Value MakeThreadObject(ThreadState& ts, ThreadState& owner, bool main) {
  RuntimeState& rt = RuntimeOf(ts);
  ThreadsState& st = GetThreadsState(rt);
  ClassObject* cls = main ? st.main_thread_class : st.dummy_thread_class;
  if (cls == nullptr) return RaiseRuntimeError(ts, "threading not imported");
  TempRoots roots(ts);
  Value obj = CallValue(ts, Value::Obj(cls), nullptr, 0);
  if (obj.IsError()) return obj;
  roots.Add(obj);
  std::string name;
  if (main) {
    name = "MainThread";
  } else {
    int64_t n;
    {
      std::lock_guard<std::mutex> lock(st.mu);
      n = ++st.dummy_counter;
    }
    name = absl::StrCat("Dummy-", n);
  }
  Value name_v = StrValue(ts, name);
  if (name_v.IsError()) return name_v;
  roots.Add(name_v);
  auto* rec = new ThreadRecord();
  uint64_t ident = owner.ident.load(std::memory_order_relaxed);
  rec->run = ThreadRun::kStarted;
  rec->daemon = !main;
  rec->ident = ident;
  rec->ts = &owner;
  rec->native_id = &owner == &ts ? NativeThreadId() : 0;
  Object* handle = NewThreadRecordObject(ts, rt.classes.native_data, rec);
  if (handle == nullptr) return Value::Error();
  roots.Add(Value::Obj(handle));
  Value none = Value::None();
  if (!SetAttrNamed(ts, obj, "_target", none) ||
      !SetAttrNamed(ts, obj, "_args", none) ||
      !SetAttrNamed(ts, obj, "_kwargs", none) ||
      !SetAttrNamed(ts, obj, "_name", name_v) ||
      !SetAttrNamed(ts, obj, "_daemonic", Value::Bool(!main)) ||
      !SetAttrNamed(ts, obj, "_ident",
                    Value::Int(static_cast<int64_t>(ident))) ||
      !SetAttrNamed(ts, obj, "_native_id",
                    rec->native_id ? Value::Int(rec->native_id) : none) ||
      !SetAttrNamed(ts, obj, "_handle", Value::Obj(handle))) {
    return Value::Error();
  }
  // Crash reports name the thread like scripts do, unless the host named it.
  if (&owner == &ts && owner.name_len.load(std::memory_order_relaxed) == 0) {
    owner.SetName(name.data(), name.size());
  }
  // Keeps the object alive and makes current_thread() return it. The owner
  // is parked (we hold the GIL), so writing its field is safe.
  owner.thread_object = obj;
  return obj;
}

// The runtime's main ThreadState, or null when it is not attached.
ThreadState* MainThreadState(RuntimeState& rt) {
  if (rt.main_thread != nullptr) return rt.main_thread;
  for (ThreadState* t = FirstThreadState(); t != nullptr; t = t->next) {
    if (t->runtime.load(std::memory_order_acquire) == &rt &&
        t->status.load(std::memory_order_acquire) == ThreadStatus::kRunning &&
        t->is_main.load(std::memory_order_relaxed)) {
      return t;
    }
  }
  return nullptr;
}

bool IsMainThreadState(RuntimeState& rt, ThreadState& ts) {
  return MainThreadState(rt) == &ts;
}

Value CurrentThreadObject(ThreadState& ts) {
  if (ts.thread_object.IsObject()) return ts.thread_object;
  return MakeThreadObject(ts, ts, IsMainThreadState(RuntimeOf(ts), ts));
}

// --- Module functions ---

Value FnCurrentThread(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  if (!BindPyArgs(ts, "current_thread", args, nargs, kwnames, {}, 0, nullptr)) {
    return Value::Error();
  }
  return CurrentThreadObject(ts);
}

Value FnMainThread(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  if (!BindPyArgs(ts, "main_thread", args, nargs, kwnames, {}, 0, nullptr)) {
    return Value::Error();
  }
  ThreadState* main = MainThreadState(RuntimeOf(ts));
  if (main == nullptr) return Value::None();
  if (main->thread_object.IsObject()) return main->thread_object;
  return MakeThreadObject(ts, *main, true);
}

Value FnGetIdent(ThreadState& ts, const Value*, uint32_t nargs,
                 Tuple* kwnames) {
  if (!CheckNoArgsC(ts, "_thread.get_ident", nargs, kwnames)) {
    return Value::Error();
  }
  return Value::Int(static_cast<int64_t>(CurrentIdent()));
}

Value FnGetNativeId(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (nargs != 0) {
    return RaiseTypeError(ts, "get_native_id() takes no arguments");
  }
  return Value::Int(NativeThreadId());
}

// Threads that count as alive: the main thread, every started-and-not-
// finished Thread, and the current thread if it is a host thread.
Value FnEnumerate(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (nargs != 0) return RaiseTypeError(ts, "enumerate() takes no arguments");
  RuntimeState& rt = RuntimeOf(ts);
  ThreadsState& st = GetThreadsState(rt);
  TempRoots roots(ts);
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  roots.Add(Value::Obj(out));
  ThreadState* main = MainThreadState(rt);
  if (main != nullptr) {
    Value m = main->thread_object.IsObject()
                  ? main->thread_object
                  : MakeThreadObject(ts, *main, true);
    if (m.IsError()) return m;
    if (!ListAppend(ts, out, m)) return Value::Error();
  }
  std::vector<ThreadState*> running;
  {
    std::lock_guard<std::mutex> lock(st.mu);
    for (ThreadRecord* rec : st.records) {
      std::lock_guard<std::mutex> rlock(rec->sync.mu);
      if (rec->run == ThreadRun::kStarted && rec->ts != nullptr) {
        running.push_back(rec->ts);
      }
    }
  }
  // Their thread_object fields are stable: they are parked (we hold the
  // GIL) and only change them with the GIL held.
  for (ThreadState* t : running) {
    if (t->thread_object.IsObject() && !ListAppend(ts, out, t->thread_object)) {
      return Value::Error();
    }
  }
  if (&ts != main && !ts.thread_object.IsObject()) {
    Value cur = CurrentThreadObject(ts);
    if (cur.IsError()) return cur;
    if (!ListAppend(ts, out, cur)) return Value::Error();
  }
  return Value::Obj(out);
}

Value FnActiveCount(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames) {
  if (!BindPyArgs(ts, "active_count", args, nargs, kwnames, {}, 0, nullptr)) {
    return Value::Error();
  }
  Value list = FnEnumerate(ts, args, 0, kwnames);
  if (list.IsError()) return list;
  return Value::Int(As<List>(list)->size);
}

ClassObject* MakeClass(ThreadState& ts, Module* m, std::string_view name,
                       ClassObject* base) {
  ClassObject* cls =
      NewClass(ts, name, base, "threading", ObjKind::kInstance, kClassBaseOk);
  if (cls == nullptr) return nullptr;
  if (!AddValue(ts, m, name, Value::Obj(cls))) return nullptr;
  return cls;
}

// Condition, Semaphore, BoundedSemaphore, Barrier, BrokenBarrierError,
// Timer and local are written in Python (runtime/lib/_threading_py.py) on
// top of the classes above; that module imports threading, so this one is
// registered in sys.modules first. Its __all__ names are copied here.
bool AddPythonHalf(ThreadState& ts, Module* m) {
  RuntimeState& rt = RuntimeOf(ts);
  Str* name = InternStr(ts, "threading");
  Str* half = InternStr(ts, "_threading_py");
  if (name == nullptr || half == nullptr ||
      !DictSetStr(ts, rt.modules, name, Value::Obj(m))) {
    return false;
  }
  Value py = ImportModule(ts, half);
  if (py.IsError()) return false;
  TempRoots roots(ts);
  roots.Add(py);
  Value names = ModuleGet(py.AsObject(), InternStr(ts, "__all__"));
  if (!IsKind(names, ObjKind::kList)) {
    RaiseRuntimeError(ts, "_threading_py has no __all__ list");
    return false;
  }
  List* list = As<List>(names);
  for (uint32_t i = 0; i < list->size; ++i) {
    if (!IsKind(list->items[i], ObjKind::kStr)) continue;
    Str* key = static_cast<Str*>(list->items[i].AsObject());
    Value v = ModuleGet(py.AsObject(), key);
    if (v.IsEmpty() || !DictSetStr(ts, m->dict, key, v)) return false;
  }
  return true;
}

Module* InitThreadingModule(ThreadState& ts) {
  RuntimeState& rt = RuntimeOf(ts);
  ThreadsState& st = GetThreadsState(rt);
  Object* mo = NewModule(ts, "threading");
  if (mo == nullptr) return nullptr;
  auto* m = static_cast<Module*>(mo);
  TempRoots roots(ts);
  roots.Add(Value::Obj(mo));

  ClassObject* thread = MakeClass(ts, m, "Thread", rt.classes.object);
  if (thread == nullptr) return nullptr;
  struct Method {
    const char* name;
    NativeFn fn;
  };
  static const Method kThreadMethods[] = {
      {"__init__", ThreadInit},    {"run", ThreadRunMethod},
      {"start", ThreadStart},      {"join", ThreadJoin},
      {"is_alive", ThreadIsAlive}, {"__repr__", ThreadRepr},
  };
  for (const Method& meth : kThreadMethods) {
    if (!AddMethod(ts, thread, absl::StrCat("threading.Thread.", meth.name),
                   meth.name, meth.fn)) {
      return nullptr;
    }
  }
  if (!AddProperty(ts, thread, "name", ThreadNameGet, ThreadNameSet) ||
      !AddProperty(ts, thread, "daemon", ThreadDaemonGet, ThreadDaemonSet) ||
      !AddProperty(ts, thread, "ident", ThreadIdentGet, nullptr) ||
      !AddProperty(ts, thread, "native_id", ThreadNativeIdGet, nullptr)) {
    return nullptr;
  }
  ClassObject* main_cls = MakeClass(ts, m, "_MainThread", thread);
  ClassObject* dummy_cls = MakeClass(ts, m, "_DummyThread", thread);
  if (main_cls == nullptr || dummy_cls == nullptr) return nullptr;
  if (!AddMethod(ts, main_cls, "threading._MainThread.__init__", "__init__",
                 SpecialThreadInit) ||
      !AddMethod(ts, dummy_cls, "threading._DummyThread.__init__", "__init__",
                 SpecialThreadInit)) {
    return nullptr;
  }
  st.thread_class = thread;
  st.main_thread_class = main_cls;
  st.dummy_thread_class = dummy_cls;
  st.threading_module = mo;

  if (!AddFunction(ts, m, "current_thread", FnCurrentThread) ||
      !AddFunction(ts, m, "currentThread", FnCurrentThread) ||
      !AddFunction(ts, m, "main_thread", FnMainThread) ||
      !AddFunction(ts, m, "get_ident", FnGetIdent) ||
      !AddFunction(ts, m, "get_native_id", FnGetNativeId) ||
      !AddFunction(ts, m, "active_count", FnActiveCount) ||
      !AddFunction(ts, m, "activeCount", FnActiveCount) ||
      !AddFunction(ts, m, "enumerate", FnEnumerate) ||
      !AddValue(ts, m, "TIMEOUT_MAX", Value::Float(kTimeoutMax)) ||
      !AddSyncClasses(ts, m) || !AddPythonHalf(ts, m)) {
    return nullptr;
  }
  return m;
}

// Joins every non-daemon thread (threads started meanwhile included).
void WaitForNonDaemons(ThreadState& ts, ThreadsState& st) {
  for (;;) {
    ThreadRecord* rec = nullptr;
    {
      std::lock_guard<std::mutex> lock(st.mu);
      for (ThreadRecord* r : st.records) {
        std::lock_guard<std::mutex> rlock(r->sync.mu);
        if (!r->daemon && r->run != ThreadRun::kFinished && r->ts != &ts) {
          rec = r;
          rec->Ref();
          break;
        }
      }
    }
    if (rec == nullptr) return;
    // The host's stop ends the threads themselves; exit still waits.
    ActivityScope activity(ts, ThreadActivity::kJoining, "threading._shutdown");
    WaitResult r = WaitUntil(
        ts, rec->sync, false, SteadyClock::time_point(),
        [&] { return rec->run == ThreadRun::kFinished; },
        /*host_stoppable=*/false);
    RefCounted::Unref(rec);
    if (r == WaitResult::kError) {
      // Ctrl-C (or a raising handler) while waiting at exit: report it and
      // stop waiting, like CPython's threading._shutdown.
      Value exc = TakePendingException(ts);
      TempRoots roots(ts);
      roots.Add(exc);
      std::string text = FormatException(ts, exc);
      // CPython's unraisable hook writes "Type: message" even when the
      // message is empty ("KeyboardInterrupt: ").
      if (ValueToString(ts, exc).empty() && !text.empty() &&
          text.back() == '\n') {
        text.insert(text.size() - 1, ": ");
      }
      // The wording is CPython's, whose threading module is that file.
      WriteToStderr(ts, absl::StrCat("Exception ignored in: <module "
                                     "'threading' from "
                                     "'/usr/lib/python3.11/threading.py'>\n",
                                     text));
      return;
    }
  }
}

// After GilAccess::ShutDown: the daemon threads still running will only
// ever park. Their states stop claiming to belong to the runtime, so that a
// later runtime allocated at the same address does not take their stale
// stacks for its own roots. (They are parked or about to park without
// reading the field again: every path out of a blocking region or a wait
// for the lock goes through the shut lock first.)
void DisownDaemonThreads(ThreadState& ts, ThreadsState& st) {
  RuntimeState* rt = ts.runtime.load(std::memory_order_relaxed);
  std::lock_guard<std::mutex> lock(st.mu);
  for (ThreadRecord* r : st.records) {
    std::lock_guard<std::mutex> rlock(r->sync.mu);
    if (r->run == ThreadRun::kStarted && r->ts != nullptr && r->ts != &ts &&
        r->ts->runtime.load(std::memory_order_relaxed) == rt) {
      r->ts->runtime.store(nullptr, std::memory_order_release);
    }
  }
}

// Runs the callables threading._register_atexit recorded (the Python half
// keeps them), before the non-daemon threads are joined: a thread pool's
// workers only leave their loop once told to.
void RunThreadingAtexits(ThreadState& ts) {
  RuntimeState& rt = RuntimeOf(ts);
  Str* half = InternStr(ts, "_threading_py");
  Str* run = InternStr(ts, "_run_atexits");
  if (half == nullptr || run == nullptr || rt.modules == nullptr) return;
  Value py = DictGetStr(rt.modules, half);
  if (!py.IsObject()) return;
  Value fn = ModuleGet(py.AsObject(), run);
  if (fn.IsEmpty()) return;
  TempRoots roots(ts);
  roots.Add(fn);
  Value r = CallValue(ts, fn, nullptr, 0);
  if (!r.IsError()) return;
  Value exc = TakePendingException(ts);
  roots.Add(exc);
  WriteToStderr(ts, absl::StrCat("Exception ignored in atexit callback:\n",
                                 FormatException(ts, exc)));
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("threading", InitThreadingModule);

// --- threading.h ---

void WaitForNonDaemonThreads(ThreadState& ts) {
  RuntimeState& rt = RuntimeOf(ts);
  if (rt.threads != nullptr) {
    RunThreadingAtexits(ts);
    WaitForNonDaemons(ts, *rt.threads);
  }
  // Daemon threads never run script code again: the runtime is about to be
  // torn down, possibly with the lock released on the way.
  if (rt.gil != nullptr) GilAccess::ShutDown(*rt.gil, ts);
  if (rt.threads != nullptr) DisownDaemonThreads(ts, *rt.threads);
}

void ThreadingAfterForkChild(ThreadState& ts) {
  RuntimeState& rt = RuntimeOf(ts);
  rt.main_thread = &ts;
  ts.is_main.store(true, std::memory_order_relaxed);
  if (rt.threads == nullptr) return;
  ThreadsState& st = *rt.threads;
  // The other threads do not exist in the child: their records are
  // finished (is_alive() is False, join() returns at once). The current
  // thread becomes the main thread and is no longer waited for at exit.
  std::vector<ThreadRecord*> records;
  records.swap(st.records);
  for (ThreadRecord* rec : records) {
    if (rec->ts != &ts) {
      rec->run = ThreadRun::kFinished;
      rec->ts = nullptr;
    }
    RefCounted::Unref(rec);
  }
  // A dummy/Thread object of the current thread keeps working; the old
  // main thread's object (if any) is now just a finished thread.
  if (ThreadRecord* rec = AsThreadRecord(
          ts.thread_object.IsObject()
              ? GetAttrOrEmpty(ts, ts.thread_object, InternStr(ts, "_handle"))
              : Value::None())) {
    rec->daemon = false;
  }
  if (!ts.pending_exception.IsNone()) TakePendingException(ts);
}

}  // namespace interp
