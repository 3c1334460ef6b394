// utf-8, ascii and latin-1 codecs with CPython's error handlers and
// exception messages. Strings are valid UTF-8 internally, so encoding to
// utf-8 never fails (there are no lone surrogates to reject) and the
// 'surrogateescape'/'surrogatepass' handlers, which need them, are absent.
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
  if (codec == Codec::kUtf8 || AsStr(text)->is_ascii) {
    out->assign(s);
    return true;
  }
  const uint32_t limit = codec == Codec::kAscii ? 0x80 : 0x100;
  out->clear();
  out->reserve(s.size());
  NativePoll poll(ts, /*at_safe_point=*/false);
  int64_t pos = 0;  // code-point index
  for (size_t i = 0; i < s.size();) {
    if (!poll.Tick()) return false;
    uint32_t len;
    uint32_t cp = DecodeUtf8(s.data() + i, &len);
    if (cp < limit) {
      out->push_back(static_cast<char>(cp));
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
      if (c2 < limit) break;
      j += l2;
      ++end;
    }
    Handler h;
    if (!LookupHandler(ts, errors, true, &h)) return false;
    if (h == Handler::kStrict) {
      return RaiseCodecError(
          ts, Rt(ts).exc.unicode_encode_error, codec, text, pos, end,
          codec == Codec::kAscii ? "ordinal not in range(128)"
                                 : "ordinal not in range(256)");
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
  for (size_t i = 0; i < data.size();) {
    if (!poll.Tick()) return false;
    unsigned char c = static_cast<unsigned char>(data[i]);
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
