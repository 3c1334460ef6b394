// Code generator infrastructure: instruction emission with the line table,
// labels and jump fixups, the temporary-register stack, constant and name
// tables, and the creation of (nested) code objects. Expressions and
// statements are in codegen_expr.cc and codegen_stmt.cc.
#include "runtime/compiler/codegen.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace interp::compiler {

// ---------------------------------------------------------------------------
// Errors

ast::Node Compiler::AttrSpan(const ast::Node& span,
                             const ast::Attribute& attr) {
  if (span.line == attr.end_line) return span;
  ast::Node out = span;
  out.line = attr.end_line;
  // CPython subtracts the name's length in code points from a byte offset.
  int len = 0;
  for (unsigned char ch : attr.attr) len += (ch & 0xC0) != 0x80;
  out.col = len <= attr.end_col ? attr.end_col - len : -1;
  if (out.col < 0) out.end_col = -1;
  out.end_line = std::max(out.line, span.end_line);
  if (out.line == out.end_line && out.end_col >= 0) {
    out.end_col = std::max(out.col, out.end_col);
  }
  return out;
}

void Compiler::Fail(const ast::Node& at, std::string message) {
  if (failed_) return;
  failed_ = true;
  error_->type = "SyntaxError";
  error_->message = std::move(message);
  error_->line = at.line;
  error_->col = at.col + 1;
  error_->end_line = at.end_line;
  error_->end_col = at.end_col + 1;
}

void Compiler::FailComplex() {
  if (failed_) return;
  ast::Node at;
  at.line = at.end_line = fs_ != nullptr ? fs_->cur_line : 1;
  at.col = 0;
  at.end_col = 0;
  Fail(at, "function too complex");
}

// ---------------------------------------------------------------------------
// Emission

uint32_t Compiler::Emit(uint32_t word) {
  CodeBody* b = fs_->body.get();
  uint32_t at = pc();
  int line = fs_->cur_line;
  if (b->lines.empty() || b->lines.back().line != line) {
    if (!b->lines.empty() && b->lines.back().start_pc == at) {
      b->lines.back().line = line;
      // Merging may make the entry equal to its predecessor.
      size_t n = b->lines.size();
      if (n >= 2 && b->lines[n - 2].line == line) b->lines.pop_back();
    } else {
      b->lines.push_back(LineEntry{at, line});
    }
  }
  const ast::Node& sp = fs_->cur_span;
  bool known = sp.col >= 0 && sp.end_col >= 0 && sp.col < kNoCol &&
               sp.end_col < kNoCol && sp.line == line;
  PosEntry pos{at, line, known ? sp.end_line : line,
               known ? static_cast<uint16_t>(sp.col) : kNoCol,
               known ? static_cast<uint16_t>(sp.end_col) : kNoCol};
  auto same = [&](const PosEntry& p) {
    return p.line == pos.line && p.end_line == pos.end_line &&
           p.col == pos.col && p.end_col == pos.end_col;
  };
  std::vector<PosEntry>& pt = b->positions;
  if (pt.empty() || !same(pt.back())) {
    if (!pt.empty() && pt.back().start_pc == at) {
      pt.back() = pos;
      if (pt.size() >= 2 && same(pt[pt.size() - 2])) pt.pop_back();
    } else {
      pt.push_back(pos);
    }
  }
  b->instrs.push_back(word);
  return at;
}

uint32_t Compiler::EmitABC(Op op, int a, int b, int c) {
  if (a < 0 || a > 255 || b < 0 || b > 255 || c < 0 || c > 255) {
    FailComplex();
    a &= 0xff;
    b &= 0xff;
    c &= 0xff;
  }
  return Emit(EncodeABC(op, a, b, c));
}

// Whether the VM accepts a kExtArg prefix before `op` (opcodes.h).
static bool TakesExtArg(Op op) {
  switch (op) {
    case Op::kLoadK:
    case Op::kMakeFunction:
    case Op::kLoadGlobal:
    case Op::kStoreGlobal:
    case Op::kDelGlobal:
    case Op::kLoadBuiltin:
    case Op::kLoadName:
    case Op::kStoreName:
    case Op::kDelName:
    case Op::kImport:
      return true;
    default:
      return false;
  }
}

uint32_t Compiler::EmitABx(Op op, int a, int bx) {
  if (bx > 0xffff && bx <= kMaxTableIndex && TakesExtArg(op) && a >= 0 &&
      a <= 255) {
    // Generated modules outgrow 16-bit constant and name tables; the
    // prefix keeps the common instruction one word wide.
    Emit(static_cast<uint32_t>(Op::kExtArg) |
         (static_cast<uint32_t>(bx >> 16) << 8));
    return Emit(EncodeABx(op, a, bx & 0xffff));
  }
  if (a < 0 || a > 255 || bx < 0 || bx > 0xffff) {
    FailComplex();
    a &= 0xff;
    bx &= 0xffff;
  }
  return Emit(EncodeABx(op, a, bx));
}

uint32_t Compiler::EmitAsBx(Op op, int a, int sbx) {
  if (a < 0 || a > 255 || sbx < -32767 || sbx > 32768) {
    FailComplex();
    a &= 0xff;
    sbx = 0;
  }
  return Emit(EncodeAsBx(op, a, sbx));
}

int Compiler::NewLabel() {
  fs_->labels.push_back(-1);
  return static_cast<int>(fs_->labels.size()) - 1;
}

void Compiler::Bind(int label) { fs_->labels[label] = static_cast<int>(pc()); }

void Compiler::EmitJump(int label) {
  uint32_t at = Emit(EncodeSJ(Op::kJump, 0));
  fs_->fixups.push_back({at, label, FuncState::Fix::kSJ});
}

void Compiler::EmitJumpIf(bool if_true, int reg, int label) {
  uint32_t at = EmitAsBx(if_true ? Op::kJumpIfTrue : Op::kJumpIfFalse, reg, 0);
  fs_->fixups.push_back({at, label, FuncState::Fix::kSBx});
}

void Compiler::EmitCmpJump(Op op, int a, int b, CmpOp cmp, int label) {
  uint32_t at = EmitABC(op, a, b, static_cast<int>(cmp));
  EmitExtra(0);
  fs_->fixups.push_back({at, label, FuncState::Fix::kExtra32});
}

void Compiler::EmitForPrep(int a, int label) {
  uint32_t at = EmitAsBx(Op::kForPrep, a, 0);
  fs_->fixups.push_back({at, label, FuncState::Fix::kSBx});
}

void Compiler::EmitForLoop(int a, int label) {
  uint32_t at = EmitAsBx(Op::kForLoop, a, 0);
  fs_->fixups.push_back({at, label, FuncState::Fix::kSBx});
}

// ---------------------------------------------------------------------------
// Registers

int Compiler::AllocTemp() {
  int r = fs_->top++;
  if (r >= kMaxRegisters) {
    FailComplex();
    r = kMaxRegisters - 1;
    fs_->top = kMaxRegisters;
  }
  if (fs_->top > fs_->max_reg) fs_->max_reg = fs_->top;
  return r;
}

int Compiler::AllocTemps(int n) {
  int first = fs_->top;
  for (int i = 0; i < n; ++i) AllocTemp();
  return first >= kMaxRegisters ? kMaxRegisters - 1 : first;
}

// ---------------------------------------------------------------------------
// Constants and names

Str* Compiler::Intern(std::string_view s) {
  Str* str = InternStr(ts_, s);
  if (str == nullptr) oom_ = true;
  return str;
}

int Compiler::AddConst(Value v, FuncState::ConstKey key) {
  auto it = fs_->const_index.find(key);
  if (it != fs_->const_index.end()) return it->second;
  auto& consts = fs_->body->constants;
  int idx = static_cast<int>(consts.size());
  if (idx > kMaxTableIndex) {
    FailComplex();
    return 0;
  }
  consts.push_back(v);
  fs_->const_index.emplace(std::move(key), idx);
  return idx;
}

int Compiler::IntConst(int64_t v) {
  return AddConst(Value::Int(v), {0, v, {}});
}

int Compiler::FloatConst(double v) {
  int64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  return AddConst(Value::Float(v), {1, bits, {}});
}

int Compiler::ImaginaryConst(double imag) {
  int64_t bits;
  std::memcpy(&bits, &imag, sizeof bits);
  FuncState::ConstKey key{9, bits, {}};
  auto it = fs_->const_index.find(key);
  if (it != fs_->const_index.end()) return it->second;
  Value v = NewComplex(ts_, 0.0, imag);
  if (v.IsError()) {
    oom_ = true;
    return 0;
  }
  return AddConst(v, std::move(key));
}

int Compiler::StrConst(std::string_view s) {
  FuncState::ConstKey key{2, 0, std::string(s)};
  auto it = fs_->const_index.find(key);
  if (it != fs_->const_index.end()) return it->second;
  Str* str = Intern(s);
  if (str == nullptr) return 0;
  return AddConst(Value::Obj(str), std::move(key));
}

int Compiler::BigIntConst(std::string_view literal) {
  FuncState::ConstKey key{7, 0, std::string(literal)};
  auto it = fs_->const_index.find(key);
  if (it != fs_->const_index.end()) return it->second;
  Value v = IntFromLiteral(ts_, literal);
  if (v.IsError()) {
    FailComplex();
    return 0;
  }
  return AddConst(v, std::move(key));
}

bool Compiler::BigIntLiteralFits(const ast::Constant& c) {
  const std::string& text = c.str_value;
  char prefix = text.size() >= 2 && text[0] == '0' ? (text[1] | 0x20) : 0;
  bool decimal = prefix != 'x' && prefix != 'o' && prefix != 'b';
  int64_t limit =
      ts_.runtime.load(std::memory_order_relaxed)->int_max_str_digits;
  if (!decimal || limit <= 0) return true;
  int64_t digits = 0;
  for (char ch : text) digits += ch != '_';
  if (digits <= limit) return true;
  // CPython reports the whole line, without a caret.
  ast::Node at;
  at.line = at.end_line = c.line;
  at.col = at.end_col = -1;
  Fail(at, absl::StrCat("Exceeds the limit (", limit,
                        " digits) for integer string conversion: value has ",
                        digits,
                        " digits; use sys.set_int_max_str_digits() to "
                        "increase the limit - Consider hexadecimal for huge "
                        "integer literals to avoid decimal conversion "
                        "limits."));
  return false;
}

int Compiler::BytesConst(std::string_view s) {
  FuncState::ConstKey key{8, 0, std::string(s)};
  auto it = fs_->const_index.find(key);
  if (it != fs_->const_index.end()) return it->second;
  Bytes* b = NewBytes(ts_, s);
  if (b == nullptr) {
    oom_ = true;
    return 0;
  }
  return AddConst(Value::Obj(b), std::move(key));
}

int Compiler::NoneConst() { return AddConst(Value::None(), {3, 0, {}}); }

int Compiler::BoolConst(bool b) {
  return AddConst(Value::Bool(b), {4, b ? 1 : 0, {}});
}

int Compiler::ObjConst(Object* o) {
  // Identity-keyed: nested code objects and tuples are never merged.
  return AddConst(
      Value::Obj(o),
      {5, static_cast<int64_t>(reinterpret_cast<uintptr_t>(o)), {}});
}

int Compiler::KwnamesConst(const std::vector<const std::string*>& names) {
  std::string key;
  for (const std::string* n : names) absl::StrAppend(&key, *n, ",");
  FuncState::ConstKey k{6, 0, key};
  auto it = fs_->const_index.find(k);
  if (it != fs_->const_index.end()) return it->second;
  Tuple* t = NewTuple(ts_, static_cast<uint32_t>(names.size()));
  if (t == nullptr) {
    oom_ = true;
    return 0;
  }
  for (size_t i = 0; i < names.size(); ++i) {
    Str* s = Intern(*names[i]);
    if (s == nullptr) return 0;
    t->items[i] = Value::Obj(s);
  }
  return AddConst(Value::Obj(t), std::move(k));
}

int Compiler::NameIndex(std::string_view name) {
  auto it = fs_->name_index.find(std::string(name));
  if (it != fs_->name_index.end()) return it->second;
  Str* s = Intern(name);
  if (s == nullptr) return 0;
  auto& names = fs_->body->names;
  int idx = static_cast<int>(names.size());
  if (idx > kMaxTableIndex) {
    FailComplex();
    return 0;
  }
  names.push_back(s);
  fs_->name_index.emplace(std::string(name), idx);
  return idx;
}

// Inline caches are one per site until a code object has kSharedIcStart of
// them (generated modules reach that); past it, sites share a cache per
// (opcode, name), which is sound because every cache hit is validated
// against the receiver (or the globals' keys) for that same name. Attribute
// caches share a 16-bit field with the name, so they take their shared slots
// from [kSharedIcStart, 0x10000); kLoadGlobal's EXTRA word is a full index.
int Compiler::GlobalIC(int name) {
  CodeBody* b = fs_->body.get();
  if (b->num_caches < kSharedIcStart) return static_cast<int>(b->num_caches++);
  if (b->num_caches < 0x10000) b->num_caches = 0x10000;
  auto [it, inserted] =
      fs_->shared_ics.try_emplace({Op::kLoadGlobal, name}, b->num_caches);
  if (inserted) ++b->num_caches;
  return it->second;
}

uint32_t Compiler::AttrExtra(Op op, int name) {
  CodeBody* b = fs_->body.get();
  int ic;
  if (b->num_caches < kSharedIcStart) {
    ic = static_cast<int>(b->num_caches++);
  } else {
    if (b->num_caches < 0x10000) b->num_caches = 0x10000;
    if (fs_->next_attr_ic == 0) fs_->next_attr_ic = kSharedIcStart;
    auto [it, inserted] =
        fs_->shared_ics.try_emplace({op, name}, fs_->next_attr_ic);
    if (inserted) ++fs_->next_attr_ic;
    ic = it->second;
  }
  if (name < 0 || name > 0xffff || ic > 0xffff) {
    FailComplex();
    return 0;
  }
  return static_cast<uint32_t>(name) | (static_cast<uint32_t>(ic) << 16);
}

// ---------------------------------------------------------------------------
// Code objects

void Compiler::BeginCode(Scope* scope, FuncState* state) {
  state->parent = fs_;
  state->scope = scope;
  state->body = std::make_unique<CodeBody>();
  state->top = scope->num_named;
  state->max_reg = scope->num_named;
  state->cur_line = scope->first_line;
  fs_ = state;
  CodeBody* b = state->body.get();
  b->name = Intern(scope->name);
  b->qualname = Intern(scope->qualname);
  b->filename = filename_str_;
  b->first_line = scope->first_line;
  if (scopes_->future.annotations) b->flags |= kCodeFutureAnnotations;
  for (size_t i = 0; i < scope->params.size(); ++i) state->assigned.set(i);
  // Narrow name operands first (scope.h); a no-op for ordinary code, where
  // every index fits anyway.
  for (const std::string& n : scope->import_from_names) NameIndex(n);
  for (const std::string& n : scope->attr_names) NameIndex(n);
  for (const Scope::AugConst& k : scope->aug_consts) {
    if (k.is_float) {
      EmitABx(Op::kLoadK, k.reg, FloatConst(k.f));
    } else {
      EmitAsBx(Op::kLoadInt, k.reg, static_cast<int>(k.i));
    }
  }
}

// A conditional jump reaches 32k instructions, which long generated bodies
// outgrow. Each one out of range becomes `op +1; kJump +1; kJump target`:
// taken, it lands on the long jump; not taken, it skips it. The words
// inserted lengthen other jumps, so the set of long jumps is grown to a
// fixpoint first (each round only adds to it, so it ends; rounds touch the
// jumps, not the code), then the code is rewritten once and every pc
// recorded so far is remapped. Nothing happens for code that fits.
void Compiler::RelaxJumps() {
  FuncState* fs = fs_;
  CodeBody* b = fs->body.get();
  std::vector<uint32_t> far;  // pcs of out-of-range kSBx jumps, sorted
  // New pc of old pc p: two words more per long jump before p.
  auto remap = [&far](uint32_t p) {
    return p +
           2 * static_cast<uint32_t>(
                   std::lower_bound(far.begin(), far.end(), p) - far.begin());
  };
  // A span at most triples (each word in it may become three), so only
  // jumps longer than a third of the range are candidates.
  struct Candidate {
    uint32_t pc, target;
  };
  std::vector<Candidate> cands;
  for (const FuncState::Fixup& fx : fs->fixups) {
    if (fx.kind != FuncState::Fix::kSBx) continue;
    int target = fs->labels[fx.label];
    if (target < 0) continue;
    int64_t off = int64_t{target} - (int64_t{fx.pc} + 1);
    if (off < -32767 / 3 || off > 32767 / 3) {
      cands.push_back({fx.pc, static_cast<uint32_t>(target)});
    }
  }
  while (!cands.empty()) {
    std::vector<uint32_t> more;
    std::vector<Candidate> rest;
    for (const Candidate& c : cands) {
      int64_t off = int64_t{remap(c.target)} - (int64_t{remap(c.pc)} + 1);
      if (off < -32767 || off > 32768) {
        more.push_back(c.pc);
      } else {
        rest.push_back(c);
      }
    }
    if (more.empty()) break;
    far.insert(far.end(), more.begin(), more.end());
    std::sort(far.begin(), far.end());
    cands = std::move(rest);
  }
  if (far.empty()) return;
  // From here on, a table makes each remapping O(1) (there are millions in
  // a big module).
  std::vector<uint32_t> shift(b->instrs.size() + 1);
  {
    uint32_t n = 0;
    size_t k = 0;
    for (uint32_t pc = 0; pc <= b->instrs.size(); ++pc) {
      while (k < far.size() && far[k] < pc) ++k, n += 2;
      shift[pc] = n;
    }
  }
  auto moved = [&shift](uint32_t p) { return p + shift[p]; };
  std::vector<uint32_t> instrs;
  instrs.reserve(b->instrs.size() + 2 * far.size());
  size_t next_far = 0;
  for (uint32_t pc = 0; pc < b->instrs.size(); ++pc) {
    instrs.push_back(b->instrs[pc]);
    if (next_far < far.size() && far[next_far] == pc) {
      ++next_far;
      instrs.push_back(EncodeSJ(Op::kJump, 1));
      instrs.push_back(EncodeSJ(Op::kJump, 0));  // patched by EndCode
    }
  }
  b->instrs = std::move(instrs);
  for (FuncState::Fixup& fx : fs->fixups) {
    bool relaxed =
        fx.kind == FuncState::Fix::kSBx && shift[fx.pc + 1] != shift[fx.pc];
    fx.pc = moved(fx.pc);
    if (relaxed) {
      uint32_t& word = b->instrs[fx.pc];
      word = EncodeAsBx(DecodeOp(word), DecodeA(word), 1);
      fx.pc += 2;
      fx.kind = FuncState::Fix::kSJ;
    }
  }
  for (int& label : fs->labels) {
    if (label >= 0) label = static_cast<int>(moved(label));
  }
  for (FuncState::Handler& h : fs->handlers) {
    h.start = moved(h.start);
    h.end = moved(h.end);
  }
  for (LineEntry& e : b->lines) e.start_pc = moved(e.start_pc);
  for (PosEntry& e : b->positions) e.start_pc = moved(e.start_pc);
}

Code* Compiler::EndCode() {
  FuncState* fs = fs_;
  CodeBody* b = fs->body.get();
  Scope* scope = fs->scope;
  RelaxJumps();
  for (const FuncState::Fixup& fx : fs->fixups) {
    int target = fs->labels[fx.label];
    if (target < 0) {
      FailComplex();
      continue;
    }
    uint32_t& word = b->instrs[fx.pc];
    switch (fx.kind) {
      case FuncState::Fix::kSJ: {
        int64_t off = int64_t{target} - (int64_t{fx.pc} + 1);
        if (off < -8388607 || off > 8388608) {
          FailComplex();
          off = 0;
        }
        word = EncodeSJ(DecodeOp(word), static_cast<int32_t>(off));
        break;
      }
      case FuncState::Fix::kSBx: {
        int64_t off = int64_t{target} - (int64_t{fx.pc} + 1);
        if (off < -32767 || off > 32768) {
          FailComplex();
          off = 0;
        }
        word = EncodeAsBx(DecodeOp(word), DecodeA(word),
                          static_cast<int32_t>(off));
        break;
      }
      case FuncState::Fix::kExtra32: {
        int64_t off = int64_t{target} - (int64_t{fx.pc} + 2);
        b->instrs[fx.pc + 1] = static_cast<uint32_t>(static_cast<int32_t>(off));
        break;
      }
    }
  }
  for (const FuncState::Handler& h : fs->handlers) {
    if (h.start >= h.end) continue;
    int target = fs->labels[h.label];
    if (target < 0) {
      FailComplex();
      continue;
    }
    b->handlers.push_back(ExceptionEntry{h.start, h.end,
                                         static_cast<uint32_t>(target),
                                         static_cast<uint32_t>(h.reg)});
  }
  int regs = std::max(fs->max_reg, scope->num_named);
  if (regs > kMaxRegisters) FailComplex();
  b->num_regs = static_cast<uint16_t>(std::min(regs, kMaxRegisters));
  for (const std::string& n : scope->reg_names)
    b->varnames.push_back(Intern(n));
  if (scope->is_async_generator) {
    b->flags |= kCodeAsyncGenerator;
  } else if (scope->is_coroutine) {
    b->flags |= kCodeCoroutine;
  }
  if (scope->is_generator) {
    b->flags |= kCodeGenerator;
    // A generator's calls copy their window to the value stack first
    // (opcodes.h); rewriting here keeps that test out of every other call.
    for (size_t pc = 0; pc < b->instrs.size();) {
      uint32_t& in = b->instrs[pc];
      pc += HasExtraWord(in) ? 2 : 1;
      Op op = DecodeOp(in);
      Op gen = op == Op::kCall         ? Op::kGenCall
               : op == Op::kCallMethod ? Op::kGenCallMethod
               : op == Op::kCallEx     ? Op::kGenCallEx
                                       : op;
      in = (in & ~0xffu) | static_cast<uint32_t>(gen);
    }
  }
  b->cell_params = scope->cell_params;
  b->cell_locals = scope->cell_locals;
  for (const std::string& x : scope->free_vars) {
    b->free_regs.push_back(static_cast<uint16_t>(scope->free_reg.at(x)));
    b->free_names.push_back(Intern(x));
  }
  if (b->lines.empty()) b->lines.push_back(LineEntry{0, b->first_line});
  fs_ = fs->parent;
  if (failed()) return nullptr;
  Code* code = NewCode(ts_, std::move(fs->body));
  if (code == nullptr) oom_ = true;
  return code;
}

int Compiler::CompileFunctionCode(Scope* scope, const ast::FunctionDef& def) {
  FuncState st;
  BeginCode(scope, &st);
  CodeBody* b = st.body.get();
  b->num_params = static_cast<uint16_t>(scope->num_positional);
  b->num_posonly = static_cast<uint16_t>(scope->num_posonly);
  b->num_kwonly = static_cast<uint16_t>(scope->num_kwonly);
  if (scope->varargs) b->flags |= kCodeVarargs;
  if (scope->varkw) b->flags |= kCodeVarkw;
  if (const std::string* doc = Docstring(def.body)) {
    b->doc_const = StrConst(*doc);
  }
  Body(def.body);
  SetLine(def.end_line);
  EmitABC(Op::kReturnNone, 0, 0, 0);
  Code* code = EndCode();
  return code == nullptr ? 0 : ObjConst(code);
}

int Compiler::CompileLambdaCode(Scope* scope, const ast::Lambda& lambda) {
  FuncState st;
  BeginCode(scope, &st);
  CodeBody* b = st.body.get();
  b->num_params = static_cast<uint16_t>(scope->num_positional);
  b->num_posonly = static_cast<uint16_t>(scope->num_posonly);
  b->num_kwonly = static_cast<uint16_t>(scope->num_kwonly);
  b->flags |= kCodeLambda;
  if (scope->varargs) b->flags |= kCodeVarargs;
  if (scope->varkw) b->flags |= kCodeVarkw;
  SetLine(lambda.body->line);
  int r = ExprAny(*lambda.body);
  EmitABC(Op::kReturn, r, 0, 0);
  Code* code = EndCode();
  return code == nullptr ? 0 : ObjConst(code);
}

int Compiler::CompileClassCode(Scope* scope, const ast::ClassDef& def) {
  FuncState st;
  BeginCode(scope, &st);
  CodeBody* b = st.body.get();
  b->num_params = 1;
  b->flags |= kCodeClassBody;
  SetLine(def.line);
  int t = AllocTemp();
  EmitABx(Op::kLoadK, t, StrConst(scope->qualname));
  EmitABx(Op::kStoreName, t, NameIndex("__qualname__"));
  if (!def.body.empty() && def.body[0]->Is<ast::ExprStmt>()) {
    const ast::Expr& v = *def.body[0]->As<ast::ExprStmt>().value;
    if (v.Is<ast::Constant>() &&
        v.As<ast::Constant>().ckind == ast::ConstKind::kStr) {
      SetLine(v.line);
      EmitABx(Op::kLoadK, t, StrConst(v.As<ast::Constant>().str_value));
      EmitABx(Op::kStoreName, t, NameIndex("__doc__"));
    }
  }
  FreeTo(t);
  SetupAnnotations(def.body);
  Body(def.body);
  SetLine(def.end_line);
  if (scope->class_cell) {
    // kBuildClass stores the new class into the returned cell, which is
    // what zero-argument super() in the methods reads.
    EmitABC(Op::kReturn, scope->symbols.at("__class__").reg, 0, 0);
  } else {
    EmitABC(Op::kReturnNone, 0, 0, 0);
  }
  Code* code = EndCode();
  return code == nullptr ? 0 : ObjConst(code);
}

int Compiler::CompileComprehensionCode(Scope* scope, const ast::Expr& comp) {
  FuncState st;
  BeginCode(scope, &st);
  st.body->num_params = 1;
  // Everything but the element and condition expressions is reported at
  // the whole comprehension, as in CPython 3.11.
  SetSpan(comp);
  if (comp.kind == ast::ExprKind::kGeneratorExp) {
    GenLoop(comp.As<ast::GeneratorExp>().generators, 0, comp, -1);
    SetSpan(comp);
    EmitABC(Op::kReturnNone, 0, 0, 0);
    Code* code = EndCode();
    return code == nullptr ? 0 : ObjConst(code);
  }
  int result = AllocTemp();
  const std::vector<ast::Comprehension>* gens;
  switch (comp.kind) {
    case ast::ExprKind::kListComp:
      EmitABC(Op::kBuildList, result, 0, 0);
      gens = &comp.As<ast::ListComp>().generators;
      break;
    case ast::ExprKind::kSetComp:
      EmitABC(Op::kBuildSet, result, 0, 0);
      gens = &comp.As<ast::SetComp>().generators;
      break;
    default:
      EmitABC(Op::kBuildDict, result, 0, 0);
      gens = &comp.As<ast::DictComp>().generators;
      break;
  }
  GenLoop(*gens, 0, comp, result);
  SetSpan(comp);
  EmitABC(Op::kReturn, result, 0, 0);
  Code* code = EndCode();
  return code == nullptr ? 0 : ObjConst(code);
}

void Compiler::MakeFunctionTo(Scope* child, const ast::Arguments* args,
                              int code_const, int dest) {
  int mark = fs_->top;
  int base = IsTopTemp(dest) ? dest : AllocTemp();
  int ndefaults = 0;
  bool has_kw = false;
  if (args != nullptr) {
    ndefaults = static_cast<int>(args->defaults.size());
    if (ndefaults > 255) {
      FailComplex();
      ndefaults = 255;
    }
    for (int i = 0; i < ndefaults; ++i) {
      int t = AllocTemp();
      ExprTo(*args->defaults[i], t);
    }
    int nkw = 0;
    for (const ast::ExprPtr& d : args->kw_defaults) nkw += d != nullptr;
    if (nkw > 0) {
      has_kw = true;
      int kw = AllocTemp();
      EmitABC(Op::kBuildDict, kw, 0, 0);
      for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        if (args->kw_defaults[i] == nullptr) continue;
        int m = fs_->top;
        int k = AllocTemp();
        EmitABx(Op::kLoadK, k, StrConst(Mangled(args->kwonlyargs[i].name)));
        int v = ExprAny(*args->kw_defaults[i]);
        EmitABC(Op::kDictSet, kw, k, v);
        FreeTo(m);
      }
    }
  }
  Scope* s = fs_->scope;
  for (const std::string& x : child->free_vars) {
    int src = -1;
    const Symbol* sym = s->Find(x);
    if (sym != nullptr && sym->kind == NameKind::kCell) {
      src = sym->reg;
    } else if (auto it = s->free_reg.find(x); it != s->free_reg.end()) {
      src = it->second;
    }
    int t = AllocTemp();
    if (src < 0) {
      FailComplex();  // scope analysis guarantees a source
      continue;
    }
    EmitMove(t, src);
  }
  EmitABx(Op::kMakeFunction, base, code_const);
  EmitExtra(static_cast<uint32_t>(ndefaults) | (has_kw ? 0x100u : 0u));
  EmitMove(dest, base);
  FreeTo(mark);
}

Code* Compiler::CompileModuleBody(const ast::Module& module) {
  filename_str_ = Intern(filename_);
  FuncState st;
  BeginCode(scopes_->module.get(), &st);
  if (scopes_->module->kind == ScopeKind::kClass) {
    st.body->flags |= kCodeClassBody;
    st.body->num_params = 1;
  } else {
    st.body->flags |= kCodeModule;
  }
  if (mode_ == CompileMode::kEval) {
    // eval(): the single expression's value is the result.
    const ast::Expr& e = *module.body[0]->As<ast::ExprStmt>().value;
    SetLine(e.line);
    int r = ExprAny(e);
    EmitABC(Op::kReturn, r, 0, 0);
    return EndCode();
  }
  if (const std::string* doc = Docstring(module.body)) {
    int t = AllocTemp();
    SetLine(module.body[0]->line);
    EmitABx(Op::kLoadK, t, StrConst(*doc));
    StoreNameFrom("__doc__", t);
    FreeTo(t);
  }
  if (!module.body.empty()) SetLine(module.body[0]->line);
  SetupAnnotations(module.body);
  Body(module.body);
  EmitABC(Op::kReturnNone, 0, 0, 0);
  return EndCode();
}

const std::string* Compiler::Docstring(const std::vector<ast::StmtPtr>& body) {
  if (body.empty() || !body[0]->Is<ast::ExprStmt>()) return nullptr;
  const ast::Expr& v = *body[0]->As<ast::ExprStmt>().value;
  if (!v.Is<ast::Constant>() ||
      v.As<ast::Constant>().ckind != ast::ConstKind::kStr) {
    return nullptr;
  }
  return &v.As<ast::Constant>().str_value;
}

// ---------------------------------------------------------------------------
// Constant folding

namespace {

bool ExactDouble(int64_t i) {
  return i >= -(int64_t{1} << 53) && i <= (int64_t{1} << 53);
}

bool AsDouble(const FoldedConst& c, double* out) {
  if (c.kind == FoldedConst::kFloat) {
    *out = c.f;
    return true;
  }
  if (!ExactDouble(c.i)) return false;
  *out = static_cast<double>(c.i);
  return true;
}

bool FoldInt(ast::BinOpKind op, int64_t a, int64_t b, int64_t* r) {
  switch (op) {
    case ast::BinOpKind::kAdd:
      return !__builtin_add_overflow(a, b, r);
    case ast::BinOpKind::kSub:
      return !__builtin_sub_overflow(a, b, r);
    case ast::BinOpKind::kMult:
      return !__builtin_mul_overflow(a, b, r);
    case ast::BinOpKind::kFloorDiv: {
      if (b == 0 || (b == -1 && a == std::numeric_limits<int64_t>::min())) {
        return false;
      }
      int64_t q = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
      *r = q;
      return true;
    }
    case ast::BinOpKind::kMod: {
      if (b == 0) return false;
      if (b == -1) {
        *r = 0;
        return true;
      }
      int64_t m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      *r = m;
      return true;
    }
    case ast::BinOpKind::kPow: {
      if (b < 0 || b > 64) return false;
      int64_t acc = 1;
      for (int64_t i = 0; i < b; ++i) {
        if (__builtin_mul_overflow(acc, a, &acc)) return false;
      }
      *r = acc;
      return true;
    }
    case ast::BinOpKind::kLShift:
      if (b < 0 || b > 62) return false;
      *r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
      return (*r >> b) == a;
    case ast::BinOpKind::kRShift:
      if (b < 0) return false;
      *r = b > 63 ? (a < 0 ? -1 : 0) : (a >> b);
      return true;
    case ast::BinOpKind::kBitAnd:
      *r = a & b;
      return true;
    case ast::BinOpKind::kBitOr:
      *r = a | b;
      return true;
    case ast::BinOpKind::kBitXor:
      *r = a ^ b;
      return true;
    default:
      return false;
  }
}

}  // namespace

bool FoldConstant(const ast::Expr& e, FoldedConst* out) {
  if (e.Is<ast::Constant>()) {
    const auto& c = e.As<ast::Constant>();
    if (c.ckind == ast::ConstKind::kInt) {
      *out = {FoldedConst::kInt, c.int_value, 0};
      return true;
    }
    if (c.ckind == ast::ConstKind::kFloat) {
      *out = {FoldedConst::kFloat, 0, c.float_value};
      return true;
    }
    return false;
  }
  if (e.Is<ast::UnaryOp>()) {
    const auto& u = e.As<ast::UnaryOp>();
    FoldedConst v;
    if (!FoldConstant(*u.operand, &v)) return false;
    switch (u.op) {
      case ast::UnaryOpKind::kUSub:
        if (v.kind == FoldedConst::kFloat) {
          *out = {FoldedConst::kFloat, 0, -v.f};
          return true;
        }
        if (v.i == std::numeric_limits<int64_t>::min()) return false;
        *out = {FoldedConst::kInt, -v.i, 0};
        return true;
      case ast::UnaryOpKind::kUAdd:
        *out = v;
        return true;
      case ast::UnaryOpKind::kInvert:
        if (v.kind != FoldedConst::kInt) return false;
        *out = {FoldedConst::kInt, ~v.i, 0};
        return true;
      default:
        return false;
    }
  }
  if (e.Is<ast::BinOp>()) {
    const auto& b = e.As<ast::BinOp>();
    FoldedConst l, r;
    if (!FoldConstant(*b.left, &l) || !FoldConstant(*b.right, &r)) {
      return false;
    }
    if (l.kind == FoldedConst::kInt && r.kind == FoldedConst::kInt &&
        b.op != ast::BinOpKind::kDiv) {
      int64_t v;
      if (!FoldInt(b.op, l.i, r.i, &v)) return false;
      *out = {FoldedConst::kInt, v, 0};
      return true;
    }
    double x, y;
    if (!AsDouble(l, &x) || !AsDouble(r, &y)) return false;
    double v;
    switch (b.op) {
      case ast::BinOpKind::kAdd:
        v = x + y;
        break;
      case ast::BinOpKind::kSub:
        v = x - y;
        break;
      case ast::BinOpKind::kMult:
        v = x * y;
        break;
      case ast::BinOpKind::kDiv:
        if (y == 0) return false;
        v = x / y;
        break;
      default:
        return false;
    }
    if (!std::isfinite(v)) return false;  // OverflowError stays at runtime
    *out = {FoldedConst::kFloat, 0, v};
    return true;
  }
  return false;
}

BinOp ToBinOp(ast::BinOpKind op) {
  switch (op) {
    case ast::BinOpKind::kAdd:
      return BinOp::kAdd;
    case ast::BinOpKind::kSub:
      return BinOp::kSub;
    case ast::BinOpKind::kMult:
      return BinOp::kMul;
    case ast::BinOpKind::kDiv:
      return BinOp::kTrueDiv;
    case ast::BinOpKind::kFloorDiv:
      return BinOp::kFloorDiv;
    case ast::BinOpKind::kMod:
      return BinOp::kMod;
    case ast::BinOpKind::kPow:
      return BinOp::kPow;
    case ast::BinOpKind::kLShift:
      return BinOp::kLShift;
    case ast::BinOpKind::kRShift:
      return BinOp::kRShift;
    case ast::BinOpKind::kBitAnd:
      return BinOp::kBitAnd;
    case ast::BinOpKind::kBitOr:
      return BinOp::kBitOr;
    case ast::BinOpKind::kBitXor:
      return BinOp::kBitXor;
    case ast::BinOpKind::kMatMult:
      return BinOp::kMatMul;
  }
  return BinOp::kAdd;
}

CmpOp ToCmpOp(ast::CmpOpKind op) {
  switch (op) {
    case ast::CmpOpKind::kEq:
      return CmpOp::kEq;
    case ast::CmpOpKind::kNotEq:
      return CmpOp::kNe;
    case ast::CmpOpKind::kLt:
      return CmpOp::kLt;
    case ast::CmpOpKind::kLtE:
      return CmpOp::kLe;
    case ast::CmpOpKind::kGt:
      return CmpOp::kGt;
    case ast::CmpOpKind::kGtE:
      return CmpOp::kGe;
    case ast::CmpOpKind::kIs:
      return CmpOp::kIs;
    case ast::CmpOpKind::kIsNot:
      return CmpOp::kIsNot;
    case ast::CmpOpKind::kIn:
      return CmpOp::kIn;
    case ast::CmpOpKind::kNotIn:
      return CmpOp::kNotIn;
  }
  return CmpOp::kEq;
}

}  // namespace interp::compiler

namespace interp {

namespace {

// The source line `line` (1-based) without its newline.
std::string SourceLine(std::string_view source, int line) {
  size_t pos = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return "";
    pos = nl + 1;
  }
  size_t end = source.find('\n', pos);
  if (end == std::string_view::npos) end = source.size();
  std::string_view text = source.substr(pos, end - pos);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return std::string(text);
}

}  // namespace

Code* CompileModule(ThreadState& ts, const ast::Module& module,
                    std::string_view source, CompileMode mode,
                    SyntaxErrorInfo* error, TopLevel top,
                    std::vector<CompileWarning>* warnings,
                    uint32_t inherited_flags) {
  SyntaxErrorInfo err;
  compiler::ScopeTable scopes;
  scopes.future.annotations = (inherited_flags & kCodeFutureAnnotations) != 0;
  Code* code = nullptr;
  if (compiler::AnalyzeScopes(module, &scopes, &err,
                              top == TopLevel::kNamespace)) {
    if (warnings != nullptr) *warnings = std::move(scopes.warnings);
    compiler::Compiler c(ts, source, mode, &scopes, module.filename, &err);
    code = c.CompileModuleBody(module);
  }
  if (code == nullptr && !err.message.empty() && error != nullptr) {
    err.filename = module.filename;
    err.text = SourceLine(source, err.line);
    *error = std::move(err);
  }
  return code;
}

}  // namespace interp
