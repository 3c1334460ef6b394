// Methods and attributes of range (count, index, start/stop/step) and
// slice (start/stop/step, indices).
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/range_slice.h"
#include "runtime/objects/tuple.h"

namespace interp {
namespace builtins {
namespace {

#define RANGE_SELF(method)                                             \
  if (!CheckSelf(ts, args, nargs, ObjKind::kRange, "range", method)) { \
    return Value::Error();                                             \
  }                                                                    \
  Range* self = As<Range>(args[0]);                                    \
  const uint32_t argc = nargs - 1

// The position of int `v` in the range, or -1.
int64_t IntPosition(const Range* r, int64_t v) {
  int64_t n = RangeLength(r);
  if (n == 0) return -1;
  int64_t off = v - r->start;
  if (off % r->step != 0) return -1;
  int64_t i = off / r->step;
  return i >= 0 && i < n ? i : -1;
}

// Position of `x` by value: exact for ints (and bools), by equality for
// anything else (1.0 in range(3) is found, like CPython).
bool Position(ThreadState& ts, Range* r, Value x, int64_t* pos) {
  if (x.IsIntLike()) {
    *pos = IntPosition(r, x.AsInt());
    return true;
  }
  if (IsBigInt(x) && !IsBoxedInt(x)) {  // ranges hold 64-bit ints only
    *pos = -1;
    return true;
  }
  *pos = -1;
  int64_t n = RangeLength(r);
  for (int64_t i = 0; i < n; ++i) {
    int eq = Equals(ts, Value::Int(RangeItem(r, i)), x);
    if (eq < 0) return false;
    if (eq) {
      *pos = i;
      return true;
    }
  }
  return true;
}

Value RangeCountMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  RANGE_SELF("count");
  if (!NoKwargs(ts, "range.count", kw) ||
      !CheckArgCount(ts, "range.count", argc, 1, 1)) {
    return Value::Error();
  }
  int64_t pos;
  if (!Position(ts, self, args[1], &pos)) return Value::Error();
  return Value::Int(pos >= 0 ? 1 : 0);
}

Value RangeIndexMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  RANGE_SELF("index");
  if (!NoKwargs(ts, "range.index", kw) ||
      !CheckArgCount(ts, "range.index", argc, 1, 1)) {
    return Value::Error();
  }
  int64_t pos;
  if (!Position(ts, self, args[1], &pos)) return Value::Error();
  if (pos >= 0) return Value::Int(pos);
  if (IsInteger(args[1])) {
    std::string text;
    if (!AppendIntDecimal(ts, args[1], &text)) return Value::Error();
    return RaiseFormat(ts, Rt(ts).exc.value_error, "%s is not in range", text);
  }
  return RaiseValueError(ts, "sequence.index(x): x not in sequence");
}

Value RangeStart(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  RANGE_SELF("start");
  (void)argc;
  (void)kw;
  return Value::Int(self->start);
}

Value RangeStop(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  RANGE_SELF("stop");
  (void)argc;
  (void)kw;
  return Value::Int(self->stop);
}

Value RangeStep(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  RANGE_SELF("step");
  (void)argc;
  (void)kw;
  return Value::Int(self->step);
}

#undef RANGE_SELF

#define SLICE_SELF(method)                                             \
  if (!CheckSelf(ts, args, nargs, ObjKind::kSlice, "slice", method)) { \
    return Value::Error();                                             \
  }                                                                    \
  Slice* self = As<Slice>(args[0]);                                    \
  const uint32_t argc = nargs - 1;                                     \
  (void)argc;                                                          \
  (void)kw

Value SliceStart(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  SLICE_SELF("start");
  return self->start;
}

Value SliceStop(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SLICE_SELF("stop");
  return self->stop;
}

Value SliceStep(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SLICE_SELF("step");
  return self->step;
}

// slice.indices(length): (start, stop, step) clamped like subscripting.
Value SliceIndicesMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kw) {
  SLICE_SELF("indices");
  if (!NoKwargs(ts, "slice.indices", kw) ||
      !CheckArgCount(ts, "slice.indices", argc, 1, 1)) {
    return Value::Error();
  }
  int64_t length;
  if (!ToIndex(ts, args[1], &length)) return Value::Error();
  if (length < 0) return RaiseValueError(ts, "length should not be negative");
  int64_t start, stop, step, count;
  if (!SliceIndices(ts, self, length, &start, &stop, &step, &count)) {
    return Value::Error();
  }
  Tuple* t = NewTuple(ts, 3);
  if (t == nullptr) return Value::Error();
  t->items[0] = Value::Int(start);
  t->items[1] = Value::Int(stop);
  t->items[2] = Value::Int(step);
  return Value::Obj(t);
}

#undef SLICE_SELF

}  // namespace

namespace {

bool InitSliceMethods(ThreadState& ts) {
  static constexpr MethodDef kMethods[] = {
      {"indices", SliceIndicesMethod},
  };
  ClassObject* cls = Rt(ts).classes.slice;
  return AddMethods(ts, cls, "slice", kMethods) &&
         AddNativeProperty(ts, cls, "slice", "start", SliceStart, nullptr) &&
         AddNativeProperty(ts, cls, "slice", "stop", SliceStop, nullptr) &&
         AddNativeProperty(ts, cls, "slice", "step", SliceStep, nullptr);
}

}  // namespace

bool InitRangeMethods(ThreadState& ts) {
  static constexpr MethodDef kMethods[] = {
      {"count", RangeCountMethod},
      {"index", RangeIndexMethod},
  };
  ClassObject* cls = Rt(ts).classes.range;
  return AddMethods(ts, cls, "range", kMethods) &&
         AddNativeProperty(ts, cls, "range", "start", RangeStart, nullptr) &&
         AddNativeProperty(ts, cls, "range", "stop", RangeStop, nullptr) &&
         AddNativeProperty(ts, cls, "range", "step", RangeStep, nullptr) &&
         InitSliceMethods(ts);
}

}  // namespace builtins
}  // namespace interp
