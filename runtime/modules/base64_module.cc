// `_base64`, the native half of the `base64` module (runtime/lib/base64.py
// adds Ascii85/base85, base32hex and the file functions): b64encode/
// b64decode (altchars, validate), standard_b64*, urlsafe_b64*, b32encode/
// b32decode (casefold, map01), b16encode/b16decode (casefold),
// encodebytes/decodebytes. Errors are binascii.Error with CPython's
// messages.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/modules/binascii.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

constexpr char kB32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

bool BytesOnly(ThreadState& ts, Value v, std::string* out) {
  std::string_view view;
  if (GetBuffer(v, &view)) {
    out->assign(view);
    return true;
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "a bytes-like object is required, not '%s'", TypeName(ts, v));
  return false;
}

bool Truth(ThreadState& ts, Value v, bool* out) {
  *out = false;
  if (v.IsEmpty()) return true;
  int t = Truthy(ts, v);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

// Replaces the two characters of `from` by those of `to` (altchars).
void Translate2(std::string* s, std::string_view from, std::string_view to) {
  for (char& c : *s) {
    if (c == from[0]) {
      c = to[0];
    } else if (c == from[1]) {
      c = to[1];
    }
  }
}

bool AltChars(ThreadState& ts, Value v, std::string* out, bool decoding) {
  if (v.IsEmpty() || v.IsNone()) return true;
  if (decoding ? !DecodeDataArg(ts, v, out) : !BytesOnly(ts, v, out)) {
    return false;
  }
  if (out->size() != 2) {
    // CPython asserts len(altchars) == 2 (a bare AssertionError).
    RaiseWithMessage(ts, Rt(ts).exc.assertion_error, "");
    return false;
  }
  return true;
}

Value Encode(ThreadState& ts, std::string_view data, std::string_view alt) {
  if (!CheckResultSize(ts, data.size() / 3 * 4 + 4)) return Value::Error();
  std::string out = Base64Encode(data);
  if (!alt.empty()) Translate2(&out, "+/", alt);
  return BytesValue(ts, out);
}

Value B64encode(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "b64encode", args, nargs, kw, {"s", "altchars"}, 1, 2, 0,
                a)) {
    return Value::Error();
  }
  std::string data, alt;
  if (!BytesOnly(ts, a[0], &data) || !AltChars(ts, a[1], &alt, false)) {
    return Value::Error();
  }
  return Encode(ts, data, alt);
}

Value Decode(ThreadState& ts, Value s, std::string_view alt, bool validate) {
  std::string data, out;
  if (!DecodeDataArg(ts, s, &data)) return Value::Error();
  if (!alt.empty()) Translate2(&data, alt, "+/");
  if (!Base64Decode(ts, data, validate, &out)) return Value::Error();
  return BytesValue(ts, out);
}

Value B64decode(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "b64decode", args, nargs, kw, {"s", "altchars", "validate"},
                1, 3, 0, a)) {
    return Value::Error();
  }
  std::string alt;
  bool validate;
  if (!AltChars(ts, a[1], &alt, true) || !Truth(ts, a[2], &validate)) {
    return Value::Error();
  }
  return Decode(ts, a[0], alt, validate);
}

Value StandardEncode(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  Value a[1];
  std::string data;
  if (!BindArgs(ts, "standard_b64encode", args, nargs, kw, {"s"}, 1, 1, 0, a) ||
      !BytesOnly(ts, a[0], &data)) {
    return Value::Error();
  }
  return Encode(ts, data, {});
}

Value StandardDecode(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "standard_b64decode", args, nargs, kw, {"s"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  return Decode(ts, a[0], {}, false);
}

Value UrlsafeEncode(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  Value a[1];
  std::string data;
  if (!BindArgs(ts, "urlsafe_b64encode", args, nargs, kw, {"s"}, 1, 1, 0, a) ||
      !BytesOnly(ts, a[0], &data)) {
    return Value::Error();
  }
  return Encode(ts, data, "-_");
}

Value UrlsafeDecode(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "urlsafe_b64decode", args, nargs, kw, {"s"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  return Decode(ts, a[0], "-_", false);
}

Value Encodebytes(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  Value a[1];
  std::string data;
  if (!BindArgs(ts, "encodebytes", args, nargs, kw, {"s"}, 1, 1, 0, a) ||
      !BytesOnly(ts, a[0], &data)) {
    return Value::Error();
  }
  if (!CheckResultSize(ts, data.size() / 3 * 4 + data.size() / 57 + 8)) {
    return Value::Error();
  }
  // Lines of 76 characters (57 input bytes), each ending in a newline.
  std::string out;
  for (size_t i = 0; i < data.size(); i += 57) {
    out += Base64Encode(std::string_view(data).substr(i, 57));
    out.push_back('\n');
  }
  return BytesValue(ts, out);
}

Value Decodebytes(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "decodebytes", args, nargs, kw, {"s"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  std::string data, out;
  std::string_view view;
  if (!GetBuffer(a[0], &view)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "expected bytes-like object, not %s",
                       TypeName(ts, a[0]));
  }
  if (!Base64Decode(ts, view, false, &out)) return Value::Error();
  return BytesValue(ts, out);
}

// --- base32 ----------------------------------------------------------------

Value B32encode(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  std::string data;
  if (!BindArgs(ts, "b32encode", args, nargs, kw, {"s"}, 1, 1, 0, a) ||
      !BytesOnly(ts, a[0], &data)) {
    return Value::Error();
  }
  if (!CheckResultSize(ts, data.size() / 5 * 8 + 8)) return Value::Error();
  size_t leftover = data.size() % 5;
  if (leftover != 0) data.append(5 - leftover, '\0');
  std::string out;
  for (size_t i = 0; i < data.size(); i += 5) {
    uint64_t c = 0;
    for (int k = 0; k < 5; ++k)
      c = (c << 8) | static_cast<unsigned char>(data[i + k]);
    for (int k = 7; k >= 0; --k) out.push_back(kB32[(c >> (5 * k)) & 31]);
  }
  static constexpr int kPads[] = {0, 6, 4, 3, 1};
  if (leftover != 0) {
    out.replace(out.size() - kPads[leftover], kPads[leftover], kPads[leftover],
                '=');
  }
  return BytesValue(ts, out);
}

Value B32decode(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "b32decode", args, nargs, kw, {"s", "casefold", "map01"}, 1,
                3, 0, a)) {
    return Value::Error();
  }
  std::string s;
  bool casefold;
  if (!DecodeDataArg(ts, a[0], &s) || !Truth(ts, a[1], &casefold)) {
    return Value::Error();
  }
  if (s.size() % 8 != 0) return RaiseBinasciiError(ts, "Incorrect padding");
  if (!a[2].IsEmpty() && !a[2].IsNone()) {
    std::string map01;
    if (!DecodeDataArg(ts, a[2], &map01)) return Value::Error();
    if (map01.size() != 1) {
      return RaiseWithMessage(ts, Rt(ts).exc.assertion_error, "");
    }
    for (char& c : s) {
      if (c == '0') {
        c = 'O';
      } else if (c == '1') {
        c = map01[0];
      }
    }
  }
  if (casefold) {
    for (char& c : s) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
  }
  size_t full = s.size();
  while (!s.empty() && s.back() == '=') s.pop_back();
  size_t pads = full - s.size();
  std::string out;
  uint64_t acc = 0;
  for (size_t i = 0; i < s.size(); i += 8) {
    acc = 0;
    size_t end = std::min(s.size(), i + 8);
    for (size_t k = i; k < end; ++k) {
      const char* p = std::strchr(kB32, s[k]);
      if (s[k] == '\0' || p == nullptr) {
        return RaiseBinasciiError(ts, "Non-base32 digit found");
      }
      acc = (acc << 5) + static_cast<uint64_t>(p - kB32);
    }
    for (int k = 4; k >= 0; --k) {
      out.push_back(static_cast<char>((acc >> (8 * k)) & 0xFF));
    }
  }
  if (pads != 0 && pads != 1 && pads != 3 && pads != 4 && pads != 6) {
    return RaiseBinasciiError(ts, "Incorrect padding");
  }
  if (pads != 0 && !out.empty()) {
    acc <<= 5 * pads;
    size_t keep = (43 - 5 * pads) / 8;
    out.resize(out.size() - 5);
    for (size_t k = 0; k < keep; ++k) {
      out.push_back(static_cast<char>((acc >> (8 * (4 - k))) & 0xFF));
    }
  }
  return BytesValue(ts, out);
}

// --- base16 ----------------------------------------------------------------

Value B16encode(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  std::string data;
  if (!BindArgs(ts, "b16encode", args, nargs, kw, {"s"}, 1, 1, 0, a) ||
      !BytesOnly(ts, a[0], &data)) {
    return Value::Error();
  }
  if (!CheckResultSize(ts, data.size() * 2)) return Value::Error();
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : data) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return BytesValue(ts, out);
}

Value B16decode(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "b16decode", args, nargs, kw, {"s", "casefold"}, 1, 2, 0,
                a)) {
    return Value::Error();
  }
  std::string s, out;
  bool casefold;
  if (!DecodeDataArg(ts, a[0], &s) || !Truth(ts, a[1], &casefold)) {
    return Value::Error();
  }
  for (char& c : s) {
    if (casefold && c >= 'a' && c <= 'f') c = static_cast<char>(c - 32);
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
      return RaiseBinasciiError(ts, "Non-base16 digit found");
    }
  }
  if (!HexDecode(ts, s, &out)) return Value::Error();
  return BytesValue(ts, out);
}

Module* InitBase64Module(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_base64"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"b64encode", B64encode},
      {"b64decode", B64decode},
      {"standard_b64encode", StandardEncode},
      {"standard_b64decode", StandardDecode},
      {"urlsafe_b64encode", UrlsafeEncode},
      {"urlsafe_b64decode", UrlsafeDecode},
      {"encodebytes", Encodebytes},
      {"decodebytes", Decodebytes},
      {"b32encode", B32encode},
      {"b32decode", B32decode},
      {"b16encode", B16encode},
      {"b16decode", B16decode},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_base64", InitBase64Module);

}  // namespace builtins
}  // namespace interp
