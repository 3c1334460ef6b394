// Names and encodings of the instruction set (opcodes.h).
#include "runtime/compiler/opcodes.h"

#include <cstddef>

namespace interp {

namespace {

// Names without the `k` prefix read better in disassembly ("AddK r1, r0").
constexpr const char* kOpNames[] = {
#define INTERP_OP_NAME(name, fmt) &#name[1],
    INTERP_OPCODES(INTERP_OP_NAME)
#undef INTERP_OP_NAME
};

}  // namespace

const char* OpName(Op op) {
  auto i = static_cast<std::size_t>(op);
  if (i >= static_cast<std::size_t>(Op::kNumOps)) return "?";
  return kOpNames[i];
}

bool HasExtraWord(uint32_t instr) {
  switch (DecodeOp(instr)) {
    case Op::kLoadGlobal:
    case Op::kCompare:
    case Op::kJumpIfNotCmp:
    case Op::kJumpIfNotCmpK:
    case Op::kLoadMethod:
    case Op::kMakeFunction:
    case Op::kGetAttr:
    case Op::kSetAttr:
    case Op::kDelAttr:
    case Op::kUnpackEx:
    case Op::kBuildClass:
    case Op::kMatch:
      return true;
    case Op::kCall:
    case Op::kCallMethod:
    case Op::kGenCall:
    case Op::kGenCallMethod:
      return DecodeC(instr) > 0;
    default:
      return false;
  }
}

}  // namespace interp
