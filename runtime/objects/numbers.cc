// Number parsing, float repr and printf-style str % args (numbers.h).
#include "runtime/objects/numbers.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/format.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/native_poll.h"

namespace interp {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

}  // namespace

bool ParseInt(std::string_view text, int base, int64_t* out, bool* overflow) {
  if (overflow) *overflow = false;
  std::string_view s = Trim(text);
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return false;
  bool prefixed = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb != 0 && (base == 0 || base == pb)) {
      base = pb;
      s.remove_prefix(2);
      prefixed = true;
      // An underscore may follow the prefix ("0x_ff").
      if (!s.empty() && s[0] == '_') s.remove_prefix(1);
      if (s.empty()) return false;
    }
  }
  bool base0 = base == 0;
  if (base0) base = 10;
  if (base < 2 || base > 36) return false;
  uint64_t limit = neg ? (1ull << 63) : (1ull << 63) - 1;
  uint64_t acc = 0;
  bool last_underscore = true;  // no leading underscore
  bool all_zero = true;
  bool over = false;
  for (char c : s) {
    if (c == '_') {
      if (last_underscore) return false;
      last_underscore = true;
      continue;
    }
    int d = DigitValue(c);
    if (d >= base) return false;
    last_underscore = false;
    if (d != 0) all_zero = false;
    if (!over) {
      if (acc > (limit - d) / base) {
        over = true;
      } else {
        acc = acc * base + d;
      }
    }
  }
  if (last_underscore) return false;
  // Base 0: a decimal literal may not have leading zeros ("010").
  if (base0 && !prefixed && s.size() > 1 && s[0] == '0' && !all_zero) {
    return false;
  }
  if (over) {
    if (overflow) *overflow = true;
    return false;
  }
  *out = neg ? static_cast<int64_t>(0 - acc) : static_cast<int64_t>(acc);
  return true;
}

bool ParseFloat(std::string_view text, double* out) {
  std::string_view s = Trim(text);
  bool neg = false;
  std::string_view body = s;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    neg = body[0] == '-';
    body.remove_prefix(1);
  }
  std::string lower;
  for (char c : body) lower.push_back(static_cast<char>(c | 0x20));
  if (lower == "inf" || lower == "infinity") {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (lower == "nan") {
    *out = neg ? -std::nan("") : std::nan("");
    return true;
  }
  // Digits with single underscores between digits only.
  std::string clean;
  bool digits = false;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '_') {
      bool ok = i > 0 && i + 1 < body.size() && body[i - 1] >= '0' &&
                body[i - 1] <= '9' && body[i + 1] >= '0' && body[i + 1] <= '9';
      if (!ok) return false;
      continue;
    }
    if (c >= '0' && c <= '9') {
      digits = true;
    } else if (c == '+' || c == '-') {
      // Signs only start an exponent ("--1" and "1-2" are invalid).
      if (i == 0 || (body[i - 1] != 'e' && body[i - 1] != 'E')) return false;
    } else if (c != '.' && c != 'e' && c != 'E') {
      return false;
    }
    clean.push_back(c);
  }
  if (!digits) return false;
  double v;
  auto r = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (r.ec == std::errc::result_out_of_range) {
    // Overflow gives inf and underflow 0, like float("1e999").
    bool exp_neg = clean.find("e-") != std::string::npos ||
                   clean.find("E-") != std::string::npos;
    v = exp_neg ? 0.0 : HUGE_VAL;
  } else if (r.ec != std::errc() || r.ptr != clean.data() + clean.size()) {
    return false;
  }
  *out = neg ? -v : v;
  return true;
}

void AppendFloatRepr(double d, std::string* out) {
  if (std::isnan(d)) {
    out->append("nan");
    return;
  }
  if (std::isinf(d)) {
    out->append(d > 0 ? "inf" : "-inf");
    return;
  }
  if (d == 0) {
    out->append(std::signbit(d) ? "-0.0" : "0.0");
    return;
  }
  char buf[64];
  auto r =
      std::to_chars(buf, buf + sizeof(buf), d, std::chars_format::scientific);
  std::string_view sci(buf, r.ptr - buf);
  // sci: [-]d[.ddd]e(+|-)XX
  bool neg = sci[0] == '-';
  if (neg) sci.remove_prefix(1);
  size_t epos = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, epos)) {
    if (c != '.') digits.push_back(c);
  }
  int exp = std::atoi(std::string(sci.substr(epos + 1)).c_str());
  if (neg) out->push_back('-');
  int n = static_cast<int>(digits.size());
  if (exp >= -4 && exp < 16) {
    int decpt = exp + 1;
    if (decpt <= 0) {
      out->append("0.");
      out->append(-decpt, '0');
      out->append(digits);
    } else if (decpt >= n) {
      out->append(digits);
      out->append(decpt - n, '0');
      out->append(".0");
    } else {
      out->append(digits, 0, decpt);
      out->push_back('.');
      out->append(digits, decpt, std::string::npos);
    }
    return;
  }
  out->push_back(digits[0]);
  if (n > 1) {
    out->push_back('.');
    out->append(digits, 1, std::string::npos);
  }
  out->push_back('e');
  out->push_back(exp < 0 ? '-' : '+');
  int a = exp < 0 ? -exp : exp;
  if (a < 10) out->push_back('0');
  out->append(std::to_string(a));
}

std::string FloatRepr(double d) {
  std::string s;
  AppendFloatRepr(d, &s);
  return s;
}

// ---------------------------------------------------------------------------
// str % args.

Value FormatPercent(ThreadState& ts, Str* fmt, Value args) {
  RuntimeState& rt = Rt(ts);
  std::string_view f = fmt->view();
  const Value* items = &args;
  uint32_t nitems = 1;
  bool is_tuple = IsKind(args, ObjKind::kTuple);
  if (is_tuple) {
    items = As<Tuple>(args)->items;
    nitems = As<Tuple>(args)->size;
  }
  bool is_mapping = !is_tuple && IsKind(args, ObjKind::kDict);
  uint32_t next = 0;
  bool used_mapping = false;
  TempRoots roots(ts);
  roots.Add(args);
  roots.Add(Value::Obj(fmt));
  std::string out;
  auto next_arg = [&](Value* v) -> bool {
    if (next >= nitems) {
      RaiseTypeError(ts, "not enough arguments for format string");
      return false;
    }
    *v = items[next++];
    return true;
  };
  size_t i = 0;
  while (i < f.size()) {
    size_t pct = f.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(f.substr(i));
      break;
    }
    out.append(f.substr(i, pct - i));
    i = pct + 1;
    if (i >= f.size()) return RaiseValueError(ts, "incomplete format");
    Value arg = Value::Empty();
    if (f[i] == '(') {
      if (!is_mapping &&
          !(args.IsObject() && !is_tuple && !IsKind(args, ObjKind::kStr))) {
        return RaiseTypeError(ts, "format requires a mapping");
      }
      size_t close = f.find(')', i);
      if (close == std::string_view::npos) {
        return RaiseValueError(ts, "incomplete format key");
      }
      Value key = StrValue(ts, f.substr(i + 1, close - i - 1));
      if (key.IsError()) return key;
      roots.Add(key);
      arg = GetItem(ts, args, key);
      if (arg.IsError()) return arg;
      roots.Add(arg);
      used_mapping = true;
      i = close + 1;
    }
    FormatSpec spec;
    bool left = false, zero = false;
    for (; i < f.size(); ++i) {
      char c = f[i];
      if (c == '-') {
        left = true;
      } else if (c == '0') {
        zero = true;
      } else if (c == '+') {
        spec.sign = '+';
      } else if (c == ' ') {
        if (spec.sign != '+') spec.sign = ' ';
      } else if (c == '#') {
        spec.alternate = true;
      } else {
        break;
      }
    }
    // Limits and messages as CPython's: digits of a width must fit 64
    // bits, of a precision a C int; a '*' precision must fit a C int.
    auto read_number = [&](int64_t* n, bool precision) -> bool {
      const int64_t limit = precision ? INT32_MAX : INT64_MAX;
      if (i < f.size() && f[i] == '*') {
        ++i;
        Value w;
        if (!next_arg(&w)) return false;
        if (IsBigInt(w)) {
          RaiseOverflowError(ts, precision ? "Python int too large to convert "
                                             "to C int"
                                           : "Python int too large to convert "
                                             "to C ssize_t");
          return false;
        }
        if (!w.IsIntLike()) {
          RaiseTypeError(ts, "* wants int");
          return false;
        }
        *n = w.AsInt();
        if (precision && (*n > INT32_MAX || *n < INT32_MIN)) {
          RaiseOverflowError(ts, "Python int too large to convert to C int");
          return false;
        }
        return true;
      }
      while (i < f.size() && f[i] >= '0' && f[i] <= '9') {
        int64_t d = f[i++] - '0';
        int64_t cur = *n < 0 ? 0 : *n;
        if (cur > (limit - d) / 10) {
          RaiseValueError(ts,
                          precision ? "precision too big" : "width too big");
          return false;
        }
        *n = cur * 10 + d;
      }
      return true;
    };
    int64_t width = -1;
    if (!read_number(&width, false)) return Value::Error();
    if (width < -1) {
      left = true;
      width = width == INT64_MIN ? INT64_MAX : -width;
    }
    int64_t precision = -1;
    if (i < f.size() && f[i] == '.') {
      ++i;
      precision = 0;
      if (!read_number(&precision, true)) return Value::Error();
    }
    while (i < f.size() && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;
    if (i >= f.size()) return RaiseValueError(ts, "incomplete format");
    // "%10000000000d" % 1: MemoryError, not a padding loop that never ends.
    if (!CheckResultSize(ts, static_cast<uint64_t>(std::max<int64_t>(
                                 0, std::max(width, precision))))) {
      return Value::Error();
    }
    char conv = f[i++];
    if (conv == '%') {
      out.push_back('%');
      continue;
    }
    if (arg.IsEmpty() && !next_arg(&arg)) return Value::Error();
    spec.width = width;
    spec.align = left ? '<' : '>';
    std::string piece;
    switch (conv) {
      case 's':
      case 'r':
      case 'a': {
        std::string s;
        bool ok =
            conv == 's' ? AppendStr(ts, arg, &s) : AppendRepr(ts, arg, &s);
        if (!ok) return Value::Error();
        if (conv == 'a') s = AsciiEscape(s);
        spec.precision = precision;
        spec.sign = 0;
        spec.alternate = false;
        if (!FormatStrSpec(ts, s, spec, &out)) return Value::Error();
        continue;
      }
      case 'c': {
        std::string ch;
        if (IsBigInt(arg)) {
          return RaiseOverflowError(ts, "%c arg not in range(0x110000)");
        }
        if (arg.IsIntLike()) {
          if (arg.AsInt() < 0 || arg.AsInt() > 0x10FFFF) {
            return RaiseOverflowError(ts, "%c arg not in range(0x110000)");
          }
          AppendUtf8(&ch, static_cast<uint32_t>(arg.AsInt()));
        } else if (IsKind(arg, ObjKind::kStr) && As<Str>(arg)->char_len == 1) {
          ch = std::string(As<Str>(arg)->view());
        } else {
          return RaiseTypeError(ts, "%c requires int or char");
        }
        spec.sign = 0;
        spec.alternate = false;
        if (!FormatStrSpec(ts, ch, spec, &out)) return Value::Error();
        continue;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        Value v;
        if (arg.IsIntLike()) {
          v = Value::Int(arg.AsInt());
        } else if (IsBigInt(arg)) {
          v = arg;
        } else if (arg.IsFloat() &&
                   (conv == 'd' || conv == 'i' || conv == 'u')) {
          double d = arg.AsFloat();
          if (std::isnan(d) || std::isinf(d)) {
            return RaiseFormat(
                ts, std::isnan(d) ? rt.exc.value_error : rt.exc.overflow_error,
                "cannot convert float %s to integer",
                std::isnan(d) ? "NaN" : "infinity");
          }
          v = IntFromDouble(ts, std::trunc(d));
          if (v.IsError()) return v;
          roots.Add(v);
        } else if (conv == 'x' || conv == 'X' || conv == 'o') {
          return RaiseFormat(ts, rt.exc.type_error,
                             "%%%c format: an integer is required, not %s",
                             conv, TypeName(ts, arg));
        } else {
          return RaiseFormat(ts, rt.exc.type_error,
                             "%%%c format: a real number is required, not %s",
                             conv, TypeName(ts, arg));
        }
        spec.type = (conv == 'i' || conv == 'u') ? 'd' : conv;
        if (precision > 0) {
          // Minimum digit count: the magnitude's digits, zero-padded.
          std::string body;
          if (spec.type == 'd') {
            if (!AppendIntDecimal(ts, v, &body)) return Value::Error();
            if (IntSign(v) < 0) body.erase(0, 1);
          } else {
            AppendIntMagnitudeBase(v, spec.type == 'o' ? 8 : 16, &body);
            if (spec.type == 'X') {
              for (char& c : body) c = static_cast<char>(std::toupper(c));
            }
          }
          if (static_cast<int64_t>(body.size()) < precision) {
            body.insert(0, precision - body.size(), '0');
          }
          std::string prefix = IntSign(v) < 0     ? "-"
                               : spec.sign == '+' ? "+"
                               : spec.sign == ' ' ? " "
                                                  : "";
          if (spec.alternate && spec.type != 'd') {
            prefix += spec.type == 'o' ? "0o" : spec.type == 'x' ? "0x" : "0X";
          }
          if (zero && !left) {
            // The '0' flag zero-fills the whole width after the sign.
            int64_t n = static_cast<int64_t>(prefix.size() + body.size());
            if (width > n) body.insert(0, width - n, '0');
          }
          FormatSpec str_spec;
          str_spec.width = width;
          str_spec.align = left ? '<' : '>';
          if (!FormatStrSpec(ts, prefix + body, str_spec, &out)) {
            return Value::Error();
          }
          continue;
        }
        if (zero && !left) spec.zero = true;
        if (spec.zero) spec.align = 0;
        if (!FormatIntegerSpec(ts, v, spec, &out)) return Value::Error();
        continue;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (arg.IsFloat()) {
          d = arg.AsFloat();
        } else if (IsInteger(arg)) {
          if (!IntToDouble(ts, arg, &d)) return Value::Error();
        } else {
          return RaiseFormat(ts, rt.exc.type_error,
                             "must be real number, not %s", TypeName(ts, arg));
        }
        spec.type = conv;
        spec.precision = precision < 0 ? 6 : precision;
        if (zero && !left) spec.zero = true;
        if (spec.zero) spec.align = 0;
        if (!FormatFloatSpec(ts, d, spec, &out)) return Value::Error();
        continue;
      }
      default:
        return RaiseFormat(ts, rt.exc.value_error,
                           "unsupported format character '%c' (0x%x) at index "
                           "%d",
                           conv, static_cast<unsigned char>(conv),
                           static_cast<int64_t>(i - 1));
    }
  }
  if (!used_mapping && next < nitems && !is_mapping) {
    return RaiseTypeError(ts,
                          "not all arguments converted during string "
                          "formatting");
  }
  if (!is_tuple && !used_mapping && next == 0 && !is_mapping) {
    return RaiseTypeError(ts,
                          "not all arguments converted during string "
                          "formatting");
  }
  return StrValue(ts, out);
}

}  // namespace interp
