// Abstract syntax tree produced by the parser (parser.h) for the whole
// language of SPEC 1.1-1.3. The shape follows CPython's `ast` module closely
// (same node names, same field names, elif as a nested If in orelse, flattened
// BoolOp, one Constant for adjacent string literals), so `ast.dump` output of
// CPython is a good mental model and Dump() below prints in that format.
//
// Ownership: plain structs, children in std::unique_ptr / std::vector.
// Dispatch: `kind` tag + As<T>() (no RTTI). Positions: every node has
// line (1-based), col (0-based UTF-8 byte offset of its first character),
// end_line, end_col (one past the last byte), exactly like CPython's
// lineno/col_offset/end_lineno/end_col_offset.
//
// Depth guarantee: the parser never produces a tree deeper than
// kMaxAstDepth nodes (expressions and statements counted together), so
// recursive visitors (compiler, destructors) need only bounded C stack.
//
// Expressions (Expr, kind ExprKind::k<Name>):
//   Constant      ckind: kNone/kTrue/kFalse/kInt/kFloat/kStr (+ kEllipsis for
//                 `...`, kComplex for `2j`); value in int_value / float_value
//                 / str_value (UTF-8).
//                 Adjacent plain string literals are merged into one Constant.
//   Name          id, ctx (kLoad/kStore/kDel).
//   Attribute     value.attr, ctx.
//   Subscript     value[slice], ctx. `slice` is any expr: a Slice, or a Tuple
//                 (possibly containing Slices) for `x[a:b, c]`.
//   Slice         lower/upper/step, each may be null. Only inside Subscript.
//   Call          func(args..., keywords...). args may contain Starred (`*x`),
//                 in source order. keywords: Keyword{arg, value}; arg empty
//                 means `**value`.
//   BinOp         left op right (op: BinOpKind).
//   UnaryOp       op operand (op: UnaryOpKind; `not` is kNot).
//   BoolOp        op (kAnd/kOr) over values (>= 2, flattened: a or b or c).
//   Compare       left ops[0] comparators[0] ops[1] comparators[1] ...
//   IfExp         body if test else orelse.
//   Lambda        args (Arguments), body (an expression).
//   List/Tuple    elts (may contain Starred), ctx. Tuple also for `a, b`.
//   Set           elts (may contain Starred); never empty.
//   Dict          keys[i]: values[i]; keys[i] == null means `**values[i]`.
//   ListComp/SetComp  elt, generators (Comprehension: target, iter, ifs;
//                 one per `for` clause, in source order).
//   DictComp      key: value, generators.
//   JoinedStr     f-string: values are Constant(kStr) literal parts and
//                 FormattedValue parts, in order (adjacent literals merged).
//   FormattedValue value, conversion (-1 none, or 'r', 's', 'a'),
//                 format_spec (null or a JoinedStr). For `f"{x=}"` the parser
//                 emits the literal "x=" then FormattedValue (conversion 'r'
//                 unless a conversion/format spec is given), like CPython.
//   Starred       *value, ctx. Only in call args, List/Tuple/Set displays and
//                 assignment/for targets (at most one per target sequence).
//
// Statements (Stmt, kind StmtKind::k<Name>):
//   ExprStmt      value.
//   Assign        targets[0] = targets[1] = ... = value (`a = b = 0` has two
//                 targets). Targets: Name, Attribute, Subscript, Tuple/List of
//                 targets (nested, at most one Starred), all with ctx kStore.
//   AugAssign     target op= value (target: Name/Attribute/Subscript).
//   If            test, body, orelse (elif: orelse holds one nested If).
//   While         test, body, orelse.
//   For           for target in iter: body else: orelse.
//   Break, Continue, Pass.
//   FunctionDef   name, args, body, decorator_list, returns (annotation or
//                 null). Parameter annotations are kept in Arg::annotation.
//   Return        value (may be null).
//   ClassDef      name, bases, keywords (e.g. metaclass=...), body,
//                 decorator_list. The compiler decides what it supports.
//   Global/Nonlocal names.
//   Import        names: Alias{name (dotted "a.b"), asname (empty if none)}.
//   ImportFrom    from module import names (Alias; name may be "*");
//                 level = number of leading dots (parser currently rejects
//                 level > 0 and `*`, see parser.h).
//   Try           body, handlers (ExceptHandler{type (null = bare except),
//                 name (empty if no `as`), body}), orelse, finalbody;
//                 is_star for `except*` handlers (ast.TryStar).
//   Raise         exc (null for bare raise), cause (null without `from`).
//   Assert        test, msg (may be null).
//   Delete        targets (Name/Attribute/Subscript/Tuple/List, ctx kDel).
//   With          items (WithItem{context_expr, optional_vars (null or a
//                 target with ctx kStore)}), body.
//   Match         subject, cases (MatchCase{pattern, guard (may be null),
//                 body}); patterns are Pattern nodes (below).
//
// Module: filename, body.
#ifndef INTERP_RUNTIME_FRONTEND_AST_H_
#define INTERP_RUNTIME_FRONTEND_AST_H_

#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace interp::ast {

// Bound on the depth of any tree the parser returns (see header comment).
inline constexpr int kMaxAstDepth = 1500;

// Source span shared by every node.
struct Node {
  int line = 0;      // 1-based
  int col = 0;       // 0-based byte offset
  int end_line = 0;  // 1-based
  int end_col = 0;   // 0-based byte offset one past the end
};

enum class ExprContext : uint8_t { kLoad, kStore, kDel };

enum class BinOpKind : uint8_t {
  kAdd,       // +
  kSub,       // -
  kMult,      // *
  kMatMult,   // @ (parsed; the compiler may reject it)
  kDiv,       // /
  kFloorDiv,  // //
  kMod,       // %
  kPow,       // **
  kLShift,    // <<
  kRShift,    // >>
  kBitOr,     // |
  kBitXor,    // ^
  kBitAnd,    // &
};

enum class UnaryOpKind : uint8_t { kInvert, kNot, kUAdd, kUSub };

enum class BoolOpKind : uint8_t { kAnd, kOr };

enum class CmpOpKind : uint8_t {
  kEq,
  kNotEq,
  kLt,
  kLtE,
  kGt,
  kGtE,
  kIs,
  kIsNot,
  kIn,
  kNotIn,
};

enum class ExprKind : uint8_t {
  kConstant,
  kName,
  kAttribute,
  kSubscript,
  kSlice,
  kCall,
  kBinOp,
  kUnaryOp,
  kBoolOp,
  kCompare,
  kIfExp,
  kLambda,
  kList,
  kTuple,
  kSet,
  kDict,
  kListComp,
  kSetComp,
  kDictComp,
  kJoinedStr,
  kFormattedValue,
  kStarred,
  kGeneratorExp,
  kYield,
  kYieldFrom,
  kNamedExpr,
  kAwait,
};

enum class StmtKind : uint8_t {
  kExprStmt,
  kAssign,
  kAugAssign,
  kIf,
  kWhile,
  kFor,
  kBreak,
  kContinue,
  kPass,
  kFunctionDef,
  kReturn,
  kClassDef,
  kGlobal,
  kNonlocal,
  kImport,
  kImportFrom,
  kTry,
  kRaise,
  kAssert,
  kDelete,
  kWith,
  kAnnAssign,
  kMatch,
};

// ---------------------------------------------------------------------------
// Expressions

struct Expr : Node {
  const ExprKind kind;
  // Height of this subtree (a leaf is 1), set by the parser; <= kMaxAstDepth.
  uint16_t height = 1;
  explicit Expr(ExprKind k) : kind(k) {}
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;
  virtual ~Expr() = default;

  template <typename T>
  T& As() {
    assert(kind == T::kKind);
    return static_cast<T&>(*this);
  }
  template <typename T>
  const T& As() const {
    assert(kind == T::kKind);
    return static_cast<const T&>(*this);
  }
  template <typename T>
  bool Is() const {
    return kind == T::kKind;
  }
};

using ExprPtr = std::unique_ptr<Expr>;

template <ExprKind K>
struct ExprOf : Expr {
  static constexpr ExprKind kKind = K;
  ExprOf() : Expr(K) {}
};

enum class ConstKind : uint8_t {
  kNone,
  kTrue,
  kFalse,
  kInt,
  kFloat,
  kStr,
  kEllipsis,
  kBigInt,   // an int literal beyond 64 bits; str_value is its source text
  kBytes,    // str_value holds the bytes
  kComplex,  // an imaginary literal `2j`: float_value is its imaginary part
};

struct Constant final : ExprOf<ExprKind::kConstant> {
  ConstKind ckind = ConstKind::kNone;
  int64_t int_value = 0;
  double float_value = 0;
  std::string str_value;  // UTF-8, escapes already decoded
};

struct Name final : ExprOf<ExprKind::kName> {
  std::string id;
  ExprContext ctx = ExprContext::kLoad;
};

struct Attribute final : ExprOf<ExprKind::kAttribute> {
  ExprPtr value;
  std::string attr;
  ExprContext ctx = ExprContext::kLoad;
};

struct Subscript final : ExprOf<ExprKind::kSubscript> {
  ExprPtr value;
  ExprPtr slice;  // Slice, Tuple (may hold Slices) or any expression
  ExprContext ctx = ExprContext::kLoad;
};

struct Slice final : ExprOf<ExprKind::kSlice> {
  ExprPtr lower;  // each may be null
  ExprPtr upper;
  ExprPtr step;
};

struct Keyword : Node {
  std::string arg;  // empty: `**value`
  ExprPtr value;
};

struct Call final : ExprOf<ExprKind::kCall> {
  ExprPtr func;
  std::vector<ExprPtr> args;  // may contain Starred
  std::vector<Keyword> keywords;
};

struct BinOp final : ExprOf<ExprKind::kBinOp> {
  ExprPtr left;
  BinOpKind op = BinOpKind::kAdd;
  ExprPtr right;
};

struct UnaryOp final : ExprOf<ExprKind::kUnaryOp> {
  UnaryOpKind op = UnaryOpKind::kUSub;
  ExprPtr operand;
};

struct BoolOp final : ExprOf<ExprKind::kBoolOp> {
  BoolOpKind op = BoolOpKind::kAnd;
  std::vector<ExprPtr> values;  // >= 2
};

struct Compare final : ExprOf<ExprKind::kCompare> {
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  std::vector<ExprPtr> comparators;  // same length as ops
};

struct IfExp final : ExprOf<ExprKind::kIfExp> {
  ExprPtr test;
  ExprPtr body;
  ExprPtr orelse;
};

// `target := value`; target is always a Name (ctx kStore).
struct NamedExpr final : ExprOf<ExprKind::kNamedExpr> {
  ExprPtr target;
  ExprPtr value;
};

// One parameter.
struct Arg : Node {
  std::string name;
  ExprPtr annotation;  // null if none
};

// Parameters of a def or lambda. `defaults` belong to the LAST
// defaults.size() parameters of posonlyargs + args (as in CPython).
struct Arguments {
  std::vector<Arg> posonlyargs;  // before `/`
  std::vector<Arg> args;
  std::vector<ExprPtr> defaults;
  std::unique_ptr<Arg> vararg;  // *args, null if none
  std::vector<Arg> kwonlyargs;
  std::vector<ExprPtr> kw_defaults;  // same length as kwonlyargs; null = none
  std::unique_ptr<Arg> kwarg;        // **kwargs, null if none
};

struct Lambda final : ExprOf<ExprKind::kLambda> {
  Arguments args;
  ExprPtr body;
};

struct List final : ExprOf<ExprKind::kList> {
  std::vector<ExprPtr> elts;
  ExprContext ctx = ExprContext::kLoad;
};

struct Tuple final : ExprOf<ExprKind::kTuple> {
  std::vector<ExprPtr> elts;
  ExprContext ctx = ExprContext::kLoad;
};

struct Set final : ExprOf<ExprKind::kSet> {
  std::vector<ExprPtr> elts;
};

struct Dict final : ExprOf<ExprKind::kDict> {
  std::vector<ExprPtr> keys;  // null key: `**values[i]`
  std::vector<ExprPtr> values;
};

// One `for target in iter if c1 if c2` clause of a comprehension.
struct Comprehension : Node {
  bool is_async = false;  // `async for`
  ExprPtr target;         // ctx kStore
  ExprPtr iter;
  std::vector<ExprPtr> ifs;
};

struct ListComp final : ExprOf<ExprKind::kListComp> {
  ExprPtr elt;
  std::vector<Comprehension> generators;  // >= 1
};

struct SetComp final : ExprOf<ExprKind::kSetComp> {
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct DictComp final : ExprOf<ExprKind::kDictComp> {
  ExprPtr key;
  ExprPtr value;
  std::vector<Comprehension> generators;
};

struct GeneratorExp final : ExprOf<ExprKind::kGeneratorExp> {
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct Yield final : ExprOf<ExprKind::kYield> {
  ExprPtr value;  // may be null
};

struct YieldFrom final : ExprOf<ExprKind::kYieldFrom> {
  ExprPtr value;
};

// `await value` (only inside `async def`).
struct Await final : ExprOf<ExprKind::kAwait> {
  ExprPtr value;
};

struct JoinedStr final : ExprOf<ExprKind::kJoinedStr> {
  std::vector<ExprPtr> values;  // Constant(kStr) or FormattedValue
};

struct FormattedValue final : ExprOf<ExprKind::kFormattedValue> {
  ExprPtr value;
  int conversion = -1;  // -1, 'r', 's' or 'a'
  ExprPtr format_spec;  // null or JoinedStr
};

struct Starred final : ExprOf<ExprKind::kStarred> {
  ExprPtr value;
  ExprContext ctx = ExprContext::kLoad;
};

// ---------------------------------------------------------------------------
// Statements

struct Stmt : Node {
  const StmtKind kind;
  // Height of this subtree (a leaf is 1), set by the parser; <= kMaxAstDepth.
  uint16_t height = 1;
  explicit Stmt(StmtKind k) : kind(k) {}
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  virtual ~Stmt() = default;

  template <typename T>
  T& As() {
    assert(kind == T::kKind);
    return static_cast<T&>(*this);
  }
  template <typename T>
  const T& As() const {
    assert(kind == T::kKind);
    return static_cast<const T&>(*this);
  }
  template <typename T>
  bool Is() const {
    return kind == T::kKind;
  }
};

using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

template <StmtKind K>
struct StmtOf : Stmt {
  static constexpr StmtKind kKind = K;
  StmtOf() : Stmt(K) {}
};

struct ExprStmt final : StmtOf<StmtKind::kExprStmt> {
  ExprPtr value;
};

// `target: annotation [= value]`. `simple`: the target is a bare name (not
// parenthesised), whose annotation module and class bodies record in
// __annotations__.
struct AnnAssign final : StmtOf<StmtKind::kAnnAssign> {
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;  // may be null
  bool simple = false;
};

struct Assign final : StmtOf<StmtKind::kAssign> {
  std::vector<ExprPtr> targets;  // >= 1, assigned left to right
  ExprPtr value;
};

struct AugAssign final : StmtOf<StmtKind::kAugAssign> {
  ExprPtr target;
  BinOpKind op = BinOpKind::kAdd;
  ExprPtr value;
};

struct If final : StmtOf<StmtKind::kIf> {
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};

struct While final : StmtOf<StmtKind::kWhile> {
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};

struct For final : StmtOf<StmtKind::kFor> {
  bool is_async = false;  // `async for`
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
  StmtList orelse;
};

struct Break final : StmtOf<StmtKind::kBreak> {};
struct Continue final : StmtOf<StmtKind::kContinue> {};
struct Pass final : StmtOf<StmtKind::kPass> {};

struct FunctionDef final : StmtOf<StmtKind::kFunctionDef> {
  bool is_async = false;  // `async def`: calling it makes a coroutine
  std::string name;
  Arguments args;
  StmtList body;
  std::vector<ExprPtr> decorator_list;  // outermost first, as written
  ExprPtr returns;                      // `-> annotation`, null if none
};

struct Return final : StmtOf<StmtKind::kReturn> {
  ExprPtr value;  // may be null
};

struct ClassDef final : StmtOf<StmtKind::kClassDef> {
  std::string name;
  std::vector<ExprPtr> bases;  // may contain Starred
  std::vector<Keyword> keywords;
  StmtList body;
  std::vector<ExprPtr> decorator_list;
};

struct Global final : StmtOf<StmtKind::kGlobal> {
  std::vector<std::string> names;
};

struct Nonlocal final : StmtOf<StmtKind::kNonlocal> {
  std::vector<std::string> names;
};

struct Alias : Node {
  std::string name;    // "m", "a.b" or "*"
  std::string asname;  // empty if none
};

struct Import final : StmtOf<StmtKind::kImport> {
  std::vector<Alias> names;
};

struct ImportFrom final : StmtOf<StmtKind::kImportFrom> {
  std::string module;  // may be empty only when level > 0
  std::vector<Alias> names;
  int level = 0;
};

struct ExceptHandler : Node {
  ExprPtr type;      // null: bare `except:`
  std::string name;  // empty if no `as`
  StmtList body;
};

struct Try final : StmtOf<StmtKind::kTry> {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
  bool is_star = false;  // `except*` handlers (PEP 654; ast.TryStar)
};

struct Raise final : StmtOf<StmtKind::kRaise> {
  ExprPtr exc;    // null: bare `raise`
  ExprPtr cause;  // null unless `from`
};

struct Assert final : StmtOf<StmtKind::kAssert> {
  ExprPtr test;
  ExprPtr msg;  // may be null
};

struct Delete final : StmtOf<StmtKind::kDelete> {
  std::vector<ExprPtr> targets;
};

struct WithItem : Node {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // null if no `as`
};

struct With final : StmtOf<StmtKind::kWith> {
  bool is_async = false;        // `async with`
  std::vector<WithItem> items;  // >= 1
  StmtList body;
};

// One pattern of a match statement: CPython's whole `ast.pattern` family in
// one node, distinguished by `kind`:
//   kValue      subject == value (a literal, a signed/complex number or a
//               dotted name).
//   kSingleton  subject is value (a None/True/False Constant).
//   kSequence   [patterns...] or (patterns...), at most one kStar among them.
//   kMapping    {keys[i]: patterns[i], ..., **name} (name empty: no rest).
//   kClass      value(patterns..., kwd_attrs[i]=kwd_patterns[i], ...); value
//               is the class expression (a dotted name).
//   kStar       *name inside a sequence (name empty: `*_`).
//   kAs         patterns[0] as name; with no sub-pattern a capture (name) or
//               the wildcard `_` (name empty).
//   kOr         patterns[0] | patterns[1] | ...
enum class PatternKind : uint8_t {
  kValue,
  kSingleton,
  kSequence,
  kMapping,
  kClass,
  kStar,
  kAs,
  kOr,
};

struct Pattern : Node {
  PatternKind kind = PatternKind::kAs;
  // Height of this subtree (a leaf is 1), set by the parser; <= kMaxAstDepth.
  uint16_t height = 1;
  ExprPtr value;
  std::vector<std::unique_ptr<Pattern>> patterns;
  std::vector<ExprPtr> keys;
  std::vector<std::string> kwd_attrs;
  std::vector<std::unique_ptr<Pattern>> kwd_patterns;
  std::string name;
};

using PatternPtr = std::unique_ptr<Pattern>;

struct MatchCase : Node {
  PatternPtr pattern;
  ExprPtr guard;  // null if no `if`
  StmtList body;
};

struct Match final : StmtOf<StmtKind::kMatch> {
  ExprPtr subject;
  std::vector<MatchCase> cases;  // >= 1
};

struct Module {
  std::string filename;
  StmtList body;
};

// Debug dump in the format of CPython's `ast.dump(tree)` (no positions),
// e.g. "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])".
std::string Dump(const Module& module);
std::string Dump(const Expr& expr);
std::string Dump(const Stmt& stmt);
// Like `ast.dump(tree, include_attributes=True)`: positions too.
std::string DumpWithPositions(const Module& module);

// Names for diagnostics and dumps: "Add", "Eq", "Load", ...
const char* BinOpName(BinOpKind op);
const char* UnaryOpName(UnaryOpKind op);
const char* CmpOpName(CmpOpKind op);

}  // namespace interp::ast

#endif  // INTERP_RUNTIME_FRONTEND_AST_H_
