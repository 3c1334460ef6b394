// Numeric builtins: abs, round, divmod, pow, hex, oct, bin, ord, chr.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/float_box.h"
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
  if (IsInteger(v)) return IntAbs(ts, v);
  if (v.IsFloat()) return Value::Float(std::fabs(v.AsFloat()));
  if (IsBoxedFloat(v)) {
    // float's __abs__ unless the subclass defines its own.
    RuntimeState& rt = Rt(ts);
    Value m = LookupSpecial(v.AsObject()->cls, rt.names.__abs__);
    if (m.IsEmpty() ||
        m.Is(LookupSpecial(rt.classes.float_, rt.names.__abs__))) {
      return Value::Float(std::fabs(BoxedFloatValue(v)));
    }
  }
  if (v.IsObject() && (!(v.AsObject()->cls->flags & kClassBuiltin) ||
                       (v.AsObject()->cls->flags & kClassNativeDunders))) {
    bool found;
    Value r = CallSpecial(ts, v, Rt(ts).names.__abs__, nullptr, 0, &found);
    if (found) return r;
  }
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "bad operand type for abs(): '%s'", TypeName(ts, v));
}

}  // namespace

// Round-half-even of a double to an int, with CPython's errors.
Value RoundToInt(ThreadState& ts, double d) {
  if (std::isnan(d)) {
    return RaiseValueError(ts, "cannot convert float NaN to integer");
  }
  if (std::isinf(d)) {
    return RaiseOverflowError(ts, "cannot convert float infinity to integer");
  }
  return IntFromDouble(ts, std::nearbyint(d));  // half to even
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
Value RoundInt(ThreadState& ts, Value v, int64_t ndigits) {
  if (ndigits >= 0) return v;
  if (v.IsIntLike() && ndigits >= -18) {
    int64_t p = 1;
    for (int64_t i = 0; i < -ndigits; ++i) p *= 10;
    int64_t q = v.AsInt() / p, r = v.AsInt() % p;
    if (r < 0) {  // floor division
      r += p;
      --q;
    }
    // r in [0, p): compare 2r with p.
    if (r > p - r || (r == p - r && (q & 1))) ++q;
    return IntFromI128(ts, static_cast<__int128>(q) * p);
  }
  // 10**-ndigits beyond twice the value: rounds to 0.
  if (static_cast<double>(-ndigits) >
      static_cast<double>(IntBitLength(v)) * 0.30103 + 2) {
    return Value::Int(0);
  }
  IntView x(v);
  Mpz p, q, r;
  mpz_ui_pow_ui(p.get(), 10, static_cast<unsigned long>(-ndigits));
  mpz_fdiv_qr(q.get(), r.get(), x.get(), p.get());
  mpz_mul_2exp(r.get(), r.get(), 1);
  int c = mpz_cmp(r.get(), p.get());
  if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q.get(), q.get(), 1);
  mpz_mul(q.get(), q.get(), p.get());
  return IntFromMpz(ts, q.get());
}

Value DivmodNumbers(ThreadState& ts, Value a, Value b) {
  if (a.IsFloat() || b.IsFloat()) {
    bool zero = b.IsFloat() ? b.AsFloat() == 0.0 : IntSign(b) == 0;
    if (zero) return RaiseZeroDivisionError(ts, "float divmod()");
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

namespace {

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
    return has_nd ? RoundInt(ts, Value::Int(x.AsInt()), nd)
                  : Value::Int(x.AsInt());
  }
  if (IsBigInt(x)) {
    x = IntPlain(ts, x);  // (an int subclass's instance: its value)
    if (x.IsError()) return x;
    return has_nd ? RoundInt(ts, x, nd) : x;
  }
  if (IsBoxedFloat(x)) {
    // float's __round__ unless the subclass defines its own.
    Str* name = InternStr(ts, "__round__");
    Value m = LookupSpecial(x.AsObject()->cls, name);
    if (m.IsEmpty() || m.Is(LookupSpecial(Rt(ts).classes.float_, name))) {
      x = FloatPlain(x);
    }
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
  bool numeric = (IsInteger(a) || a.IsFloat()) && (IsInteger(b) || b.IsFloat());
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
  return DivmodNumbers(ts, a, b);
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
  if (!IsInteger(a[0]) && !a[0].IsFloat()) {
    // Three-argument pow of an object is its __pow__(exp, mod) alone
    // (CPython's ternary power does not try __rpow__): decimal uses it.
    bool found;
    Value r = CallNamedSpecial(ts, a[0], "__pow__", &a[1], 2, &found);
    if (r.IsError()) return r;
    if (found && !(r.IsObject() && r.AsObject() == Rt(ts).not_implemented)) {
      return r;
    }
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "unsupported operand type(s) for ** or pow(): '%s', "
                       "'%s', '%s'",
                       TypeName(ts, a[0]), TypeName(ts, a[1]),
                       TypeName(ts, a[2]));
  }
  if (!IsInteger(a[0]) || !IsInteger(a[1]) || !IsInteger(a[2])) {
    return RaiseTypeError(ts,
                          "pow() 3rd argument not allowed unless all "
                          "arguments are integers");
  }
  return IntPowMod(ts, a[0], a[1], a[2]);
}

Value IntToBase(ThreadState& ts, const char* fname, const Value* args,
                uint32_t nargs, Tuple* kw, int base, const char* prefix) {
  if (!NoKwargs(ts, fname, kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s() takes exactly one argument (%d given)", fname,
                       nargs);
  }
  Value v;
  if (!ToInteger(ts, args[0], &v)) return Value::Error();
  std::string out = IntSign(v) < 0 ? "-" : "";
  out += prefix;
  AppendIntMagnitudeBase(v, base, &out);
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
  if (IsBytesLike(args[0])) {
    std::string_view b = BytesLikeView(args[0]);
    if (b.size() != 1) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "ord() expected a character, but string of length "
                         "%d found",
                         static_cast<int>(b.size()));
    }
    return Value::Int(static_cast<unsigned char>(b[0]));
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
  if (IsBigInt(args[0]) && !IsBoxedInt(args[0])) {
    return RaiseOverflowError(ts, "Python int too large to convert to C int");
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
