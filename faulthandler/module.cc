// The script module `faulthandler` (SPEC 2.1): argument handling and error
// mapping around the C++ API of faulthandler.h, plus the test helpers that
// crash on purpose. Registered in the builtin-module table.
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/startup.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/function.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/gil.h"

namespace interp::faulthandler {
namespace {

// ---- arguments -------------------------------------------------------------

struct Param {
  const char* name;
  bool keyword_only = false;
  bool required = false;
};

// Binds positional and keyword arguments to `params` like CPython's argument
// clinic; unbound optional parameters are left Empty. False with TypeError
// pending on a mismatch.
bool BindArgs(ThreadState& ts, const char* func, const Value* args,
              uint32_t nargs, Tuple* kwnames, const Param* params,
              uint32_t nparams, Value* out) {
  uint32_t max_positional = 0;
  while (max_positional < nparams && !params[max_positional].keyword_only) {
    ++max_positional;
  }
  for (uint32_t i = 0; i < nparams; ++i) out[i] = Value::Empty();
  if (nargs > max_positional) {
    RaiseTypeError(
        ts,
        max_positional == 0
            ? absl::StrFormat("%s() takes no positional arguments", func)
            : absl::StrFormat(
                  "%s() takes at most %d positional argument%s (%d given)",
                  func, max_positional, max_positional == 1 ? "" : "s", nargs));
    return false;
  }
  for (uint32_t i = 0; i < nargs; ++i) out[i] = args[i];
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  for (uint32_t k = 0; k < nkw; ++k) {
    std::string_view key = As<Str>(kwnames->items[k])->view();
    uint32_t i = 0;
    while (i < nparams && key != params[i].name) ++i;
    if (i == nparams) {
      RaiseTypeError(
          ts, absl::StrFormat("'%s' is an invalid keyword argument for %s()",
                              std::string(key), func));
      return false;
    }
    if (!out[i].IsEmpty()) {
      RaiseTypeError(ts, absl::StrFormat("argument for %s() given by name "
                                         "('%s') and position (%d)",
                                         func, params[i].name, i + 1));
      return false;
    }
    out[i] = args[nargs + k];
  }
  for (uint32_t i = 0; i < nparams; ++i) {
    if (params[i].required && out[i].IsEmpty()) {
      RaiseTypeError(ts, absl::StrFormat("%s() missing required argument "
                                         "'%s' (pos %d)",
                                         func, params[i].name, i + 1));
      return false;
    }
  }
  return true;
}

RuntimeState& Rt(ThreadState& ts) { return *ts.runtime.load(); }

// Truth value of an optional argument (Empty: the default).
bool ArgBool(ThreadState& ts, Value v, bool dflt, bool* out) {
  if (v.IsEmpty()) {
    *out = dflt;
    return true;
  }
  int t = Truthy(ts, v);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

bool ArgInt(ThreadState& ts, Value v, int64_t dflt, int64_t* out) {
  if (v.IsEmpty()) {
    *out = dflt;
    return true;
  }
  if (!v.IsIntLike()) {
    RaiseTypeError(
        ts, absl::StrFormat("'%s' object cannot be interpreted as an integer",
                            std::string(TypeName(ts, v))));
    return false;
  }
  *out = v.AsInt();
  return true;
}

bool ArgMaxThreads(ThreadState& ts, Value v, int* out) {
  int64_t n;
  if (!ArgInt(ts, v, 100, &n)) return false;
  if (n < 1 || n > INT32_MAX) {
    RaiseValueError(ts, "max_threads must be at least 1");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

// format=None|"text"|"json" (SPEC 2.5); None or omitted: the process
// default (-X faulthandler_format / INTERP_FAULTHANDLER_FORMAT).
bool ArgFormat(ThreadState& ts, Value v, ReportFormat* out) {
  *out = ReportFormat::kDefault;
  if (v.IsEmpty() || v.IsNone()) return true;
  if (!IsKind(v, ObjKind::kStr)) {
    RaiseTypeError(ts, absl::StrFormat("format must be str or None, not %s",
                                       std::string(TypeName(ts, v))));
    return false;
  }
  std::string_view s = As<Str>(v)->view();
  if (s == "text") {
    *out = ReportFormat::kText;
  } else if (s == "json") {
    *out = ReportFormat::kJson;
  } else {
    RaiseValueError(ts, "format must be 'text' or 'json'");
    return false;
  }
  return true;
}

// The descriptor behind `file` (SPEC 2.1): an int, an object with
// fileno(), or sys.stderr when omitted/None. The object is flushed so
// buffered output comes before the report.
bool ArgFile(ThreadState& ts, Value file, int* fd) {
  RuntimeState& rt = Rt(ts);
  if (file.IsEmpty() || file.IsNone()) {
    file = Value::Empty();
    if (rt.sys_module != nullptr) {
      file = ModuleGet(rt.sys_module, rt.names.stderr);
    }
    if (file.IsEmpty()) {
      RaiseRuntimeError(ts, "unable to get sys.stderr");
      return false;
    }
    if (file.IsNone()) {
      RaiseRuntimeError(ts, "sys.stderr is None");
      return false;
    }
  }
  if (file.IsIntLike()) {
    int64_t v = file.AsInt();
    if (v < 0 || v > INT32_MAX) {
      RaiseValueError(ts, "file is not a valid file descriptor");
      return false;
    }
    *fd = static_cast<int>(v);
    return true;
  }
  Value method = GetAttr(ts, file, rt.names.fileno);
  if (method.IsError()) return false;
  Value result = CallValue(ts, method, nullptr, 0);
  if (result.IsError()) return false;
  if (!result.IsIntLike() || result.AsInt() < 0 || result.AsInt() > INT32_MAX) {
    RaiseRuntimeError(ts, "file.fileno() is not a valid file descriptor");
    return false;
  }
  *fd = static_cast<int>(result.AsInt());
  // Like CPython: flush, ignoring errors (the report must still be written).
  Value flush = GetAttrOrEmpty(ts, file, rt.names.flush);
  if (flush.IsError()) {
    TakePendingException(ts);
  } else if (!flush.IsEmpty()) {
    if (CallValue(ts, flush, nullptr, 0).IsError()) TakePendingException(ts);
  }
  return true;
}

Value StatusToException(ThreadState& ts, const absl::Status& s) {
  RuntimeState& rt = Rt(ts);
  std::string msg(s.message());
  switch (s.code()) {
    case absl::StatusCode::kInvalidArgument:
      return RaiseValueError(ts, msg);
    case absl::StatusCode::kFailedPrecondition:
      return RaiseRuntimeError(ts, msg);
    case absl::StatusCode::kOutOfRange:
      return RaiseOverflowError(ts, msg);
    default:
      return RaiseWithMessage(ts, rt.exc.os_error, msg);
  }
}

Value ResultOrRaise(ThreadState& ts, const absl::Status& s) {
  return s.ok() ? Value::None() : StatusToException(ts, s);
}

// ---- the API
// -----------------------------------------------------------------

Value FhEnable(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  static const Param kParams[] = {{"file"},
                                  {"all_threads"},
                                  {"c_stack"},
                                  {"max_threads", true},
                                  {"format", true}};
  Value a[5];
  if (!BindArgs(ts, "enable", args, nargs, kwnames, kParams, 5, a)) {
    return Value::Error();
  }
  Options o;
  if (!ArgFile(ts, a[0], &o.fd) || !ArgBool(ts, a[1], true, &o.all_threads) ||
      !ArgBool(ts, a[2], true, &o.c_stack) ||
      !ArgMaxThreads(ts, a[3], &o.max_threads) ||
      !ArgFormat(ts, a[4], &o.format)) {
    return Value::Error();
  }
  return ResultOrRaise(ts, Enable(o));
}

Value FhDisable(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  if (!BindArgs(ts, "disable", args, nargs, kwnames, nullptr, 0, nullptr)) {
    return Value::Error();
  }
  return Value::Bool(Disable());
}

Value FhIsEnabled(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  if (!BindArgs(ts, "is_enabled", args, nargs, kwnames, nullptr, 0, nullptr)) {
    return Value::Error();
  }
  return Value::Bool(IsEnabled());
}

Value FhDumpTraceback(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  static const Param kParams[] = {
      {"file"}, {"all_threads"}, {"max_threads", true}, {"format", true}};
  Value a[4];
  if (!BindArgs(ts, "dump_traceback", args, nargs, kwnames, kParams, 4, a)) {
    return Value::Error();
  }
  int fd, max_threads;
  bool all_threads;
  ReportFormat format;
  if (!ArgFile(ts, a[0], &fd) || !ArgBool(ts, a[1], true, &all_threads) ||
      !ArgMaxThreads(ts, a[2], &max_threads) || !ArgFormat(ts, a[3], &format)) {
    return Value::Error();
  }
  return ResultOrRaise(ts, DumpTraceback(fd, all_threads, max_threads, format));
}

Value FhDumpCStack(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  static const Param kParams[] = {{"file"}};
  Value a[1];
  if (!BindArgs(ts, "dump_c_stack", args, nargs, kwnames, kParams, 1, a)) {
    return Value::Error();
  }
  int fd;
  if (!ArgFile(ts, a[0], &fd)) return Value::Error();
  return ResultOrRaise(ts, DumpCStack(fd));
}

// Seconds (int or float) to microseconds, rounded up like CPython's
// timeouts.
bool ArgTimeout(ThreadState& ts, Value v, int64_t* us) {
  double seconds;
  if (v.IsIntLike()) {
    seconds = static_cast<double>(v.AsInt());
  } else if (v.IsFloat()) {
    seconds = v.AsFloat();
  } else {
    RaiseTypeError(
        ts, absl::StrFormat("'%s' object cannot be interpreted as an integer",
                            std::string(TypeName(ts, v))));
    return false;
  }
  if (std::isnan(seconds)) {
    RaiseValueError(ts, "Invalid value NaN (not a number)");
    return false;
  }
  double scaled = std::ceil(seconds * 1e6);
  if (scaled >= 9.2e18 || scaled <= -9.2e18) {
    RaiseOverflowError(ts, "timeout value is too large");
    return false;
  }
  *us = static_cast<int64_t>(scaled);
  if (*us <= 0) {
    RaiseValueError(ts, "timeout must be greater than 0");
    return false;
  }
  return true;
}

Value FhDumpTracebackLater(ThreadState& ts, const Value* args, uint32_t nargs,
                           Tuple* kwnames) {
  static const Param kParams[] = {
      {"timeout", false, true}, {"repeat"},      {"file"}, {"exit"},
      {"max_threads", true},    {"format", true}};
  Value a[6];
  if (!BindArgs(ts, "dump_traceback_later", args, nargs, kwnames, kParams, 6,
                a)) {
    return Value::Error();
  }
  LaterOptions o;
  if (!ArgTimeout(ts, a[0], &o.timeout_us) ||
      !ArgBool(ts, a[1], false, &o.repeat) || !ArgFile(ts, a[2], &o.fd) ||
      !ArgBool(ts, a[3], false, &o.exit) ||
      !ArgMaxThreads(ts, a[4], &o.max_threads) ||
      !ArgFormat(ts, a[5], &o.format)) {
    return Value::Error();
  }
  return ResultOrRaise(ts, DumpTracebackLater(o));
}

// watch_progress(timeout, repeat=False, file=sys.stderr, exit=False, *,
//                max_threads=100, format=None)
Value FhWatchProgress(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  static const Param kParams[] = {
      {"timeout", false, true}, {"repeat"},      {"file"}, {"exit"},
      {"max_threads", true},    {"format", true}};
  Value a[6];
  if (!BindArgs(ts, "watch_progress", args, nargs, kwnames, kParams, 6, a)) {
    return Value::Error();
  }
  ProgressOptions o;
  if (!ArgTimeout(ts, a[0], &o.timeout_us) ||
      !ArgBool(ts, a[1], false, &o.repeat) || !ArgFile(ts, a[2], &o.fd) ||
      !ArgBool(ts, a[3], false, &o.exit) ||
      !ArgMaxThreads(ts, a[4], &o.max_threads) ||
      !ArgFormat(ts, a[5], &o.format)) {
    return Value::Error();
  }
  absl::Status s;
  {
    // Re-arming waits (bounded) for a report in progress.
    BlockingRegion region(ts);
    s = WatchProgress(o);
  }
  return ResultOrRaise(ts, s);
}

Value FhCancelWatchProgress(ThreadState& ts, const Value* args, uint32_t nargs,
                            Tuple* kwnames) {
  if (!BindArgs(ts, "cancel_watch_progress", args, nargs, kwnames, nullptr, 0,
                nullptr)) {
    return Value::Error();
  }
  {
    BlockingRegion region(ts);
    CancelWatchProgress();
  }
  return Value::None();
}

Value FhCancelDumpTracebackLater(ThreadState& ts, const Value* args,
                                 uint32_t nargs, Tuple* kwnames) {
  if (!BindArgs(ts, "cancel_dump_traceback_later", args, nargs, kwnames,
                nullptr, 0, nullptr)) {
    return Value::Error();
  }
  {
    // Waiting for a dump in progress must not hold the global lock.
    BlockingRegion region(ts);
    CancelDumpTracebackLater();
  }
  return Value::None();
}

Value FhRegister(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  static const Param kParams[] = {{"signum", false, true}, {"file"},
                                  {"all_threads"},         {"chain"},
                                  {"max_threads", true},   {"format", true}};
  Value a[6];
  if (!BindArgs(ts, "register", args, nargs, kwnames, kParams, 6, a)) {
    return Value::Error();
  }
  int64_t signum;
  if (!ArgInt(ts, a[0], 0, &signum)) return Value::Error();
  if (signum < 1 || signum > INT32_MAX) {
    return RaiseValueError(ts, "signal number out of range");
  }
  RegisterOptions o;
  if (!ArgFile(ts, a[1], &o.fd) || !ArgBool(ts, a[2], true, &o.all_threads) ||
      !ArgBool(ts, a[3], false, &o.chain) ||
      !ArgMaxThreads(ts, a[4], &o.max_threads) ||
      !ArgFormat(ts, a[5], &o.format)) {
    return Value::Error();
  }
  return ResultOrRaise(ts, Register(static_cast<int>(signum), o));
}

Value FhUnregister(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  static const Param kParams[] = {{"signum", false, true}};
  Value a[1];
  if (!BindArgs(ts, "unregister", args, nargs, kwnames, kParams, 1, a)) {
    return Value::Error();
  }
  int64_t signum;
  if (!ArgInt(ts, a[0], 0, &signum)) return Value::Error();
  if (signum < 1 || signum > INT32_MAX) {
    return RaiseValueError(ts, "signal number out of range");
  }
  return Value::Bool(Unregister(static_cast<int>(signum)));
}

// ---- test helpers ----------------------------------------------------------

// _sigsegv(release_gil=False) and friends: crash with or without the global
// lock held. Each helper is a plain named function rather than a template
// instance so that the C stack of the report shows a name Abseil's
// demangler can read.
Value RunCrashHelper(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames, const char* name, void (*crash)()) {
  static const Param kParams[] = {{"release_gil"}};
  Value a[1];
  if (!BindArgs(ts, name, args, nargs, kwnames, kParams, 1, a)) {
    return Value::Error();
  }
  bool release_gil;
  if (!ArgBool(ts, a[0], false, &release_gil)) return Value::Error();
  if (release_gil) {
    BlockingRegion region(ts);
    crash();
  }
  crash();
  return Value::None();
}

Value FhReadNull(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  return RunCrashHelper(ts, args, nargs, kwnames, "_read_null", ReadNull);
}
Value FhSigsegv(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  return RunCrashHelper(ts, args, nargs, kwnames, "_sigsegv", Sigsegv);
}
Value FhSigabrt(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  return RunCrashHelper(ts, args, nargs, kwnames, "_sigabrt", Sigabrt);
}
Value FhSigfpe(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  return RunCrashHelper(ts, args, nargs, kwnames, "_sigfpe", Sigfpe);
}
Value FhSigbus(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  return RunCrashHelper(ts, args, nargs, kwnames, "_sigbus", Sigbus);
}
Value FhSigill(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  return RunCrashHelper(ts, args, nargs, kwnames, "_sigill", Sigill);
}
Value FhStackOverflow(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  return RunCrashHelper(ts, args, nargs, kwnames, "_stack_overflow",
                        StackOverflow);
}

Value FhFatalError(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  static const Param kParams[] = {{"message", false, true}, {"release_gil"}};
  Value a[2];
  if (!BindArgs(ts, "_fatal_error", args, nargs, kwnames, kParams, 2, a)) {
    return Value::Error();
  }
  if (!IsKind(a[0], ObjKind::kStr)) {
    return RaiseTypeError(
        ts, absl::StrFormat("_fatal_error() argument 1 must be str, not %s",
                            std::string(TypeName(ts, a[0]))));
  }
  bool release_gil;
  if (!ArgBool(ts, a[1], false, &release_gil)) return Value::Error();
  // A copy: a string inside a concatenation buffer is not NUL-terminated
  // (objects/str.h), and FatalError wants a C string.
  const std::string text(As<Str>(a[0])->view());
  const char* msg = text.c_str();
  if (release_gil) {
    BlockingRegion region(ts);
    FatalError(msg);
  }
  FatalError(msg);
}

Value FhFatalErrorCThread(ThreadState& ts, const Value* args, uint32_t nargs,
                          Tuple* kwnames) {
  if (!BindArgs(ts, "_fatal_error_c_thread", args, nargs, kwnames, nullptr, 0,
                nullptr)) {
    return Value::Error();
  }
  // The new thread reports while this one waits without the global lock.
  BlockingRegion region(ts);
  FatalErrorCThread();
}

Module* InitFaulthandlerModule(ThreadState& ts) {
  Object* obj = NewModule(ts, "faulthandler");
  if (obj == nullptr) return nullptr;
  auto* m = static_cast<Module*>(obj);
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry kFunctions[] = {
      {"enable", FhEnable},
      {"disable", FhDisable},
      {"is_enabled", FhIsEnabled},
      {"dump_traceback", FhDumpTraceback},
      {"dump_c_stack", FhDumpCStack},
      {"dump_traceback_later", FhDumpTracebackLater},
      {"cancel_dump_traceback_later", FhCancelDumpTracebackLater},
      {"register", FhRegister},
      {"unregister", FhUnregister},
      {"watch_progress", FhWatchProgress},
      {"cancel_watch_progress", FhCancelWatchProgress},
      {"_read_null", FhReadNull},
      {"_sigsegv", FhSigsegv},
      {"_sigabrt", FhSigabrt},
      {"_sigfpe", FhSigfpe},
      {"_sigbus", FhSigbus},
      {"_sigill", FhSigill},
      {"_stack_overflow", FhStackOverflow},
      {"_fatal_error", FhFatalError},
      {"_fatal_error_c_thread", FhFatalErrorCThread},
  };
  for (const Entry& e : kFunctions) {
    if (!AddFunction(ts, m, e.name, e.fn)) return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("faulthandler", InitFaulthandlerModule);

}  // namespace
}  // namespace interp::faulthandler
