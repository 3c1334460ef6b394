// The binary and comparison operators of the object protocols
// (protocols.h). The bytecode names them as operands (kInplace, kCompare,
// the fused compare-and-branch ops), so their numbering is part of the
// instruction encoding: append, never reorder.
#ifndef INTERP_RUNTIME_OBJECTS_OPERATORS_H_
#define INTERP_RUNTIME_OBJECTS_OPERATORS_H_

#include <cstdint>

namespace interp {

// Operand of kInplace and the binary-op protocol (keep in this order).
enum class BinOp : uint8_t {
  kAdd,
  kSub,
  kMul,
  kTrueDiv,
  kFloorDiv,
  kMod,
  kPow,
  kLShift,
  kRShift,
  kBitAnd,
  kBitOr,
  kBitXor,
  // `@`: no builtin type implements it; the compiler calls the protocol
  // through a builtin (codegen: BinOpTo), so it has no opcode.
  kMatMul,
};

enum class CmpOp : uint8_t {
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kIs,
  kIsNot,
  kIn,
  kNotIn,
};

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_OPERATORS_H_
