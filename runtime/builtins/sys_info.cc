// The numeric parameter tuples of sys. Their classes are tuple subclasses
// with `__match_args__` naming the fields (as 3.11's struct sequences
// have); repr and attribute access read the names from there, so one repr
// and one __getattr__ serve every such class.
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

// The field names of an info tuple's class (its __match_args__), or null.
Tuple* FieldNames(ThreadState& ts, ClassObject* cls, uint32_t size) {
  Str* key = InternStr(ts, "__match_args__");
  if (key == nullptr || cls->dict == nullptr) return nullptr;
  Value names = DictGetStr(cls->dict, key);
  if (!IsKind(names, ObjKind::kTuple) || As<Tuple>(names)->size != size) {
    return nullptr;
  }
  return As<Tuple>(names);
}

// Fields are read through the class's __getattr__ (one native per class
// rather than a property per field: these classes are made at every
// start, and properties would cost each start a native per field).
Value InfoGetattr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2 || !IsKind(args[0], ObjKind::kTuple) || !IsStr(args[1])) {
    return RaiseTypeError(ts, "__getattr__ needs a sys info tuple and a name");
  }
  Tuple* t = As<Tuple>(args[0]);
  std::string_view name = AsStr(args[1])->view();
  Tuple* fields = FieldNames(ts, t->cls, t->size);
  if (fields != nullptr) {
    for (uint32_t i = 0; i < fields->size; ++i) {
      if (AsStr(fields->items[i])->view() == name) return t->items[i];
    }
  }
  return RaiseFormat(ts, Rt(ts).exc.attribute_error,
                     "'sys.%s' object has no attribute '%s'",
                     AV(t->cls->name->view()), AV(name));
}

// "sys.NAME(field=value, ...)", the names from the class's __match_args__.
Value InfoRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1 || !IsKind(args[0], ObjKind::kTuple)) {
    return RaiseTypeError(ts, "__repr__ needs a sys info tuple");
  }
  Tuple* t = As<Tuple>(args[0]);
  ClassObject* cls = t->cls;
  Tuple* fields = FieldNames(ts, cls, t->size);
  if (fields == nullptr) {
    return RaiseTypeError(ts, "__repr__ needs a sys info tuple");
  }
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

// `methods` are the shared __repr__ and __getattr__ natives.
bool AddInfo(ThreadState& ts, Module* sys, const char* name,
             const Field* fields, int n, const Value (&methods)[2]) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls =
      NewClass(ts, name, rt.classes.tuple, "sys", ObjKind::kTuple, 0);
  if (cls == nullptr) return false;
  TempRoots roots(ts);
  roots.Add(Value::Obj(cls));
  Value names[kMaxFields];
  Value values[kMaxFields];
  for (int i = 0; i < n; ++i) {
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
  if (!SetClassAttr(ts, cls, "__repr__", methods[0]) ||
      !SetClassAttr(ts, cls, "__getattr__", methods[1])) {
    return false;
  }
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
  // One pair of natives serves the three classes (made at every start).
  NativeFunction* repr = NewNative(ts, "sys.info.__repr__", InfoRepr);
  if (repr == nullptr) return false;
  TempRoots roots(ts);
  roots.Add(Value::Obj(repr));
  NativeFunction* getattr = NewNative(ts, "sys.info.__getattr__", InfoGetattr);
  if (getattr == nullptr) return false;
  const Value methods[2] = {Value::Obj(repr), Value::Obj(getattr)};
  roots.Add(methods[1]);
  return AddInfo(ts, sys, "float_info", float_info, 11, methods) &&
         AddInfo(ts, sys, "int_info", int_info, 4, methods) &&
         AddInfo(ts, sys, "hash_info", hash_info, 9, methods);
}

}  // namespace builtins
}  // namespace interp
