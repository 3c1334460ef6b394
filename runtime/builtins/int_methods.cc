// Methods of int that scripts call by name: bit_length, bit_count,
// conjugate, as_integer_ratio (for small ints and BigInts alike).
#include <cstdint>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/tuple.h"

namespace interp {
namespace builtins {
namespace {

// The int `self` of a method call (bools too); TypeError otherwise.
bool IntSelf(ThreadState& ts, const Value* args, uint32_t nargs,
             const char* method, Value* self) {
  if (nargs >= 1 && IsInteger(args[0])) {
    // (An int subclass's instance: the plain int it holds.)
    *self = args[0].IsIntLike() ? Value::Int(args[0].AsInt())
                                : IntPlain(ts, args[0]);
    if (self->IsError()) return false;
    if (nargs == 1) return true;
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "int.%s() takes no arguments (%d given)", method, nargs - 1);
    return false;
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' for 'int' objects doesn't apply to a '%s' "
              "object",
              method, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
  return false;
}

Value IntBitLengthMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kw) {
  Value self;
  if (!NoKwargs(ts, "int.bit_length", kw) ||
      !IntSelf(ts, args, nargs, "bit_length", &self)) {
    return Value::Error();
  }
  return Value::Int(static_cast<int64_t>(IntBitLength(self)));
}

Value IntBitCount(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  Value self;
  if (!NoKwargs(ts, "int.bit_count", kw) ||
      !IntSelf(ts, args, nargs, "bit_count", &self)) {
    return Value::Error();
  }
  if (self.IsIntLike()) {
    int64_t i = self.AsInt();
    uint64_t u =
        i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    return Value::Int(__builtin_popcountll(u));
  }
  IntView x(self);
  Mpz m;
  mpz_abs(m.get(), x.get());
  return Value::Int(static_cast<int64_t>(mpz_popcount(m.get())));
}

Value IntConjugate(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  Value self;
  if (!NoKwargs(ts, "int.conjugate", kw) ||
      !IntSelf(ts, args, nargs, "conjugate", &self)) {
    return Value::Error();
  }
  return self;
}

Value IntAsIntegerRatio(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kw) {
  Value self;
  if (!NoKwargs(ts, "int.as_integer_ratio", kw) ||
      !IntSelf(ts, args, nargs, "as_integer_ratio", &self)) {
    return Value::Error();
  }
  Value items[2] = {self, Value::Int(1)};
  Tuple* t = NewTupleFrom(ts, items, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// __int__, __index__, __trunc__, __floor__, __ceil__: the plain int.
Value IntSelfMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw, const char* name) {
  Value self;
  if (!NoKwargs(ts, name, kw) || !IntSelf(ts, args, nargs, name, &self)) {
    return Value::Error();
  }
  return self;
}
Value IntIntMethod(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return IntSelfMethod(ts, a, n, kw, "__int__");
}
Value IntIndexMethod(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return IntSelfMethod(ts, a, n, kw, "__index__");
}
Value IntTruncMethod(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return IntSelfMethod(ts, a, n, kw, "__trunc__");
}
Value IntFloorMethod(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return IntSelfMethod(ts, a, n, kw, "__floor__");
}
Value IntCeilMethod(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return IntSelfMethod(ts, a, n, kw, "__ceil__");
}

Value IntFloatMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  Value self;
  if (!NoKwargs(ts, "__float__", kw) ||
      !IntSelf(ts, args, nargs, "__float__", &self)) {
    return Value::Error();
  }
  double d;
  if (!IntToDouble(ts, self, &d)) return Value::Error();
  return Value::Float(d);
}

// (value,): what copy and pickle rebuild an int subclass's instance from.
Value IntGetNewArgs(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  Value self;
  if (!NoKwargs(ts, "__getnewargs__", kw) ||
      !IntSelf(ts, args, nargs, "__getnewargs__", &self)) {
    return Value::Error();
  }
  Tuple* t = NewTupleFrom(ts, &self, 1);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

}  // namespace

bool InitIntMethods(ThreadState& ts) {
  static constexpr MethodDef kInt[] = {
      {"bit_length", IntBitLengthMethod},
      {"bit_count", IntBitCount},
      {"conjugate", IntConjugate},
      {"as_integer_ratio", IntAsIntegerRatio},
      {"__int__", IntIntMethod},
      {"__index__", IntIndexMethod},
      {"__trunc__", IntTruncMethod},
      {"__floor__", IntFloorMethod},
      {"__ceil__", IntCeilMethod},
      {"__float__", IntFloatMethod},
      {"__getnewargs__", IntGetNewArgs},
  };
  return AddMethods(ts, Rt(ts).classes.int_, "int", kInt);
}

}  // namespace builtins
}  // namespace interp
