// Value: the interpreter's 16-byte tagged value. Ints, floats, bools and
// None live inline and never allocate; everything else is a pointer to a
// heap Object (see object.h).
#ifndef INTERP_RUNTIME_VALUE_H_
#define INTERP_RUNTIME_VALUE_H_

#include <cstdint>
#include <cstring>

namespace interp {

struct Object;

class Value {
 public:
  enum Tag : uint32_t {
    kNone = 0,
    kBool,
    kInt,
    kFloat,
    kObject,
    // Marks an unbound local / empty slot. Never visible to scripts.
    kEmpty,
    // Returned by native code and VM helpers when an exception is pending in
    // the ThreadState (like CPython's NULL return). Never stored in objects.
    kError,
  };

  constexpr Value() : i_(0), tag_(kNone) {}

  static constexpr Value None() { return Value(); }
  static constexpr Value Bool(bool b) { return Value(kBool, b ? 1 : 0); }
  static constexpr Value Int(int64_t i) { return Value(kInt, i); }
  static Value Float(double d) {
    Value v;
    v.tag_ = kFloat;
    v.f_ = d;
    return v;
  }
  static Value Obj(Object* o) {
    Value v;
    v.tag_ = kObject;
    v.o_ = o;
    return v;
  }
  static constexpr Value Empty() { return Value(kEmpty, 0); }
  static constexpr Value Error() { return Value(kError, 0); }

  Tag tag() const { return tag_; }
  bool IsNone() const { return tag_ == kNone; }
  bool IsBool() const { return tag_ == kBool; }
  bool IsInt() const { return tag_ == kInt; }
  bool IsFloat() const { return tag_ == kFloat; }
  bool IsObject() const { return tag_ == kObject; }
  bool IsEmpty() const { return tag_ == kEmpty; }
  bool IsError() const { return tag_ == kError; }
  // Ints and bools both behave as integers in arithmetic (True + 1 == 2).
  bool IsIntLike() const { return tag_ == kInt || tag_ == kBool; }

  bool AsBool() const { return i_ != 0; }
  int64_t AsInt() const { return i_; }  // valid for kInt and kBool
  double AsFloat() const { return f_; }
  Object* AsObject() const { return o_; }

  // Identity (`is`): same tag and same payload bits.
  bool Is(const Value& other) const {
    return tag_ == other.tag_ && i_ == other.i_;
  }

 private:
  constexpr Value(Tag t, int64_t i) : i_(i), tag_(t) {}

  union {
    int64_t i_;
    double f_;
    Object* o_;
  };
  Tag tag_;
};

static_assert(sizeof(Value) == 16, "Value must stay 16 bytes");

}  // namespace interp

#endif  // INTERP_RUNTIME_VALUE_H_
