// Human-readable listings of code objects (tests and debugging):
//
//   == f (demo.py:3) regs=4 params=1 kwonly=0 flags=- ==
//      0     4  JumpIfNotCmpK   r0 < K[0]=2 -> 4
//      2     5  Return          r0
//   ...
//   handlers: [2, 9) -> 12 (r5)
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/compiler/compiler.h"
#include "runtime/compiler/opcodes.h"
#include "runtime/object.h"
#include "runtime/objects/code.h"

namespace interp {

namespace {

const char* CmpName(uint32_t op) {
  static const char* const kNames[] = {"==", "!=", "<",      "<=", ">",
                                       ">=", "is", "is not", "in", "not in"};
  return op < 10 ? kNames[op] : "?";
}

const char* BinOpName(uint32_t op) {
  static const char* const kNames[] = {"+",  "-",  "*",  "/", "//", "%",
                                       "**", "<<", ">>", "&", "|",  "^"};
  return op < 12 ? kNames[op] : "?";
}

std::string StrRepr(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\'':
        out += "\\'";
        break;
      default:
        out += c;
    }
  }
  return out + "'";
}

std::string ValueRepr(Value v, int depth = 0) {
  switch (v.tag()) {
    case Value::kNone:
      return "None";
    case Value::kBool:
      return v.AsBool() ? "True" : "False";
    case Value::kInt:
      return absl::StrCat(v.AsInt());
    case Value::kFloat:
      return absl::StrFormat("%.17g", v.AsFloat());
    case Value::kObject:
      break;
    default:
      return "<empty>";
  }
  Object* o = v.AsObject();
  switch (o->kind) {
    case ObjKind::kStr:
      return StrRepr(static_cast<Str*>(o)->view());
    case ObjKind::kCode: {
      CodeBody* b = static_cast<Code*>(o)->body;
      return absl::StrCat(
          "<code ", b && b->qualname ? std::string(b->qualname->view()) : "?",
          ">");
    }
    case ObjKind::kTuple: {
      if (depth > 8) return "(...)";
      Tuple* t = static_cast<Tuple*>(o);
      std::string out = "(";
      for (uint32_t i = 0; i < t->size; ++i) {
        if (i > 0) out += ", ";
        out += ValueRepr(t->items[i], depth + 1);
      }
      if (t->size == 1) out += ",";
      return out + ")";
    }
    default:
      return "<object>";
  }
}

std::string Name(const CodeBody* b, uint32_t i) {
  if (i < b->names.size() && b->names[i] != nullptr) {
    return std::string(b->names[i]->view());
  }
  return absl::StrCat("N[", i, "]?");
}

std::string Konst(const CodeBody* b, uint32_t i) {
  if (i < b->constants.size()) {
    return absl::StrCat("K[", i, "]=", ValueRepr(b->constants[i]));
  }
  return absl::StrCat("K[", i, "]?");
}

std::string Reg(uint32_t r) { return absl::StrCat("r", r); }

std::string Operands(const CodeBody* b, uint32_t pc, uint32_t in,
                     uint32_t extra) {
  Op op = DecodeOp(in);
  uint32_t a = DecodeA(in), bb = DecodeB(in), c = DecodeC(in),
           bx = DecodeBx(in);
  int32_t sbx = DecodeSBx(in);
  uint32_t next = pc + 1 + (HasExtraWord(in) ? 1 : 0);
  auto target = [&](int64_t off) { return absl::StrCat("-> ", next + off); };
  switch (op) {
    case Op::kMove:
    case Op::kNeg:
    case Op::kPos:
    case Op::kInvert:
    case Op::kNot:
    case Op::kListToTuple:
    case Op::kGetIter:
      return absl::StrCat(Reg(a), ", ", Reg(bb));
    case Op::kLoadK:
      return absl::StrCat(Reg(a), ", ", Konst(b, bx));
    case Op::kLoadInt:
      return absl::StrCat(Reg(a), ", ", sbx);
    case Op::kLoadNone:
    case Op::kReturn:
    case Op::kRaiseCurrent:
    case Op::kReraise:
    case Op::kPrintExpr:
    case Op::kPopExcInfo:
    case Op::kCallEx:
    case Op::kGenCallEx:
      return Reg(a);
    case Op::kLoadBool:
      return absl::StrCat(Reg(a), ", ", bb ? "True" : "False");
    case Op::kCheckBound:
    case Op::kDelLocal:
      return Reg(a);
    case Op::kLoadGlobal:
      return absl::StrCat(Reg(a), ", ", Name(b, bx), " ic", extra);
    case Op::kStoreGlobal:
    case Op::kDelGlobal:
    case Op::kLoadBuiltin:
    case Op::kLoadName:
    case Op::kStoreName:
    case Op::kDelName:
    case Op::kImport:
      return absl::StrCat(Reg(a), ", ", Name(b, bx));
    case Op::kLoadDeref:
      return absl::StrCat(Reg(a), ", ", Reg(bb), c ? " (cell)" : " (free)");
    case Op::kStoreDeref:
      return absl::StrCat(Reg(a), ", ", Reg(bb));
    case Op::kDelDeref:
      return Reg(a);
    case Op::kAddK:
    case Op::kSubK:
    case Op::kMulK:
    case Op::kTrueDivK:
    case Op::kFloorDivK:
    case Op::kModK:
    case Op::kPowK:
      return absl::StrCat(Reg(a), ", ", Reg(bb), ", ", Konst(b, c));
    case Op::kInplace:
      return absl::StrCat(Reg(a), " ", BinOpName(c), "= ", Reg(bb));
    case Op::kCompare:
      return absl::StrCat(Reg(a), ", ", Reg(bb), " ", CmpName(extra), " ",
                          Reg(c));
    case Op::kJump:
      return target(DecodeSJ(in));
    case Op::kJumpIfTrue:
    case Op::kJumpIfFalse:
    case Op::kForIter:
    case Op::kForPrep:
    case Op::kForLoop:
      return absl::StrCat(Reg(a), " ", target(sbx));
    case Op::kJumpIfNotCmp:
      return absl::StrCat(Reg(a), " ", CmpName(c), " ", Reg(bb), " ",
                          target(static_cast<int32_t>(extra)));
    case Op::kJumpIfNotCmpK:
      return absl::StrCat(Reg(a), " ", CmpName(c), " ", Konst(b, bb), " ",
                          target(static_cast<int32_t>(extra)));
    case Op::kCall:
    case Op::kCallMethod:
    case Op::kGenCall:
    case Op::kGenCallMethod: {
      std::string s = absl::StrCat(Reg(a), ", args=", bb);
      if (c > 0) absl::StrAppend(&s, ", kw=", c, " ", Konst(b, extra));
      return s;
    }
    case Op::kLoadMethod:
    case Op::kGetAttr:
      return absl::StrCat(Reg(a), ", ", Reg(bb), ".", Name(b, extra & 0xffff),
                          " ic", extra >> 16);
    case Op::kSetAttr:
      return absl::StrCat(Reg(a), ".", Name(b, extra & 0xffff), " = ", Reg(bb),
                          " ic", extra >> 16);
    case Op::kDelAttr:
      return absl::StrCat(Reg(a), ".", Name(b, extra & 0xffff));
    case Op::kMakeFunction:
      return absl::StrCat(Reg(a), ", ", Konst(b, bx),
                          " defaults=", extra & 0xff,
                          (extra & 0x100) ? " kwdefaults" : "");
    case Op::kGetItemI:
      return absl::StrCat(Reg(a), ", ", Reg(bb), "[", c, "]");
    case Op::kSetItemI:
      return absl::StrCat(Reg(a), "[", bb, "] = ", Reg(c));
    case Op::kDelItem:
      return absl::StrCat(Reg(a), "[", Reg(bb), "]");
    case Op::kUnpackEx:
      return absl::StrCat(Reg(a), ", ", Reg(bb), " before=", extra & 0xff,
                          " after=", (extra >> 8) & 0xff);
    case Op::kRaise:
      return bb == 1 ? absl::StrCat(Reg(a), " from ", Reg(c)) : Reg(a);
    case Op::kBuildClass:
      return absl::StrCat(Reg(a), ", bases=", Reg(bb), "..+", c, " ",
                          Konst(b, extra));
    case Op::kImportFrom:
      return absl::StrCat(Reg(a), ", ", Reg(bb), ".", Name(b, c));
    case Op::kFormat:
      return absl::StrCat(Reg(a), ", ", Reg(bb), " flags=", c);
    case Op::kBuildList:
    case Op::kBuildTuple:
    case Op::kBuildSet:
    case Op::kBuildDict:
    case Op::kBuildString:
    case Op::kUnpack:
      return absl::StrCat(Reg(a), ", ", Reg(bb), " n=", c);
    case Op::kSetConstLayout:
      return Reg(a);
    case Op::kListAppend:
    case Op::kListExtend:
    case Op::kSetAdd:
    case Op::kDictUpdate:
    case Op::kWithEnter:
    case Op::kPushExcInfo:
      return absl::StrCat(Reg(a), ", ", Reg(bb));
    case Op::kReturnNone:
    case Op::kNop:
      return "";
    case Op::kExtArg:
      return absl::StrCat("index high bits ", in >> 8);
    default:
      return absl::StrCat(Reg(a), ", ", Reg(bb), ", ", Reg(c));
  }
}

std::string Flags(uint32_t f) {
  std::vector<std::string> parts;
  if (f & kCodeVarargs) parts.push_back("varargs");
  if (f & kCodeVarkw) parts.push_back("varkw");
  if (f & kCodeModule) parts.push_back("module");
  if (f & kCodeClassBody) parts.push_back("class");
  if (f & kCodeLambda) parts.push_back("lambda");
  if (f & kCodeGenerator) parts.push_back("generator");
  if (parts.empty()) return "-";
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += ",";
    out += parts[i];
  }
  return out;
}

void DisassembleOne(Code* code, std::string* out, int depth) {
  const CodeBody* b = code->body;
  if (b == nullptr) return;
  absl::StrAppendFormat(
      out, "== %s (%s:%d) regs=%d params=%d kwonly=%d flags=%s ==\n",
      b->qualname ? std::string(b->qualname->view()) : "?",
      b->filename ? std::string(b->filename->view()) : "?", b->first_line,
      b->num_regs, b->num_params, b->num_kwonly, Flags(b->flags));
  if (!b->cell_params.empty() || !b->cell_locals.empty() ||
      !b->free_regs.empty()) {
    std::string cells;
    for (uint16_t r : b->cell_params)
      absl::StrAppend(&cells, " param-cell r", r);
    for (uint16_t r : b->cell_locals) absl::StrAppend(&cells, " cell r", r);
    for (size_t i = 0; i < b->free_regs.size(); ++i) {
      absl::StrAppend(
          &cells, " free r", b->free_regs[i], "=",
          b->free_names[i] ? std::string(b->free_names[i]->view()) : "?");
    }
    absl::StrAppend(out, "  closure:", cells, "\n");
  }
  int last_line = -1;
  for (uint32_t pc = 0; pc < b->instrs.size();) {
    uint32_t in = b->instrs[pc];
    bool has_extra = HasExtraWord(in) && pc + 1 < b->instrs.size();
    uint32_t extra = has_extra ? b->instrs[pc + 1] : 0;
    int line =
        LineForPc(b->lines.data(), static_cast<uint32_t>(b->lines.size()), pc);
    std::string line_col = line != last_line ? absl::StrCat(line) : "";
    last_line = line;
    absl::StrAppendFormat(out, "  %4d %5s  %-14s %s\n", pc, line_col,
                          OpName(DecodeOp(in)), Operands(b, pc, in, extra));
    pc += has_extra ? 2 : 1;
  }
  for (const ExceptionEntry& h : b->handlers) {
    absl::StrAppendFormat(out, "  handler: [%d, %d) -> %d (r%d)\n", h.start_pc,
                          h.end_pc, h.handler_pc, h.exc_reg);
  }
  if (depth > 64) return;
  for (const Value& v : b->constants) {
    if (IsKind(v, ObjKind::kCode)) {
      DisassembleOne(static_cast<Code*>(v.AsObject()), out, depth + 1);
    }
  }
}

}  // namespace

std::string Disassemble(Code* code) {
  std::string out;
  if (code != nullptr) DisassembleOne(code, &out, 0);
  return out;
}

}  // namespace interp
