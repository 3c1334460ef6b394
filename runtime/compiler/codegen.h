// The code generator's internal interface, shared by codegen.cc (code
// objects, emission, registers, constants), codegen_expr.cc and
// codegen_stmt.cc.
//
// Register discipline (Lua-style): parameters and named locals live in
// fixed registers [0, scope->num_named); temporaries form a stack above
// them (`top`). Expressions compile *into* a destination register so most
// results need no move. Calls place the callee at the top of the stack:
// the callee's frame window starts right after it, so nothing above a
// call's base may be live across the call.
//
// Exception handling: protected ranges are tracked as "exception blocks"
// (one per try body / handler cleanup / with body) whose instruction
// segments become ExceptionEntry rows, innermost first. Leaving a block by
// break/continue/return runs the exits of the "frame blocks" in between
// (finally bodies inlined, handlers' PopExcInfo, with-exits) with the
// blocks being left suspended, so an exception there is not caught by the
// construct being exited.
#ifndef INTERP_RUNTIME_COMPILER_CODEGEN_H_
#define INTERP_RUNTIME_COMPILER_CODEGEN_H_

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "runtime/compiler/compiler.h"
#include "runtime/compiler/opcodes.h"
#include "runtime/compiler/scope.h"
#include "runtime/frames/thread_state.h"
#include "runtime/frontend/ast.h"
#include "runtime/frontend/syntax_error.h"
#include "runtime/objects/code.h"

namespace interp::compiler {

// Register indices are 8-bit operands.
inline constexpr int kMaxRegisters = 256;
// Elements built by one kBuildList/Tuple/Set (the rest are appended), so
// big displays do not exhaust the register space.
inline constexpr int kMaxDisplayRegs = 32;

// Past this many registers in use, displays and calls switch to
// incremental construction.
inline constexpr int kPressureLimit = 160;

// Constant and name tables may grow past 16-bit operands (kExtArg).
inline constexpr int kMaxTableIndex = (1 << 30) - 1;
// Inline caches past this many in one code object are shared (GlobalIC).
inline constexpr uint32_t kSharedIcStart = 0xF000;

using RegSet = std::bitset<kMaxRegisters>;

// What leaving a construct early must do (break/continue/return).
struct FBlock {
  enum Kind { kLoop, kTryFinally, kHandlerCleanup, kWith } kind;
  size_t exc_depth = 0;  // exception blocks opened before this one
  int break_label = -1;
  int continue_label = -1;
  const ast::StmtList* finalbody = nullptr;  // kTryFinally
  int saved_reg = -1;                        // kHandlerCleanup
  const std::string* as_name = nullptr;      // kHandlerCleanup
  int exit_reg = -1;                         // kWith
  bool is_async = false;                     // kWith: `async with`
  // kHandlerCleanup of an except* clause: break, continue and return may
  // not leave it (a SyntaxError, as in CPython).
  bool except_star = false;
};

// A protected region under construction.
struct ExcBlock {
  int handler_label;
  int exc_reg;
  int seg_start;  // open segment start, or -1 while suspended
  int suspended = 0;
  std::vector<std::pair<uint32_t, uint32_t>> segs;
};

// One code object under construction.
struct FuncState {
  FuncState* parent = nullptr;
  Scope* scope = nullptr;
  std::unique_ptr<CodeBody> body;
  int top = 0;      // next free register
  int max_reg = 0;  // high-water mark
  int cur_line = 1;
  // Span recorded for emitted instructions (PosEntry); col < 0: unknown.
  ast::Node cur_span{1, -1, 1, -1};

  std::vector<int> labels;  // pc, or -1 while unbound
  enum class Fix : uint8_t { kSJ, kSBx, kExtra32 };
  struct Fixup {
    uint32_t pc;
    int label;
    Fix kind;
  };
  std::vector<Fixup> fixups;

  std::vector<ExcBlock> exc_blocks;
  struct Handler {
    uint32_t start, end;
    int label;
    int reg;
  };
  std::vector<Handler> handlers;  // finished rows, innermost first
  std::vector<FBlock> fblocks;

  // Definite assignment of plain-register locals: a local known bound
  // here needs no kCheckBound. `unreachable` code may assume anything.
  RegSet assigned;
  bool unreachable = false;
  absl::flat_hash_set<int> busy_aliases;  // for-loop alias bases in use

  using ConstKey = std::tuple<int, int64_t, std::string>;
  absl::flat_hash_map<ConstKey, int> const_index;
  absl::flat_hash_map<std::string, int> name_index;
  // Inline caches shared by (opcode, name) in very large code objects
  // (Compiler::GlobalIC).
  absl::flat_hash_map<std::pair<Op, int>, int> shared_ics;
  int next_attr_ic = 0;
};

class Compiler {
 public:
  Compiler(ThreadState& ts, std::string_view source, CompileMode mode,
           ScopeTable* scopes, std::string filename, SyntaxErrorInfo* error)
      : ts_(ts),
        source_(source),
        mode_(mode),
        scopes_(scopes),
        filename_(std::move(filename)),
        error_(error) {}

  Code* CompileModuleBody(const ast::Module& module);

  // --- codegen.cc: infrastructure -------------------------------------
  void Fail(const ast::Node& at, std::string message);
  void FailComplex();  // register/jump/constant limits exceeded
  void RelaxJumps();   // EndCode: lengthens out-of-range conditional jumps
  bool failed() const { return failed_ || oom_; }

  void SetLine(int line) {
    if (line <= 0) return;
    fs_->cur_line = line;
    // A span from another line would put markers under the wrong text.
    if (fs_->cur_span.line != line)
      fs_->cur_span = ast::Node{line, -1, line, -1};
  }
  // Attributes the following instructions to `n`'s source span.
  void SetSpan(const ast::Node& n) {
    if (n.line <= 0) return;
    fs_->cur_line = n.line;
    fs_->cur_span = n;
  }
  // `span` as CPython 3.11 reports an instruction of attribute `attr`
  // (a load, store, method lookup or method call): when the attribute
  // ends on a later line than `span` starts, the span starts at the
  // attribute's name instead, so `(x\n .m())` marks `m()` on its line.
  static ast::Node AttrSpan(const ast::Node& span, const ast::Attribute& attr);
  uint32_t pc() const {
    return static_cast<uint32_t>(fs_->body->instrs.size());
  }
  uint32_t Emit(uint32_t word);
  void EmitExtra(uint32_t word) { fs_->body->instrs.push_back(word); }
  uint32_t EmitABC(Op op, int a, int b, int c);
  uint32_t EmitABx(Op op, int a, int bx);
  uint32_t EmitAsBx(Op op, int a, int sbx);
  void EmitMove(int dst, int src) {
    if (dst != src) EmitABC(Op::kMove, dst, src, 0);
  }

  int NewLabel();
  void Bind(int label);
  void EmitJump(int label);
  void EmitJumpIf(bool if_true, int reg, int label);
  // kJumpIfNotCmp(K): jump to `label` unless `a cmp b`.
  void EmitCmpJump(Op op, int a, int b, CmpOp cmp, int label);
  void EmitForPrep(int a, int label);
  void EmitForLoop(int a, int label);

  int AllocTemp();
  int AllocTemps(int n);
  void FreeTo(int mark) { fs_->top = mark; }
  bool IsTemp(int reg) const { return reg >= fs_->scope->num_named; }
  // True when `reg` is the topmost allocated temporary (a call based there
  // clobbers nothing live).
  bool IsTopTemp(int reg) const { return IsTemp(reg) && reg == fs_->top - 1; }

  int AddConst(Value v, FuncState::ConstKey key);
  int IntConst(int64_t v);
  int FloatConst(double v);
  int ImaginaryConst(double imag);  // the complex `imag`j
  int StrConst(std::string_view s);
  int BigIntConst(std::string_view literal);
  // False (a SyntaxError) when a decimal literal has more digits than
  // sys.get_int_max_str_digits() allows, as CPython's compiler reports.
  bool BigIntLiteralFits(const ast::Constant& c);
  int BytesConst(std::string_view s);  // a bytes literal
  int NoneConst();
  int BoolConst(bool b);
  int ObjConst(Object* o);  // not deduplicated
  int KwnamesConst(const std::vector<const std::string*>& names);
  // The docstring of a body (its first statement, a string literal).
  static const std::string* Docstring(const std::vector<ast::StmtPtr>& body);
  // `__annotations__ = {}` when the body annotates a simple name.
  void SetupAnnotations(const ast::StmtList& body);
  // An annotation's value into `reg`: evaluated, or under PEP 563 its
  // source text.
  void AnnotationTo(const ast::Expr& e, int reg);
  // fn.__annotations__ = {...} for a def with annotations.
  void FunctionAnnotations(const ast::FunctionDef& f, int fn);
  void AnnAssignStmt(const ast::AnnAssign& a);
  int NameIndex(std::string_view name);
  // `attr` (a source attribute name) mangled for the current scope, as a
  // name index.
  int AttrIndex(std::string_view attr);
  // EXTRA word of kLoadGlobal (its inline cache) and of the attribute
  // instructions (name | cache << 16).
  int GlobalIC(int name);
  uint32_t AttrExtra(Op op, int name);
  Str* Intern(std::string_view s);

  // Starts/finishes the code object of `scope`.
  void BeginCode(Scope* scope, FuncState* state);
  Code* EndCode();
  // Compiles nested code objects; each returns a constant index (or -1).
  int CompileFunctionCode(Scope* scope, const ast::FunctionDef& def);
  int CompileLambdaCode(Scope* scope, const ast::Lambda& lambda);
  int CompileClassCode(Scope* scope, const ast::ClassDef& def);
  int CompileComprehensionCode(Scope* scope, const ast::Expr& comp);
  // R[dest] = function of code constant `code_const` with `args`' defaults
  // (null: none) and the closure cells `child` needs.
  void MakeFunctionTo(Scope* child, const ast::Arguments* args, int code_const,
                      int dest);

  // --- codegen_expr.cc: expressions -----------------------------------
  void ExprTo(const ast::Expr& e, int dest);
  int ExprAny(const ast::Expr& e);
  // Where an operand of an instruction writing `dest` is evaluated: a
  // local's own register, else `dest` itself when it is a temporary (so
  // chains like a.b.c or -(-x) use one register), else a new temporary.
  int OperandInto(const ast::Expr& e, int dest);
  // Whether n more temporaries would crowd the register space; displays
  // and calls then build incrementally (one temporary per element).
  bool HighPressure(int n) const { return fs_->top + n > kPressureLimit; }
  // The register of `e` when it is a plain local name, else -1 (no code).
  int LocalRegOrNeg(const ast::Expr& e) const;
  void CondJump(const ast::Expr& e, bool jump_if, int label);
  void LoadNameTo(const std::string& id, int dest);
  void StoreNameFrom(const std::string& id, int src);
  void DeleteName(const std::string& id);
  void StoreTarget(const ast::Expr& target, int src);
  // Register of a bound plain local (after any kCheckBound), else -1.
  int LocalReg(const std::string& id);
  // A source identifier as the current scope names it (Mangle).
  std::string Mangled(std::string_view id) const;
  // Lookup and the name operations take source identifiers.
  const Symbol* Lookup(const std::string& id) const;
  NameKind KindOf(const std::string& id) const;
  void EnsureBound(int reg);
  // Constant index usable as an 8-bit K operand for `e`, or -1.
  int SmallConstOperand(const ast::Expr& e);
  // Index for kGetItemI/kSetItemI, or -1.
  static int SmallIndex(const ast::Expr& e);

  // --- codegen_stmt.cc: statements ------------------------------------
  void Body(const ast::StmtList& body);
  void Stmt(const ast::Stmt& s);

 private:
  void ExprDispatch(const ast::Expr& e, int dest);
  void ConstantTo(const ast::Constant& c, int dest);
  void BinOpTo(const ast::BinOp& b, int dest);
  void CompareTo(const ast::Compare& c, int dest);
  void CallTo(const ast::Call& c, int dest);
  bool ZeroArgSuper(const ast::Call& c, int base);
  void BuildCallExArgs(const ast::Call& c, int base);
  // call_offset > 0: the list is a call's *args and the callee sits
  // call_offset registers below dest (see kListExtend).
  void ListTo(const std::vector<ast::ExprPtr>& elts, int dest,
              int call_offset = 0);
  void TupleTo(const ast::Tuple& t, int dest);
  void SetTo(const ast::Set& s, int dest);
  void DictTo(const ast::Dict& d, int dest);
  void JoinedStrTo(const ast::JoinedStr& j, int dest);
  void FormattedTo(const ast::FormattedValue& f, int dest);
  void ComprehensionTo(const ast::Expr& comp,
                       const std::vector<ast::Comprehension>& gens, int dest);
  void UnpackTo(const ast::Expr& target, const std::vector<ast::ExprPtr>& elts,
                int src);
  bool ConstTuple(const ast::Tuple& t, Value* out);

  void GenLoop(const std::vector<ast::Comprehension>& gens, size_t i,
               const ast::Expr& comp, int result);
  // codegen_async.cc: an `async for` clause of a comprehension.
  void AsyncGenLoop(const std::vector<ast::Comprehension>& gens, size_t i,
                    const ast::Expr& comp, int result);
  void ComprehensionElement(const ast::Expr& comp, int result);

  void AssignStmt(const ast::Assign& a);
  void AugAssignStmt(const ast::AugAssign& a);
  void IfStmt(const ast::If& s);
  void WhileStmt(const ast::While& s);
  void ForStmt(const ast::For& s);
  void BreakContinue(const ast::Stmt& s, bool is_break);
  void ReturnStmt(const ast::Return& s);
  void FunctionDefStmt(const ast::FunctionDef& f);
  void ClassDefStmt(const ast::ClassDef& c);
  void ImportStmt(const ast::Import& s);
  void ImportFromStmt(const ast::ImportFrom& s);
  void TryStmt(const ast::Try& s);
  void TryExcept(const ast::Try& s);
  void TryExceptStar(const ast::Try& s);
  void TryFinally(const ast::Try& s);
  void WithStmt(const ast::With& s, size_t item);
  // codegen_async.cc: `await`, `async for`, `async with`.
  // R[reg] = await R[reg].
  void EmitAwait(int reg);
  void AsyncForStmt(const ast::For& s);
  void EndOnStopAsyncIteration(int exc, int end);
  // codegen_match.cc: the match statement.
  void MatchStmt(const ast::Match& s);
  // Jumps to `fail` unless R[subject] matches `p`, binding its captures.
  void PatternMatch(const ast::Pattern& p, int subject, int fail);
  void SequencePattern(const ast::Pattern& p, int subject, int fail);
  void MappingPattern(const ast::Pattern& p, int subject, int fail);
  void ClassPattern(const ast::Pattern& p, int subject, int fail);
  void OrPattern(const ast::Pattern& p, int subject, int fail);
  void EmitMatch(MatchOp op, int a, int b, int c, int n = 0);
  // R[reg] = a tuple of the str constants `names`.
  void NamesTupleTo(const std::vector<std::string>& names, int reg);
  void RaiseStmt(const ast::Raise& s);
  void AssertStmt(const ast::Assert& s);
  void DeleteTarget(const ast::Expr& t);
  void ApplyDecorators(const std::vector<ast::ExprPtr>& decs, int first_dec,
                       int obj);
  int AugConstReg(const ast::Expr& value);

  void PushExcBlock(int label, int reg);
  void PopExcBlock();
  void SuspendExcBlocks(size_t from);
  void ResumeExcBlocks(size_t from);
  // Emits the exits of fblocks [stop, size) innermost first, leaving the
  // exception blocks being exited suspended (recorded in *suspended); the
  // caller emits its jump/return, then ResumeAfterUnwind(*suspended).
  void Unwind(size_t stop, std::vector<size_t>* suspended);
  void ResumeAfterUnwind(const std::vector<size_t>& suspended);
  void ClearName(const std::string& name);
  void CollectDeleted(const ast::StmtList& body, RegSet* out);
  void MergeState(const RegSet& other, bool other_unreachable);

  ThreadState& ts_;
  std::string_view source_;
  CompileMode mode_;
  ScopeTable* scopes_;
  std::string filename_;
  SyntaxErrorInfo* error_;
  Str* filename_str_ = nullptr;
  FuncState* fs_ = nullptr;
  bool failed_ = false;
  bool oom_ = false;
};

// Restores the current line and span when a nested node is done.
class LineScope {
 public:
  LineScope(Compiler* c, FuncState* fs, int line)
      : fs_(fs), saved_(fs->cur_line), saved_span_(fs->cur_span) {
    c->SetLine(line);
  }
  // Also attributes the node's instructions to its span (traceback markers).
  LineScope(Compiler* c, FuncState* fs, const ast::Node& n)
      : fs_(fs), saved_(fs->cur_line), saved_span_(fs->cur_span) {
    c->SetSpan(n);
  }
  ~LineScope() {
    fs_->cur_line = saved_;
    fs_->cur_span = saved_span_;
  }
  LineScope(const LineScope&) = delete;
  LineScope& operator=(const LineScope&) = delete;

 private:
  FuncState* fs_;
  int saved_;
  ast::Node saved_span_;
};

// Constant folding of literal arithmetic (-1, 2 ** 10, 1.5 * 2). Only
// folds what cannot raise or overflow, so runtime errors keep their place.
struct FoldedConst {
  enum Kind { kInt, kFloat } kind;
  int64_t i;
  double f;
};
bool FoldConstant(const ast::Expr& e, FoldedConst* out);

BinOp ToBinOp(ast::BinOpKind op);
CmpOp ToCmpOp(ast::CmpOpKind op);

}  // namespace interp::compiler

#endif  // INTERP_RUNTIME_COMPILER_CODEGEN_H_
