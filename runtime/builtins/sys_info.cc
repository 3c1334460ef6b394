// The numeric parameter tuples of sys. Their classes are tuple subclasses
// with one read-only property per field and `__match_args__` naming the
// fields (as 3.11's struct sequences have); repr reads the names from
// there, so one repr serves every such class.
//
// float_info and int_info describe this runtime's real numbers (IEEE
// doubles; ints whose printing limit is CPython's). hash_info's numeric
// fields are the rules interp's numeric hash follows (CPython's: modulus
// 2**61-1, inf 314159, imag 1000003), so a script that reimplements
// numeric hashing gets equal results. Its str-hash fields describe
// interp's own str hash, which is not CPython's siphash13 and takes no
// seed.
#include "runtime/builtins/sys_info.h"

#include <cfloat>
#include <cstdint>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace interp {
namespace builtins {
namespace {

constexpr int kMaxFields = 11;

template <int kIndex>
Value InfoField(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1 || !IsKind(args[0], ObjKind::kTuple) ||
      As<Tuple>(args[0])->size <= kIndex) {
    return RaiseTypeError(ts, "descriptor needs a sys info tuple");
  }
  return As<Tuple>(args[0])->items[kIndex];
}

constexpr NativeFn kGetters[kMaxFields] = {
    InfoField<0>, InfoField<1>, InfoField<2>, InfoField<3>,
    InfoField<4>, InfoField<5>, InfoField<6>, InfoField<7>,
    InfoField<8>, InfoField<9>, InfoField<10>};

// "sys.NAME(field=value, ...)", the names from the class's __match_args__.
Value InfoRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1 || !IsKind(args[0], ObjKind::kTuple)) {
    return RaiseTypeError(ts, "__repr__ needs a sys info tuple");
  }
  Tuple* t = As<Tuple>(args[0]);
  ClassObject* cls = t->cls;
  Str* key = InternStr(ts, "__match_args__");
  if (key == nullptr) return Value::Error();
  Value names =
      cls->dict != nullptr ? DictGetStr(cls->dict, key) : Value::Empty();
  if (!IsKind(names, ObjKind::kTuple) || As<Tuple>(names)->size != t->size) {
    return RaiseTypeError(ts, "__repr__ needs a sys info tuple");
  }
  Tuple* fields = As<Tuple>(names);
  std::string out = absl::StrCat("sys.", AV(cls->name->view()), "(");
  for (uint32_t i = 0; i < t->size; ++i) {
    if (i > 0) out += ", ";
    absl::StrAppend(&out, AV(AsStr(fields->items[i])->view()), "=");
    if (!AppendRepr(ts, t->items[i], &out)) return Value::Error();
  }
  out += ')';
  return StrValue(ts, out);
}

struct Field {
  const char* name;
  Value value;  // Empty: the str in `text`
  const char* text;
};

bool AddInfo(ThreadState& ts, Module* sys, const char* name,
             const Field* fields, int n) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls =
      NewClass(ts, name, rt.classes.tuple, "sys", ObjKind::kTuple, 0);
  if (cls == nullptr) return false;
  TempRoots roots(ts);
  roots.Add(Value::Obj(cls));
  std::string qual = absl::StrCat("sys.", name);
  Value names[kMaxFields];
  Value values[kMaxFields];
  for (int i = 0; i < n; ++i) {
    if (!AddNativeProperty(ts, cls, qual, fields[i].name, kGetters[i])) {
      return false;
    }
    Str* s = InternStr(ts, fields[i].name);
    if (s == nullptr) return false;
    names[i] = Value::Obj(s);
    values[i] = fields[i].value;
    if (values[i].IsEmpty()) {
      values[i] = StrValue(ts, fields[i].text);
      if (values[i].IsError()) return false;
      roots.Add(values[i]);
    }
  }
  Tuple* match_args = NewTupleFrom(ts, names, n);
  if (match_args == nullptr ||
      !SetClassAttr(ts, cls, "__match_args__", Value::Obj(match_args))) {
    return false;
  }
  static constexpr MethodDef kMethods[] = {{"__repr__", InfoRepr}};
  if (!AddMethods(ts, cls, qual, kMethods)) return false;
  Tuple* t = NewTupleFrom(ts, values, n);
  if (t == nullptr) return false;
  t->cls = cls;
  return AddValue(ts, sys, name, Value::Obj(t));
}

}  // namespace

bool AddSysInfo(ThreadState& ts, Module* sys) {
  const Field float_info[] = {
      {"max", Value::Float(DBL_MAX), nullptr},
      {"max_exp", Value::Int(DBL_MAX_EXP), nullptr},
      {"max_10_exp", Value::Int(DBL_MAX_10_EXP), nullptr},
      {"min", Value::Float(DBL_MIN), nullptr},
      {"min_exp", Value::Int(DBL_MIN_EXP), nullptr},
      {"min_10_exp", Value::Int(DBL_MIN_10_EXP), nullptr},
      {"dig", Value::Int(DBL_DIG), nullptr},
      {"mant_dig", Value::Int(DBL_MANT_DIG), nullptr},
      {"epsilon", Value::Float(DBL_EPSILON), nullptr},
      {"radix", Value::Int(FLT_RADIX), nullptr},
      {"rounds", Value::Int(1), nullptr},
  };
  // CPython's digit layout (bits_per_digit, sizeof_digit) is not ours --
  // big ints are GMP limbs -- but scripts read these fields as "how ints
  // print": the str-digits limit fields are this runtime's real ones.
  const Field int_info[] = {
      {"bits_per_digit", Value::Int(30), nullptr},
      {"sizeof_digit", Value::Int(4), nullptr},
      {"default_max_str_digits", Value::Int(4300), nullptr},
      {"str_digits_check_threshold", Value::Int(640), nullptr},
  };
  const Field hash_info[] = {
      {"width", Value::Int(64), nullptr},
      {"modulus", Value::Int((int64_t{1} << 61) - 1), nullptr},
      {"inf", Value::Int(314159), nullptr},
      {"nan", Value::Int(0), nullptr},
      {"imag", Value::Int(1000003), nullptr},
      {"algorithm", Value::Empty(), "interp-mulxorshift"},
      {"hash_bits", Value::Int(64), nullptr},
      {"seed_bits", Value::Int(0), nullptr},
      {"cutoff", Value::Int(0), nullptr},
  };
  return AddInfo(ts, sys, "float_info", float_info, 11) &&
         AddInfo(ts, sys, "int_info", int_info, 4) &&
         AddInfo(ts, sys, "hash_info", hash_info, 9);
}

}  // namespace builtins
}  // namespace interp
