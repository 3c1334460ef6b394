// Methods of bytes and bytearray that treat the data as ASCII text (case,
// predicates, padding), hex conversion, decode; and the other types' entry
// points into bytes: str.encode, int.to_bytes, int.from_bytes.
#include <algorithm>
#include <string>
#include <string_view>

#include "runtime/builtins/bytes_codecs.h"
#include "runtime/builtins/bytes_methods.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/lazy_natives.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

#define SELF(name) \
  if (!BytesSelf(ts, args, nargs, name)) return Value::Error()

std::string_view SelfView(const Value* args) { return BytesLikeView(args[0]); }

// --- case and predicates -------------------------------------------------

template <char (*F)(char)>
Value MapBytes(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
               const char* name) {
  SELF(name);
  if (!MethodArgs(ts, "bytes", name, nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  std::string out(SelfView(args));
  for (char& c : out) c = F(c);
  return BytesLikeResult(ts, args[0], out);
}

char ToUpper(char c) { return ByteIsLower(c) ? c - 32 : c; }
char ToLower(char c) { return ByteIsUpper(c) ? c + 32 : c; }
char Swap(char c) {
  return ByteIsLower(c) ? c - 32 : ByteIsUpper(c) ? c + 32 : c;
}

Value Upper(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return MapBytes<ToUpper>(ts, args, nargs, kw, "upper");
}
Value Lower(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return MapBytes<ToLower>(ts, args, nargs, kw, "lower");
}
Value Swapcase(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return MapBytes<Swap>(ts, args, nargs, kw, "swapcase");
}

Value Capitalize(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  SELF("capitalize");
  if (!MethodArgs(ts, "bytes", "capitalize", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  std::string out(SelfView(args));
  for (size_t i = 0; i < out.size(); ++i) {
    out[i] = i == 0 ? ToUpper(out[i]) : ToLower(out[i]);
  }
  return BytesLikeResult(ts, args[0], out);
}

Value Title(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("title");
  if (!MethodArgs(ts, "bytes", "title", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  std::string out(SelfView(args));
  bool prev_cased = false;
  for (char& c : out) {
    c = prev_cased ? ToLower(c) : ToUpper(c);
    prev_cased = ByteIsAlpha(c);
  }
  return BytesLikeResult(ts, args[0], out);
}

template <bool (*F)(unsigned char)>
Value AllBytes(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
               const char* name) {
  SELF(name);
  if (!MethodArgs(ts, "bytes", name, nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  std::string_view s = SelfView(args);
  if (s.empty()) return Value::Bool(false);
  for (unsigned char c : s) {
    if (!F(c)) return Value::Bool(false);
  }
  return Value::Bool(true);
}

bool IsAlnumByte(unsigned char c) { return ByteIsAlpha(c) || ByteIsDigit(c); }

Value Isdigit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return AllBytes<ByteIsDigit>(ts, args, nargs, kw, "isdigit");
}
Value Isalpha(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return AllBytes<ByteIsAlpha>(ts, args, nargs, kw, "isalpha");
}
Value Isspace(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return AllBytes<ByteIsSpace>(ts, args, nargs, kw, "isspace");
}
Value Isalnum(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return AllBytes<IsAlnumByte>(ts, args, nargs, kw, "isalnum");
}

Value Isascii(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("isascii");
  if (!MethodArgs(ts, "bytes", "isascii", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  for (unsigned char c : SelfView(args)) {
    if (c >= 0x80) return Value::Bool(false);
  }
  return Value::Bool(true);
}

// isupper/islower: at least one cased byte, none of the other case.
Value CaseTest(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
               const char* name, bool upper) {
  SELF(name);
  if (!MethodArgs(ts, "bytes", name, nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  bool cased = false;
  for (unsigned char c : SelfView(args)) {
    if (upper ? ByteIsLower(c) : ByteIsUpper(c)) return Value::Bool(false);
    cased |= upper ? ByteIsUpper(c) : ByteIsLower(c);
  }
  return Value::Bool(cased);
}
Value Isupper(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return CaseTest(ts, args, nargs, kw, "isupper", true);
}
Value Islower(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return CaseTest(ts, args, nargs, kw, "islower", false);
}

// istitle: every run of cased bytes starts with an uppercase one and goes
// on in lowercase; at least one cased byte.
Value Istitle(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("istitle");
  if (!MethodArgs(ts, "bytes", "istitle", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  bool cased = false;
  bool prev_cased = false;
  for (unsigned char c : SelfView(args)) {
    if (ByteIsUpper(c)) {
      if (prev_cased) return Value::Bool(false);
      prev_cased = cased = true;
    } else if (ByteIsLower(c)) {
      if (!prev_cased) return Value::Bool(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::Bool(cased);
}

// --- padding -------------------------------------------------------------

Value PadImpl(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
              const char* name, int where) {
  SELF(name);
  if (!MethodArgs(ts, "bytes", name, nargs - 1, kw, 1, 2)) {
    return Value::Error();
  }
  int64_t width;
  if (!ToIndex(ts, args[1], &width)) return Value::Error();
  char fill = ' ';
  if (nargs > 2) {
    std::string_view f;
    if (!GetBuffer(args[2], &f) || f.size() != 1) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "%s() argument 2 must be a byte string of length 1, "
                         "not %s",
                         name, TypeName(ts, args[2]));
    }
    fill = f[0];
  }
  std::string_view s = SelfView(args);
  int64_t len = static_cast<int64_t>(s.size());
  if (width <= len) return BytesLikeResult(ts, args[0], s);
  if (!CheckResultSize(ts, static_cast<uint64_t>(width))) {
    return Value::Error();
  }
  int64_t total = width - len;
  int64_t left = where < 0   ? 0
                 : where > 0 ? total
                             : total / 2 + (total & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out.append(s);
  out.append(static_cast<size_t>(total - left), fill);
  return BytesLikeResult(ts, args[0], out);
}

Value Ljust(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return PadImpl(ts, args, nargs, kw, "ljust", -1);
}
Value Rjust(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return PadImpl(ts, args, nargs, kw, "rjust", 1);
}
Value Center(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return PadImpl(ts, args, nargs, kw, "center", 0);
}

// Tabs become spaces up to the next multiple of tabsize; the column
// restarts after \n and \r and counts every other byte as one.
Value Expandtabs(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  SELF("expandtabs");
  Value a[1];
  if (!BindArgs(ts, "expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, 0, 1, 0,
                a)) {
    return Value::Error();
  }
  int64_t tab = 8;
  if (!a[0].IsEmpty() && !ToIndex(ts, a[0], &tab)) return Value::Error();
  if (tab > INT32_MAX || tab < INT32_MIN) {
    // CPython's tabsize is a C int.
    return RaiseOverflowError(ts, "Python int too large to convert to C int");
  }
  std::string_view v = SelfView(args);
  std::string out;
  int64_t col = 0;
  for (char c : v) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t spaces = tab - col % tab;
        if (!CheckResultSize(ts, static_cast<uint64_t>(spaces) + out.size())) {
          return Value::Error();
        }
        out.append(static_cast<size_t>(spaces), ' ');
        col += spaces;
      }
    } else {
      out.push_back(c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return BytesLikeResult(ts, args[0], out);
}

Value Zfill(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("zfill");
  if (!MethodArgs(ts, "bytes", "zfill", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  int64_t width;
  if (!ToIndex(ts, args[1], &width)) return Value::Error();
  std::string s(SelfView(args));
  int64_t len = static_cast<int64_t>(s.size());
  if (width <= len) return BytesLikeResult(ts, args[0], s);
  if (!CheckResultSize(ts, static_cast<uint64_t>(width))) {
    return Value::Error();
  }
  size_t at = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  s.insert(at, static_cast<size_t>(width - len), '0');
  return BytesLikeResult(ts, args[0], s);
}

Value AffixImpl(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
                const char* name, bool prefix) {
  SELF(name);
  if (!MethodArgs(ts, "bytes", name, nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  std::string_view a;
  if (!BytesArg(ts, args[1], &a)) return Value::Error();
  std::string_view s = SelfView(args);
  if (s.size() >= a.size()) {
    if (prefix && s.substr(0, a.size()) == a) s.remove_prefix(a.size());
    if (!prefix && s.substr(s.size() - a.size()) == a) {
      s.remove_suffix(a.size());
    }
  }
  return BytesLikeResult(ts, args[0], std::string(s));
}
Value Removeprefix(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  return AffixImpl(ts, args, nargs, kw, "removeprefix", true);
}
Value Removesuffix(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  return AffixImpl(ts, args, nargs, kw, "removesuffix", false);
}

// --- hex, fromhex, decode --------------------------------------------------

Value Hex(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "hex", args, nargs, kw, {"self", "sep", "bytes_per_sep"}, 1,
                3, 1, a)) {
    return Value::Error();
  }
  SELF("hex");
  std::string sep;
  if (!a[1].IsEmpty()) {
    std::string_view v;
    if (IsStr(a[1])) {
      v = AsStr(a[1])->view();
    } else if (!GetBuffer(a[1], &v)) {
      return RaiseTypeError(ts, "sep must be str or bytes.");
    }
    if (v.size() != 1) {
      return RaiseValueError(ts, "sep must be length 1.");
    }
    if (static_cast<unsigned char>(v[0]) >= 0x80) {
      return RaiseValueError(ts, "sep must be ASCII.");
    }
    sep.assign(v);
  }
  int64_t per = 1;
  if (!a[2].IsEmpty() && !ToIndex(ts, a[2], &per)) return Value::Error();
  std::string_view s = SelfView(args);
  if (!CheckResultSize(ts, s.size() * 3)) return Value::Error();
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() * 3);
  size_t n = s.size();
  uint64_t group =
      per < 0 ? static_cast<uint64_t>(-per) : static_cast<uint64_t>(per);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && group > 0) {
      // Groups count from the right for a positive bytes_per_sep.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out.append(sep);
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return AsciiStrValue(ts, out);
}

int64_t CodePoints(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// bytes.fromhex / bytearray.fromhex, as classmethods: args[0] is the class.
Value Fromhex(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!MethodArgs(ts, "bytes", "fromhex", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  if (!IsStr(args[1])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "fromhex() argument must be str, not %s",
                       TypeName(ts, args[1]));
  }
  std::string_view s = AsStr(args[1])->view();
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (ByteIsSpace(s[i])) {
      ++i;
      continue;
    }
    int hi = HexDigit(s[i]);
    int lo = i + 1 < s.size() ? HexDigit(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      // The position counts code points, as CPython's does.
      size_t bad = hi < 0 ? i : i + 1;
      return RaiseFormat(ts, Rt(ts).exc.value_error,
                         "non-hexadecimal number found in fromhex() arg at "
                         "position %d",
                         CodePoints(s.substr(0, bad)));
    }
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  if (args[0].IsObject() && args[0].AsObject() == Rt(ts).classes.bytearray) {
    ByteArray* b = NewByteArray(ts, out);
    return b != nullptr ? Value::Obj(b) : Value::Error();
  }
  return BytesValue(ts, out);
}

Value Decode(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "decode", args, nargs, kw, {"self", "encoding", "errors"},
                1, 3, 1, a)) {
    return Value::Error();
  }
  SELF("decode");
  Codec codec;
  std::string errors;
  if (!CodecArgs(ts, "decode", a[1], a[2], &codec, &errors)) {
    return Value::Error();
  }
  std::string out;
  if (!DecodeText(ts, codec, errors, args[0], &out)) return Value::Error();
  return StrValue(ts, out);
}

Value Translate(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "translate", args, nargs, kw, {"self", "table", "delete"},
                2, 3, 2, a)) {
    return Value::Error();
  }
  SELF("translate");
  std::string table;
  if (!a[1].IsNone()) {
    std::string_view t;
    if (!BytesArg(ts, a[1], &t)) return Value::Error();
    if (t.size() != 256) {
      return RaiseValueError(ts,
                             "translation table must be 256 characters long");
    }
    table.assign(t);
  }
  std::string del;
  if (!a[2].IsEmpty()) {
    std::string_view d;
    if (!BytesArg(ts, a[2], &d)) return Value::Error();
    del.assign(d);
  }
  std::string out;
  for (char c : SelfView(args)) {
    if (del.find(c) != std::string::npos) continue;
    out.push_back(table.empty() ? c : table[static_cast<unsigned char>(c)]);
  }
  return BytesLikeResult(ts, args[0], out);
}

// bytes.maketrans(from, to) (a static method).
Value Maketrans(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!MethodArgs(ts, "bytes", "maketrans", nargs, kw, 2, 2)) {
    return Value::Error();
  }
  std::string_view from, to;
  if (!BytesArg(ts, args[0], &from) || !BytesArg(ts, args[1], &to)) {
    return Value::Error();
  }
  if (from.size() != to.size()) {
    return RaiseValueError(ts, "maketrans arguments must have same length");
  }
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) {
    table[static_cast<unsigned char>(from[i])] = to[i];
  }
  return BytesValue(ts, table);
}

// --- str.encode ----------------------------------------------------------

Value StrEncode(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "encode", args, nargs, kw, {"self", "encoding", "errors"},
                1, 3, 1, a)) {
    return Value::Error();
  }
  if (!IsStr(a[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "descriptor 'encode' for 'str' objects doesn't apply "
                       "to a '%s' object",
                       TypeName(ts, a[0]));
  }
  Codec codec;
  std::string errors;
  if (!CodecArgs(ts, "encode", a[1], a[2], &codec, &errors)) {
    return Value::Error();
  }
  std::string out;
  if (!EncodeText(ts, codec, errors, a[0], &out)) return Value::Error();
  return BytesValue(ts, out);
}

// --- int.to_bytes / int.from_bytes --------------------------------------

bool ByteOrder(ThreadState& ts, Value v, bool* little) {
  if (v.IsEmpty()) {
    *little = false;
    return true;
  }
  if (!IsStr(v)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "to_bytes() argument 'byteorder' must be str, not %s",
                TypeName(ts, v));
    return false;
  }
  std::string_view s = AsStr(v)->view();
  if (s != "little" && s != "big") {
    RaiseValueError(ts, "byteorder must be either 'little' or 'big'");
    return false;
  }
  *little = s == "little";
  return true;
}

Value IntToBytes(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "to_bytes", args, nargs, kw,
                {"self", "length", "byteorder", "signed"}, 1, 3, 1, a)) {
    return Value::Error();
  }
  if (!IsInteger(a[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "descriptor 'to_bytes' for 'int' objects doesn't "
                       "apply to a '%s' object",
                       TypeName(ts, a[0]));
  }
  int64_t length = 1;
  if (!a[1].IsEmpty() && !ToIndex(ts, a[1], &length)) return Value::Error();
  if (length < 0) {
    return RaiseValueError(ts, "length argument must be non-negative");
  }
  bool little;
  if (!ByteOrder(ts, a[2], &little)) return Value::Error();
  bool is_signed = false;
  if (!a[3].IsEmpty()) {
    int t = Truthy(ts, a[3]);
    if (t < 0) return Value::Error();
    is_signed = t != 0;
  }
  if (!CheckResultSize(ts, static_cast<uint64_t>(length))) {
    return Value::Error();
  }
  std::string out;
  if (!IntToByteString(ts, a[0], static_cast<size_t>(length), little, is_signed,
                       &out)) {
    return Value::Error();
  }
  return BytesValue(ts, out);
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod.
Value IntFromBytes(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "from_bytes", args, nargs, kw,
                {"cls", "bytes", "byteorder", "signed"}, 2, 3, 1, a)) {
    return Value::Error();
  }
  if (IsStr(a[1])) {
    return RaiseTypeError(ts, "cannot convert 'str' object to bytes");
  }
  std::string data;
  if (!BytesFromIterable(ts, a[1], &data)) return Value::Error();
  bool little;
  if (!ByteOrder(ts, a[2], &little)) return Value::Error();
  bool is_signed = false;
  if (!a[3].IsEmpty()) {
    int t = Truthy(ts, a[3]);
    if (t < 0) return Value::Error();
    is_signed = t != 0;
  }
  Value r = IntFromByteString(ts, data, little, is_signed);
  if (r.IsError() || a[0].Is(Value::Obj(Rt(ts).classes.int_))) return r;
  // A subclass is called with the int, as CPython does.
  TempRoots roots(ts);
  roots.Add(r);
  return CallValue(ts, a[0], &r, 1, nullptr);
}

}  // namespace

bool AddClassMethod(ThreadState& ts, ClassObject* cls,
                    std::string_view qual_prefix, const char* name,
                    NativeFn fn) {
  return DeferNative(ts, cls, qual_prefix, name, fn,
                     DeferredKind::kClassMethod);
}

bool AddStaticMethod(ThreadState& ts, ClassObject* cls,
                     std::string_view qual_prefix, const char* name,
                     NativeFn fn) {
  return DeferNative(ts, cls, qual_prefix, name, fn,
                     DeferredKind::kStaticMethod);
}

Value StrFromEncoded(ThreadState& ts, Value object, Value encoding,
                     Value errors) {
  Codec codec;
  std::string errs;
  if (!CodecArgs(ts, "str", encoding, errors, &codec, &errs)) {
    return Value::Error();
  }
  if (object.IsEmpty()) return StrValue(ts, "");
  if (IsStr(object)) return RaiseTypeError(ts, "decoding str is not supported");
  if (!IsBytesLike(object)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "decoding to str: need a bytes-like object, %s found",
                       TypeName(ts, object));
  }
  std::string out;
  if (!DecodeText(ts, codec, errs, object, &out)) return Value::Error();
  return StrValue(ts, out);
}

bool InitBytesTextMethods(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kMethods[] = {
      {"upper", Upper},
      {"lower", Lower},
      {"swapcase", Swapcase},
      {"capitalize", Capitalize},
      {"title", Title},
      {"isdigit", Isdigit},
      {"isalpha", Isalpha},
      {"isspace", Isspace},
      {"isalnum", Isalnum},
      {"isascii", Isascii},
      {"isupper", Isupper},
      {"islower", Islower},
      {"istitle", Istitle},
      {"expandtabs", Expandtabs},
      {"ljust", Ljust},
      {"rjust", Rjust},
      {"center", Center},
      {"zfill", Zfill},
      {"removeprefix", Removeprefix},
      {"removesuffix", Removesuffix},
      {"hex", Hex},
      {"decode", Decode},
      {"translate", Translate},
  };
  static constexpr MethodDef kStr[] = {{"encode", StrEncode}};
  static constexpr MethodDef kInt[] = {{"to_bytes", IntToBytes}};
  if (!AddMethods(ts, rt.classes.bytes, "bytes", kMethods) ||
      !AddMethods(ts, rt.classes.bytearray, "bytearray", kMethods) ||
      !AddMethods(ts, rt.classes.str, "str", kStr) ||
      !AddMethods(ts, rt.classes.int_, "int", kInt)) {
    return false;
  }
  return AddClassMethod(ts, rt.classes.bytes, "bytes", "fromhex", Fromhex) &&
         AddClassMethod(ts, rt.classes.bytearray, "bytearray", "fromhex",
                        Fromhex) &&
         AddClassMethod(ts, rt.classes.int_, "int", "from_bytes",
                        IntFromBytes) &&
         AddStaticMethod(ts, rt.classes.bytes, "bytes", "maketrans",
                         Maketrans) &&
         AddStaticMethod(ts, rt.classes.bytearray, "bytearray", "maketrans",
                         Maketrans);
}

}  // namespace builtins
}  // namespace interp
