// `_platform`: the native half of platform.py -- uname(2) as a tuple
// (sysname, nodename, release, version, machine) and the C library's
// version. platform.py builds system(), machine(), uname(), platform() on
// them, so a host that allows platform need not allow os.
#include <gnu/libc-version.h>
#include <sys/utsname.h>

#include <cerrno>
#include <cstring>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace interp {
namespace builtins {
namespace {

Value Uname(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "uname", kw) || !CheckArgCount(ts, "uname", nargs, 0, 0)) {
    return Value::Error();
  }
  struct utsname u;
  if (uname(&u) != 0) {
    return RaiseFormat(ts, Rt(ts).exc.os_error, "[Errno %d] %s", errno,
                       std::strerror(errno));
  }
  const char* const fields[] = {u.sysname, u.nodename, u.release, u.version,
                                u.machine};
  Tuple* t = NewTuple(ts, 5);
  if (t == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  for (uint32_t i = 0; i < 5; ++i) {
    Value s = StrValue(ts, fields[i]);
    if (s.IsError()) return s;
    t->items[i] = s;
  }
  return Value::Obj(t);
}

// ("glibc", version) of the C library the process runs with, as CPython's
// platform.libc_ver() reads it from confstr(_CS_GNU_LIBC_VERSION).
Value LibcVer(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "libc_ver", kw) ||
      !CheckArgCount(ts, "libc_ver", nargs, 0, 0)) {
    return Value::Error();
  }
  Tuple* t = NewTuple(ts, 2);
  if (t == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  const char* const fields[] = {"glibc", gnu_get_libc_version()};
  for (uint32_t i = 0; i < 2; ++i) {
    Value s = StrValue(ts, fields[i]);
    if (s.IsError()) return s;
    t->items[i] = s;
  }
  return Value::Obj(t);
}

}  // namespace

Module* InitPlatformModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_platform"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!AddFunction(ts, m, "uname", Uname) ||
      !AddFunction(ts, m, "libc_ver", LibcVer)) {
    return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("_platform", InitPlatformModule);

}  // namespace builtins
}  // namespace interp
