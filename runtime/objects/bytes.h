// bytes and bytearray: byte strings. bytes is immutable with its data
// inline (like Str, without the code-point bookkeeping); bytearray keeps
// its data in a heap buffer that grows by 1.5x, like List. Both are
// "bytes-like": every operation that takes one accepts the other.
//
// The protocol hooks below (repr, hash, compare, items, arithmetic) are
// what protocols_*.cc call for these kinds; the methods are in
// builtins/bytes_methods*.cc.
#ifndef INTERP_RUNTIME_OBJECTS_BYTES_H_
#define INTERP_RUNTIME_OBJECTS_BYTES_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/operators.h"

namespace interp {

struct Bytes : Object {
  uint32_t size;
  int64_t hash;  // -1 until computed
  char data[];   // size bytes + NUL
  std::string_view view() const { return {data, size}; }
};

struct ByteArray : Object {
  char* data;  // heap buffer (null while capacity is 0)
  uint32_t size;
  uint32_t capacity;
  std::string_view view() const {
    return data != nullptr ? std::string_view(data, size) : std::string_view();
  }
};

inline bool IsBytes(Value v) { return IsKind(v, ObjKind::kBytes); }
inline bool IsByteArray(Value v) { return IsKind(v, ObjKind::kByteArray); }
inline bool IsBytesLike(Value v) { return IsBytes(v) || IsByteArray(v); }
// The bytes of a bytes-like value (valid until the next mutation of a
// bytearray).
inline std::string_view BytesLikeView(Value v) {
  return IsBytes(v) ? As<Bytes>(v)->view() : As<ByteArray>(v)->view();
}

// A new bytes object (class `bytes`). Null with MemoryError pending.
Bytes* NewBytes(ThreadState& ts, std::string_view data);
// A bytes of `size` bytes the caller fills before anything else runs.
Bytes* NewBytesUninit(ThreadState& ts, size_t size);
// NewBytes as a Value (Error on failure).
Value BytesValue(ThreadState& ts, std::string_view data);
// A new bytearray with a copy of `data`. Null with MemoryError pending.
ByteArray* NewByteArray(ThreadState& ts, std::string_view data);
// Sets the size (new bytes zero); false with MemoryError pending.
bool ByteArrayResize(ThreadState& ts, ByteArray* b, size_t size);
// Replaces bytes [start, stop) with `with` (which may alias b's buffer).
bool ByteArrayReplace(ThreadState& ts, ByteArray* b, size_t start, size_t stop,
                      std::string_view with);
// A bytes or bytearray of the same kind as `like` (bytearray methods
// return bytearrays).
Value BytesLikeResult(ThreadState& ts, Value like, std::string_view data);

// CPython's repr: b'...' (or b"..." when the data has ' but no ").
void AppendBytesRepr(std::string_view data, std::string* out);
int64_t BytesHash(Bytes* b);

// Protocol hooks for kBytes/kByteArray containers.
Value BytesGetItem(ThreadState& ts, Value container, Value key);
Value ByteArraySetItem(ThreadState& ts, ByteArray* b, Value key, Value value);
Value ByteArrayDelItem(ThreadState& ts, ByteArray* b, Value key);
// `item in container`: an int 0..255 or a bytes-like substring.
int BytesContains(ThreadState& ts, Value container, Value item);
// Comparison when both are bytes-like; Empty (NotImplemented) otherwise.
Value BytesCompare(CmpOp op, Value a, Value b);
// +, * and % with a bytes-like left operand (or * with it on the right);
// Empty when the operation does not apply to these operands.
Value BytesBinary(ThreadState& ts, BinOp op, Value a, Value b);
// bytearray += other, *= n in place; Empty when it does not apply.
Value ByteArrayInplace(ThreadState& ts, BinOp op, Value a, Value b);
// bytes % args (bytes_format.cc).
Value BytesFormat(ThreadState& ts, Value format, Value args);

// The value's bytes when it exports a contiguous buffer (bytes, bytearray,
// a contiguous memoryview: NativeDataOps::buffer); false otherwise
// (nothing raised).
bool GetBuffer(Value v, std::string_view* out);

// Registers KindOps for kBytes and kByteArray.
void RegisterBytesKindOps();

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_BYTES_H_
