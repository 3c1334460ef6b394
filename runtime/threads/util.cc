// Helpers shared by the threading, signal and os-process natives (util.h).
#include "runtime/threads/util.h"

#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/threads/threads_state.h"
#include "runtime/vm/call.h"

namespace interp {

bool BindArgs(ThreadState& ts, std::string_view func_name, const Value* args,
              uint32_t nargs, Tuple* kwnames,
              std::initializer_list<std::string_view> names,
              uint32_t max_positional, uint32_t required, Value* out) {
  const uint32_t n = static_cast<uint32_t>(names.size());
  for (uint32_t i = 0; i < n; ++i) out[i] = Value::Empty();
  if (nargs > max_positional) {
    // Like CPython's argument clinic, which does not count `self`.
    const uint32_t self = *names.begin() == "self" ? 1 : 0;
    const uint32_t most = max_positional - self;
    RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
                "%s() takes at most %d argument%s (%d given)",
                std::string(func_name), most, most == 1 ? "" : "s",
                nargs - self);
    return false;
  }
  for (uint32_t i = 0; i < nargs; ++i) out[i] = args[i];
  uint32_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  for (uint32_t k = 0; k < nkw; ++k) {
    std::string_view key = As<Str>(kwnames->items[k])->view();
    uint32_t idx = 0;
    for (std::string_view name : names) {
      if (name == key) break;
      ++idx;
    }
    if (idx == n) {
      RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
                  "%s() got an unexpected keyword argument '%s'",
                  std::string(func_name), std::string(key));
      return false;
    }
    if (!out[idx].IsEmpty()) {
      RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
                  "argument for %s() given by name ('%s') and position (%d)",
                  std::string(func_name), std::string(key), idx + 1);
      return false;
    }
    out[idx] = args[nargs + k];
  }
  uint32_t i = 0;
  for (std::string_view name : names) {
    if (i < required && out[i].IsEmpty()) {
      RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
                  "%s() missing required argument '%s' (pos %d)",
                  std::string(func_name), std::string(name), i + 1);
      return false;
    }
    ++i;
  }
  return true;
}

namespace {

std::string Plural(uint32_t n, std::string_view word) {
  return absl::StrCat(n, " ", std::string(word), n == 1 ? "" : "s");
}

}  // namespace

bool BindPyArgs(ThreadState& ts, std::string_view func_name, const Value* args,
                uint32_t nargs, Tuple* kwnames,
                std::initializer_list<std::string_view> names,
                uint32_t required, Value* out) {
  RuntimeState& rt = RuntimeOf(ts);
  const std::string fn(func_name);
  const uint32_t n = static_cast<uint32_t>(names.size());
  for (uint32_t i = 0; i < n; ++i) out[i] = Value::Empty();
  if (nargs > n) {
    std::string takes = required == n
                            ? Plural(n, "positional argument")
                            : absl::StrCat("from ", required, " to ", n,
                                           " positional arguments");
    RaiseFormat(ts, rt.exc.type_error, "%s() takes %s but %d %s given", fn,
                takes, nargs, nargs == 1 ? "was" : "were");
    return false;
  }
  for (uint32_t i = 0; i < nargs; ++i) out[i] = args[i];
  uint32_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  for (uint32_t k = 0; k < nkw; ++k) {
    std::string_view key = As<Str>(kwnames->items[k])->view();
    uint32_t idx = 0;
    for (std::string_view name : names) {
      if (name == key) break;
      ++idx;
    }
    if (idx == n) {
      RaiseFormat(ts, rt.exc.type_error,
                  "%s() got an unexpected keyword argument '%s'", fn,
                  std::string(key));
      return false;
    }
    if (!out[idx].IsEmpty()) {
      RaiseFormat(ts, rt.exc.type_error,
                  "%s() got multiple values for argument '%s'", fn,
                  std::string(key));
      return false;
    }
    out[idx] = args[nargs + k];
  }
  std::vector<std::string> missing;
  uint32_t i = 0;
  for (std::string_view name : names) {
    if (i < required && out[i].IsEmpty()) {
      missing.push_back(absl::StrCat("'", std::string(name), "'"));
    }
    ++i;
  }
  if (!missing.empty()) {
    // 'a'; 'a' and 'b'; 'a', 'b', and 'c' -- like CPython.
    std::string list;
    for (size_t m = 0; m < missing.size(); ++m) {
      if (m > 0) {
        list += missing.size() == 2       ? " and "
                : m + 1 == missing.size() ? ", and "
                                          : ", ";
      }
      list += missing[m];
    }
    RaiseFormat(ts, rt.exc.type_error, "%s() missing %s: %s", fn,
                Plural(static_cast<uint32_t>(missing.size()),
                       "required positional argument"),
                list);
    return false;
  }
  return true;
}

bool CheckNoArgsC(ThreadState& ts, std::string_view qualname, uint32_t nargs,
                  Tuple* kwnames) {
  RuntimeState& rt = RuntimeOf(ts);
  if (kwnames != nullptr && kwnames->size > 0) {
    RaiseFormat(ts, rt.exc.type_error, "%s() takes no keyword arguments",
                std::string(qualname));
    return false;
  }
  if (nargs != 0) {
    RaiseFormat(ts, rt.exc.type_error, "%s() takes no arguments (%d given)",
                std::string(qualname), nargs);
    return false;
  }
  return true;
}

bool CheckExactArgsC(ThreadState& ts, std::string_view qualname, uint32_t nargs,
                     Tuple* kwnames, uint32_t n) {
  RuntimeState& rt = RuntimeOf(ts);
  if (kwnames != nullptr && kwnames->size > 0) {
    RaiseFormat(ts, rt.exc.type_error, "%s() takes no keyword arguments",
                std::string(qualname));
    return false;
  }
  if (nargs != n) {
    if (n == 1) {
      RaiseFormat(ts, rt.exc.type_error,
                  "%s() takes exactly one argument (%d given)",
                  std::string(qualname), nargs);
    } else {
      RaiseFormat(ts, rt.exc.type_error,
                  "%s() takes exactly %d arguments (%d given)",
                  std::string(qualname), n, nargs);
    }
    return false;
  }
  return true;
}

bool ToSeconds(ThreadState& ts, Value v, double* out) {
  if (v.IsIntLike()) {
    *out = static_cast<double>(v.AsInt());
    return true;
  }
  if (v.IsFloat()) {
    *out = v.AsFloat();
    if (std::isnan(*out)) {
      RaiseValueError(ts, "Invalid value NaN (not a number)");
      return false;
    }
    return true;
  }
  RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
              "'%s' object cannot be interpreted as an integer or float",
              std::string(TypeName(ts, v)));
  return false;
}

bool ToCInt(ThreadState& ts, Value v, int* out) {
  if (!v.IsIntLike()) {
    RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
                "'%s' object cannot be interpreted as an integer",
                std::string(TypeName(ts, v)));
    return false;
  }
  int64_t i = v.AsInt();
  if (i < INT32_MIN || i > INT32_MAX) {
    RaiseOverflowError(ts, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(i);
  return true;
}

bool ToPid(ThreadState& ts, Value v, int* out) {
  if (!ToCInt(ts, v, out)) {
    if (!v.IsIntLike()) return false;
    TakePendingException(ts);
    RaiseOverflowError(ts, v.AsInt() < 0
                               ? "signed integer is less than minimum"
                               : "signed integer is greater than maximum");
    return false;
  }
  return true;
}

Value RaiseOSErrorFromErrno(ThreadState& ts, int err) {
  RuntimeState& rt = RuntimeOf(ts);
  Value msg = StrValue(ts, strerror(err));
  if (msg.IsError()) return msg;
  TempRoots roots(ts);
  roots.Add(msg);
  Value args[2] = {Value::Int(err), msg};
  // OSError(errno, strerror) formats as "[Errno N] message", like CPython.
  Value exc = CallValue(ts, Value::Obj(rt.exc.os_error), args, 2);
  if (exc.IsError()) return exc;
  return RaiseValue(ts, exc);
}

bool IsCallable(ThreadState& ts, Value v) {
  if (!v.IsObject()) return false;
  switch (v.AsObject()->kind) {
    case ObjKind::kFunction:
    case ObjKind::kNative:
    case ObjKind::kBoundMethod:
    case ObjKind::kClass:
      return true;
    default:
      break;
  }
  return !LookupSpecial(ClassOf(RuntimeOf(ts), v), RuntimeOf(ts).names.__call__)
              .IsEmpty();
}

namespace {

void WriteFd2(std::string_view text) {
  while (!text.empty()) {
    ssize_t n = write(2, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    text.remove_prefix(static_cast<size_t>(n));
  }
}

// sys.<name>, or Empty.
Value SysStream(ThreadState& ts, Str* name) {
  RuntimeState& rt = RuntimeOf(ts);
  if (rt.sys_module == nullptr) return Value::Empty();
  Value v = ModuleGet(rt.sys_module, name);
  return v.IsError() ? Value::Empty() : v;
}

void DropPending(ThreadState& ts) {
  if (!ts.pending_exception.IsNone()) TakePendingException(ts);
}

bool CallMethod0(ThreadState& ts, Value obj, Str* name) {
  Value m = GetAttr(ts, obj, name);
  if (m.IsError()) return false;
  Value r = CallValue(ts, m, nullptr, 0);
  return !r.IsError();
}

}  // namespace

void WriteToStderr(ThreadState& ts, std::string_view text) {
  RuntimeState& rt = RuntimeOf(ts);
  Value err = SysStream(ts, rt.names.stderr);
  if (err.IsEmpty() || err.IsNone()) {
    WriteFd2(text);
    return;
  }
  TempRoots roots(ts);
  roots.Add(err);
  Value s = StrValue(ts, text);
  if (s.IsError()) {
    DropPending(ts);
    WriteFd2(text);
    return;
  }
  roots.Add(s);
  Value write = GetAttr(ts, err, rt.names.write);
  if (write.IsError()) {
    DropPending(ts);
    WriteFd2(text);
    return;
  }
  roots.Add(write);
  if (CallValue(ts, write, &s, 1).IsError()) {
    DropPending(ts);
    WriteFd2(text);
    return;
  }
  if (!CallMethod0(ts, err, rt.names.flush)) DropPending(ts);
}

Value GetAttrNamed(ThreadState& ts, Value obj, std::string_view name) {
  Str* s = InternStr(ts, name);
  if (s == nullptr) return Value::Error();
  return GetAttr(ts, obj, s);
}

bool SetAttrNamed(ThreadState& ts, Value obj, std::string_view name, Value v) {
  Str* s = InternStr(ts, name);
  if (s == nullptr) return false;
  return !SetAttr(ts, obj, s, v).IsError();
}

bool AddMethod(ThreadState& ts, ClassObject* cls, std::string_view qualified,
               std::string_view name, NativeFn fn) {
  NativeFunction* f = NewNative(ts, qualified, fn);
  if (f == nullptr) return false;
  Str* key = InternStr(ts, name);
  if (key == nullptr) return false;
  return DictSetStr(ts, ClassDict(ts, cls), key, Value::Obj(f));
}

SteadyClock::time_point DeadlineAfter(double seconds) {
  // steady_clock counts nanoseconds in an int64: cap far below overflow.
  constexpr double kMaxSeconds = 1e9;  // ~31 years
  if (seconds > kMaxSeconds) seconds = kMaxSeconds;
  if (seconds < 0) seconds = 0;
  return SteadyClock::now() + std::chrono::duration_cast<SteadyClock::duration>(
                                  std::chrono::duration<double>(seconds));
}

}  // namespace interp
