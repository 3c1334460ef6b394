// bytes % args (PEP 461). Numeric conversions are the str formatter's
// (a directive formats the same digits either way); %s/%b take bytes-like
// objects, %r/%a an ASCII repr, %c an int or a single byte.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/native_poll.h"

namespace interp {

namespace {

void Pad(std::string_view piece, int64_t width, bool left, std::string* out) {
  int64_t fill = width - static_cast<int64_t>(piece.size());
  if (fill > 0 && !left) out->append(static_cast<size_t>(fill), ' ');
  out->append(piece);
  if (fill > 0 && left) out->append(static_cast<size_t>(fill), ' ');
}

}  // namespace

Value BytesFormat(ThreadState& ts, Value format, Value args) {
  RuntimeState& rt = Rt(ts);
  std::string f(BytesLikeView(format));
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
  roots.Add(format);
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
    if (pct == std::string::npos) {
      out.append(f, i, std::string::npos);
      break;
    }
    out.append(f, i, pct - i);
    i = pct + 1;
    if (i >= f.size()) return RaiseValueError(ts, "incomplete format");
    Value arg = Value::Empty();
    if (f[i] == '(') {
      if (!is_mapping) return RaiseTypeError(ts, "format requires a mapping");
      size_t close = f.find(')', i);
      if (close == std::string::npos) {
        return RaiseValueError(ts, "incomplete format key");
      }
      Value key =
          BytesValue(ts, std::string_view(f).substr(i + 1, close - i - 1));
      if (key.IsError()) return key;
      roots.Add(key);
      arg = GetItem(ts, args, key);
      if (arg.IsError()) return arg;
      roots.Add(arg);
      used_mapping = true;
      i = close + 1;
    }
    // The directive after the key: flags, width, precision, conversion.
    std::string directive = "%";
    std::vector<Value> stars;
    bool left = false;
    int64_t width = -1, precision = -1;
    while (i < f.size() &&
           std::string_view("-+ #0").find(f[i]) != std::string_view::npos) {
      if (f[i] == '-') left = true;
      directive.push_back(f[i++]);
    }
    auto number = [&](int64_t* n) -> bool {
      if (i < f.size() && f[i] == '*') {
        directive.push_back(f[i++]);
        Value w;
        if (!next_arg(&w)) return false;
        if (!w.IsIntLike()) {
          RaiseTypeError(ts, "* wants int");
          return false;
        }
        stars.push_back(w);
        *n = w.AsInt();
        return true;
      }
      while (i < f.size() && f[i] >= '0' && f[i] <= '9') {
        *n = (*n < 0 ? 0 : *n) * 10 + (f[i] - '0');
        if (*n > INT32_MAX) {
          RaiseValueError(ts, "width too big");
          return false;
        }
        directive.push_back(f[i++]);
      }
      return true;
    };
    if (!number(&width)) return Value::Error();
    if (width < -1) {
      left = true;
      width = -width;
    }
    if (i < f.size() && f[i] == '.') {
      directive.push_back(f[i++]);
      precision = 0;
      if (!number(&precision)) return Value::Error();
    }
    if (i >= f.size()) return RaiseValueError(ts, "incomplete format");
    if (!CheckResultSize(ts, static_cast<uint64_t>(std::max<int64_t>(
                                 0, std::max(width, precision))))) {
      return Value::Error();
    }
    char conv = f[i++];
    directive.push_back(conv);
    if (conv == '%') {
      out.push_back('%');
      continue;
    }
    if (arg.IsEmpty() && !next_arg(&arg)) return Value::Error();
    switch (conv) {
      case 's':
      case 'b': {
        if (!IsBytesLike(arg)) {
          return RaiseFormat(ts, rt.exc.type_error,
                             "%%b requires a bytes-like object, or an object "
                             "that implements __bytes__, not '%s'",
                             TypeName(ts, arg));
        }
        std::string_view piece = BytesLikeView(arg);
        if (precision >= 0 && static_cast<size_t>(precision) < piece.size()) {
          piece = piece.substr(0, static_cast<size_t>(precision));
        }
        Pad(piece, width, left, &out);
        continue;
      }
      case 'r':
      case 'a': {
        std::string s;
        if (!AppendRepr(ts, arg, &s)) return Value::Error();
        s = AsciiEscape(s);
        if (precision >= 0 && static_cast<size_t>(precision) < s.size()) {
          s.resize(static_cast<size_t>(precision));
        }
        Pad(s, width, left, &out);
        continue;
      }
      case 'c': {
        char c;
        if (arg.IsIntLike()) {
          if (arg.AsInt() < 0 || arg.AsInt() > 255) {
            return RaiseOverflowError(ts, "%c arg not in range(256)");
          }
          c = static_cast<char>(arg.AsInt());
        } else if (IsBytesLike(arg) && BytesLikeView(arg).size() == 1) {
          c = BytesLikeView(arg)[0];
        } else {
          return RaiseTypeError(
              ts, "%c requires an integer in range(256) or a single byte");
        }
        Pad(std::string_view(&c, 1), width, left, &out);
        continue;
      }
      default: {
        if (std::string_view("diuxXoeEfFgG").find(conv) ==
            std::string_view::npos) {
          return RaiseFormat(ts, rt.exc.value_error,
                             "unsupported format character '%c' (0x%x) at "
                             "index %d",
                             conv, static_cast<unsigned char>(conv),
                             static_cast<int64_t>(i - 1));
        }
        // Numbers: the str formatter, on this one directive.
        Str* spec = NewStr(ts, directive);
        if (spec == nullptr) return Value::Error();
        roots.Add(Value::Obj(spec));
        stars.push_back(arg);
        Tuple* t =
            NewTupleFrom(ts, stars.data(), static_cast<uint32_t>(stars.size()));
        if (t == nullptr) return Value::Error();
        roots.Add(Value::Obj(t));
        Value r = FormatPercent(ts, spec, Value::Obj(t));
        if (r.IsError()) return r;
        out.append(As<Str>(r)->view());
        continue;
      }
    }
  }
  if (!used_mapping && !is_mapping &&
      (next < nitems || (!is_tuple && next == 0))) {
    return RaiseTypeError(ts,
                          "not all arguments converted during bytes "
                          "formatting");
  }
  return BytesLikeResult(ts, format, out);
}

}  // namespace interp
