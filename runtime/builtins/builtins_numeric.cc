// Numeric builtins: abs, round, divmod, pow, hex, oct, bin, ord, chr.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

// Calls a user class's special method by name (not in CommonNames).
// `found` false when the class does not define it.
Value CallNamedSpecial(ThreadState& ts, Value self, std::string_view name,
                       const Value* args, uint32_t nargs, bool* found) {
  *found = false;
  if (!self.IsObject()) return Value::Empty();
  Str* s = InternStr(ts, name);
  if (s == nullptr) return Value::Error();
  return CallSpecial(ts, self, s, args, nargs, found);
}

Value Abs(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "abs", kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "abs() takes exactly one argument (%d given)", nargs);
  }
  Value v = args[0];
  if (v.IsIntLike()) {
    int64_t i = v.AsInt();
    if (i == INT64_MIN) return RaiseOverflowError(ts, "integer overflow");
    return Value::Int(i < 0 ? -i : i);
  }
  if (v.IsFloat()) return Value::Float(std::fabs(v.AsFloat()));
  if (v.IsObject() && !(v.AsObject()->cls->flags & kClassBuiltin)) {
    bool found;
    Value r = CallSpecial(ts, v, Rt(ts).names.__abs__, nullptr, 0, &found);
    if (found) return r;
  }
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "bad operand type for abs(): '%s'", TypeName(ts, v));
}

// Round-half-even of a double to an int, with CPython's errors.
Value RoundToInt(ThreadState& ts, double d) {
  if (std::isnan(d)) {
    return RaiseValueError(ts, "cannot convert float NaN to integer");
  }
  if (std::isinf(d)) {
    return RaiseOverflowError(ts, "cannot convert float infinity to integer");
  }
  double r = std::nearbyint(d);  // default mode: round half to even
  if (r >= 9223372036854775808.0 || r < -9223372036854775808.0) {
    return RaiseOverflowError(ts, "int too large to convert to a 64-bit int");
  }
  return Value::Int(static_cast<int64_t>(r));
}

// round(x, ndigits) for floats: the correctly rounded decimal (what
// CPython gets from dtoa): printf's %.*f rounds the exact binary value
// half-to-even, then strtod reads it back.
double RoundFloat(double x, int64_t ndigits) {
  if (!std::isfinite(x) || x == 0.0) return x;
  if (ndigits > 323) return x;
  if (ndigits >= 0) {
    char buf[512];
    snprintf(buf, sizeof buf, "%.*f", static_cast<int>(ndigits), x);
    double r = strtod(buf, nullptr);
    return r == 0.0 ? std::copysign(0.0, x) : r;
  }
  if (ndigits < -308) return std::copysign(0.0, x);
  double p = std::pow(10.0, static_cast<double>(-ndigits));
  double r = std::nearbyint(x / p) * p;
  if (!std::isfinite(r)) return x;
  return r == 0.0 ? std::copysign(0.0, x) : r;
}

// round(int, ndigits < 0): half to even at the 10**-ndigits place.
Value RoundInt(ThreadState& ts, int64_t v, int64_t ndigits) {
  if (ndigits >= 0) return Value::Int(v);
  if (ndigits < -18) return Value::Int(0);
  int64_t p = 1;
  for (int64_t i = 0; i < -ndigits; ++i) p *= 10;
  int64_t q = v / p, r = v % p;
  if (r < 0) {  // floor division
    r += p;
    --q;
  }
  // r in [0, p): compare 2r with p.
  if (r > p - r || (r == p - r && (q & 1))) ++q;
  __int128 result = static_cast<__int128>(q) * p;
  if (result > INT64_MAX || result < INT64_MIN) {
    return RaiseOverflowError(ts, "integer overflow");
  }
  return Value::Int(static_cast<int64_t>(result));
}

Value Round(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "round", args, nargs, kw, {"number", "ndigits"}, 1, 2, 0,
                a)) {
    return Value::Error();
  }
  Value x = a[0];
  bool has_nd = !a[1].IsEmpty() && !a[1].IsNone();
  int64_t nd = 0;
  if (has_nd && !ToIndex(ts, a[1], &nd)) return Value::Error();
  if (x.IsIntLike()) {
    return has_nd ? RoundInt(ts, x.AsInt(), nd) : Value::Int(x.AsInt());
  }
  if (x.IsFloat()) {
    if (!has_nd) return RoundToInt(ts, x.AsFloat());
    return Value::Float(RoundFloat(x.AsFloat(), nd));
  }
  bool found;
  Value r = CallNamedSpecial(ts, x, "__round__", &a[1], has_nd ? 1 : 0, &found);
  if (found || r.IsError()) return r;
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "type %s doesn't define __round__ method",
                     TypeName(ts, x));
}

Value Divmod(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "divmod", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "divmod expected 2 arguments, got %d", nargs);
  }
  Value a = args[0], b = args[1];
  bool numeric =
      (a.IsIntLike() || a.IsFloat()) && (b.IsIntLike() || b.IsFloat());
  if (numeric && (a.IsFloat() || b.IsFloat())) {
    double y = b.IsFloat() ? b.AsFloat() : static_cast<double>(b.AsInt());
    if (y == 0.0) return RaiseZeroDivisionError(ts, "float divmod()");
  }
  if (!numeric) {
    bool found;
    Value r = CallNamedSpecial(ts, a, "__divmod__", &b, 1, &found);
    if (r.IsError()) return r;
    if (found && !(r.IsObject() && r.AsObject() == Rt(ts).not_implemented)) {
      return r;
    }
    r = CallNamedSpecial(ts, b, "__rdivmod__", &a, 1, &found);
    if (r.IsError()) return r;
    if (found && !(r.IsObject() && r.AsObject() == Rt(ts).not_implemented)) {
      return r;
    }
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "unsupported operand type(s) for divmod(): '%s' and "
                       "'%s'",
                       TypeName(ts, a), TypeName(ts, b));
  }
  Value q = BinaryOp(ts, BinOp::kFloorDiv, a, b);
  if (q.IsError()) return q;
  TempRoots roots(ts);
  roots.Add(q);
  Value m = BinaryOp(ts, BinOp::kMod, a, b);
  if (m.IsError()) return m;
  Value items[2] = {q, m};
  Tuple* t = NewTupleFrom(ts, items, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value Pow(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "pow", args, nargs, kw, {"base", "exp", "mod"}, 2, 3, 0,
                a)) {
    return Value::Error();
  }
  if (a[2].IsEmpty() || a[2].IsNone()) {
    return BinaryOp(ts, BinOp::kPow, a[0], a[1]);
  }
  if (!a[0].IsIntLike() || !a[1].IsIntLike() || !a[2].IsIntLike()) {
    return RaiseTypeError(ts,
                          "pow() 3rd argument not allowed unless all "
                          "arguments are integers");
  }
  int64_t base = a[0].AsInt(), exp = a[1].AsInt(), mod = a[2].AsInt();
  if (mod == 0) return RaiseValueError(ts, "pow() 3rd argument cannot be 0");
  if (exp < 0) {
    return RaiseValueError(ts, "base is not invertible for the given modulus");
  }
  __int128 m = mod < 0 ? -static_cast<__int128>(mod) : mod;
  __int128 result = 1 % m;
  __int128 b = base % m;
  if (b < 0) b += m;
  while (exp > 0) {
    if (exp & 1) result = result * b % m;
    b = b * b % m;
    exp >>= 1;
  }
  // Python's result has the sign of the modulus.
  if (mod < 0 && result != 0) result -= m;
  return Value::Int(static_cast<int64_t>(result));
}

Value IntToBase(ThreadState& ts, const char* fname, const Value* args,
                uint32_t nargs, Tuple* kw, int base, const char* prefix) {
  if (!NoKwargs(ts, fname, kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s() takes exactly one argument (%d given)", fname,
                       nargs);
  }
  int64_t v;
  if (!ToIndex(ts, args[0], &v)) return Value::Error();
  uint64_t u = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string digits;
  do {
    digits.push_back("0123456789abcdef"[u % base]);
    u /= base;
  } while (u != 0);
  std::string out = v < 0 ? "-" : "";
  out += prefix;
  out.append(digits.rbegin(), digits.rend());
  return StrValue(ts, out);
}

Value Hex(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return IntToBase(ts, "hex", args, nargs, kw, 16, "0x");
}
Value Oct(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return IntToBase(ts, "oct", args, nargs, kw, 8, "0o");
}
Value Bin(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return IntToBase(ts, "bin", args, nargs, kw, 2, "0b");
}

Value Ord(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "ord", kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "ord() takes exactly one argument (%d given)", nargs);
  }
  if (!IsStr(args[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "ord() expected string of length 1, but %s found",
                       TypeName(ts, args[0]));
  }
  Str* s = AsStr(args[0]);
  if (s->char_len != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "ord() expected a character, but string of length %d "
                       "found",
                       s->char_len);
  }
  uint32_t len;
  return Value::Int(DecodeUtf8(s->data, &len));
}

Value Chr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "chr", kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "chr() takes exactly one argument (%d given)", nargs);
  }
  int64_t cp;
  if (!ToIndex(ts, args[0], &cp)) return Value::Error();
  if (cp < 0 || cp > 0x10FFFF) {
    return RaiseValueError(ts, "chr() arg not in range(0x110000)");
  }
  return StrFromCodePoint(ts, static_cast<uint32_t>(cp));
}

}  // namespace

bool AddNumericBuiltins(ThreadState& ts, Module* m) {
  static constexpr MethodDef kFunctions[] = {
      {"abs", Abs}, {"round", Round}, {"divmod", Divmod},
      {"pow", Pow}, {"hex", Hex},     {"oct", Oct},
      {"bin", Bin}, {"ord", Ord},     {"chr", Chr},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return false;
  }
  return true;
}

}  // namespace builtins
}  // namespace interp
