// json.loads / json.load: a recursive-descent parser over the UTF-8 bytes
// of the document, with CPython's scanner rules (what counts as a number,
// which escapes are valid, where each error points) so JSONDecodeError
// messages and positions match. Positions are reported in code points.
//
// Rooting: each container being filled is held in a TempRoots scope of its
// own nesting level; every finished value is stored into its parent at
// once, so the hooks (script code, where a collection may run) never see
// an unrooted value.
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/bytes_codecs.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/modules/json_internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace json {
namespace {

struct Hooks {
  Value object_hook = Value::None();
  Value object_pairs_hook = Value::None();
  Value parse_float = Value::None();
  Value parse_int = Value::None();
  Value parse_constant = Value::None();
  bool strict = true;
};

// Where a failed parse stopped: "Expecting value" errors are raised by the
// caller of the failing scan (CPython's StopIteration protocol), the rest
// directly with their own message.
class Parser {
 public:
  Parser(ThreadState& ts, Str* doc, const Hooks& hooks)
      : ts_(ts),
        doc_(doc),
        p_(doc->data),
        n_(doc->byte_len),
        hooks_(hooks),
        poll_(ts, /*at_safe_point=*/false),
        memo_enabled_(hooks.object_hook.IsNone() &&
                      hooks.object_pairs_hook.IsNone()),
        // Without hooks no script code runs during the parse, so no
        // collection can either: nothing needs rooting.
        needs_roots_(!memo_enabled_ || !hooks.parse_float.IsNone() ||
                     !hooks.parse_int.IsNone() ||
                     !hooks.parse_constant.IsNone()) {}

  // The whole document: one value between optional whitespace.
  Value ParseDocument() {
    size_t i = SkipWs(0);
    size_t end;
    Value v = ParseValue(i, &end, 0);
    if (v.IsError()) return v;
    TempRoots roots(ts_);
    roots.Add(v);
    end = SkipWs(end);
    if (end != n_) return Fail("Extra data", end);
    return v;
  }

  // JSONDecodeError(msg, doc, pos) with pos a byte offset.
  Value Fail(std::string_view msg, size_t byte_pos);

 private:
  bool IsWs(char c) const {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
  size_t SkipWs(size_t i) const {
    while (i < n_ && IsWs(p_[i])) ++i;
    return i;
  }

  Value ExpectingValue(size_t i) { return Fail("Expecting value", i); }

  Value ParseValue(size_t i, size_t* end, int depth);
  Value ParseString(size_t i, size_t* end, bool is_key);
  Value ParseObject(size_t i, size_t* end, int depth);
  Value ParseArray(size_t i, size_t* end, int depth);
  Value ParseNumber(size_t i, size_t* end);
  Value Constant(std::string_view name, double value);
  Value Deep(const char* what);

  ThreadState& ts_;
  Str* doc_;
  const char* p_;
  size_t n_;
  const Hooks& hooks_;
  NativePoll poll_;
  bool memo_enabled_;
  bool needs_roots_;
  std::string scratch_;
  // Object keys repeat across the records of a document: a direct-mapped
  // cache of the key strings made so far (hit: no allocation, and the
  // dict insertion reuses the string's cached hash). The strings stay
  // alive as keys of the dicts being built.
  static constexpr size_t kMemoSize = 4096;
  std::vector<Str*> memo_ = std::vector<Str*>(kMemoSize, nullptr);
};

Value Parser::Fail(std::string_view msg, size_t byte_pos) {
  // Code-point position, line and column, as CPython computes them.
  int64_t pos = 0, line = 1, last_nl = -1;
  for (size_t i = 0; i < byte_pos && i < n_; ++i) {
    auto c = static_cast<uint8_t>(p_[i]);
    if ((c & 0xC0) == 0x80) continue;
    if (c == '\n') {
      ++line;
      last_nl = pos;
    }
    ++pos;
  }
  int64_t col = pos - last_nl;
  RuntimeState& rt = Rt(ts_);
  std::string text = absl::StrCat(AV(msg), ": line ", line, " column ", col,
                                  " (char ", pos, ")");
  Value s = StrValue(ts_, text);
  if (s.IsError()) return s;
  TempRoots roots(ts_);
  roots.Add(s);
  Value e = NewException(ts_, rt.classes.json_decode_error, &s, 1);
  if (e.IsError()) return e;
  roots.Add(e);
  Value m = StrValue(ts_, msg);
  if (m.IsError()) return m;
  roots.Add(m);
  struct Attr {
    const char* name;
    Value v;
  } attrs[] = {{"msg", m},
               {"doc", Value::Obj(doc_)},
               {"pos", Value::Int(pos)},
               {"lineno", Value::Int(line)},
               {"colno", Value::Int(col)}};
  for (const Attr& a : attrs) {
    Str* name = InternStr(ts_, a.name);
    if (name == nullptr || SetAttr(ts_, e, name, a.v).IsError()) {
      return Value::Error();
    }
  }
  return RaiseValue(ts_, e);
}

Value Parser::Deep(const char* what) {
  return RaiseWithMessage(
      ts_, Rt(ts_).exc.recursion_error,
      absl::StrCat("maximum recursion depth exceeded while decoding a JSON ",
                   what, " from a unicode string"));
}

Value Parser::Constant(std::string_view name, double value) {
  if (hooks_.parse_constant.IsNone()) return Value::Float(value);
  Value s = AsciiStrValue(ts_, name);
  if (s.IsError()) return s;
  TempRoots roots(ts_);
  roots.Add(s);
  return CallValue(ts_, hooks_.parse_constant, &s, 1);
}

Value Parser::ParseValue(size_t i, size_t* end, int depth) {
  if (i >= n_) return ExpectingValue(i);
  auto rest = [&](std::string_view word) {
    return n_ - i >= word.size() &&
           std::memcmp(p_ + i, word.data(), word.size()) == 0;
  };
  switch (p_[i]) {
    case '"':
      return ParseString(i + 1, end, false);
    case '{':
      return ParseObject(i + 1, end, depth + 1);
    case '[':
      return ParseArray(i + 1, end, depth + 1);
    case 'n':
      if (rest("null")) {
        *end = i + 4;
        return Value::None();
      }
      break;
    case 't':
      if (rest("true")) {
        *end = i + 4;
        return Value::Bool(true);
      }
      break;
    case 'f':
      if (rest("false")) {
        *end = i + 5;
        return Value::Bool(false);
      }
      break;
    case 'N':
      if (rest("NaN")) {
        *end = i + 3;
        return Constant("NaN", NAN);
      }
      break;
    case 'I':
      if (rest("Infinity")) {
        *end = i + 8;
        return Constant("Infinity", INFINITY);
      }
      break;
    case '-':
      if (rest("-Infinity")) {
        *end = i + 9;
        return Constant("-Infinity", -INFINITY);
      }
      break;
    default:
      break;
  }
  return ParseNumber(i, end);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

Value Parser::ParseNumber(size_t start, size_t* end) {
  size_t i = start;
  if (i < n_ && p_[i] == '-') {
    ++i;
    if (i >= n_) return ExpectingValue(start);
  }
  if (i < n_ && p_[i] >= '1' && p_[i] <= '9') {
    while (i < n_ && IsDigit(p_[i])) ++i;
  } else if (i < n_ && p_[i] == '0') {
    ++i;
  } else {
    return ExpectingValue(start);
  }
  bool is_float = false;
  if (i + 1 < n_ && p_[i] == '.' && IsDigit(p_[i + 1])) {
    is_float = true;
    i += 2;
    while (i < n_ && IsDigit(p_[i])) ++i;
  }
  if (i + 1 < n_ && (p_[i] == 'e' || p_[i] == 'E')) {
    size_t e_start = i++;
    if (i + 1 < n_ && (p_[i] == '-' || p_[i] == '+')) ++i;
    while (i < n_ && IsDigit(p_[i])) ++i;
    if (IsDigit(p_[i - 1])) {
      is_float = true;
    } else {
      i = e_start;  // not an exponent: the number ends before the 'e'
    }
  }
  *end = i;
  std::string_view text(p_ + start, i - start);
  Value hook = is_float ? hooks_.parse_float : hooks_.parse_int;
  if (!hook.IsNone()) {
    Value s = AsciiStrValue(ts_, text);
    if (s.IsError()) return s;
    TempRoots roots(ts_);
    roots.Add(s);
    return CallValue(ts_, hook, &s, 1);
  }
  if (is_float) {
    double d = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), d);
    if (r.ec == std::errc::result_out_of_range) {
      // Overflow to infinity and underflow to zero, as float() does.
      d = std::strtod(std::string(text).c_str(), nullptr);
    }
    return Value::Float(d);
  }
  int64_t v = 0;
  auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  if (r.ec == std::errc() && r.ptr == text.data() + text.size()) {
    return Value::Int(v);
  }
  // Beyond 64 bits: int(text), with its limit on the number of digits.
  Value big = ParseIntValue(ts_, text, 10);
  if (big.IsEmpty()) {
    return RaiseValueError(ts_, "invalid JSON integer");  // unreachable
  }
  return big;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at p_[i..i+4), or -1.
int Hex4(const char* p) {
  int v = 0;
  for (int k = 0; k < 4; ++k) {
    int d = HexDigit(p[k]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// `i` is just past the opening quote.
Value Parser::ParseString(size_t i, size_t* end, bool is_key) {
  const size_t begin = i - 1;
  // Fast path: no escapes.
  size_t j = i;
  bool ascii = true;
  while (j < n_) {
    auto c = static_cast<uint8_t>(p_[j]);
    if (c == '"' || c == '\\') break;
    if (c < 0x20 && hooks_.strict) {
      return Fail("Invalid control character at", j);
    }
    if (c >= 0x80) ascii = false;
    ++j;
  }
  if (j >= n_) return Fail("Unterminated string starting at", begin);
  std::string_view text;
  if (p_[j] == '"') {
    text = std::string_view(p_ + i, j - i);
    *end = j + 1;
  } else {
    scratch_.assign(p_ + i, j - i);
    for (;;) {
      // p_[j] is a backslash or a quote.
      if (p_[j] == '"') {
        *end = j + 1;
        break;
      }
      ++j;  // past the backslash
      if (j >= n_) return Fail("Unterminated string starting at", begin);
      char c = p_[j];
      if (c != 'u') {
        char out;
        switch (c) {
          case '"':
            out = '"';
            break;
          case '\\':
            out = '\\';
            break;
          case '/':
            out = '/';
            break;
          case 'b':
            out = '\b';
            break;
          case 'f':
            out = '\f';
            break;
          case 'n':
            out = '\n';
            break;
          case 'r':
            out = '\r';
            break;
          case 't':
            out = '\t';
            break;
          default:
            return Fail("Invalid \\escape", j - 1);
        }
        scratch_.push_back(out);
        ++j;
      } else {
        ++j;  // first hex digit
        if (j + 4 >= n_) return Fail("Invalid \\uXXXX escape", j - 1);
        int cp = Hex4(p_ + j);
        if (cp < 0) return Fail("Invalid \\uXXXX escape", j - 1);
        j += 4;
        uint32_t code = static_cast<uint32_t>(cp);
        if (code >= 0xD800 && code <= 0xDBFF && j + 6 < n_ && p_[j] == '\\' &&
            p_[j + 1] == 'u') {
          int lo = Hex4(p_ + j + 2);
          if (lo < 0) return Fail("Invalid \\uXXXX escape", j + 1);
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            code = 0x10000 + ((code - 0xD800) << 10) + (lo - 0xDC00);
            j += 6;
          }
        }
        if (code >= 0x80) ascii = false;
        AppendUtf8(&scratch_, code);
      }
      // Copy up to the next quote or backslash.
      size_t k = j;
      while (k < n_) {
        auto b = static_cast<uint8_t>(p_[k]);
        if (b == '"' || b == '\\') break;
        if (b < 0x20 && hooks_.strict) {
          return Fail("Invalid control character at", k);
        }
        if (b >= 0x80) ascii = false;
        ++k;
      }
      if (k >= n_) return Fail("Unterminated string starting at", begin);
      scratch_.append(p_ + j, k - j);
      j = k;
    }
    text = scratch_;
  }
  Str** slot = nullptr;
  if (is_key && memo_enabled_) {
    uint64_t h = 1469598103934665603ull;
    for (char c : text) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
    slot = &memo_[(h ^ (h >> 29)) & (kMemoSize - 1)];
    Str* hit = *slot;
    if (hit != nullptr && hit->view() == text) return Value::Obj(hit);
  }
  Str* s = ascii ? NewStrWithLength(ts_, text,
                                    static_cast<uint32_t>(text.size()), true)
                 : NewStr(ts_, text);
  if (s == nullptr) return Value::Error();
  if (slot != nullptr) *slot = s;
  return Value::Obj(s);
}

Value Parser::ParseObject(size_t i, size_t* end, int depth) {
  if (depth > Rt(ts_).recursion_limit) return Deep("object");
  if (!poll_.Tick()) return Value::Error();
  TempRoots roots(ts_);
  const bool pairs = !hooks_.object_pairs_hook.IsNone();
  List* items = nullptr;
  Dict* d = nullptr;
  if (pairs) {
    items = NewList(ts_, 0);
    if (items == nullptr) return Value::Error();
    roots.Add(Value::Obj(items));
  } else {
    d = NewDict(ts_);
    if (d == nullptr) return Value::Error();
    if (needs_roots_) roots.Add(DictValue(d));
  }
  i = SkipWs(i);
  if (i >= n_ || p_[i] != '}') {
    for (;;) {
      if (i >= n_ || p_[i] != '"') {
        return Fail("Expecting property name enclosed in double quotes", i);
      }
      size_t next;
      Value key = ParseString(i + 1, &next, true);
      if (key.IsError()) return key;
      TempRoots key_root(ts_);
      if (needs_roots_) key_root.Add(key);
      i = SkipWs(next);
      if (i >= n_ || p_[i] != ':') return Fail("Expecting ':' delimiter", i);
      i = SkipWs(i + 1);
      Value v = ParseValue(i, &next, depth);
      if (v.IsError()) return v;
      if (pairs) {
        Value kv[2] = {key, v};
        if (needs_roots_) key_root.Add(v);
        Tuple* t = NewTupleFrom(ts_, kv, 2);
        if (t == nullptr || !ListAppend(ts_, items, Value::Obj(t))) {
          return Value::Error();
        }
      } else if (!DictSet(ts_, d, key, v)) {
        return Value::Error();
      }
      i = SkipWs(next);
      if (i < n_ && p_[i] == '}') break;
      if (i >= n_ || p_[i] != ',') return Fail("Expecting ',' delimiter", i);
      i = SkipWs(i + 1);
    }
  }
  *end = i + 1;
  if (pairs) {
    Value arg = Value::Obj(items);
    return CallValue(ts_, hooks_.object_pairs_hook, &arg, 1);
  }
  if (!hooks_.object_hook.IsNone()) {
    Value arg = DictValue(d);
    return CallValue(ts_, hooks_.object_hook, &arg, 1);
  }
  return DictValue(d);
}

Value Parser::ParseArray(size_t i, size_t* end, int depth) {
  if (depth > Rt(ts_).recursion_limit) return Deep("array");
  if (!poll_.Tick()) return Value::Error();
  TempRoots roots(ts_);
  List* l = NewList(ts_, 0);
  if (l == nullptr) return Value::Error();
  if (needs_roots_) roots.Add(Value::Obj(l));
  i = SkipWs(i);
  if (i >= n_ || p_[i] != ']') {
    while (i < n_) {
      size_t next;
      Value v = ParseValue(i, &next, depth);
      if (v.IsError()) return v;
      if (!ListAppend(ts_, l, v)) return Value::Error();
      i = SkipWs(next);
      if (i < n_ && p_[i] == ']') break;
      if (i >= n_ || p_[i] != ',') return Fail("Expecting ',' delimiter", i);
      i = SkipWs(i + 1);
    }
    if (i >= n_) return ExpectingValue(i);
  }
  *end = i + 1;
  return Value::Obj(l);
}

bool ParseHooks(ThreadState& ts, const Value* kwvalues, Tuple* kw,
                Hooks* hooks) {
  for (uint32_t k = 0; k < NumKw(kw); ++k) {
    std::string_view name = AsStr(kw->items[k])->view();
    Value v = kwvalues[k];
    if (name == "object_hook") {
      hooks->object_hook = v;
    } else if (name == "object_pairs_hook") {
      hooks->object_pairs_hook = v;
    } else if (name == "parse_float") {
      hooks->parse_float = v;
    } else if (name == "parse_int") {
      hooks->parse_int = v;
    } else if (name == "parse_constant") {
      hooks->parse_constant = v;
    } else if (name == "strict") {
      int t = Truthy(ts, v);
      if (t < 0) return false;
      hooks->strict = t != 0;
    } else if (name == "cls" && v.IsNone()) {
      // The default decoder class.
    } else {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "JSONDecoder.__init__() got an unexpected keyword argument "
                  "'%s'",
                  std::string(name));
      return false;
    }
  }
  return true;
}

// UTF-16 or UTF-32 (`unit` 2 or 4 bytes, `big` endian) as UTF-8; false
// on malformed data (odd length, lone surrogates, beyond U+10FFFF).
bool DecodeWide(std::string_view b, int unit, bool big, std::string* out) {
  if (b.size() % unit != 0) return false;
  auto read = [&](size_t i) {
    uint32_t v = 0;
    for (int k = 0; k < unit; ++k) {
      auto byte = static_cast<unsigned char>(b[i + (big ? k : unit - 1 - k)]);
      v = (v << 8) | byte;
    }
    return v;
  };
  for (size_t i = 0; i < b.size(); i += unit) {
    uint32_t cp = read(i);
    if (unit == 2 && cp >= 0xD800 && cp < 0xDC00) {
      if (i + 2 >= b.size()) return false;
      uint32_t lo = read(i + 2);
      if (lo < 0xDC00 || lo >= 0xE000) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      i += 2;
    } else if ((cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) {
      return false;
    }
    AppendUtf8(out, cp);
  }
  return true;
}

// json.loads of bytes: the encoding guessed from the first bytes as
// CPython's json.detect_encoding does (BOMs, then the pattern of zero
// bytes), the text decoded to a str.
Value DecodeBytes(ThreadState& ts, Value s) {
  std::string_view b = BytesLikeView(s);
  auto at = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
  int unit = 1;
  bool big = false;
  size_t skip = 0;
  if (b.size() >= 4 &&
      (b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4) ||
       b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4))) {
    unit = 4;
    big = at(0) == 0;
    skip = 4;
  } else if (b.size() >= 2 && ((at(0) == 0xFE && at(1) == 0xFF) ||
                               (at(0) == 0xFF && at(1) == 0xFE))) {
    unit = 2;
    big = at(0) == 0xFE;
    skip = 2;
  } else if (b.size() >= 4 && at(0) == 0) {
    unit = at(1) ? 2 : 4;
    big = true;
  } else if (b.size() >= 4 && at(1) == 0) {
    unit = at(2) || at(3) ? 2 : 4;
  } else if (b.size() == 2 && (at(0) == 0 || at(1) == 0)) {
    unit = 2;
    big = at(0) == 0;
  }
  std::string text;
  if (unit == 1) {
    if (!DecodeText(ts, Codec::kUtf8, "strict", s, &text)) {
      return Value::Error();
    }
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  } else if (!DecodeWide(b.substr(skip), unit, big, &text)) {
    return RaiseValueError(
        ts, absl::StrCat("malformed UTF-", unit * 8, " data in JSON bytes"));
  }
  return StrValue(ts, text);
}

Value Decode(ThreadState& ts, Value s, const Hooks& hooks) {
  TempRoots roots(ts);
  if (IsBytesLike(s)) {
    s = DecodeBytes(ts, s);
    if (s.IsError()) return s;
    roots.Add(s);
  }
  if (!IsStr(s)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "the JSON object must be str, bytes or bytearray, not "
                       "%s",
                       std::string(TypeName(ts, s)));
  }
  Str* doc = AsStr(s);
  Parser parser(ts, doc, hooks);
  if (doc->byte_len >= 3 && std::memcmp(doc->data, "\xEF\xBB\xBF", 3) == 0) {
    return parser.Fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
  }
  return parser.ParseDocument();
}

}  // namespace

Value Loads(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (nargs != 1) {
    if (nargs == 0) {
      return RaiseTypeError(ts,
                            "loads() missing 1 required positional argument: "
                            "'s'");
    }
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "loads() takes 1 positional argument but %d were given",
                       nargs);
  }
  Hooks hooks;
  if (!ParseHooks(ts, args + nargs, kw, &hooks)) return Value::Error();
  return Decode(ts, args[0], hooks);
}

Value Load(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (nargs != 1) {
    if (nargs == 0) {
      return RaiseTypeError(ts,
                            "load() missing 1 required positional argument: "
                            "'fp'");
    }
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "load() takes 1 positional argument but %d were given",
                       nargs);
  }
  Hooks hooks;
  if (!ParseHooks(ts, args + nargs, kw, &hooks)) return Value::Error();
  Str* read = InternStr(ts, "read");
  if (read == nullptr) return Value::Error();
  Value meth = GetAttr(ts, args[0], read);
  if (meth.IsError()) return meth;
  TempRoots roots(ts);
  roots.Add(meth);
  Value text = CallValue(ts, meth, nullptr, 0);
  if (text.IsError()) return text;
  roots.Add(text);
  return Decode(ts, text, hooks);
}

}  // namespace json
}  // namespace builtins
}  // namespace interp
