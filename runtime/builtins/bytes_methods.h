// Private to runtime/builtins: helpers shared by the bytes/bytearray
// method files (bytes_methods*.cc).
#ifndef INTERP_RUNTIME_BUILTINS_BYTES_METHODS_H_
#define INTERP_RUNTIME_BUILTINS_BYTES_METHODS_H_

#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {
namespace builtins {

// Self check for methods both types share: TypeError "descriptor 'x' for
// 'bytes' objects doesn't apply to a 'int' object".
bool BytesSelf(ThreadState& ts, const Value* args, uint32_t nargs,
               const char* method);
// An argument that must be bytes-like ("a bytes-like object is required,
// not 'str'").
bool BytesArg(ThreadState& ts, Value v, std::string_view* out);
// ASCII classes as bytes methods see them.
inline bool ByteIsSpace(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
inline bool ByteIsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool ByteIsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool ByteIsAlpha(unsigned char c) {
  return ByteIsLower(c) || ByteIsUpper(c);
}
inline bool ByteIsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// The constructors of bytes and bytearray (ClassObject::construct).
Value BytesConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames);
Value ByteArrayConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames);
// The bytes of bytes(x)/bytearray(x)/extend(x) for a source that is not a
// str or an int count: bytes-like or an iterable of ints in range(256).
// `bytearray`: the range error says "byte", as bytearray's does.
bool BytesFromIterable(ThreadState& ts, Value source, std::string* out,
                       bool bytearray = false);

// str(object, encoding, errors): decodes a bytes-like object (an absent
// object is b'').
Value StrFromEncoded(ThreadState& ts, Value object, Value encoding,
                     Value errors);

// Method registration, one per file (InitBytesMethods calls the others).
bool InitBytesTextMethods(ThreadState& ts);
bool InitByteArrayMethods(ThreadState& ts);

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_BYTES_METHODS_H_
