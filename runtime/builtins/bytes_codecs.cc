// utf-8, ascii, latin-1, utf-16, utf-32 and cp1252 codecs with CPython's
// error handlers and exception messages. Strings are valid UTF-8 internally, so
// encoding to utf-8 never fails (there are no lone surrogates to reject) and
// the 'surrogateescape'/'surrogatepass' handlers, which need them, are absent.
#include "runtime/builtins/bytes_codecs.h"

#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {

namespace {

enum class Handler { kStrict, kIgnore, kReplace, kBackslash, kXmlRef };

// Looked up only when an error occurs, as in CPython (an unknown handler
// name is harmless until it is needed).
bool LookupHandler(ThreadState& ts, std::string_view name, bool encoding,
                   Handler* out) {
  if (name == "strict") {
    *out = Handler::kStrict;
  } else if (name == "ignore") {
    *out = Handler::kIgnore;
  } else if (name == "replace") {
    *out = Handler::kReplace;
  } else if (name == "backslashreplace") {
    *out = Handler::kBackslash;
  } else if (name == "xmlcharrefreplace" && encoding) {
    *out = Handler::kXmlRef;
  } else if (name == "xmlcharrefreplace") {
    RaiseTypeError(ts,
                   "don't know how to handle UnicodeDecodeError in error "
                   "callback");
    return false;
  } else {
    RaiseFormat(ts, Rt(ts).exc.lookup_error, "unknown error handler name '%s'",
                AV(name));
    return false;
  }
  return true;
}

bool SetAttr(ThreadState& ts, ExceptionObject* e, std::string_view name,
             Value v) {
  if (e->attrs == nullptr) {
    e->attrs = NewDict(ts);
    if (e->attrs == nullptr) return false;
  }
  Str* key = InternStr(ts, name);
  return key != nullptr && DictSetStr(ts, e->attrs, key, v);
}

Value GetAttr(ThreadState& ts, ExceptionObject* e, std::string_view name) {
  if (e->attrs == nullptr) return Value::Empty();
  Str* key = InternStr(ts, name);
  return key != nullptr ? DictGetStr(e->attrs, key) : Value::Empty();
}

const char* const kAttrNames[] = {"encoding", "object", "start", "end",
                                  "reason"};

// Raises cls(codec, object, start, end, reason) with its attributes set.
bool RaiseCodecError(ThreadState& ts, ClassObject* cls, Codec codec,
                     Value object, int64_t start, int64_t end,
                     std::string_view reason) {
  TempRoots roots(ts);
  roots.Add(object);
  Value enc = StrValue(ts, CodecName(codec));
  if (enc.IsError()) return false;
  roots.Add(enc);
  Value why = StrValue(ts, reason);
  if (why.IsError()) return false;
  roots.Add(why);
  Value a[5] = {enc, object, Value::Int(start), Value::Int(end), why};
  Value ev = NewException(ts, cls, a, 5);
  if (ev.IsError()) return false;
  roots.Add(ev);
  auto* e = As<ExceptionObject>(ev);
  for (int i = 0; i < 5; ++i) {
    if (!SetAttr(ts, e, kAttrNames[i], a[i])) return false;
  }
  ts.pending_exception = ev;
  return false;
}

// Length of the valid prefix of the UTF-8 sequence at data[i] whose lead
// byte is c and which needs `need` bytes in all, and whether it is
// complete. CPython's rules: the second byte's range depends on the lead
// (no overlongs, no surrogates, nothing above U+10FFFF).
size_t ValidPrefix(std::string_view d, size_t i, size_t need) {
  unsigned char c = static_cast<unsigned char>(d[i]);
  size_t k = 1;
  for (; k < need && i + k < d.size(); ++k) {
    unsigned char b = static_cast<unsigned char>(d[i + k]);
    unsigned char lo = 0x80, hi = 0xBF;
    if (k == 1) {
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    }
    if (b < lo || b > hi) break;
  }
  return k;
}

void AppendBackslashByte(unsigned char c, std::string* out) {
  absl::StrAppendFormat(out, "\\x%02x", c);
}

// cp1252's bytes 0x80-0x9F (0: undefined); the rest is latin-1.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The byte a one-byte codec encodes `cp` as, or -1.
int EncodeByte(Codec codec, uint32_t cp) {
  if (cp < 0x80) return static_cast<int>(cp);
  switch (codec) {
    case Codec::kAscii:
      return -1;
    case Codec::kLatin1:
      return cp < 0x100 ? static_cast<int>(cp) : -1;
    default:
      break;
  }
  if (cp >= 0xA0 && cp < 0x100) return static_cast<int>(cp);
  for (int i = 0; i < 32; ++i) {
    if (kCp1252High[i] == cp) return 0x80 + i;
  }
  return -1;
}

// Appends code unit `v` of `width` bytes in the given byte order.
void AppendUnit(std::string* out, uint32_t v, int width, bool big_endian) {
  for (int k = 0; k < width; ++k) {
    int shift = big_endian ? 8 * (width - 1 - k) : 8 * k;
    out->push_back(static_cast<char>((v >> shift) & 0xFF));
  }
}

uint32_t ReadUnit(std::string_view d, size_t i, int width, bool big_endian) {
  uint32_t v = 0;
  for (int k = 0; k < width; ++k) {
    uint32_t b = static_cast<unsigned char>(d[i + k]);
    v |= big_endian ? b << (8 * (width - 1 - k)) : b << (8 * k);
  }
  return v;
}

}  // namespace

bool LookupCodec(ThreadState& ts, std::string_view name, Codec* out) {
  std::string n = absl::AsciiStrToLower(AV(name));
  for (char& c : n) {
    if (c == '_' || c == ' ') c = '-';
  }
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" ||
      n == "cp65001") {
    *out = Codec::kUtf8;
  } else if (n == "ascii" || n == "us-ascii" || n == "646" ||
             n == "ansi-x3.4-1968" || n == "us") {
    *out = Codec::kAscii;
  } else if (n == "latin-1" || n == "latin1" || n == "latin" ||
             n == "iso-8859-1" || n == "iso8859-1" || n == "8859" ||
             n == "cp819" || n == "l1" || n == "iso-ir-100") {
    *out = Codec::kLatin1;
  } else if (n == "utf-16" || n == "utf16" || n == "u16") {
    *out = Codec::kUtf16;
  } else if (n == "utf-16-le" || n == "utf-16le" ||
             n == "unicodelittleunmarked") {
    *out = Codec::kUtf16Le;
  } else if (n == "utf-16-be" || n == "utf-16be" || n == "unicodebigunmarked") {
    *out = Codec::kUtf16Be;
  } else if (n == "utf-32" || n == "utf32" || n == "u32") {
    *out = Codec::kUtf32;
  } else if (n == "utf-32-le" || n == "utf-32le") {
    *out = Codec::kUtf32Le;
  } else if (n == "utf-32-be" || n == "utf-32be") {
    *out = Codec::kUtf32Be;
  } else if (n == "cp1252" || n == "windows-1252" || n == "1252") {
    *out = Codec::kCp1252;
  } else {
    RaiseFormat(ts, Rt(ts).exc.lookup_error, "unknown encoding: %s", AV(name));
    return false;
  }
  return true;
}

std::string_view CodecName(Codec c) {
  switch (c) {
    case Codec::kUtf8:
      return "utf-8";
    case Codec::kAscii:
      return "ascii";
    case Codec::kLatin1:
      return "latin-1";
    case Codec::kUtf16:
      return "utf-16";
    case Codec::kUtf16Le:
      return "utf-16-le";
    case Codec::kUtf16Be:
      return "utf-16-be";
    case Codec::kUtf32:
      return "utf-32";
    case Codec::kUtf32Le:
      return "utf-32-le";
    case Codec::kUtf32Be:
      return "utf-32-be";
    case Codec::kCp1252:
      return "charmap";
  }
  return "utf-8";
}

bool CodecArgs(ThreadState& ts, const char* fname, Value encoding, Value errors,
               Codec* codec, std::string* errors_out) {
  *codec = Codec::kUtf8;
  *errors_out = "strict";
  if (!encoding.IsEmpty()) {
    if (!IsStr(encoding)) {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "%s() argument 'encoding' must be str, not %s", fname,
                  TypeName(ts, encoding));
      return false;
    }
    if (!LookupCodec(ts, AsStr(encoding)->view(), codec)) return false;
  }
  if (!errors.IsEmpty()) {
    if (!IsStr(errors)) {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "%s() argument 'errors' must be str, not %s", fname,
                  TypeName(ts, errors));
      return false;
    }
    *errors_out = std::string(AsStr(errors)->view());
  }
  return true;
}

bool EncodeText(ThreadState& ts, Codec codec, std::string_view errors,
                Value text, std::string* out) {
  std::string_view s = AsStr(text)->view();
  if (codec == Codec::kUtf8 || (AsStr(text)->is_ascii && !IsWideCodec(codec))) {
    out->assign(s);
    return true;
  }
  out->clear();
  out->reserve(s.size());
  NativePoll poll(ts, /*at_safe_point=*/false);
  if (IsWideCodec(codec)) {
    // Strings hold no lone surrogates, so these never fail.
    const bool utf16 = codec <= Codec::kUtf16Be;
    const int width = utf16 ? 2 : 4;
    const bool big = codec == Codec::kUtf16Be || codec == Codec::kUtf32Be;
    if (codec == Codec::kUtf16 || codec == Codec::kUtf32) {
      AppendUnit(out, 0xFEFF, width, big);
    }
    for (size_t i = 0; i < s.size();) {
      if (!poll.Tick()) return false;
      uint32_t len;
      uint32_t cp = DecodeUtf8(s.data() + i, &len);
      i += len;
      if (utf16 && cp >= 0x10000) {
        cp -= 0x10000;
        AppendUnit(out, 0xD800 + (cp >> 10), 2, big);
        AppendUnit(out, 0xDC00 + (cp & 0x3FF), 2, big);
      } else {
        AppendUnit(out, cp, width, big);
      }
    }
    return true;
  }
  int64_t pos = 0;  // code-point index
  for (size_t i = 0; i < s.size();) {
    if (!poll.Tick()) return false;
    uint32_t len;
    uint32_t cp = DecodeUtf8(s.data() + i, &len);
    int byte = EncodeByte(codec, cp);
    if (byte >= 0) {
      out->push_back(static_cast<char>(byte));
      i += len;
      ++pos;
      continue;
    }
    // The run of characters this codec cannot encode.
    size_t j = i;
    int64_t end = pos;
    while (j < s.size()) {
      uint32_t l2;
      uint32_t c2 = DecodeUtf8(s.data() + j, &l2);
      if (EncodeByte(codec, c2) >= 0) break;
      j += l2;
      ++end;
    }
    Handler h;
    if (!LookupHandler(ts, errors, true, &h)) return false;
    if (h == Handler::kStrict) {
      return RaiseCodecError(
          ts, Rt(ts).exc.unicode_encode_error, codec, text, pos, end,
          codec == Codec::kAscii    ? "ordinal not in range(128)"
          : codec == Codec::kLatin1 ? "ordinal not in range(256)"
                                    : "character maps to <undefined>");
    }
    for (size_t k = i; k < j;) {
      uint32_t l2;
      uint32_t c2 = DecodeUtf8(s.data() + k, &l2);
      k += l2;
      switch (h) {
        case Handler::kReplace:
          out->push_back('?');
          break;
        case Handler::kBackslash:
          if (c2 <= 0xFF) {
            absl::StrAppendFormat(out, "\\x%02x", c2);
          } else if (c2 <= 0xFFFF) {
            absl::StrAppendFormat(out, "\\u%04x", c2);
          } else {
            absl::StrAppendFormat(out, "\\U%08x", c2);
          }
          break;
        case Handler::kXmlRef:
          absl::StrAppend(out, "&#", c2, ";");
          break;
        default:
          break;
      }
    }
    i = j;
    pos = end;
  }
  return true;
}

namespace {

// UTF-16 and UTF-32 with CPython's error ranges and reasons. With a byte
// order mark codec (kUtf16, kUtf32) a leading mark picks the order and is
// dropped; without one the order is little-endian, and errors name the
// order actually used ('utf-16-le'), as CPython's do.
template <typename Fail>
bool DecodeWide(Codec& codec, std::string_view data, NativePoll& poll,
                Fail& fail, std::string* out) {
  const bool utf16 = codec <= Codec::kUtf16Be;
  const int width = utf16 ? 2 : 4;
  size_t i = 0;
  if (codec == Codec::kUtf16 || codec == Codec::kUtf32) {
    bool big = false;
    if (data.size() >= static_cast<size_t>(width)) {
      if (ReadUnit(data, 0, width, false) == 0xFEFF) {
        i = width;
      } else if (ReadUnit(data, 0, width, true) == 0xFEFF) {
        i = width;
        big = true;
      }
    }
    codec = utf16 ? (big ? Codec::kUtf16Be : Codec::kUtf16Le)
                  : (big ? Codec::kUtf32Be : Codec::kUtf32Le);
  }
  const bool big = codec == Codec::kUtf16Be || codec == Codec::kUtf32Be;
  const size_t n = data.size();
  while (i < n) {
    if (!poll.Tick()) return false;
    if (n - i < static_cast<size_t>(width)) {
      if (!fail(i, n, "truncated data")) return false;
      break;
    }
    uint32_t u = ReadUnit(data, i, width, big);
    if (!utf16) {
      if (u > 0x10FFFF) {
        if (!fail(i, i + 4, "code point not in range(0x110000)")) return false;
      } else if (u >= 0xD800 && u < 0xE000) {
        if (!fail(i, i + 4,
                  "code point in surrogate code point range(0xd800, "
                  "0xe000)")) {
          return false;
        }
      } else {
        AppendUtf8(out, u);
      }
      i += 4;
      continue;
    }
    if (u < 0xD800 || u > 0xDFFF) {
      AppendUtf8(out, u);
      i += 2;
    } else if (u >= 0xDC00) {
      if (!fail(i, i + 2, "illegal encoding")) return false;
      i += 2;
    } else if (n - i < 4) {
      if (!fail(i, n, "unexpected end of data")) return false;
      break;
    } else {
      uint32_t low = ReadUnit(data, i + 2, 2, big);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 4;
      } else {
        if (!fail(i, i + 2, "illegal UTF-16 surrogate")) return false;
        i += 2;
      }
    }
  }
  return true;
}

}  // namespace

bool DecodeText(ThreadState& ts, Codec codec, std::string_view errors,
                Value object, std::string* out) {
  std::string data(BytesLikeView(object));
  out->clear();
  out->reserve(data.size());
  NativePoll poll(ts, /*at_safe_point=*/false);
  Handler h = Handler::kStrict;
  bool have_handler = false;
  // Applies the handler to bytes [start, end); false when it raised.
  auto fail = [&](size_t start, size_t end, const char* reason) -> bool {
    if (!have_handler) {
      if (!LookupHandler(ts, errors, false, &h)) return false;
      have_handler = true;
    }
    switch (h) {
      case Handler::kStrict:
        return RaiseCodecError(ts, Rt(ts).exc.unicode_decode_error, codec,
                               object, start, end, reason);
      case Handler::kReplace:
        out->append("\xEF\xBF\xBD");
        return true;
      case Handler::kBackslash:
        for (size_t k = start; k < end; ++k) {
          AppendBackslashByte(static_cast<unsigned char>(data[k]), out);
        }
        return true;
      default:
        return true;
    }
  };
  if (IsWideCodec(codec)) {
    return DecodeWide(codec, data, poll, fail, out);
  }
  for (size_t i = 0; i < data.size();) {
    if (!poll.Tick()) return false;
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c >= 0x80 && codec == Codec::kCp1252) {
      uint32_t cp = c >= 0xA0 ? c : kCp1252High[c - 0x80];
      if (cp == 0) {
        if (!fail(i, i + 1, "character maps to <undefined>")) return false;
      } else {
        AppendUtf8(out, cp);
      }
      ++i;
      continue;
    }
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (codec == Codec::kLatin1) {
      AppendUtf8(out, c);
      ++i;
      continue;
    }
    if (codec == Codec::kAscii) {
      if (!fail(i, i + 1, "ordinal not in range(128)")) return false;
      ++i;
      continue;
    }
    size_t need = c >= 0xC2 && c <= 0xDF   ? 2
                  : c >= 0xE0 && c <= 0xEF ? 3
                  : c >= 0xF0 && c <= 0xF4 ? 4
                                           : 0;
    if (need == 0) {
      if (!fail(i, i + 1, "invalid start byte")) return false;
      ++i;
      continue;
    }
    size_t k = ValidPrefix(data, i, need);
    if (k == need) {
      out->append(data, i, need);
      i += need;
      continue;
    }
    if (i + k >= data.size()) {
      if (!fail(i, data.size(), "unexpected end of data")) return false;
      i = data.size();
      continue;
    }
    if (!fail(i, i + k, "invalid continuation byte")) return false;
    i += k;
  }
  return true;
}

namespace {

// UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end,
// reason).
Value CodecErrorInit(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  if (nargs < 1 || !IsKind(args[0], ObjKind::kException)) {
    return RaiseTypeError(ts, "descriptor '__init__' requires an exception");
  }
  auto* e = As<ExceptionObject>(args[0]);
  bool decode =
      e->cls != nullptr && IsSubclass(e->cls, Rt(ts).exc.unicode_decode_error);
  if (NumKw(kwnames) > 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s() takes no keyword arguments", e->cls->name->view());
  }
  Tuple* t = NewTupleFrom(ts, args + 1, nargs - 1);
  if (t == nullptr) return Value::Error();
  e->args = t;
  if (nargs - 1 != 5) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "function takes exactly 5 arguments (%d given)",
                       nargs - 1);
  }
  const Value* a = args + 1;
  if (!IsStr(a[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "argument 1 must be str, not %s", TypeName(ts, a[0]));
  }
  if (decode ? !IsBytesLike(a[1]) : !IsStr(a[1])) {
    if (decode) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "a bytes-like object is required, not '%s'",
                         TypeName(ts, a[1]));
    }
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "argument 2 must be str, not %s", TypeName(ts, a[1]));
  }
  for (int i = 2; i < 4; ++i) {
    if (!a[i].IsIntLike()) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "'%s' object cannot be interpreted as an integer",
                         TypeName(ts, a[i]));
    }
  }
  if (!IsStr(a[4])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "argument 5 must be str, not %s", TypeName(ts, a[4]));
  }
  Value obj = a[1];
  if (decode && IsByteArray(obj)) {
    obj = BytesValue(ts, BytesLikeView(obj));
    if (obj.IsError()) return obj;
  }
  Value vals[5] = {a[0], obj, a[2], a[3], a[4]};
  for (int i = 0; i < 5; ++i) {
    if (!SetAttr(ts, e, kAttrNames[i], vals[i])) return Value::Error();
  }
  return Value::None();
}

Value CodecErrorStr(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple*) {
  if (nargs < 1 || !IsKind(args[0], ObjKind::kException)) {
    return RaiseTypeError(ts, "descriptor '__str__' requires an exception");
  }
  auto* e = As<ExceptionObject>(args[0]);
  Value enc = GetAttr(ts, e, "encoding");
  Value obj = GetAttr(ts, e, "object");
  Value start = GetAttr(ts, e, "start");
  Value end = GetAttr(ts, e, "end");
  Value reason = GetAttr(ts, e, "reason");
  if (!IsStr(enc) || !start.IsIntLike() || !end.IsIntLike() || !IsStr(reason)) {
    return StrValue(ts, "");
  }
  bool decode = IsBytesLike(obj);
  int64_t s = start.AsInt(), en = end.AsInt();
  std::string out;
  if (decode) {
    std::string_view d = BytesLikeView(obj);
    if (s >= 0 && s < static_cast<int64_t>(d.size()) && en == s + 1) {
      absl::StrAppendFormat(&out,
                            "'%s' codec can't decode byte 0x%02x in position "
                            "%d: %s",
                            AV(AsStr(enc)->view()),
                            static_cast<unsigned char>(d[s]), s,
                            AV(AsStr(reason)->view()));
    } else {
      absl::StrAppendFormat(
          &out, "'%s' codec can't decode bytes in position %d-%d: %s",
          AV(AsStr(enc)->view()), s, en - 1, AV(AsStr(reason)->view()));
    }
    return StrValue(ts, out);
  }
  Str* text = IsStr(obj) ? AsStr(obj) : nullptr;
  if (text != nullptr && s >= 0 && s < text->char_len && en == s + 1) {
    uint32_t len;
    uint32_t cp = DecodeUtf8(text->data + StrByteOffset(ts, text, s), &len);
    std::string ch = cp <= 0xFF     ? absl::StrFormat("\\x%02x", cp)
                     : cp <= 0xFFFF ? absl::StrFormat("\\u%04x", cp)
                                    : absl::StrFormat("\\U%08x", cp);
    absl::StrAppendFormat(
        &out, "'%s' codec can't encode character '%s' in position %d: %s",
        AV(AsStr(enc)->view()), ch, s, AV(AsStr(reason)->view()));
  } else {
    absl::StrAppendFormat(
        &out, "'%s' codec can't encode characters in position %d-%d: %s",
        AV(AsStr(enc)->view()), s, en - 1, AV(AsStr(reason)->view()));
  }
  return StrValue(ts, out);
}

}  // namespace

bool InitCodecs(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kDecode[] = {
      {"__init__", CodecErrorInit},
      {"__str__", CodecErrorStr},
  };
  static constexpr MethodDef kEncode[] = {
      {"__init__", CodecErrorInit},
      {"__str__", CodecErrorStr},
  };
  return AddMethods(ts, rt.exc.unicode_decode_error, "UnicodeDecodeError",
                    kDecode) &&
         AddMethods(ts, rt.exc.unicode_encode_error, "UnicodeEncodeError",
                    kEncode);
}

}  // namespace builtins
}  // namespace interp
