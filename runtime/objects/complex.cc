#include "runtime/objects/complex.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "runtime/builtins/errors.h"
#include "runtime/objects/format.h"
#include "runtime/objects/function.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"

namespace interp {
namespace {

const NativeDataOps kComplexOps = {"complex", nullptr, nullptr, nullptr};

// repr(float) without the ".0" CPython's 'r' conversion leaves off.
std::string ShortRepr(double d) {
  std::string s = FloatRepr(d);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) {
    s.resize(s.size() - 2);
  }
  return s;
}

constexpr uint64_t kHashModulusBits = 61;

int64_t HashPart(double d, const void* self) {
  if (std::isnan(d)) {
    // CPython hashes a NaN by the identity of the object holding it.
    uint64_t a = reinterpret_cast<uintptr_t>(self);
    int64_t h = static_cast<int64_t>((a >> 4) | (a << 60));
    return h == -1 ? -2 : h;
  }
  constexpr uint64_t kModulus = (uint64_t{1} << kHashModulusBits) - 1;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kHashModulusBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  int bits = static_cast<int>(kHashModulusBits);
  e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
  x = ((x << e) & kModulus) | x >> (kHashModulusBits - e);
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

// The longest prefix of `s` from `pos` that float() accepts (digits with
// optional fraction and exponent, or inf/infinity/nan, after an optional
// sign). Returns the end position, or `pos` when there is none.
size_t FloatPrefix(std::string_view s, size_t pos, double* value) {
  size_t i = pos;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  auto word = [&](std::string_view w) {
    if (s.size() - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (std::tolower(static_cast<unsigned char>(s[i + k])) != w[k]) {
        return false;
      }
    }
    return true;
  };
  size_t end = pos;
  if (word("infinity")) {
    end = i + 8;
  } else if (word("inf") || word("nan")) {
    end = i + 3;
  } else {
    size_t j = i;
    size_t digits = 0;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) {
      ++j;
      ++digits;
    }
    if (j < s.size() && s[j] == '.') {
      ++j;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) {
        ++j;
        ++digits;
      }
    }
    if (digits == 0) return pos;
    end = j;
    if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
      size_t k = j + 1;
      if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
      size_t exp_start = k;
      while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) {
        ++k;
      }
      if (k > exp_start) end = k;
    }
  }
  if (!ParseFloat(s.substr(pos, end - pos), value)) return pos;
  return end;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

}  // namespace

Value NewComplex(ThreadState& ts, double re, double im, ClassObject* cls) {
  RuntimeState& rt = Rt(ts);
  if (cls == nullptr) cls = rt.classes.complex;
  auto* obj = rt.heap.New<NativeData>(ts, ObjKind::kNativeData, cls,
                                      sizeof(ComplexParts));
  if (obj == nullptr) return RaiseMemoryError(ts);
  auto* parts = reinterpret_cast<ComplexParts*>(obj + 1);
  *parts = ComplexParts{re, im};
  obj->data = parts;
  obj->ops = &kComplexOps;
  obj->attrs = nullptr;
  return Value::Obj(obj);
}

bool ComplexOf(ThreadState& ts, Value v, ComplexParts* out) {
  (void)ts;
  if (!IsKind(v, ObjKind::kNativeData)) return false;
  auto* nd = As<NativeData>(v);
  if (nd->ops != &kComplexOps) return false;
  *out = *static_cast<const ComplexParts*>(nd->data);
  return true;
}

void AppendComplexRepr(ComplexParts c, std::string* out) {
  if (c.re == 0.0 && !std::signbit(c.re)) {
    out->append(ShortRepr(c.im));
    out->push_back('j');
    return;
  }
  out->push_back('(');
  out->append(ShortRepr(c.re));
  std::string im = ShortRepr(c.im);
  if (im[0] != '-') out->push_back('+');
  out->append(im);
  out->append("j)");
}

int64_t ComplexHash(ComplexParts c, const void* self) {
  uint64_t h = static_cast<uint64_t>(HashPart(c.re, self)) +
               1000003u * static_cast<uint64_t>(HashPart(c.im, self));
  int64_t r = static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

bool FormatComplex(ThreadState& ts, ComplexParts c, std::string_view spec_text,
                   std::string* out) {
  FormatSpec spec;
  if (!ParseFormatSpec(ts, spec_text, "complex", &spec)) return false;
  RuntimeState& rt = Rt(ts);
  if (spec.zero || spec.fill == "0") {
    RaiseFormat(ts, rt.exc.value_error,
                "Zero padding is not allowed in complex format specifier");
    return false;
  }
  if (spec.align == '=') {
    RaiseFormat(
        ts, rt.exc.value_error,
        "'=' alignment flag is not allowed in complex format specifier");
    return false;
  }
  switch (spec.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      break;
    default:
      if (static_cast<unsigned char>(spec.type) >= 0x20 &&
          static_cast<unsigned char>(spec.type) < 0x7F) {
        RaiseFormat(ts, rt.exc.value_error,
                    "Unknown format code '%c' for object of type 'complex'",
                    spec.type);
      } else {
        RaiseFormat(ts, rt.exc.value_error,
                    "Unknown format code '\\x%x' for object of type "
                    "'complex'",
                    static_cast<unsigned char>(spec.type));
      }
      return false;
  }
  bool skip_re = false;
  bool parens = false;
  bool repr_style = false;
  FormatSpec part = spec;
  part.fill.clear();
  part.align = 0;
  part.width = -1;
  if (spec.type == 0) {
    // Like str(self): the real part left out when it is +0, parentheses
    // otherwise; a precision switches to 'g'.
    if (c.re == 0.0 && !std::signbit(c.re)) {
      skip_re = true;
    } else {
      parens = true;
    }
    if (spec.precision < 0) {
      repr_style = true;
    } else {
      part.type = 'g';
    }
  }
  auto format_part = [&](double v, char sign, std::string* dst) {
    if (repr_style) {
      std::string r = ShortRepr(v);
      if (r[0] != '-' && sign != 0 && sign != '-') dst->push_back(sign);
      dst->append(r);
      return true;
    }
    FormatSpec p = part;
    p.sign = sign;
    return FormatFloatSpec(ts, v, p, dst);
  };
  std::string body;
  if (parens) body.push_back('(');
  if (!skip_re) {
    if (!format_part(c.re, spec.sign, &body)) return false;
  }
  if (!format_part(c.im, skip_re ? spec.sign : '+', &body)) return false;
  body.push_back('j');
  if (parens) body.push_back(')');
  // Pad as a number: right-aligned unless told otherwise.
  int64_t len = static_cast<int64_t>(body.size());  // ASCII only
  std::string fill = spec.fill.empty() ? " " : spec.fill;
  int64_t pad = spec.width > len ? spec.width - len : 0;
  int64_t left = 0;
  switch (spec.align) {
    case '<':
      left = 0;
      break;
    case '^':
      left = pad / 2;
      break;
    default:
      left = pad;
      break;
  }
  for (int64_t i = 0; i < left; ++i) out->append(fill);
  out->append(body);
  for (int64_t i = left; i < pad; ++i) out->append(fill);
  return true;
}

bool ParseComplex(std::string_view text, ComplexParts* out,
                  bool* bad_underscore) {
  *bad_underscore = false;
  std::string cleaned;
  // '_' only between digits, as float() and int() allow it.
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_') {
      if (i == 0 || i + 1 >= text.size() ||
          !std::isdigit(static_cast<unsigned char>(text[i - 1])) ||
          !std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
        *bad_underscore = true;
        return false;
      }
      continue;
    }
    cleaned.push_back(text[i]);
  }
  std::string_view s = cleaned;
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  bool bracket = false;
  if (i < s.size() && s[i] == '(') {
    bracket = true;
    ++i;
    while (i < s.size() && IsSpace(s[i])) ++i;
  }
  double x = 0, y = 0;
  size_t end = FloatPrefix(s, i, &x);
  auto is_j = [&](size_t k) {
    return k < s.size() && (s[k] == 'j' || s[k] == 'J');
  };
  if (end != i) {
    i = end;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      // <float><signed-float>j, or <float><sign>j.
      end = FloatPrefix(s, i, &y);
      if (end != i) {
        i = end;
      } else {
        y = s[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!is_j(i)) return false;
      ++i;
    } else if (is_j(i)) {
      ++i;
      y = x;
      x = 0;
    } else {
      y = 0;
    }
  } else {
    // <sign>j or j alone.
    y = 1.0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      if (s[i] == '-') y = -1.0;
      ++i;
    }
    x = 0;
    if (!is_j(i)) return false;
    ++i;
  }
  while (i < s.size() && IsSpace(s[i])) ++i;
  if (bracket) {
    if (i >= s.size() || s[i] != ')') return false;
    ++i;
    while (i < s.size() && IsSpace(s[i])) ++i;
  }
  if (i != s.size()) return false;
  *out = ComplexParts{x, y};
  return true;
}

ComplexParts ComplexSum(ComplexParts a, ComplexParts b) {
  return {a.re + b.re, a.im + b.im};
}

ComplexParts ComplexDiff(ComplexParts a, ComplexParts b) {
  return {a.re - b.re, a.im - b.im};
}

ComplexParts ComplexProd(ComplexParts a, ComplexParts b) {
  return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

bool ComplexQuot(ComplexParts a, ComplexParts b, ComplexParts* out) {
  // Smith's method: scale by the larger part of the divisor so that
  // neither the ratio nor the denominator overflows needlessly.
  double abs_re = std::fabs(b.re);
  double abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    if (abs_re == 0.0) {
      *out = {0.0, 0.0};
      return false;
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    *out = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (abs_im >= abs_re) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    *out = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {
    // A NaN in the divisor.
    *out = {NAN, NAN};
  }
  return true;
}

namespace {

ComplexParts PowUnsigned(ComplexParts x, int64_t n) {
  ComplexParts r{1.0, 0.0};
  ComplexParts p = x;
  for (int64_t mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = ComplexProd(r, p);
    p = ComplexProd(p, p);
  }
  return r;
}

}  // namespace

bool ComplexPow(ComplexParts a, ComplexParts b, ComplexParts* out,
                const char** error) {
  bool domain = false;
  ComplexParts r;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    // Small integral exponents multiply exactly, as CPython does.
    auto n = static_cast<int64_t>(b.re);
    if (n > 0) {
      r = PowUnsigned(a, n);
    } else {
      domain = !ComplexQuot({1.0, 0.0}, PowUnsigned(a, -n), &r);
    }
  } else if (b.re == 0.0 && b.im == 0.0) {
    r = {1.0, 0.0};
  } else if (a.re == 0.0 && a.im == 0.0) {
    domain = b.im != 0.0 || b.re < 0.0;
    r = {0.0, 0.0};
  } else {
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
      len /= std::exp(at * b.im);
      phase += b.im * std::log(vabs);
    }
    r = {len * std::cos(phase), len * std::sin(phase)};
  }
  *out = r;
  if (domain) {
    *error = "zero";
    return false;
  }
  if (std::isinf(r.re) || std::isinf(r.im)) {
    *error = "overflow";
    return false;
  }
  return true;
}

bool ComplexAbs(ComplexParts c, double* out) {
  if (std::isinf(c.re) || std::isinf(c.im)) {
    *out = INFINITY;
    return true;
  }
  if (std::isnan(c.re) || std::isnan(c.im)) {
    *out = NAN;
    return true;
  }
  *out = std::hypot(c.re, c.im);
  return std::isfinite(*out);
}

}  // namespace interp
