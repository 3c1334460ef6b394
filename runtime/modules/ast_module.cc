// `_ast`: the native half of ast.py. tree(source, filename) parses with the
// runtime's own parser and hands the tree over as nested tuples, one per
// node: (class name, lineno, col_offset, end_lineno, end_col_offset,
// fields...) with the fields in the order of CPython's `_fields`; lists of
// nodes are lists, operators and contexts are their class names, missing
// children None. ast.py turns the tuples into node objects, so the node
// classes (and everything scripts do with them) stay in Python. A source
// that does not parse gives None: ast.py then lets compile() raise the
// SyntaxError, with the same message and position compile() has.
//
// Nothing here runs script code or reaches a safe point, so the values
// built bottom-up need no roots (allocation never collects).
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/frontend/ast.h"
#include "runtime/frontend/parser.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace interp {
namespace builtins {
namespace {

class TreeBuilder {
 public:
  explicit TreeBuilder(ThreadState& ts) : ts_(ts) {}

  Value Module(const ast::Module& m) {
    return Node("Module", nullptr, {Stmts(m.body), EmptyList()});
  }

 private:
  // A node tuple; pos null for the classes without positions.
  Value Node(std::string_view name, const ast::Node* pos,
             std::initializer_list<Value> fields) {
    for (const Value& f : fields) {
      if (f.IsError()) return f;
    }
    Tuple* t = NewTuple(ts_, 5 + static_cast<uint32_t>(fields.size()));
    if (t == nullptr) return Value::Error();
    Value n = Str(name);
    if (n.IsError()) return n;
    t->items[0] = n;
    t->items[1] = pos != nullptr ? Value::Int(pos->line) : Value::None();
    t->items[2] = pos != nullptr ? Value::Int(pos->col) : Value::None();
    t->items[3] = pos != nullptr ? Value::Int(pos->end_line) : Value::None();
    t->items[4] = pos != nullptr ? Value::Int(pos->end_col) : Value::None();
    uint32_t i = 5;
    for (const Value& f : fields) t->items[i++] = f;
    return Value::Obj(t);
  }

  Value Str(std::string_view s) { return StrValue(ts_, s); }
  Value StrOrNone(const std::string& s) {
    return s.empty() ? Value::None() : Str(s);
  }

  Value EmptyList() {
    List* l = NewList(ts_, 0);
    return l != nullptr ? Value::Obj(l) : Value::Error();
  }

  template <typename T, typename F>
  Value ListOf(const std::vector<T>& items, F&& each) {
    std::vector<Value> values;
    values.reserve(items.size());
    for (const T& item : items) {
      Value v = each(item);
      if (v.IsError()) return v;
      values.push_back(v);
    }
    List* l =
        NewListFrom(ts_, values.data(), static_cast<uint32_t>(values.size()));
    return l != nullptr ? Value::Obj(l) : Value::Error();
  }

  Value Exprs(const std::vector<ast::ExprPtr>& v) {
    return ListOf(v, [this](const ast::ExprPtr& e) { return Expr(e.get()); });
  }
  Value Stmts(const ast::StmtList& v) {
    return ListOf(v, [this](const ast::StmtPtr& s) { return Stmt(*s); });
  }
  Value Names(const std::vector<std::string>& v) {
    return ListOf(v, [this](const std::string& s) { return Str(s); });
  }

  Value Ctx(ast::ExprContext c) {
    switch (c) {
      case ast::ExprContext::kLoad:
        return Str("Load");
      case ast::ExprContext::kStore:
        return Str("Store");
      case ast::ExprContext::kDel:
        return Str("Del");
    }
    return Str("Load");
  }

  Value Constant(const ast::Constant& c) {
    switch (c.ckind) {
      case ast::ConstKind::kNone:
        return Value::None();
      case ast::ConstKind::kTrue:
        return Value::Bool(true);
      case ast::ConstKind::kFalse:
        return Value::Bool(false);
      case ast::ConstKind::kInt:
        return Value::Int(c.int_value);
      case ast::ConstKind::kFloat:
        return Value::Float(c.float_value);
      case ast::ConstKind::kStr:
        return Str(c.str_value);
      case ast::ConstKind::kEllipsis:
        return Value::Obj(Rt(ts_).ellipsis);
      case ast::ConstKind::kBigInt: {
        // ast.py converts the literal's text (int(text, 0)).
        Tuple* t = NewTuple(ts_, 1);
        if (t == nullptr) return Value::Error();
        Value s = Str(c.str_value);
        if (s.IsError()) return s;
        t->items[0] = s;
        return Value::Obj(t);
      }
      case ast::ConstKind::kBytes:
        return BytesValue(ts_, c.str_value);
      case ast::ConstKind::kComplex:
        return NewComplex(ts_, 0.0, c.float_value);
    }
    return Value::None();
  }

  Value Comprehensions(const std::vector<ast::Comprehension>& gens) {
    return ListOf(gens, [this](const ast::Comprehension& g) {
      return Node("comprehension", nullptr,
                  {Expr(g.target.get()), Expr(g.iter.get()), Exprs(g.ifs),
                   Value::Int(g.is_async ? 1 : 0)});
    });
  }

  Value Keywords(const std::vector<ast::Keyword>& kws) {
    return ListOf(kws, [this](const ast::Keyword& k) {
      return Node("keyword", &k, {StrOrNone(k.arg), Expr(k.value.get())});
    });
  }

  Value ArgNode(const ast::Arg& a) {
    return Node("arg", &a,
                {Str(a.name), Expr(a.annotation.get()), Value::None()});
  }
  Value ArgList(const std::vector<ast::Arg>& v) {
    return ListOf(v, [this](const ast::Arg& a) { return ArgNode(a); });
  }

  Value Arguments(const ast::Arguments& a) {
    return Node("arguments", nullptr,
                {ArgList(a.posonlyargs), ArgList(a.args),
                 a.vararg != nullptr ? ArgNode(*a.vararg) : Value::None(),
                 ArgList(a.kwonlyargs), Exprs(a.kw_defaults),
                 a.kwarg != nullptr ? ArgNode(*a.kwarg) : Value::None(),
                 Exprs(a.defaults)});
  }

  Value Expr(const ast::Expr* e) {
    if (e == nullptr) return Value::None();
    using K = ast::ExprKind;
    switch (e->kind) {
      case K::kConstant:
        return Node("Constant", e,
                    {Constant(e->As<ast::Constant>()), Value::None()});
      case K::kName: {
        const auto& n = e->As<ast::Name>();
        return Node("Name", e, {Str(n.id), Ctx(n.ctx)});
      }
      case K::kAttribute: {
        const auto& a = e->As<ast::Attribute>();
        return Node("Attribute", e,
                    {Expr(a.value.get()), Str(a.attr), Ctx(a.ctx)});
      }
      case K::kSubscript: {
        const auto& s = e->As<ast::Subscript>();
        return Node("Subscript", e,
                    {Expr(s.value.get()), Expr(s.slice.get()), Ctx(s.ctx)});
      }
      case K::kSlice: {
        const auto& s = e->As<ast::Slice>();
        return Node(
            "Slice", e,
            {Expr(s.lower.get()), Expr(s.upper.get()), Expr(s.step.get())});
      }
      case K::kCall: {
        const auto& c = e->As<ast::Call>();
        return Node("Call", e,
                    {Expr(c.func.get()), Exprs(c.args), Keywords(c.keywords)});
      }
      case K::kBinOp: {
        const auto& b = e->As<ast::BinOp>();
        return Node("BinOp", e,
                    {Expr(b.left.get()), Str(ast::BinOpName(b.op)),
                     Expr(b.right.get())});
      }
      case K::kUnaryOp: {
        const auto& u = e->As<ast::UnaryOp>();
        return Node("UnaryOp", e,
                    {Str(ast::UnaryOpName(u.op)), Expr(u.operand.get())});
      }
      case K::kBoolOp: {
        const auto& b = e->As<ast::BoolOp>();
        return Node("BoolOp", e,
                    {Str(b.op == ast::BoolOpKind::kAnd ? "And" : "Or"),
                     Exprs(b.values)});
      }
      case K::kCompare: {
        const auto& c = e->As<ast::Compare>();
        Value ops = ListOf(c.ops, [this](ast::CmpOpKind op) {
          return Str(ast::CmpOpName(op));
        });
        return Node("Compare", e,
                    {Expr(c.left.get()), ops, Exprs(c.comparators)});
      }
      case K::kIfExp: {
        const auto& i = e->As<ast::IfExp>();
        return Node(
            "IfExp", e,
            {Expr(i.test.get()), Expr(i.body.get()), Expr(i.orelse.get())});
      }
      case K::kLambda: {
        const auto& l = e->As<ast::Lambda>();
        return Node("Lambda", e, {Arguments(l.args), Expr(l.body.get())});
      }
      case K::kList: {
        const auto& l = e->As<ast::List>();
        return Node("List", e, {Exprs(l.elts), Ctx(l.ctx)});
      }
      case K::kTuple: {
        const auto& t = e->As<ast::Tuple>();
        return Node("Tuple", e, {Exprs(t.elts), Ctx(t.ctx)});
      }
      case K::kSet:
        return Node("Set", e, {Exprs(e->As<ast::Set>().elts)});
      case K::kDict: {
        const auto& d = e->As<ast::Dict>();
        return Node("Dict", e, {Exprs(d.keys), Exprs(d.values)});
      }
      case K::kListComp: {
        const auto& c = e->As<ast::ListComp>();
        return Node("ListComp", e,
                    {Expr(c.elt.get()), Comprehensions(c.generators)});
      }
      case K::kSetComp: {
        const auto& c = e->As<ast::SetComp>();
        return Node("SetComp", e,
                    {Expr(c.elt.get()), Comprehensions(c.generators)});
      }
      case K::kDictComp: {
        const auto& c = e->As<ast::DictComp>();
        return Node("DictComp", e,
                    {Expr(c.key.get()), Expr(c.value.get()),
                     Comprehensions(c.generators)});
      }
      case K::kGeneratorExp: {
        const auto& c = e->As<ast::GeneratorExp>();
        return Node("GeneratorExp", e,
                    {Expr(c.elt.get()), Comprehensions(c.generators)});
      }
      case K::kJoinedStr:
        return Node("JoinedStr", e, {Exprs(e->As<ast::JoinedStr>().values)});
      case K::kFormattedValue: {
        const auto& f = e->As<ast::FormattedValue>();
        return Node("FormattedValue", e,
                    {Expr(f.value.get()), Value::Int(f.conversion),
                     Expr(f.format_spec.get())});
      }
      case K::kStarred: {
        const auto& s = e->As<ast::Starred>();
        return Node("Starred", e, {Expr(s.value.get()), Ctx(s.ctx)});
      }
      case K::kYield:
        return Node("Yield", e, {Expr(e->As<ast::Yield>().value.get())});
      case K::kYieldFrom:
        return Node("YieldFrom", e,
                    {Expr(e->As<ast::YieldFrom>().value.get())});
      case K::kNamedExpr: {
        const auto& n = e->As<ast::NamedExpr>();
        return Node("NamedExpr", e,
                    {Expr(n.target.get()), Expr(n.value.get())});
      }
      case K::kAwait:
        return Node("Await", e, {Expr(e->As<ast::Await>().value.get())});
    }
    return Value::None();
  }

  Value Pattern(const ast::Pattern* p) {
    if (p == nullptr) return Value::None();
    auto patterns = [this](const std::vector<ast::PatternPtr>& v) {
      return ListOf(
          v, [this](const ast::PatternPtr& q) { return Pattern(q.get()); });
    };
    switch (p->kind) {
      case ast::PatternKind::kValue:
        return Node("MatchValue", p, {Expr(p->value.get())});
      case ast::PatternKind::kSingleton:
        return Node("MatchSingleton", p,
                    {Constant(p->value->As<ast::Constant>())});
      case ast::PatternKind::kSequence:
        return Node("MatchSequence", p, {patterns(p->patterns)});
      case ast::PatternKind::kMapping:
        return Node(
            "MatchMapping", p,
            {Exprs(p->keys), patterns(p->patterns), StrOrNone(p->name)});
      case ast::PatternKind::kClass:
        return Node("MatchClass", p,
                    {Expr(p->value.get()), patterns(p->patterns),
                     Names(p->kwd_attrs), patterns(p->kwd_patterns)});
      case ast::PatternKind::kStar:
        return Node("MatchStar", p, {StrOrNone(p->name)});
      case ast::PatternKind::kAs:
        return Node("MatchAs", p,
                    {p->patterns.empty() ? Value::None()
                                         : Pattern(p->patterns[0].get()),
                     StrOrNone(p->name)});
      case ast::PatternKind::kOr:
        return Node("MatchOr", p, {patterns(p->patterns)});
    }
    return Value::None();
  }

  Value Aliases(const std::vector<ast::Alias>& v) {
    return ListOf(v, [this](const ast::Alias& a) {
      return Node("alias", &a, {Str(a.name), StrOrNone(a.asname)});
    });
  }

  Value Stmt(const ast::Stmt& s) {
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::kExprStmt:
        return Node("Expr", &s, {Expr(s.As<ast::ExprStmt>().value.get())});
      case K::kAssign: {
        const auto& a = s.As<ast::Assign>();
        return Node("Assign", &s,
                    {Exprs(a.targets), Expr(a.value.get()), Value::None()});
      }
      case K::kAugAssign: {
        const auto& a = s.As<ast::AugAssign>();
        return Node("AugAssign", &s,
                    {Expr(a.target.get()), Str(ast::BinOpName(a.op)),
                     Expr(a.value.get())});
      }
      case K::kAnnAssign: {
        const auto& a = s.As<ast::AnnAssign>();
        return Node("AnnAssign", &s,
                    {Expr(a.target.get()), Expr(a.annotation.get()),
                     Expr(a.value.get()), Value::Int(a.simple ? 1 : 0)});
      }
      case K::kIf: {
        const auto& i = s.As<ast::If>();
        return Node("If", &s,
                    {Expr(i.test.get()), Stmts(i.body), Stmts(i.orelse)});
      }
      case K::kWhile: {
        const auto& w = s.As<ast::While>();
        return Node("While", &s,
                    {Expr(w.test.get()), Stmts(w.body), Stmts(w.orelse)});
      }
      case K::kFor: {
        const auto& f = s.As<ast::For>();
        return Node(f.is_async ? "AsyncFor" : "For", &s,
                    {Expr(f.target.get()), Expr(f.iter.get()), Stmts(f.body),
                     Stmts(f.orelse), Value::None()});
      }
      case K::kBreak:
        return Node("Break", &s, {});
      case K::kContinue:
        return Node("Continue", &s, {});
      case K::kPass:
        return Node("Pass", &s, {});
      case K::kFunctionDef: {
        const auto& f = s.As<ast::FunctionDef>();
        return Node(
            f.is_async ? "AsyncFunctionDef" : "FunctionDef", &s,
            {Str(f.name), Arguments(f.args), Stmts(f.body),
             Exprs(f.decorator_list), Expr(f.returns.get()), Value::None()});
      }
      case K::kReturn:
        return Node("Return", &s, {Expr(s.As<ast::Return>().value.get())});
      case K::kClassDef: {
        const auto& c = s.As<ast::ClassDef>();
        return Node("ClassDef", &s,
                    {Str(c.name), Exprs(c.bases), Keywords(c.keywords),
                     Stmts(c.body), Exprs(c.decorator_list)});
      }
      case K::kGlobal:
        return Node("Global", &s, {Names(s.As<ast::Global>().names)});
      case K::kNonlocal:
        return Node("Nonlocal", &s, {Names(s.As<ast::Nonlocal>().names)});
      case K::kImport:
        return Node("Import", &s, {Aliases(s.As<ast::Import>().names)});
      case K::kImportFrom: {
        const auto& i = s.As<ast::ImportFrom>();
        return Node(
            "ImportFrom", &s,
            {StrOrNone(i.module), Aliases(i.names), Value::Int(i.level)});
      }
      case K::kTry: {
        const auto& t = s.As<ast::Try>();
        Value handlers =
            ListOf(t.handlers, [this](const ast::ExceptHandler& h) {
              return Node(
                  "ExceptHandler", &h,
                  {Expr(h.type.get()), StrOrNone(h.name), Stmts(h.body)});
            });
        return Node(
            t.is_star ? "TryStar" : "Try", &s,
            {Stmts(t.body), handlers, Stmts(t.orelse), Stmts(t.finalbody)});
      }
      case K::kRaise: {
        const auto& r = s.As<ast::Raise>();
        return Node("Raise", &s, {Expr(r.exc.get()), Expr(r.cause.get())});
      }
      case K::kAssert: {
        const auto& a = s.As<ast::Assert>();
        return Node("Assert", &s, {Expr(a.test.get()), Expr(a.msg.get())});
      }
      case K::kDelete:
        return Node("Delete", &s, {Exprs(s.As<ast::Delete>().targets)});
      case K::kWith: {
        const auto& w = s.As<ast::With>();
        Value items = ListOf(w.items, [this](const ast::WithItem& i) {
          return Node(
              "withitem", nullptr,
              {Expr(i.context_expr.get()), Expr(i.optional_vars.get())});
        });
        return Node(w.is_async ? "AsyncWith" : "With", &s,
                    {items, Stmts(w.body), Value::None()});
      }
      case K::kMatch: {
        const auto& m = s.As<ast::Match>();
        Value cases = ListOf(m.cases, [this](const ast::MatchCase& c) {
          return Node(
              "match_case", nullptr,
              {Pattern(c.pattern.get()), Expr(c.guard.get()), Stmts(c.body)});
        });
        return Node("Match", &s, {Expr(m.subject.get()), cases});
      }
    }
    return Value::None();
  }

  ThreadState& ts_;
};

// tree(source, filename) -> node tuples, or None when source does not parse.
Value TreeFn(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "tree", kw) || !CheckArgCount(ts, "tree", nargs, 2, 2)) {
    return Value::Error();
  }
  if (!IsKind(args[0], ObjKind::kStr) || !IsKind(args[1], ObjKind::kStr)) {
    return RaiseTypeError(ts, "tree() arguments must be str");
  }
  ParseResult pr =
      Parse(As<interp::Str>(args[0])->view(), As<interp::Str>(args[1])->view());
  if (pr.module == nullptr) return Value::None();
  return TreeBuilder(ts).Module(*pr.module);
}

}  // namespace

Module* InitAstModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_ast"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!AddFunction(ts, m, "tree", TreeFn)) return nullptr;
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("_ast", InitAstModule);

}  // namespace builtins
}  // namespace interp
