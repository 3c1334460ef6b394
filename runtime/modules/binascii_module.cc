// The `binascii` module: hexlify/unhexlify (b2a_hex/a2b_hex),
// b2a_base64/a2b_base64, crc32, Error and Incomplete; and the conversions
// the base64 module shares (binascii.h).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/strings/str_format.h"
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

constexpr char kB64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int B64Value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

int HexValue(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::array<uint32_t, 256> MakeCrcTable() {
  std::array<uint32_t, 256> t{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    t[i] = c;
  }
  return t;
}

}  // namespace

bool EnsureBinasciiErrors(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  if (rt.exc.binascii_error != nullptr) return true;
  ClassObject* err =
      NewClass(ts, "Error", rt.exc.value_error, "binascii", ObjKind::kException,
               kClassException | kClassBaseOk);
  if (err == nullptr) return false;
  rt.exc.binascii_error = err;
  ClassObject* inc =
      NewClass(ts, "Incomplete", rt.exc.exception, "binascii",
               ObjKind::kException, kClassException | kClassBaseOk);
  if (inc == nullptr) return false;
  rt.exc.binascii_incomplete = inc;
  return true;
}

Value RaiseBinasciiError(ThreadState& ts, std::string_view message) {
  if (!EnsureBinasciiErrors(ts)) return Value::Error();
  return RaiseWithMessage(ts, Rt(ts).exc.binascii_error, message);
}

std::string Base64Encode(std::string_view d) {
  std::string out;
  out.reserve((d.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= d.size(); i += 3) {
    uint32_t v = (static_cast<unsigned char>(d[i]) << 16) |
                 (static_cast<unsigned char>(d[i + 1]) << 8) |
                 static_cast<unsigned char>(d[i + 2]);
    out.push_back(kB64[v >> 18]);
    out.push_back(kB64[(v >> 12) & 63]);
    out.push_back(kB64[(v >> 6) & 63]);
    out.push_back(kB64[v & 63]);
  }
  if (i < d.size()) {
    uint32_t v = static_cast<unsigned char>(d[i]) << 16;
    if (i + 1 < d.size()) v |= static_cast<unsigned char>(d[i + 1]) << 8;
    out.push_back(kB64[v >> 18]);
    out.push_back(kB64[(v >> 12) & 63]);
    out.push_back(i + 1 < d.size() ? kB64[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

bool Base64Decode(ThreadState& ts, std::string_view d, bool strict,
                  std::string* out) {
  out->clear();
  int quad = 0, pads = 0;
  unsigned left = 0;
  bool padding = false;
  auto fail = [&](std::string_view m) {
    RaiseBinasciiError(ts, m);
    return false;
  };
  if (strict && !d.empty() && d[0] == '=') {
    return fail("Leading padding not allowed");
  }
  for (size_t i = 0; i < d.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(d[i]);
    if (c == '=') {
      padding = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        // A complete pad sequence ends the data.
        if (strict && i + 1 < d.size()) {
          return fail("Excess data after padding");
        }
        return true;
      }
      continue;
    }
    int v = B64Value(c);
    if (v < 0) {
      if (strict) return fail("Only base64 data is allowed");
      continue;
    }
    if (strict && padding) return fail("Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0:
        left = v;
        quad = 1;
        break;
      case 1:
        out->push_back(static_cast<char>((left << 2) | (v >> 4)));
        left = v & 0x0f;
        quad = 2;
        break;
      case 2:
        out->push_back(static_cast<char>((left << 4) | (v >> 2)));
        left = v & 0x03;
        quad = 3;
        break;
      default:
        out->push_back(static_cast<char>((left << 6) | v));
        left = 0;
        quad = 0;
        break;
    }
  }
  if (quad == 1) {
    return fail(absl::StrFormat(
        "Invalid base64-encoded string: number of data characters (%d) "
        "cannot be 1 more than a multiple of 4",
        out->size() / 3 * 4 + 1));
  }
  if (quad != 0) return fail("Incorrect padding");
  return true;
}

bool HexDecode(ThreadState& ts, std::string_view hex, std::string* out) {
  if (hex.size() % 2 != 0) {
    RaiseBinasciiError(ts, "Odd-length string");
    return false;
  }
  out->clear();
  for (size_t i = 0; i < hex.size(); i += 2) {
    int hi = HexValue(hex[i]), lo = HexValue(hex[i + 1]);
    if (hi < 0 || lo < 0) {
      RaiseBinasciiError(ts, "Non-hexadecimal digit found");
      return false;
    }
    out->push_back(static_cast<char>(hi * 16 + lo));
  }
  return true;
}

uint32_t Crc32(std::string_view data, uint32_t crc) {
  static const std::array<uint32_t, 256> kTable = MakeCrcTable();
  crc = ~crc;
  for (unsigned char c : data) crc = kTable[(crc ^ c) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

bool DecodeDataArg(ThreadState& ts, Value v, std::string* out) {
  if (IsStr(v)) {
    if (!AsStr(v)->is_ascii) {
      RaiseValueError(ts,
                      "string argument should contain only ASCII characters");
      return false;
    }
    out->assign(AsStr(v)->view());
    return true;
  }
  std::string_view view;
  if (GetBuffer(v, &view)) {
    out->assign(view);
    return true;
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "argument should be a bytes-like object or ASCII string, not "
              "'%s'",
              TypeName(ts, v));
  return false;
}

namespace {

bool BytesOnly(ThreadState& ts, Value v, std::string_view* out) {
  if (GetBuffer(v, out)) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "a bytes-like object is required, not '%s'", TypeName(ts, v));
  return false;
}

Value Hexlify(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "hexlify", args, nargs, kw,
                {"data", "sep", "bytes_per_sep"}, 1, 3, 0, a)) {
    return Value::Error();
  }
  std::string_view data;
  if (!BytesOnly(ts, a[0], &data)) return Value::Error();
  std::string sep;
  if (!a[1].IsEmpty()) {
    std::string_view v;
    if (IsStr(a[1])) {
      v = AsStr(a[1])->view();
    } else if (!GetBuffer(a[1], &v)) {
      return RaiseTypeError(ts, "sep must be str or bytes.");
    }
    if (v.size() != 1) return RaiseValueError(ts, "sep must be length 1.");
    if (static_cast<unsigned char>(v[0]) >= 0x80) {
      return RaiseValueError(ts, "sep must be ASCII.");
    }
    sep.assign(v);
  }
  int64_t per = 1;
  if (!a[2].IsEmpty() && !ToIndex(ts, a[2], &per)) return Value::Error();
  if (!CheckResultSize(ts, data.size() * 3)) return Value::Error();
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  size_t n = data.size();
  uint64_t group =
      per < 0 ? static_cast<uint64_t>(-per) : static_cast<uint64_t>(per);
  for (size_t i = 0; i < n; ++i) {
    // Groups count from the right for a positive bytes_per_sep.
    if (!sep.empty() && i > 0 && group > 0 &&
        (per > 0 ? (n - i) % group == 0 : i % group == 0)) {
      out.append(sep);
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return BytesValue(ts, out);
}

Value Unhexlify(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "unhexlify", args, nargs, kw, {"hexstr"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  std::string hex, out;
  if (!DecodeDataArg(ts, a[0], &hex) || !HexDecode(ts, hex, &out)) {
    return Value::Error();
  }
  return BytesValue(ts, out);
}

Value B2aBase64(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "b2a_base64", args, nargs, kw, {"data", "newline"}, 1, 1, 0,
                a)) {
    return Value::Error();
  }
  std::string_view data;
  if (!BytesOnly(ts, a[0], &data)) return Value::Error();
  if (!CheckResultSize(ts, data.size() / 3 * 4 + 8)) return Value::Error();
  std::string out = Base64Encode(data);
  bool newline = true;
  if (!a[1].IsEmpty()) {
    int t = Truthy(ts, a[1]);
    if (t < 0) return Value::Error();
    newline = t != 0;
  }
  if (newline) out.push_back('\n');
  return BytesValue(ts, out);
}

Value A2bBase64(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "a2b_base64", args, nargs, kw, {"data", "strict_mode"}, 1,
                1, 0, a)) {
    return Value::Error();
  }
  std::string data, out;
  if (!DecodeDataArg(ts, a[0], &data)) return Value::Error();
  bool strict = false;
  if (!a[1].IsEmpty()) {
    int t = Truthy(ts, a[1]);
    if (t < 0) return Value::Error();
    strict = t != 0;
  }
  if (!Base64Decode(ts, data, strict, &out)) return Value::Error();
  return BytesValue(ts, out);
}

// crc_hqx(data, crc, /): CRC-CCITT (polynomial 0x1021, as XMODEM and the
// binhex format use), bit by bit; `crc` is taken modulo 2**16.
Value CrcHqx(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "crc_hqx", kw) ||
      !CheckArgCount(ts, "crc_hqx", nargs, 2, 2)) {
    return Value::Error();
  }
  std::string_view data;
  if (!BytesOnly(ts, args[0], &data)) return Value::Error();
  int64_t start = 0;
  if (!ToIndex(ts, args[1], &start)) return Value::Error();
  uint32_t crc = static_cast<uint32_t>(start) & 0xffff;
  for (unsigned char byte : data) {
    crc ^= static_cast<uint32_t>(byte) << 8;
    for (int bit = 0; bit < 8; ++bit) {
      crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
    }
    crc &= 0xffff;
  }
  return Value::Int(crc);
}

Value Crc32Fn(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "crc32", kw) || !CheckArgCount(ts, "crc32", nargs, 1, 2)) {
    return Value::Error();
  }
  std::string_view data;
  if (!BytesOnly(ts, args[0], &data)) return Value::Error();
  int64_t start = 0;
  if (nargs > 1 && !ToIndex(ts, args[1], &start)) return Value::Error();
  return Value::Int(Crc32(data, static_cast<uint32_t>(start)));
}

Module* InitBinasciiModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "binascii"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!EnsureBinasciiErrors(ts)) return nullptr;
  static constexpr MethodDef kFunctions[] = {
      {"hexlify", Hexlify},      {"b2a_hex", Hexlify},
      {"unhexlify", Unhexlify},  {"a2b_hex", Unhexlify},
      {"b2a_base64", B2aBase64}, {"a2b_base64", A2bBase64},
      {"crc32", Crc32Fn},        {"crc_hqx", CrcHqx},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  if (!AddValue(ts, m, "Error", Value::Obj(rt.exc.binascii_error)) ||
      !AddValue(ts, m, "Incomplete", Value::Obj(rt.exc.binascii_incomplete))) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("binascii", InitBinasciiModule);

}  // namespace builtins
}  // namespace interp
