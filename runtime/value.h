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

  constexpr Value() : i_(0), tag_(kNone), enum_member_(0) {}

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
  // An int that is also a member of a builtin IntEnum (signal.SIGINT,
  // signal.SIG_DFL): an int everywhere, but its repr, `.name` and `.value`
  // are the enum member's (member: an index into int_enum.h's table, > 0).
  // Arithmetic results are plain ints, as in CPython.
  static constexpr Value IntEnum(int64_t i, uint32_t member) {
    Value v(kInt, i);
    v.enum_member_ = member;
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
  // 0 unless an IntEnum member (see IntEnum()).
  uint32_t enum_member() const { return tag_ == kInt ? enum_member_ : 0; }

  // Identity (`is`): same tag and same payload bits.
  bool Is(const Value& other) const {
    return tag_ == other.tag_ && i_ == other.i_;
  }

 private:
  constexpr Value(Tag t, int64_t i) : i_(i), tag_(t), enum_member_(0) {}

  union {
    int64_t i_;
    double f_;
    Object* o_;
  };
  Tag tag_;
  // Fills what would be padding; not part of identity (`is`) or equality.
  uint32_t enum_member_;
};

static_assert(sizeof(Value) == 16, "Value must stay 16 bytes");

}  // namespace interp

#endif  // INTERP_RUNTIME_VALUE_H_
