// Helpers shared by the builtins (internal.h): argument binding in
// CPython's words, method tables, numeric conversions.
#include <cmath>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float_box.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/lazy_natives.h"

namespace interp {
namespace builtins {

bool BindArgsSlow(ThreadState& ts, std::string_view fname, const Value* args,
                  uint32_t nargs, Tuple* kwnames,
                  std::initializer_list<std::string_view> names,
                  uint32_t min_pos, uint32_t max_pos, uint32_t first_kw,
                  Value* out) {
  RuntimeState& rt = Rt(ts);
  const uint32_t n = static_cast<uint32_t>(names.size());
  for (uint32_t i = 0; i < n; ++i) out[i] = Value::Empty();
  const uint32_t nkw_total = NumKw(kwnames);
  if (nargs + nkw_total > n && n > 0 &&
      fname.find('.') == std::string_view::npos) {
    // CPython's argument clinic counts everything given first ("keyword"
    // when nothing was positional).
    RaiseFormat(ts, rt.exc.type_error,
                "%s() takes at most %d %sargument%s (%d given)", fname, n,
                nargs == 0 ? "keyword " : "", n == 1 ? "" : "s",
                nargs + nkw_total);
    return false;
  }
  if (nargs > max_pos) {
    if (max_pos == 0) {
      RaiseFormat(ts, rt.exc.type_error, "%s() takes no positional arguments",
                  fname);
    } else if (min_pos == max_pos) {
      RaiseFormat(ts, rt.exc.type_error,
                  "%s() takes exactly %d positional argument%s (%d given)",
                  fname, max_pos, max_pos == 1 ? "" : "s", nargs);
    } else {
      RaiseFormat(ts, rt.exc.type_error,
                  "%s() takes at most %d argument%s (%d given)", fname, max_pos,
                  max_pos == 1 ? "" : "s", nargs);
    }
    return false;
  }
  for (uint32_t i = 0; i < nargs; ++i) out[i] = args[i];
  const uint32_t nkw = NumKw(kwnames);
  for (uint32_t k = 0; k < nkw; ++k) {
    std::string_view key = AsStr(kwnames->items[k])->view();
    uint32_t idx = 0;
    for (std::string_view name : names) {
      if (name == key) break;
      ++idx;
    }
    if (idx == n || idx < first_kw) {
      if (idx < n && fname.find('.') != std::string_view::npos) {
        RaiseFormat(ts, rt.exc.type_error,
                    "%s() got some positional-only arguments passed as "
                    "keyword arguments: '%s'",
                    fname, key);
      } else if (fname.find('.') != std::string_view::npos) {
        // Qualified names stand for functions CPython writes in Python
        // (Thread.__init__): the interpreter's wording.
        RaiseFormat(ts, rt.exc.type_error,
                    "%s() got an unexpected keyword argument '%s'", fname, key);
      } else {
        // CPython 3.11's argument parser for C functions.
        RaiseFormat(ts, rt.exc.type_error,
                    "'%s' is an invalid keyword argument for %s()", key, fname);
      }
      return false;
    }
    if (!out[idx].IsEmpty()) {
      RaiseFormat(ts, rt.exc.type_error,
                  "argument for %s() given by name ('%s') and position (%d)",
                  fname, key, idx + 1);
      return false;
    }
    out[idx] = args[nargs + k];
  }
  uint32_t i = 0;
  for (std::string_view name : names) {
    if (i >= min_pos) break;
    if (out[i].IsEmpty()) {
      if (i < first_kw) {
        RaiseFormat(ts, rt.exc.type_error,
                    "%s() takes %s %d argument%s (%d given)", fname,
                    min_pos == max_pos ? "exactly" : "at least", min_pos,
                    min_pos == 1 ? "" : "s", nargs);
      } else {
        RaiseFormat(ts, rt.exc.type_error,
                    "%s() missing required argument '%s' (pos %d)", fname, name,
                    i + 1);
      }
      return false;
    }
    ++i;
  }
  return true;
}

bool NoKwargsSlow(ThreadState& ts, std::string_view fname, Tuple* kwnames) {
  if (NumKw(kwnames) == 0) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error, "%s() takes no keyword arguments",
              fname);
  return false;
}

bool MethodArgs(ThreadState& ts, std::string_view type, std::string_view name,
                uint32_t argc, Tuple* kwnames, uint32_t min, uint32_t max) {
  if (NumKw(kwnames) == 0 && argc >= min && argc <= max) return true;
  std::string qualified = absl::StrCat(AV(type), ".", AV(name));
  return NoKwargs(ts, qualified, kwnames) &&
         CheckArgCount(ts, qualified, argc, min, max);
}

bool CheckArgCountSlow(ThreadState& ts, std::string_view fname, uint32_t nargs,
                       uint32_t min, uint32_t max) {
  if (nargs >= min && nargs <= max) return true;
  RuntimeState& rt = Rt(ts);
  // CPython names methods by qualified name ("list.count() takes exactly
  // one argument") for one- and no-argument methods, by plain name in its
  // argument-clinic messages ("pop expected at most 1 argument").
  std::string_view plain = fname.substr(fname.rfind('.') + 1);
  if (min == max) {
    if (min == 0) {
      RaiseFormat(ts, rt.exc.type_error, "%s() takes no arguments (%d given)",
                  fname, nargs);
    } else if (min == 1) {
      RaiseFormat(ts, rt.exc.type_error,
                  "%s() takes exactly one argument (%d given)", fname, nargs);
    } else {
      RaiseFormat(ts, rt.exc.type_error, "%s expected %d arguments, got %d",
                  plain, min, nargs);
    }
  } else if (nargs > max) {
    RaiseFormat(ts, rt.exc.type_error,
                "%s expected at most %d argument%s, got %d", plain, max,
                max == 1 ? "" : "s", nargs);
  } else {
    RaiseFormat(ts, rt.exc.type_error,
                "%s expected at least %d argument%s, got %d", plain, min,
                min == 1 ? "" : "s", nargs);
  }
  return false;
}

bool SetClassAttr(ThreadState& ts, ClassObject* cls, std::string_view name,
                  Value v) {
  Str* key = InternStr(ts, name);
  if (key == nullptr) return false;
  // After the class's deferred natives, as if they had been made already.
  Dict* d = ClassDict(ts, cls);
  return d != nullptr && DictSetStr(ts, d, key, v);
}

bool AddMethods(ThreadState& ts, ClassObject* cls, std::string_view qual_prefix,
                const MethodDef* defs, size_t n) {
  // Made when the class's dict is first read (vm/lazy_natives.h).
  return DeferNatives(ts, cls, qual_prefix, defs, n, DeferredKind::kMethod);
}

bool AddNativeProperty(ThreadState& ts, ClassObject* cls,
                       std::string_view qual_prefix, const char* name,
                       NativeFn getter, NativeFn setter) {
  return DeferNative(ts, cls, qual_prefix, name, getter,
                     DeferredKind::kProperty, /*if_absent=*/false, setter);
}

bool ToInteger(ThreadState& ts, Value v, Value* out) {
  if (v.IsIntLike()) {
    *out = Value::Int(v.AsInt());
    return true;
  }
  if (IsBigInt(v)) {
    *out = IntPlain(ts, v);  // an int subclass's instance: its value
    return !out->IsError();
  }
  RuntimeState& rt = Rt(ts);
  if (v.IsObject() && !(v.AsObject()->cls->flags & kClassBuiltin)) {
    bool found = false;
    TempRoots roots(ts);
    roots.Add(v);
    Value r = CallSpecial(ts, v, rt.names.__index__, nullptr, 0, &found);
    if (found) {
      if (r.IsError()) return false;
      if (!IsInteger(r)) {
        RaiseFormat(ts, rt.exc.type_error,
                    "__index__ returned non-int (type %s)", TypeName(ts, r));
        return false;
      }
      *out = r.IsIntLike() ? Value::Int(r.AsInt()) : r;
      return true;
    }
  }
  RaiseFormat(ts, rt.exc.type_error,
              "'%s' object cannot be interpreted as an integer",
              TypeName(ts, v));
  return false;
}

bool ToIndex(ThreadState& ts, Value v, int64_t* out) {
  if (v.IsIntLike()) {
    *out = v.AsInt();
    return true;
  }
  Value i;
  if (!ToInteger(ts, v, &i)) return false;
  if (IsBigInt(i)) {
    RaiseOverflowError(ts, "Python int too large to convert to C ssize_t");
    return false;
  }
  *out = i.AsInt();
  return true;
}

bool ToInt64(ThreadState& ts, Value v, int64_t* out) {
  return ToIndex(ts, v, out);
}

bool ToDouble(ThreadState& ts, Value v, double* out) {
  if (v.IsFloat()) {
    *out = v.AsFloat();
    return true;
  }
  if (IsBoxedFloat(v)) {  // a float subclass's instance
    *out = BoxedFloatValue(v);
    return true;
  }
  if (IsInteger(v)) return IntToDouble(ts, v, out);
  RuntimeState& rt = Rt(ts);
  if (v.IsObject() && !(v.AsObject()->cls->flags & kClassBuiltin)) {
    bool found = false;
    TempRoots roots(ts);
    roots.Add(v);
    Value r = CallSpecial(ts, v, rt.names.__float__, nullptr, 0, &found);
    if (found) {
      if (r.IsError()) return false;
      if (!r.IsFloat()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "%s.__float__ returned non-float (type %s)",
                    TypeName(ts, v), TypeName(ts, r));
        return false;
      }
      *out = r.AsFloat();
      return true;
    }
  }
  RaiseFormat(ts, rt.exc.type_error, "must be real number, not %s",
              TypeName(ts, v));
  return false;
}

bool CheckSelfSlow(ThreadState& ts, const Value* args, uint32_t nargs,
                   ObjKind kind, const char* type_name, const char* method) {
  if (nargs >= 1 && IsKind(args[0], kind)) return true;
  if (nargs == 0) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "unbound method %s.%s() needs an argument", type_name, method);
  } else {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                "object",
                method, type_name, TypeName(ts, args[0]));
  }
  return false;
}

List* IterableToList(ThreadState& ts, Value iterable) {
  List* l = NewList(ts, 0);
  if (l == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  if (!ListExtend(ts, l, iterable)) return nullptr;
  return l;
}

}  // namespace builtins
}  // namespace interp
