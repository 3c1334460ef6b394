// `_time`, the native half of the `time` module (runtime/lib/time.py
// adds struct_time, strftime, asctime, ctime): time, monotonic, perf_counter
// (and their _ns forms), process_time, and sleep, which releases the global
// lock and lets script signal handlers run when a signal interrupts it (Ctrl-C
// during sleep raises KeyboardInterrupt promptly, like CPython; see signals.h).
#include <time.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <string>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/util.h"
#include "runtime/vm/call.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/interpreter.h"

namespace interp {
namespace builtins {
namespace {

int64_t ClockNs(clockid_t clock) {
  timespec t;
  clock_gettime(clock, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

bool NoArgs(ThreadState& ts, const char* name, uint32_t nargs, Tuple* kw) {
  return NoKwargs(ts, name, kw) && CheckArgCount(ts, name, nargs, 0, 0);
}

Value Seconds(int64_t ns) {
  return Value::Float(static_cast<double>(ns) / 1e9);
}

Value Time(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "time", nargs, kw)) return Value::Error();
  return Seconds(ClockNs(CLOCK_REALTIME));
}
Value TimeNs(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "time_ns", nargs, kw)) return Value::Error();
  return Value::Int(ClockNs(CLOCK_REALTIME));
}
Value Monotonic(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "monotonic", nargs, kw)) return Value::Error();
  return Seconds(ClockNs(CLOCK_MONOTONIC));
}
Value MonotonicNs(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "monotonic_ns", nargs, kw)) return Value::Error();
  return Value::Int(ClockNs(CLOCK_MONOTONIC));
}
// CPython's perf_counter is CLOCK_MONOTONIC on Linux too.
Value PerfCounter(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "perf_counter", nargs, kw)) return Value::Error();
  return Seconds(ClockNs(CLOCK_MONOTONIC));
}
Value PerfCounterNs(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "perf_counter_ns", nargs, kw)) return Value::Error();
  return Value::Int(ClockNs(CLOCK_MONOTONIC));
}
Value ProcessTime(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "process_time", nargs, kw)) return Value::Error();
  return Seconds(ClockNs(CLOCK_PROCESS_CPUTIME_ID));
}

Value Sleep(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!CheckExactArgsC(ts, "time.sleep", nargs, kw, 1)) {
    return Value::Error();
  }
  double secs;
  if (args[0].IsIntLike()) {
    secs = static_cast<double>(args[0].AsInt());
  } else if (args[0].IsFloat()) {
    secs = args[0].AsFloat();
    if (std::isnan(secs)) {
      return RaiseValueError(ts, "Invalid value NaN (not a number)");
    }
  } else {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "'%s' object cannot be interpreted as an integer",
                       TypeName(ts, args[0]));
  }
  if (secs < 0) return RaiseValueError(ts, "sleep length must be non-negative");
  if (secs > 9.2e9) {
    return RaiseOverflowError(ts, "sleep length is too large");
  }
  // Releases the lock; in the main thread, wakes for signals delivered to
  // any thread (through the handler's self-pipe), runs their script
  // handlers, then sleeps on for the time left (PEP 475).
  if (!SleepInterruptibly(ts, secs)) return Value::Error();
  return Value::None();
}

// A broken-down time as the tuple time.py turns into struct_time:
// (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff), with
// CPython's conventions (Monday is 0, January 1st is day 1).
Value TmTuple(ThreadState& ts, const struct tm& tm) {
  Value zone = StrValue(ts, tm.tm_zone != nullptr ? tm.tm_zone : "");
  if (zone.IsError()) return zone;
  TempRoots roots(ts);
  roots.Add(zone);
  Value items[11] = {Value::Int(tm.tm_year + 1900LL),
                     Value::Int(tm.tm_mon + 1),
                     Value::Int(tm.tm_mday),
                     Value::Int(tm.tm_hour),
                     Value::Int(tm.tm_min),
                     Value::Int(tm.tm_sec),
                     Value::Int((tm.tm_wday + 6) % 7),
                     Value::Int(tm.tm_yday + 1),
                     Value::Int(tm.tm_isdst),
                     zone,
                     Value::Int(tm.tm_gmtoff)};
  Tuple* t = NewTupleFrom(ts, items, 11);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// The seconds argument of gmtime/localtime: now when absent or None.
bool SecondsArg(ThreadState& ts, const char* name, const Value* args,
                uint32_t nargs, Tuple* kw, time_t* out) {
  if (!NoKwargs(ts, name, kw) || !CheckArgCount(ts, name, nargs, 0, 1)) {
    return false;
  }
  if (nargs == 0 || args[0].IsNone()) {
    *out = time(nullptr);
    return true;
  }
  if (args[0].IsIntLike()) {
    *out = static_cast<time_t>(args[0].AsInt());
    return true;
  }
  if (args[0].IsFloat()) {
    double d = args[0].AsFloat();
    if (std::isnan(d)) {
      RaiseValueError(ts, "Invalid value NaN (not a number)");
      return false;
    }
    if (d > 9.2e18 || d < -9.2e18) {
      RaiseOverflowError(ts, "timestamp out of range for platform time_t");
      return false;
    }
    // CPython truncates toward zero (_PyTime_ROUND_FLOOR for gmtime is
    // floor): floor keeps -0.5 in 1969.
    *out = static_cast<time_t>(std::floor(d));
    return true;
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "'%s' object cannot be interpreted as an integer",
              TypeName(ts, args[0]));
  return false;
}

Value Gmtime(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  time_t t;
  if (!SecondsArg(ts, "gmtime", args, nargs, kw, &t)) return Value::Error();
  struct tm tm;
  if (gmtime_r(&t, &tm) == nullptr) {
    return RaiseOverflowError(ts, "timestamp out of range for platform time_t");
  }
  return TmTuple(ts, tm);
}

Value Localtime(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  time_t t;
  if (!SecondsArg(ts, "localtime", args, nargs, kw, &t)) {
    return Value::Error();
  }
  struct tm tm;
  if (localtime_r(&t, &tm) == nullptr) {
    return RaiseOverflowError(ts, "timestamp out of range for platform time_t");
  }
  return TmTuple(ts, tm);
}

// Fills `tm` from the first 9 items of a tuple (time.py passes a plain
// tuple), converting back to C's conventions. `zone`/`gmtoff` from items
// 9 and 10 when present.
bool TupleToTm(ThreadState& ts, const char* name, Value v, struct tm* tm,
               std::string* zone) {
  if (!IsKind(v, ObjKind::kTuple) || As<Tuple>(v)->size < 9) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "%s(): illegal time tuple argument",
                name);
    return false;
  }
  Tuple* t = As<Tuple>(v);
  int64_t f[9];
  for (int i = 0; i < 9; ++i) {
    if (!t->items[i].IsIntLike()) {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "'%s' object cannot be interpreted as an integer",
                  TypeName(ts, t->items[i]));
      return false;
    }
    f[i] = t->items[i].AsInt();
  }
  *tm = {};
  tm->tm_year = static_cast<int>(f[0] - 1900);
  tm->tm_mon = static_cast<int>(f[1] - 1);
  tm->tm_mday = static_cast<int>(f[2]);
  tm->tm_hour = static_cast<int>(f[3]);
  tm->tm_min = static_cast<int>(f[4]);
  tm->tm_sec = static_cast<int>(f[5]);
  tm->tm_wday = static_cast<int>((f[6] + 1) % 7);
  tm->tm_yday = static_cast<int>(f[7] - 1);
  tm->tm_isdst = static_cast<int>(f[8]);
  if (t->size >= 11) {
    if (IsStr(t->items[9])) *zone = std::string(AsStr(t->items[9])->view());
    if (t->items[10].IsIntLike()) tm->tm_gmtoff = t->items[10].AsInt();
  }
  return true;
}

Value Mktime(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "mktime", kw) ||
      !CheckArgCount(ts, "mktime", nargs, 1, 1)) {
    return Value::Error();
  }
  struct tm tm;
  std::string zone;
  if (!TupleToTm(ts, "mktime", args[0], &tm, &zone)) return Value::Error();
  tm.tm_wday = -1;  // sentinel: mktime sets it on success
  time_t r = mktime(&tm);
  if (r == static_cast<time_t>(-1) && tm.tm_wday == -1) {
    return RaiseOverflowError(ts, "mktime argument out of range");
  }
  return Value::Float(static_cast<double>(r));
}

// _strftime(format, tuple): C strftime over the broken-down time; time.py
// checks the fields' ranges first, like CPython.
Value Strftime(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "strftime", kw) ||
      !CheckArgCount(ts, "strftime", nargs, 2, 2)) {
    return Value::Error();
  }
  if (!IsStr(args[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "strftime() argument 1 must be str, not %s",
                       TypeName(ts, args[0]));
  }
  struct tm tm;
  std::string zone;
  if (!TupleToTm(ts, "strftime", args[1], &tm, &zone)) return Value::Error();
  tm.tm_zone = zone.c_str();
  std::string fmt(AsStr(args[0])->view());
  if (fmt.find('\0') != std::string::npos) {
    return RaiseValueError(ts, "embedded null character");
  }
  if (fmt.empty()) return StrValue(ts, "");
  // strftime returns 0 both for "too small" and for an empty result: grow
  // up to a bound proportional to the format, as CPython does.
  for (size_t size = 256; size <= 256 * (fmt.size() + 1); size *= 2) {
    std::string buf(size, '\0');
    size_t n = strftime(buf.data(), size, fmt.c_str(), &tm);
    if (n > 0 || size >= 256 * (fmt.size() + 1) / 2) {
      buf.resize(n);
      return StrValue(ts, buf);
    }
  }
  return StrValue(ts, "");
}
}  // namespace

Module* InitTimeModule(ThreadState& ts) {
  // Named "time": crash reports show what scripts called, <native>
  // time.sleep, though the module is registered as _time.
  auto* m = static_cast<Module*>(NewModule(ts, "time"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"time", Time},
      {"time_ns", TimeNs},
      {"monotonic", Monotonic},
      {"monotonic_ns", MonotonicNs},
      {"perf_counter", PerfCounter},
      {"perf_counter_ns", PerfCounterNs},
      {"process_time", ProcessTime},
      {"sleep", Sleep},
      {"gmtime", Gmtime},
      {"localtime", Localtime},
      {"mktime", Mktime},
      {"_strftime", Strftime},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  // The local zone as the C library sees it at import (CPython's
  // timezone/altzone/daylight/tzname).
  tzset();
  Value names[2] = {StrValue(ts, tzname[0]), Value::Empty()};
  if (names[0].IsError()) return nullptr;
  roots.Add(names[0]);
  names[1] = StrValue(ts, tzname[1]);
  if (names[1].IsError()) return nullptr;
  roots.Add(names[1]);
  Tuple* tzn = NewTupleFrom(ts, names, 2);
  if (tzn == nullptr || !AddValue(ts, m, "tzname", Value::Obj(tzn)) ||
      !AddValue(ts, m, "timezone", Value::Int(timezone)) ||
      !AddValue(ts, m, "altzone",
                Value::Int(daylight ? timezone - 3600 : timezone)) ||
      !AddValue(ts, m, "daylight", Value::Int(daylight))) {
    return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("_time", InitTimeModule);

}  // namespace builtins
}  // namespace interp
