// interp::Runtime (runtime.h): the host-facing wrapper around RuntimeState.
// Every public method takes the runtime's global lock for the calling
// thread (unless that thread already holds it, e.g. a host native function
// calling back into the runtime) and turns script exceptions into
// absl::Status values whose message is the CPython-style traceback.
#include "runtime/embed/runtime.h"

#include <pthread.h>
#include <time.h>

#include <exception>
#include <fstream>
#include <new>
#include <sstream>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "runtime/builtins/bootstrap.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/file.h"
#include "runtime/embed/entry.h"
#include "runtime/frames/thread_registry.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/threads/threading.h"
#include "runtime/vm/call.h"
#include "runtime/vm/finalizers.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace {

void CallMethodIgnoringErrors(ThreadState& ts, Value obj, Str* name) {
  if (!obj.IsObject()) return;
  TempRoots roots(ts);
  roots.Add(obj);
  Value m = GetAttrOrEmpty(ts, obj, name);
  if (m.IsObject()) {
    roots.Add(m);
    if (CallValue(ts, m, nullptr, 0).IsError()) TakePendingException(ts);
  } else if (m.IsError()) {
    TakePendingException(ts);
  }
}

// stream.flush(), errors ignored. A file object of a builtin file class
// (what sys.stdout and sys.stderr are unless a script replaced them) is
// flushed directly: looking `flush` up would make every native of its class
// (lazy_natives.h), a few dozen objects and pages on each exit.
void FlushStream(ThreadState& ts, Value stream, Str* flush) {
  if (builtins::IsFile(stream) &&
      (stream.AsObject()->cls->flags & kClassBuiltin)) {
    builtins::FileObject* f = builtins::AsFile(stream);
    // flush() of a closed file raises ValueError, ignored here.
    if ((f->flags & builtins::kFileClosed) == 0 &&
        !builtins::FileFlush(ts, f)) {
      TakePendingException(ts);
    }
    return;
  }
  CallMethodIgnoringErrors(ts, stream, flush);
}

void FlushStdio(ThreadState& ts) {
  RuntimeState& rt = *ts.runtime.load(std::memory_order_relaxed);
  if (rt.sys_module == nullptr) return;
  Value saved = TakePendingException(ts);
  FlushStream(ts, ModuleGet(rt.sys_module, rt.names.stdout), rt.names.flush);
  FlushStream(ts, ModuleGet(rt.sys_module, rt.names.stderr), rt.names.flush);
  ts.pending_exception = saved;
}

// SystemExit's code: args[0] for one argument, None for none, the args
// tuple otherwise (or the `code` attribute when a subclass set it).
Value SystemExitCode(ThreadState& ts, ExceptionObject* e) {
  RuntimeState& rt = *ts.runtime.load(std::memory_order_relaxed);
  if (e->attrs != nullptr) {
    Value c = DictGetStr(e->attrs, rt.names.code);
    if (!c.IsEmpty()) return c;
  }
  if (e->args == nullptr || e->args->size == 0) return Value::None();
  if (e->args->size == 1) return e->args->items[0];
  return Value::Obj(e->args);
}

int64_t MonotonicNs() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

}  // namespace

std::optional<int> SystemExitCode(const absl::Status& status) {
  absl::optional<absl::Cord> p = status.GetPayload(kSystemExitPayload);
  if (!p.has_value()) return std::nullopt;
  int code = 0;
  if (!absl::SimpleAtoi(std::string(*p), &code)) return std::nullopt;
  return code;
}

namespace {
absl::Status NoThreadState() {
  return absl::ResourceExhaustedError("cannot map a thread state");
}

// No C++ exception leaves the library (SPEC 3). The runtime's heap reports
// exhaustion as MemoryError itself; what can still throw is a standard
// container growing under a hard memory limit (ulimit -v) -- the compiler's
// tables, a traceback's text. Such a call ends with a MemoryError status
// (Entry cuts the frame stack back to where the call began), and the
// runtime stays usable.
template <typename R, typename F>
R Guarded(F&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("MemoryError\n");
  } catch (const std::exception& e) {
    return absl::InternalError(absl::StrCat("internal error: ", e.what()));
  }
}
}  // namespace

Runtime::Runtime(Options options)
    : state_(std::make_unique<RuntimeState>(std::move(options))) {
  main_ts_ = AttachThreadState(state_.get(), true, "MainThread");
  if (main_ts_ == nullptr) return;
  if (state_->main_thread == nullptr) state_->main_thread = main_ts_;
  if (state_->gil == nullptr) state_->gil = MakeUpperLayer<Gil>();
  Entry entry(*this);
  ok_ = BootstrapRuntime(*main_ts_);
}

Runtime::~Runtime() {
  if (main_ts_ == nullptr) return;
  Finalize();
  DetachThreadState(main_ts_);
  main_ts_ = nullptr;
  state_.reset();
}

void Runtime::Finalize() {
  try {
    if (finalized_ || main_ts_ == nullptr || !ok_) return;
    finalized_ = true;
    Entry entry(*this);
    if (entry.thread() == nullptr) return;
    RunExitWork(*entry.thread());
    // A daemon thread's fatal report must not be cut short by the exit
    // that follows: wait for it and the death it leads to.
    WaitForFatalReportToEnd();
  } catch (const std::exception&) {
    // Nothing to report to: the call had no result (see Guarded).
  }
}

void Runtime::RunExitWork(ThreadState& ts) {
  FlushStdio(ts);
  WaitForNonDaemonThreads(ts);
  // atexit callbacks, after the threads are joined as in CPython's
  // Py_FinalizeEx; a host's runtime runs them at teardown too.
  RunAtexitCallbacks(ts);
  // Objects still alive get their __del__ and suspended generators
  // their close(), as at CPython's shutdown.
  RunDelAtExit(ts);
  FlushStdio(ts);
}

void Runtime::RunExitHandlers() {
  try {
    if (finalized_ || main_ts_ == nullptr || !ok_) return;
    Entry entry(*this);
    if (entry.thread() == nullptr) return;
    RunExitWork(*entry.thread());
  } catch (const std::exception&) {
    // As Finalize.
  }
}

ThreadState* Runtime::FindAttached() const {
  const uint64_t self = static_cast<uint64_t>(pthread_self());
  RuntimeState* rt = state_.get();
  auto mine = [&](ThreadState* ts) {
    return ts != nullptr && ts->runtime.load(std::memory_order_relaxed) == rt &&
           ts->ident.load(std::memory_order_relaxed) == self &&
           ts->status.load(std::memory_order_acquire) == ThreadStatus::kRunning;
  };
  // The TLS slot may be stale (a state detached by another thread and
  // reused) or belong to another runtime, hence the checks.
  ThreadState* cur = CurrentThreadState();
  if (mine(cur)) return cur;
  if (mine(main_ts_)) return main_ts_;
  for (ThreadState* ts = FirstThreadState(); ts != nullptr; ts = ts->next) {
    if (mine(ts)) return ts;
  }
  return nullptr;
}

absl::Status Runtime::StatusFromPending(ThreadState& ts) {
  return StatusFromException(ts, TakePendingException(ts));
}

absl::Status Runtime::StatusFromUncaught(ThreadState& ts) {
  RuntimeState& rt = *state_;
  Value exc = TakePendingException(ts);
  TempRoots roots(ts);
  roots.Add(exc);
  if (rt.sys_module == nullptr || (rt.exc.system_exit != nullptr &&
                                   IsInstance(rt, exc, rt.exc.system_exit))) {
    return StatusFromException(ts, exc);
  }
  Str* hook_name = InternStr(ts, "excepthook");
  Str* dflt_name = InternStr(ts, "__excepthook__");
  Value hook = hook_name != nullptr ? ModuleGet(rt.sys_module, hook_name)
                                    : Value::Empty();
  Value dflt = dflt_name != nullptr ? ModuleGet(rt.sys_module, dflt_name)
                                    : Value::Empty();
  if (hook.IsEmpty()) {
    absl::Status st = StatusFromException(ts, exc);
    absl::Status out(st.code(),
                     absl::StrCat("sys.excepthook is missing\n", st.message()));
    st.ForEachPayload([&](absl::string_view url, const absl::Cord& payload) {
      out.SetPayload(url, payload);
    });
    return out;
  }
  if (hook.Is(dflt) || !exc.IsObject()) return StatusFromException(ts, exc);
  roots.Add(hook);
  Value tb = vm::MaterializeTraceback(ts, exc);
  if (tb.IsError()) {
    TakePendingException(ts);
    tb = Value::None();
  }
  Value args[3] = {Value::Obj(exc.AsObject()->cls), exc, tb};
  Value r = CallValue(ts, hook, args, 3);
  absl::Status st = StatusFromException(ts, exc);
  if (!r.IsError()) {
    st.SetPayload(kExceptHookRanPayload, absl::Cord("1"));
    return st;
  }
  Value err = TakePendingException(ts);
  roots.Add(err);
  absl::Status out(
      st.code(),
      absl::StrCat("Error in sys.excepthook:\n", FormatException(ts, err),
                   "\nOriginal exception was:\n", st.message()));
  st.ForEachPayload([&](absl::string_view url, const absl::Cord& payload) {
    out.SetPayload(url, payload);
  });
  return out;
}

absl::Status Runtime::StatusFromException(ThreadState& ts, Value exc) {
  RuntimeState& rt = *state_;
  TempRoots roots(ts);
  roots.Add(exc);
  if (IsKind(exc, ObjKind::kException) && rt.exc.system_exit != nullptr &&
      IsInstance(rt, exc, rt.exc.system_exit)) {
    Value code =
        SystemExitCode(ts, static_cast<ExceptionObject*>(exc.AsObject()));
    std::string message;
    int status = 0;
    if (code.IsNone()) {
      status = 0;
    } else if (code.IsIntLike()) {
      status = static_cast<int>(code.AsInt());
    } else if (IsBigInt(code)) {
      status = -1;  // CPython: a C long overflow, silently -1 (255)
    } else {
      // Printed to stderr by the command, like CPython.
      Value s = ToStr(ts, code);
      if (s.IsError()) {
        TakePendingException(ts);
      } else {
        message = std::string(vm::AsStr(s)->view());
      }
      status = 1;
    }
    exit_code_ = status;
    absl::Status st(absl::StatusCode::kAborted, message);
    st.SetPayload(kSystemExitPayload, absl::Cord(absl::StrCat(status)));
    return st;
  }
  std::string text = FormatException(ts, exc);
  bool syntax = rt.exc.syntax_error != nullptr &&
                IsInstance(rt, exc, rt.exc.syntax_error);
  absl::Status st(
      syntax ? absl::StatusCode::kInvalidArgument : absl::StatusCode::kUnknown,
      text);
  ClassObject* cls =
      IsKind(exc, ObjKind::kClass) ? As<ClassObject>(exc) : ClassOf(rt, exc);
  if (cls != nullptr && cls->name != nullptr) {
    st.SetPayload(kExceptionTypePayload,
                  absl::Cord(std::string(cls->name->view())));
  }
  if (exc.IsObject() && !IsKind(exc, ObjKind::kClass)) {
    Value m = ToStr(ts, exc);
    if (m.IsError()) {
      TakePendingException(ts);
    } else {
      st.SetPayload(kExceptionMessagePayload,
                    absl::Cord(std::string(vm::AsStr(m)->view())));
    }
  } else {
    st.SetPayload(kExceptionMessagePayload, absl::Cord(""));
  }
  if (rt.exc.keyboard_interrupt != nullptr &&
      IsInstance(rt, exc, rt.exc.keyboard_interrupt)) {
    st.SetPayload("interp/keyboard-interrupt", absl::Cord("1"));
  }
  return st;
}

absl::Status Runtime::RunSource(std::string_view source,
                                std::string_view filename, bool interactive) {
  return Guarded<absl::Status>([&]() -> absl::Status {
    if (!ok_) return absl::InternalError("runtime failed to start");
    Entry entry(*this);
    if (entry.thread() == nullptr) return NoThreadState();
    ThreadState& ts = *entry.thread();
    RuntimeState& rt = *state_;
    Value main = DictGetStr(rt.modules, rt.names.__main__);
    if (!IsKind(main, ObjKind::kModule)) {
      Object* m = NewModule(ts, "__main__");
      if (m == nullptr) return StatusFromPending(ts);
      main = Value::Obj(m);
      // What CPython's __main__ holds besides __name__/__doc__/__file__
      // (its __loader__ and __annotations__ aside).
      Dict* d = As<Module>(main)->dict;
      if (!DictSetStr(ts, d, InternStr(ts, "__package__"), Value::None()) ||
          !DictSetStr(ts, d, InternStr(ts, "__spec__"), Value::None()) ||
          !DictSetStr(ts, d, InternStr(ts, "__builtins__"),
                      Value::Obj(rt.builtins_module))) {
        return StatusFromPending(ts);
      }
      if (!DictSetStr(ts, rt.modules, rt.names.__main__, main)) {
        return StatusFromPending(ts);
      }
    }
    TempRoots roots(ts);
    roots.Add(main);
    Module* module = As<Module>(main);
    if (!interactive && !filename.empty() && filename.front() != '<') {
      Value f = StrValue(ts, filename);
      if (f.IsError() || !DictSetStr(ts, module->dict, rt.names.__file__, f)) {
        return StatusFromPending(ts);
      }
    }
    exit_code_.reset();
    Value r = vm::ExecSourceMode(
        ts, source, filename, module,
        interactive ? CompileMode::kInteractive : CompileMode::kModule);
    // Like CPython's interactive loop: what a statement printed shows before
    // the next prompt, whatever buffering sys.stdout has.
    if (interactive && !r.IsError()) FlushStdio(ts);
    if (r.IsError()) return StatusFromUncaught(ts);
    return absl::OkStatus();
  });
}

absl::Status Runtime::RunFile(std::string_view path) {
  return Guarded<absl::Status>([&]() -> absl::Status {
    std::ifstream in{std::string(path), std::ios::binary};
    if (!in) {
      return absl::NotFoundError(
          absl::StrCat("can't open file '", vm::AV(path),
                       "': [Errno 2] No such file or directory"));
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return RunSource(ss.str(), path, false);
  });
}

absl::Status Runtime::RunModule(std::string_view name) {
  return Guarded<absl::Status>([&]() -> absl::Status {
    if (!ok_) return absl::InternalError("runtime failed to start");
    std::string filename;
    std::string source;
    {
      Entry entry(*this);
      if (entry.thread() == nullptr) return NoThreadState();
      ThreadState& ts = *entry.thread();
      RuntimeState& rt = *state_;
      bool is_package = false;
      if (!FindModuleSource(ts, name, &filename, &source, &is_package)) {
        return absl::NotFoundError(
            absl::StrCat("No module named ", vm::AV(name)));
      }
      if (is_package) {
        Str* package = InternStr(ts, name);
        if (package == nullptr || ImportModule(ts, package).IsError()) {
          return StatusFromPending(ts);
        }
      }
      Value argv = ModuleGet(rt.sys_module, InternStr(ts, "argv"));
      if (IsKind(argv, ObjKind::kList) && As<List>(argv)->size > 0) {
        Value f = StrValue(ts, filename);
        if (f.IsError()) return StatusFromPending(ts);
        As<List>(argv)->items[0] = f;
      }
    }
    return RunSource(source, filename, false);
  });
}

absl::Status Runtime::RunString(std::string_view source,
                                std::string_view filename) {
  return RunSource(source, filename, false);
}

absl::Status Runtime::RunInteractive(std::string_view source,
                                     std::string_view filename) {
  return RunSource(source, filename, true);
}

absl::Status Runtime::DefineModule(
    std::string_view name,
    std::vector<std::pair<std::string, NativeFn>> functions) {
  return Guarded<absl::Status>([&]() -> absl::Status {
    if (!ok_) return absl::InternalError("runtime failed to start");
    Entry entry(*this);
    if (entry.thread() == nullptr) return NoThreadState();
    ThreadState& ts = *entry.thread();
    RuntimeState& rt = *state_;
    Object* m = NewModule(ts, name);
    if (m == nullptr) return StatusFromPending(ts);
    TempRoots roots(ts);
    roots.Add(Value::Obj(m));
    for (const auto& [fname, fn] : functions) {
      NativeFunction* nf =
          NewNative(ts, absl::StrCat(vm::AV(name), ".", fname), fn);
      if (nf == nullptr) return StatusFromPending(ts);
      ModuleSet(ts, m, fname, Value::Obj(nf));
    }
    Str* key = InternStr(ts, name);
    if (key == nullptr || !DictSetStr(ts, rt.modules, key, Value::Obj(m))) {
      return StatusFromPending(ts);
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<Value> Runtime::Call(std::string_view name,
                                    absl::Span<const Value> args) {
  return Guarded<absl::StatusOr<Value>>([&]() -> absl::StatusOr<Value> {
    if (!ok_) return absl::InternalError("runtime failed to start");
    Entry entry(*this);
    if (entry.thread() == nullptr) return NoThreadState();
    ThreadState& ts = *entry.thread();
    RuntimeState& rt = *state_;
    std::vector<std::string> parts = absl::StrSplit(vm::AV(name), '.');
    Value target = Value::Empty();
    size_t first_attr = 1;
    if (parts.size() > 1) {
      Str* mod = InternStr(ts, parts[0]);
      target = mod != nullptr ? DictGetStr(rt.modules, mod) : Value::Empty();
    }
    if (target.IsEmpty()) {
      // A global of __main__ (possibly with attributes after it).
      Value main = DictGetStr(rt.modules, rt.names.__main__);
      if (!IsKind(main, ObjKind::kModule)) {
        return absl::FailedPreconditionError(
            "no __main__ module: run a script first");
      }
      target = main;
      first_attr = 0;
    }
    TempRoots roots(ts);
    for (size_t i = first_attr; i < parts.size(); ++i) {
      Str* attr = InternStr(ts, parts[i]);
      if (attr == nullptr) return StatusFromPending(ts);
      target = GetAttr(ts, target, attr);
      if (target.IsError()) return StatusFromPending(ts);
      roots.Add(target);
    }
    Value r =
        CallValue(ts, target, args.data(), static_cast<uint32_t>(args.size()));
    if (r.IsError()) return StatusFromPending(ts);
    return r;
  });
}

void Runtime::SetInstructionBudget(int64_t n) {
  state_->instruction_budget.store(n < 0 ? -1 : n, std::memory_order_relaxed);
}

void Runtime::SetTimeout(std::chrono::nanoseconds timeout) {
  if (state_->vm == nullptr) return;
  state_->vm->timeout_ns = timeout.count() > 0 ? timeout.count() : 0;
  // Also from now, for the threads already running scripts.
  state_->vm->deadline_ns =
      timeout.count() > 0 ? MonotonicNs() + timeout.count() : 0;
  state_->vm->deadline_countdown = 0;
}

void Runtime::Interrupt() {
  if (state_->vm != nullptr) {
    state_->vm->interrupted.store(true, std::memory_order_relaxed);
  }
  // Every thread of this runtime: the script may run on a host thread
  // attached with a ThreadScope, or on a script thread. Blocking waits see
  // the bit within one poll slice.
  for (ThreadState* ts = FirstThreadState(); ts != nullptr; ts = ts->next) {
    if (ts->runtime.load(std::memory_order_relaxed) == state_.get() &&
        ts->status.load(std::memory_order_acquire) == ThreadStatus::kRunning) {
      ts->eval_breaker.fetch_or(kBreakBudget, std::memory_order_release);
    }
  }
}

void Runtime::SetMemoryLimit(size_t bytes) {
  if (!ok_) return;
  Entry entry(*this, /*new_run=*/false);
  state_->heap.set_memory_limit(bytes);
}

void Runtime::FlushOutput() {
  try {
    if (!ok_) return;
    Entry entry(*this, /*new_run=*/false);
    if (entry.thread() == nullptr) return;
    FlushStdio(*entry.thread());
  } catch (const std::exception&) {
    // Nothing to report to (see Guarded).
  }
}

void Runtime::PrintError(const absl::Status& status) {
  try {
    if (status.ok() || status.GetPayload(kSystemExitPayload).has_value() ||
        status.GetPayload(kExceptHookRanPayload).has_value()) {
      return;
    }
    if (!ok_) return;
    Entry entry(*this);
    if (entry.thread() == nullptr) return;
    ThreadState& ts = *entry.thread();
    RuntimeState& rt = *state_;
    FlushStdio(ts);
    std::string text(status.message());
    Value err = rt.sys_module != nullptr
                    ? ModuleGet(rt.sys_module, rt.names.stderr)
                    : Value::Empty();
    bool written = false;
    if (err.IsObject()) {
      TempRoots roots(ts);
      roots.Add(err);
      Value write = GetAttrOrEmpty(ts, err, rt.names.write);
      if (write.IsObject()) {
        roots.Add(write);
        Value s = StrValue(ts, text);
        if (!s.IsError() && !CallValue(ts, write, &s, 1).IsError()) {
          written = true;
          CallMethodIgnoringErrors(ts, err, rt.names.flush);
        }
      }
    }
    if (!ts.pending_exception.IsNone()) TakePendingException(ts);
    if (!written) {
      fwrite(text.data(), 1, text.size(), stderr);
      fflush(stderr);
    }
  } catch (const std::exception&) {
    // Nothing to report to: the call had no result (see Guarded).
  }
}

Runtime::ThreadScope::ThreadScope(Runtime& rt, std::string_view name) {
  previous_ = CurrentThreadState();
  // Named inside the attach: visible to reports only once it has its name.
  ts_ = AttachThreadState(rt.state_.get(), false, name);
}

Runtime::ThreadScope::~ThreadScope() {
  if (ts_ == nullptr) return;
  DetachThreadState(ts_);
  // Back to what the thread had before (another runtime's state, an outer
  // scope), unless that is gone meanwhile.
  if (previous_ != nullptr &&
      previous_->ident.load(std::memory_order_relaxed) ==
          static_cast<uint64_t>(pthread_self()) &&
      previous_->status.load(std::memory_order_acquire) ==
          ThreadStatus::kRunning) {
    SetCurrentThreadState(previous_);
  }
}

}  // namespace interp
