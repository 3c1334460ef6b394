// Methods only bytearray has: the mutators (append, extend, insert, pop,
// remove, clear, reverse) and copy.
#include <algorithm>
#include <string>
#include <string_view>

#include "runtime/builtins/bytes_methods.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/range_slice.h"

namespace interp {
namespace builtins {
namespace {

#define SELF(name)                                                         \
  if (!CheckSelf(ts, args, nargs, ObjKind::kByteArray, "bytearray", name)) \
    return Value::Error();                                                 \
  ByteArray* self = As<ByteArray>(args[0])

bool ByteArg(ThreadState& ts, Value v, char* out) {
  int64_t b = -1;
  if ((!IsBigInt(v) || IsBoxedInt(v)) && !ToIndex(ts, v, &b)) return false;
  if (b < 0 || b > 255) {
    RaiseValueError(ts, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<char>(b);
  return true;
}

Value Append(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("append");
  if (!MethodArgs(ts, "bytearray", "append", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  char c;
  if (!ByteArg(ts, args[1], &c)) return Value::Error();
  if (!ByteArrayReplace(ts, self, self->size, self->size,
                        std::string_view(&c, 1))) {
    return Value::Error();
  }
  return Value::None();
}

Value Extend(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("extend");
  if (!MethodArgs(ts, "bytearray", "extend", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  if (args[1].IsIntLike() || args[1].IsFloat() || args[1].IsNone()) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "can't extend bytearray with %s", TypeName(ts, args[1]));
  }
  std::string data;
  if (!BytesFromIterable(ts, args[1], &data, true)) {
    if (PendingExceptionMatches(ts, Rt(ts).exc.type_error) && !IsStr(args[1])) {
      Value e = TakePendingException(ts);
      (void)e;
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "can't extend bytearray with %s",
                         TypeName(ts, args[1]));
    }
    return Value::Error();
  }
  if (!ByteArrayReplace(ts, self, self->size, self->size, data)) {
    return Value::Error();
  }
  return Value::None();
}

Value Insert(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("insert");
  if (!MethodArgs(ts, "bytearray", "insert", nargs - 1, kw, 2, 2)) {
    return Value::Error();
  }
  int64_t i;
  char c;
  if (!ToIndex(ts, args[1], &i) || !ByteArg(ts, args[2], &c)) {
    return Value::Error();
  }
  int64_t n = self->size;
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  if (!ByteArrayReplace(ts, self, i, i, std::string_view(&c, 1))) {
    return Value::Error();
  }
  return Value::None();
}

Value Pop(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("pop");
  if (!MethodArgs(ts, "bytearray", "pop", nargs - 1, kw, 0, 1)) {
    return Value::Error();
  }
  int64_t i = -1;
  if (nargs > 1 && !ToIndex(ts, args[1], &i)) return Value::Error();
  if (self->size == 0) return RaiseIndexError(ts, "pop from empty bytearray");
  if (!NormalizeIndex(&i, self->size)) {
    return RaiseIndexError(ts, "pop index out of range");
  }
  int v = static_cast<unsigned char>(self->data[i]);
  ByteArrayReplace(ts, self, i, i + 1, {});
  return Value::Int(v);
}

Value Remove(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("remove");
  if (!MethodArgs(ts, "bytearray", "remove", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  char c;
  if (!ByteArg(ts, args[1], &c)) return Value::Error();
  size_t p = self->view().find(c);
  if (p == std::string_view::npos) {
    return RaiseValueError(ts, "value not found in bytearray");
  }
  ByteArrayReplace(ts, self, p, p + 1, {});
  return Value::None();
}

Value Clear(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("clear");
  if (!MethodArgs(ts, "bytearray", "clear", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  self->size = 0;
  return Value::None();
}

Value Reverse(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("reverse");
  if (!MethodArgs(ts, "bytearray", "reverse", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  if (self->size > 0) std::reverse(self->data, self->data + self->size);
  return Value::None();
}

Value Copy(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("copy");
  if (!MethodArgs(ts, "bytearray", "copy", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  ByteArray* b = NewByteArray(ts, self->view());
  return b != nullptr ? Value::Obj(b) : Value::Error();
}

}  // namespace

bool InitByteArrayMethods(ThreadState& ts) {
  static constexpr MethodDef kMethods[] = {
      {"append", Append},   {"extend", Extend}, {"insert", Insert},
      {"pop", Pop},         {"remove", Remove}, {"clear", Clear},
      {"reverse", Reverse}, {"copy", Copy},
  };
  return AddMethods(ts, Rt(ts).classes.bytearray, "bytearray", kMethods);
}

}  // namespace builtins
}  // namespace interp
