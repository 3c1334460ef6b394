// Structural checks of generated code, shared by the unit tests and the
// fuzz target: every register operand inside the frame, every jump and
// handler inside the code, every constant/name index inside its table,
// extra words present. A compiler bug that would make the VM read outside
// a frame shows up here instead of as memory corruption.
#ifndef INTERP_TESTS_COMPILER_VERIFY_H_
#define INTERP_TESTS_COMPILER_VERIFY_H_

#include <cstdint>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/compiler/opcodes.h"
#include "runtime/objects/code.h"

namespace interp::testing {

// Empty when `code` (and every nested code object) is well formed, else a
// description of the first problem.
inline std::string VerifyCode(const Code* code, int depth = 0) {
  const CodeBody* b = code->body;
  if (b == nullptr) return "no body";
  const uint32_t n = static_cast<uint32_t>(b->instrs.size());
  const uint32_t regs = b->num_regs;
  const uint32_t nk = static_cast<uint32_t>(b->constants.size());
  const uint32_t nn = static_cast<uint32_t>(b->names.size());
  auto where = [&](uint32_t pc) {
    return absl::StrCat(b->qualname ? std::string(b->qualname->view()) : "?",
                        " pc ", pc, ": ");
  };
  if (n == 0) return "empty code";
  if (b->lines.empty() || b->lines[0].start_pc != 0) return "bad line table";
  for (size_t i = 1; i < b->lines.size(); ++i) {
    if (b->lines[i].start_pc <= b->lines[i - 1].start_pc) {
      return "line table not sorted";
    }
  }
  for (uint32_t pc = 0; pc < n;) {
    uint32_t in = b->instrs[pc];
    Op op = DecodeOp(in);
    if (static_cast<uint32_t>(op) >= static_cast<uint32_t>(Op::kNumOps)) {
      return where(pc) + "bad opcode";
    }
    bool extra = HasExtraWord(in);
    if (extra && pc + 1 >= n) return where(pc) + "missing extra word";
    uint32_t x = extra ? b->instrs[pc + 1] : 0;
    uint32_t next = pc + (extra ? 2 : 1);
    uint32_t a = DecodeA(in), bb = DecodeB(in), c = DecodeC(in);
    auto reg = [&](uint32_t r) { return r < regs; };
    auto target_ok = [&](int64_t off) {
      int64_t t = int64_t{next} + off;
      return t >= 0 && t < n;
    };
    std::string bad;
    switch (op) {
      case Op::kJump:
        if (!target_ok(DecodeSJ(in))) bad = "jump target";
        break;
      case Op::kJumpIfTrue:
      case Op::kJumpIfFalse:
      case Op::kForIter:
      case Op::kForPrep:
        if (!reg(a) || !target_ok(DecodeSBx(in))) bad = "jump";
        if (op == Op::kForPrep && !reg(a + 3)) bad = "for registers";
        break;
      case Op::kForLoop:
        if (!reg(a + 3) || !target_ok(DecodeSBx(in))) bad = "for loop";
        break;
      case Op::kJumpIfNotCmp:
      case Op::kJumpIfNotCmpK:
        if (!reg(a) || c > 9 || !target_ok(static_cast<int32_t>(x))) {
          bad = "compare jump";
        }
        if (op == Op::kJumpIfNotCmp ? !reg(bb) : bb >= nk) bad = "cmp operand";
        break;
      case Op::kLoadK:
      case Op::kMakeFunction:
        if (!reg(a) || DecodeBx(in) >= nk) bad = "constant";
        break;
      case Op::kLoadGlobal:
      case Op::kStoreGlobal:
      case Op::kLoadBuiltin:
      case Op::kLoadName:
      case Op::kStoreName:
      case Op::kImport:
        if (!reg(a) || DecodeBx(in) >= nn) bad = "name";
        if (op == Op::kLoadGlobal && x >= b->num_caches) bad = "ic";
        break;
      case Op::kDelGlobal:
      case Op::kDelName:
        if (DecodeBx(in) >= nn) bad = "name";
        break;
      case Op::kAddK:
      case Op::kSubK:
      case Op::kMulK:
      case Op::kTrueDivK:
      case Op::kFloorDivK:
      case Op::kModK:
      case Op::kPowK:
        if (!reg(a) || !reg(bb) || c >= nk) bad = "k operand";
        break;
      case Op::kCall:
      case Op::kCallMethod:
      case Op::kGenCall:
      case Op::kGenCallMethod: {
        uint32_t first = op == Op::kCall || op == Op::kGenCall ? a + 1 : a + 2;
        if (!reg(a) || (bb + c > 0 && !reg(first + bb + c - 1))) bad = "args";
        if ((op == Op::kCallMethod || op == Op::kGenCallMethod) &&
            !reg(a + 1)) {
          bad = "self slot";
        }
        if (c > 0 && x >= nk) bad = "kwnames";
        break;
      }
      case Op::kCallEx:
      case Op::kGenCallEx:
        if (!reg(a + 2)) bad = "spread args";
        break;
      case Op::kLoadMethod:
      case Op::kGetAttr:
      case Op::kSetAttr:
      case Op::kDelAttr:
        if (!reg(a) || !reg(bb) || (x & 0xffff) >= nn ||
            (x >> 16) >= b->num_caches) {
          bad = "attribute";
        }
        if (op == Op::kLoadMethod && !reg(a + 1)) bad = "method slot";
        break;
      case Op::kBuildList:
      case Op::kBuildTuple:
      case Op::kBuildSet:
      case Op::kBuildString:
        if (!reg(a) || (c > 0 && !reg(bb + c - 1))) bad = "build";
        break;
      case Op::kBuildDict:
        if (!reg(a) || (c > 0 && !reg(bb + 2 * c - 1))) bad = "build dict";
        break;
      case Op::kUnpack:
        if (!reg(bb) || (c > 0 && !reg(a + c - 1))) bad = "unpack";
        break;
      case Op::kUnpackEx:
        if (!reg(bb) || !reg(a + (x & 0xff) + ((x >> 8) & 0xff))) {
          bad = "unpack ex";
        }
        break;
      case Op::kBuildSlice:
        if (!reg(a) || !reg(bb + 2)) bad = "slice";
        break;
      case Op::kWithEnter:
        if (!reg(a + 1) || !reg(bb)) bad = "with";
        break;
      case Op::kAsync:
        if (!reg(a) || !reg(bb) ||
            c > static_cast<uint32_t>(AsyncOp::kWrapValue) ||
            (c == static_cast<uint32_t>(AsyncOp::kAEnter) && !reg(a + 1))) {
          bad = "async";
        }
        break;
      case Op::kMatch: {
        const auto mop = static_cast<MatchOp>(x & 0xff);
        const bool uses_c = mop == MatchOp::kKeys || mop == MatchOp::kRest ||
                            mop == MatchOp::kClass;
        if (!reg(a) || !reg(bb) || (uses_c && !reg(c)) ||
            (mop == MatchOp::kClass && !reg(bb + 1)) ||
            (x & 0xff) > static_cast<uint32_t>(MatchOp::kClass)) {
          bad = "match";
        }
        break;
      }
      case Op::kFormat:
        if (!reg(a) || !reg(bb) || ((c & 4) && !reg(bb + 1))) bad = "format";
        break;
      case Op::kBuildClass:
        if (!reg(a) || (c > 0 && !reg(bb + c - 1)) || x >= nk) bad = "class";
        break;
      case Op::kImportFrom:
        if (!reg(a) || !reg(bb) || c >= nn) bad = "import from";
        break;
      case Op::kGetItemI:
      case Op::kLoadBool:
      case Op::kLoadDeref:
      case Op::kNeg:
      case Op::kPos:
      case Op::kInvert:
      case Op::kNot:
      case Op::kMove:
      case Op::kGetIter:
      case Op::kListToTuple:
        if (!reg(a) || (op != Op::kLoadBool && !reg(bb))) bad = "operands";
        break;
      case Op::kSetItemI:
        if (!reg(a) || !reg(c)) bad = "operands";
        break;
      case Op::kInplace:
        if (!reg(a) || !reg(bb) || c > 11) bad = "inplace";
        break;
      case Op::kCompare:
        if (!reg(a) || !reg(bb) || !reg(c) || x > 9) bad = "compare";
        break;
      case Op::kCheckBound:
      case Op::kDelLocal:
        if (!reg(a) || DecodeBx(in) >= b->varnames.size()) bad = "local";
        break;
      case Op::kDelDeref:
      case Op::kLoadInt:
      case Op::kLoadNone:
      case Op::kReturn:
      case Op::kReraise:
      case Op::kPrintExpr:
      case Op::kPopExcInfo:
        if (!reg(a)) bad = "register";
        break;
      case Op::kRaise:
        if (!reg(a) || (bb == 1 && !reg(c))) bad = "raise";
        break;
      case Op::kReturnNone:
      case Op::kRaiseCurrent:
      case Op::kNop:
        break;
      case Op::kExtArg: {
        // The prefixed instruction follows; its full index is checked here.
        if (next >= n) {
          bad = "dangling prefix";
          break;
        }
        uint32_t in2 = b->instrs[next];
        uint32_t full = ((in >> 8) << 16) | DecodeBx(in2);
        switch (DecodeOp(in2)) {
          case Op::kLoadK:
          case Op::kMakeFunction:
            if (full >= nk) bad = "wide constant";
            break;
          case Op::kLoadGlobal:
          case Op::kStoreGlobal:
          case Op::kDelGlobal:
          case Op::kLoadBuiltin:
          case Op::kLoadName:
          case Op::kStoreName:
          case Op::kDelName:
          case Op::kImport:
            if (full >= nn) bad = "wide name";
            break;
          default:
            bad = "prefix before an instruction that takes none";
            break;
        }
        break;
      }
      default:
        // ABC instructions whose operands are all registers.
        if (!reg(a) || !reg(bb) || !reg(c)) bad = "register";
        break;
    }
    if (!bad.empty()) {
      return where(pc) + bad + " (" + OpName(op) + ")";
    }
    pc = next;
  }
  for (const ExceptionEntry& h : b->handlers) {
    if (h.start_pc >= h.end_pc || h.end_pc > n || h.handler_pc >= n ||
        h.exc_reg >= regs) {
      return where(h.start_pc) + "bad handler";
    }
  }
  for (uint16_t r : b->cell_params) {
    if (r >= b->num_params + b->num_kwonly + 2u) return "cell param";
  }
  for (uint16_t r : b->cell_locals) {
    if (r >= regs) return "cell local";
  }
  for (uint16_t r : b->free_regs) {
    if (r >= regs) return "free reg";
  }
  if (b->free_regs.size() != b->free_names.size()) return "free names";
  if (depth < 200) {
    for (const Value& v : b->constants) {
      if (v.IsObject() && v.AsObject()->kind == ObjKind::kCode) {
        std::string e =
            VerifyCode(static_cast<const Code*>(v.AsObject()), depth + 1);
        if (!e.empty()) return e;
      }
    }
  }
  return "";
}

}  // namespace interp::testing

#endif  // INTERP_TESTS_COMPILER_VERIFY_H_
