// format(value, spec): the format-spec mini-language for int, float and str
// ([[fill]align][sign][#][0][width][grouping][.precision][type]), and user
// __format__.
#include "runtime/objects/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/builtins/errors.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/float_box.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {

namespace {

bool IsAlign(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

uint32_t CountCodePoints(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Inserts `sep` every `group` digits from the right of the digit run.
std::string Group(std::string_view digits, char sep, int group) {
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % group == 0) out.push_back(sep);
    out.push_back(digits[i]);
  }
  return out;
}

// Pads `body` (already including sign/prefix `prefix_len` bytes at the
// front for '=' alignment) to spec.width.
void Pad(const FormatSpec& spec, std::string_view prefix, std::string_view body,
         char default_align, std::string* out) {
  uint32_t len = CountCodePoints(prefix) + CountCodePoints(body);
  int64_t pad = spec.width > len ? spec.width - len : 0;
  char align = spec.align ? spec.align : default_align;
  std::string fill = spec.fill.empty() ? " " : spec.fill;
  auto repeat = [&](int64_t n) {
    for (int64_t i = 0; i < n; ++i) out->append(fill);
  };
  switch (align) {
    case '<':
      out->append(prefix);
      out->append(body);
      repeat(pad);
      break;
    case '^':
      repeat(pad / 2);
      out->append(prefix);
      out->append(body);
      repeat(pad - pad / 2);
      break;
    case '=':
      out->append(prefix);
      repeat(pad);
      out->append(body);
      break;
    default:
      repeat(pad);
      out->append(prefix);
      out->append(body);
      break;
  }
}

std::string SignPrefix(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

// Applies grouping to the integer part of a decimal string "123456.78",
// honouring zero padding: with '0' fill and '=' alignment CPython groups
// the padding zeros too.
std::string GroupNumber(const FormatSpec& spec, std::string_view digits,
                        int group, size_t prefix_len, bool is_int = false) {
  // Hex digits may contain 'E': only floats have a fraction/exponent.
  size_t dot = is_int ? std::string_view::npos : digits.find_first_of(".eE%");
  std::string_view int_part = digits.substr(0, dot);
  std::string_view rest =
      dot == std::string_view::npos ? std::string_view() : digits.substr(dot);
  std::string ip(int_part);
  std::string grouped = spec.grouping ? Group(ip, spec.grouping, group) : ip;
  if (spec.zero_pad_numeric && spec.grouping && spec.width > 0) {
    // Grow the zero run until the grouped result fills the width.
    while (prefix_len + grouped.size() + rest.size() <
           static_cast<size_t>(spec.width)) {
      ip.insert(ip.begin(), '0');
      grouped = Group(ip, spec.grouping, group);
    }
  }
  return grouped + std::string(rest);
}

}  // namespace

bool ParseFormatSpec(ThreadState& ts, std::string_view spec,
                     std::string_view type_name, FormatSpec* out) {
  RuntimeState& rt = Rt(ts);
  size_t i = 0;
  size_t n = spec.size();
  auto invalid = [&]() {
    RaiseFormat(ts, rt.exc.value_error,
                "Invalid format specifier '%s' for object of type '%s'", spec,
                type_name);
    return false;
  };
  if (n > 0) {
    uint32_t len = 1;
    if (static_cast<unsigned char>(spec[0]) >= 0x80)
      DecodeUtf8(spec.data(), &len);
    if (len < n && IsAlign(spec[len])) {
      out->fill = std::string(spec.substr(0, len));
      out->align = spec[len];
      i = len + 1;
    } else if (IsAlign(spec[0])) {
      out->align = spec[0];
      i = 1;
    }
  }
  if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) {
    out->sign = spec[i++];
  }
  if (i < n && spec[i] == 'z') ++i;  // negative-zero coercion: accepted
  if (i < n && spec[i] == '#') {
    out->alternate = true;
    ++i;
  }
  if (i < n && spec[i] == '0') {
    out->zero = true;
    ++i;
  }
  // Digits of a width or precision must fit 64 bits (CPython: an index).
  auto too_many_digits = [&]() {
    RaiseValueError(ts, "Too many decimal digits in format string");
    return false;
  };
  int64_t width = -1;
  while (i < n && spec[i] >= '0' && spec[i] <= '9') {
    int64_t d = spec[i++] - '0';
    int64_t cur = width < 0 ? 0 : width;
    if (cur > (INT64_MAX - d) / 10) return too_many_digits();
    width = cur * 10 + d;
  }
  out->width = width;
  if (i < n && (spec[i] == ',' || spec[i] == '_')) out->grouping = spec[i++];
  if (i < n && (spec[i] == ',' || spec[i] == '_')) {
    RaiseValueError(ts, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (i < n && spec[i] == '.') {
    ++i;
    int64_t p = -1;
    while (i < n && spec[i] >= '0' && spec[i] <= '9') {
      int64_t d = spec[i++] - '0';
      int64_t cur = p < 0 ? 0 : p;
      if (cur > (INT64_MAX - d) / 10) return too_many_digits();
      p = cur * 10 + d;
    }
    if (p < 0) {
      RaiseValueError(ts, "Format specifier missing precision");
      return false;
    }
    out->precision = p;
  }
  if (i < n) out->type = spec[i++];
  if (i < n) return invalid();
  // A padding that cannot be allocated: MemoryError, as in CPython.
  return CheckResultSize(ts, static_cast<uint64_t>(width < 0 ? 0 : width));
}

namespace {

Value UnknownCode(ThreadState& ts, char type, std::string_view type_name) {
  if (static_cast<unsigned char>(type) >= 0x20 &&
      static_cast<unsigned char>(type) < 0x7F) {
    return RaiseFormat(ts, Rt(ts).exc.value_error,
                       "Unknown format code '%c' for object of type '%s'", type,
                       type_name);
  }
  return RaiseFormat(ts, Rt(ts).exc.value_error,
                     "Unknown format code '\\x%x' for object of type '%s'",
                     static_cast<unsigned char>(type), type_name);
}

// Applies the '0' flag: fill '0' and '=' alignment unless given.
void ApplyZero(FormatSpec* spec) {
  if (spec->zero) {
    if (spec->fill.empty()) spec->fill = "0";
    if (spec->align == 0) {
      spec->align = '=';
    }
  }
  spec->zero_pad_numeric = spec->fill == "0" &&
                           (spec->align == '=' || spec->align == 0) &&
                           spec->zero;
}

}  // namespace

bool FormatIntSpec(ThreadState& ts, int64_t v, FormatSpec spec,
                   std::string* out) {
  return FormatIntegerSpec(ts, Value::Int(v), spec, out);
}

bool FormatIntegerSpec(ThreadState& ts, Value v, FormatSpec spec,
                       std::string* out) {
  char type = spec.type ? spec.type : 'd';
  switch (type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      double d;
      if (!IntToDouble(ts, v, &d)) return false;
      return FormatFloatSpec(ts, d, spec, out);
    }
    case 'b':
    case 'o':
    case 'x':
    case 'X':
    case 'd':
    case 'n':
    case 'c':
      break;
    default:
      UnknownCode(ts, type, "int");
      return false;
  }
  if (spec.precision >= 0) {
    RaiseValueError(ts, "Precision not allowed in integer format specifier");
    return false;
  }
  if (type == 'c') {
    if (spec.sign) {
      RaiseValueError(ts, "Sign not allowed with integer format specifier 'c'");
      return false;
    }
    if (!v.IsIntLike()) {
      RaiseOverflowError(ts, "Python int too large to convert to C long");
      return false;
    }
    if (v.AsInt() < 0 || v.AsInt() > 0x10FFFF) {
      RaiseOverflowError(ts, "%c arg not in range(0x110000)");
      return false;
    }
    std::string ch;
    AppendUtf8(&ch, static_cast<uint32_t>(v.AsInt()));
    ApplyZero(&spec);
    Pad(spec, "", ch, '>', out);
    return true;
  }
  if (type == 'n' && spec.grouping) {
    RaiseFormat(ts, Rt(ts).exc.value_error, "Cannot specify '%c' with 'n'.",
                spec.grouping);
    return false;
  }
  if (spec.grouping == ',' && type != 'd') {
    RaiseFormat(ts, Rt(ts).exc.value_error, "Cannot specify ',' with '%c'.",
                type);
    return false;
  }
  bool neg = IntSign(v) < 0;
  std::string digits;
  std::string prefix = SignPrefix(neg, spec.sign);
  int group = 3;
  switch (type) {
    case 'b':
      AppendIntMagnitudeBase(v, 2, &digits);
      if (spec.alternate) prefix += "0b";
      group = 4;
      break;
    case 'o':
      AppendIntMagnitudeBase(v, 8, &digits);
      if (spec.alternate) prefix += "0o";
      group = 4;
      break;
    case 'x':
      AppendIntMagnitudeBase(v, 16, &digits);
      if (spec.alternate) prefix += "0x";
      group = 4;
      break;
    case 'X':
      AppendIntMagnitudeBase(v, 16, &digits);
      for (char& c : digits) c = absl::ascii_toupper(c);
      if (spec.alternate) prefix += "0X";
      group = 4;
      break;
    default:
      // Decimal digits obey the int -> str digit limit.
      if (!AppendIntDecimal(ts, v, &digits)) return false;
      if (neg) digits.erase(0, 1);
      break;
  }
  ApplyZero(&spec);
  std::string body = GroupNumber(spec, digits, group, prefix.size(), true);
  Pad(spec, prefix, body, '>', out);
  return true;
}

bool FormatFloatSpec(ThreadState& ts, double v, FormatSpec spec,
                     std::string* out) {
  // Digits are produced by a C formatter whose precision is an int.
  if (spec.precision > INT32_MAX) {
    RaiseValueError(ts, "precision too big");
    return false;
  }
  if (!CheckResultSize(
          ts, static_cast<uint64_t>(std::max<int64_t>(0, spec.precision)))) {
    return false;
  }
  char type = spec.type;
  switch (type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      break;
    default:
      UnknownCode(ts, type, "float");
      return false;
  }
  if (type == 'n' && spec.grouping) {
    RaiseFormat(ts, Rt(ts).exc.value_error, "Cannot specify '%c' with 'n'.",
                spec.grouping);
    return false;
  }
  bool neg = std::signbit(v) && !std::isnan(v);
  double mag = std::fabs(v);
  std::string digits;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isinf(mag) || std::isnan(mag)) {
    digits = std::isnan(mag) ? "nan" : "inf";
    if (upper) digits = std::isnan(mag) ? "NAN" : "INF";
    if (type == '%') digits += "%";
  } else if (type == 0 && spec.precision < 0) {
    digits = FloatRepr(mag);
    if (spec.alternate && digits.find('.') == std::string::npos) {
      size_t e = digits.find('e');
      digits.insert(e == std::string::npos ? digits.size() : e, ".");
    }
  } else {
    int p = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
    std::string flags = spec.alternate ? "%#" : "%";
    auto fmt = [&](const char* conv, int prec, double x) {
      std::string f = absl::StrCat(flags, ".*", conv);
      int n = std::snprintf(nullptr, 0, f.c_str(), prec, x);
      std::string s(n, '\0');
      std::snprintf(s.data(), n + 1, f.c_str(), prec, x);
      return s;
    };
    switch (type) {
      case 'e':
      case 'E':
        digits = fmt(type == 'e' ? "e" : "E", p, mag);
        break;
      case 'f':
      case 'F':
        digits = fmt("f", p, mag);
        break;
      case '%':
        digits = fmt("f", p, mag * 100) + "%";
        break;
      case 'g':
      case 'G':
      case 'n':
        digits = fmt(type == 'G' ? "G" : "g", p == 0 ? 1 : p, mag);
        break;
      default: {
        // No type with a precision: like 'g', but fixed notation keeps a
        // digit after the point and exponent p-1 already switches to
        // scientific.
        if (p == 0) p = 1;
        std::string e = fmt("e", p - 1, mag);
        int exp = std::atoi(e.c_str() + e.find('e') + 1);
        if (exp >= -4 && exp < p - 1) {
          digits = fmt("f", p - 1 - exp, mag);
          if (!spec.alternate && digits.find('.') != std::string::npos) {
            while (digits.back() == '0') digits.pop_back();
            if (digits.back() == '.') digits.push_back('0');
          } else if (digits.find('.') == std::string::npos) {
            digits += ".0";
          }
        } else {
          digits = e;
          size_t epos = e.find('e');
          std::string mant = e.substr(0, epos);
          if (!spec.alternate && mant.find('.') != std::string::npos) {
            while (mant.back() == '0') mant.pop_back();
            if (mant.back() == '.') mant.pop_back();
          }
          digits = mant + e.substr(epos);
        }
        break;
      }
    }
  }
  std::string prefix = SignPrefix(neg, spec.sign);
  ApplyZero(&spec);
  bool finite = std::isfinite(mag);
  std::string body = spec.grouping && finite
                         ? GroupNumber(spec, digits, 3, prefix.size())
                         : digits;
  Pad(spec, prefix, body, '>', out);
  return true;
}

bool FormatStrSpec(ThreadState& ts, std::string_view s, FormatSpec spec,
                   std::string* out) {
  if (spec.type != 0 && spec.type != 's') {
    UnknownCode(ts, spec.type, "str");
    return false;
  }
  if (spec.sign) {
    RaiseValueError(ts, "Sign not allowed in string format specifier");
    return false;
  }
  if (spec.alternate) {
    RaiseValueError(ts,
                    "Alternate form (#) not allowed in string format "
                    "specifier");
    return false;
  }
  if (spec.align == '=') {
    RaiseValueError(ts, "'=' alignment not allowed in string format specifier");
    return false;
  }
  if (spec.grouping) {
    RaiseFormat(ts, Rt(ts).exc.value_error, "Cannot specify '%c' with 's'.",
                spec.grouping);
    return false;
  }
  if (spec.zero && spec.fill.empty()) spec.fill = "0";
  std::string_view body = s;
  if (spec.precision >= 0) {
    // Truncate to `precision` code points.
    size_t i = 0;
    int64_t k = 0;
    while (i < s.size() && k < spec.precision) {
      uint32_t len = 1;
      if (static_cast<unsigned char>(s[i]) >= 0x80)
        DecodeUtf8(s.data() + i, &len);
      i += len;
      ++k;
    }
    body = s.substr(0, i);
  }
  Pad(spec, "", body, '<', out);
  return true;
}

Value Format(ThreadState& ts, Value v, std::string_view spec) {
  RuntimeState& rt = Rt(ts);
  if (v.IsObject() && IsUserClass(v.AsObject()->cls)) {
    Value m = UserSpecial(rt, v, rt.names.__format__);
    if (!m.IsEmpty()) {
      TempRoots roots(ts);
      roots.Add(v);
      Value arg = StrValue(ts, spec);
      if (arg.IsError()) return arg;
      roots.Add(arg);
      Value r = CallUserSpecial(ts, v, rt.names.__format__, &arg, 1);
      if (r.IsError()) return r;
      if (!IsKind(r, ObjKind::kStr)) {
        return RaiseFormat(ts, rt.exc.type_error,
                           "__format__ must return a str, not %s",
                           TypeName(ts, r));
      }
      return r;
    }
  }
  if (spec.empty()) return ToStr(ts, v);
  FormatSpec fs;
  std::string out;
  if (IsInteger(v)) {
    if (!ParseFormatSpec(ts, spec, TypeName(ts, v), &fs)) return Value::Error();
    if (!FormatIntegerSpec(ts, v, fs, &out)) return Value::Error();
  } else if (v.IsFloat() || IsBoxedFloat(v)) {
    if (!ParseFormatSpec(ts, spec, "float", &fs)) return Value::Error();
    if (!FormatFloatSpec(ts, FloatPlain(v).AsFloat(), fs, &out)) {
      return Value::Error();
    }
  } else if (IsKind(v, ObjKind::kStr)) {
    if (!ParseFormatSpec(ts, spec, "str", &fs)) return Value::Error();
    if (!FormatStrSpec(ts, As<Str>(v)->view(), fs, &out)) return Value::Error();
  } else {
    return RaiseFormat(ts, rt.exc.type_error,
                       "unsupported format string passed to %s.__format__",
                       TypeName(ts, v));
  }
  return StrValue(ts, out);
}

}  // namespace interp
