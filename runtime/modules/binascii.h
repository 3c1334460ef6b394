// The conversions binascii provides and base64 builds on (both modules are
// in this package): base64 in both directions with CPython's error
// messages, hex, and the binascii.Error class.
#ifndef INTERP_RUNTIME_MODULES_BINASCII_H_
#define INTERP_RUNTIME_MODULES_BINASCII_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {
namespace builtins {

// binascii.Error and binascii.Incomplete (created on first use).
bool EnsureBinasciiErrors(ThreadState& ts);
// Raises binascii.Error(message); returns Error.
Value RaiseBinasciiError(ThreadState& ts, std::string_view message);

// b2a_base64 without the trailing newline.
std::string Base64Encode(std::string_view data);
// a2b_base64(data, strict_mode=strict): false with binascii.Error pending.
bool Base64Decode(ThreadState& ts, std::string_view data, bool strict,
                  std::string* out);
// unhexlify: false with binascii.Error pending.
bool HexDecode(ThreadState& ts, std::string_view hex, std::string* out);
// zlib's CRC-32, continuing from `crc`.
uint32_t Crc32(std::string_view data, uint32_t crc);

// The data argument of a decoder: bytes-like, or a str of ASCII characters
// (ValueError otherwise, TypeError "argument should be a bytes-like object
// or ASCII string, not 'int'" for other types).
bool DecodeDataArg(ThreadState& ts, Value v, std::string* out);

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_BINASCII_H_
