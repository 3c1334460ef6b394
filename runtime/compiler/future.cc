#include "runtime/compiler/future.h"

#include <initializer_list>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

namespace interp::compiler {
namespace {

// Every feature CPython 3.11 knows. Only `annotations` changes how
// interp compiles; the others are mandatory by now (or, for
// barry_as_FLUFL, affect only code compiled later by CPython's own
// parser), so they are accepted and change nothing, as in CPython.
constexpr const char* kFeatures[] = {
    "nested_scopes",  "generators",     "division",         "absolute_import",
    "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
    "generator_stop", "annotations",
};

bool IsFutureImport(const ast::Stmt& s) {
  if (!s.Is<ast::ImportFrom>()) return false;
  const auto& f = s.As<ast::ImportFrom>();
  return f.level == 0 && f.module == "__future__";
}

bool KnownFeature(const std::string& name) {
  for (const char* f : kFeatures) {
    if (name == f) return true;
  }
  return false;
}

}  // namespace

bool ParseFutureFeatures(const ast::Module& module, FutureFeatures* features,
                         SyntaxErrorInfo* error) {
  size_t i = 0;
  const ast::StmtList& body = module.body;
  if (!body.empty() && body[0]->Is<ast::ExprStmt>()) {
    const ast::Expr& v = *body[0]->As<ast::ExprStmt>().value;
    if (v.Is<ast::Constant>() &&
        v.As<ast::Constant>().ckind == ast::ConstKind::kStr) {
      i = 1;
    }
  }
  for (; i < body.size() && IsFutureImport(*body[i]); ++i) {
    const auto& s = body[i]->As<ast::ImportFrom>();
    features->last_line = s.line;
    for (const ast::Alias& a : s.names) {
      if (a.name == "annotations") {
        features->annotations = true;
        continue;
      }
      if (KnownFeature(a.name)) continue;
      // CPython gives these a start position only: one caret.
      error->type = "SyntaxError";
      error->message =
          a.name == "braces"
              ? "not a chance"
              : absl::StrCat("future feature ", a.name, " is not defined");
      error->line = s.line;
      error->col = s.col + 1;
      error->end_line = 0;
      error->end_col = 0;
      return false;
    }
  }
  return true;
}

bool IsLateFutureImport(const ast::ImportFrom& s,
                        const FutureFeatures& features) {
  return s.level == 0 && s.module == "__future__" &&
         s.line > features.last_line;
}

namespace {

const ast::Expr* Find(const ast::Expr* e, const char** message);

const ast::Expr* FindIn(const std::vector<ast::ExprPtr>& v,
                        const char** message) {
  for (const ast::ExprPtr& e : v) {
    if (const ast::Expr* f = Find(e.get(), message)) return f;
  }
  return nullptr;
}

const ast::Expr* Find(const ast::Expr* e, const char** message) {
  if (e == nullptr) return nullptr;
  using K = ast::ExprKind;
  auto first = [&](std::initializer_list<const ast::Expr*> parts) {
    for (const ast::Expr* p : parts) {
      if (const ast::Expr* f = Find(p, message)) return f;
    }
    return static_cast<const ast::Expr*>(nullptr);
  };
  switch (e->kind) {
    case K::kYield:
    case K::kYieldFrom:
      *message = "'yield expression' can not be used within an annotation";
      return e;
    case K::kAwait:
      *message = "'await expression' can not be used within an annotation";
      return e;
    case K::kNamedExpr:
      *message = "'named expression' can not be used within an annotation";
      return e;
    case K::kConstant:
    case K::kName:
    case K::kLambda:  // its own scope
      return nullptr;
    case K::kAttribute:
      return Find(e->As<ast::Attribute>().value.get(), message);
    case K::kSubscript: {
      const auto& s = e->As<ast::Subscript>();
      return first({s.value.get(), s.slice.get()});
    }
    case K::kSlice: {
      const auto& s = e->As<ast::Slice>();
      return first({s.lower.get(), s.upper.get(), s.step.get()});
    }
    case K::kCall: {
      const auto& c = e->As<ast::Call>();
      if (const ast::Expr* f = Find(c.func.get(), message)) return f;
      if (const ast::Expr* f = FindIn(c.args, message)) return f;
      for (const ast::Keyword& k : c.keywords) {
        if (const ast::Expr* f = Find(k.value.get(), message)) return f;
      }
      return nullptr;
    }
    case K::kBinOp: {
      const auto& b = e->As<ast::BinOp>();
      return first({b.left.get(), b.right.get()});
    }
    case K::kUnaryOp:
      return Find(e->As<ast::UnaryOp>().operand.get(), message);
    case K::kBoolOp:
      return FindIn(e->As<ast::BoolOp>().values, message);
    case K::kCompare: {
      const auto& c = e->As<ast::Compare>();
      if (const ast::Expr* f = Find(c.left.get(), message)) return f;
      return FindIn(c.comparators, message);
    }
    case K::kIfExp: {
      const auto& i = e->As<ast::IfExp>();
      return first({i.test.get(), i.body.get(), i.orelse.get()});
    }
    case K::kList:
      return FindIn(e->As<ast::List>().elts, message);
    case K::kTuple:
      return FindIn(e->As<ast::Tuple>().elts, message);
    case K::kSet:
      return FindIn(e->As<ast::Set>().elts, message);
    case K::kDict: {
      const auto& d = e->As<ast::Dict>();
      if (const ast::Expr* f = FindIn(d.keys, message)) return f;
      return FindIn(d.values, message);
    }
    // A comprehension runs in its own scope, all but its first iterable.
    case K::kListComp:
      return Find(e->As<ast::ListComp>().generators[0].iter.get(), message);
    case K::kSetComp:
      return Find(e->As<ast::SetComp>().generators[0].iter.get(), message);
    case K::kDictComp:
      return Find(e->As<ast::DictComp>().generators[0].iter.get(), message);
    case K::kGeneratorExp:
      return Find(e->As<ast::GeneratorExp>().generators[0].iter.get(), message);
    case K::kJoinedStr:
      return FindIn(e->As<ast::JoinedStr>().values, message);
    case K::kFormattedValue: {
      const auto& f = e->As<ast::FormattedValue>();
      return first({f.value.get(), f.format_spec.get()});
    }
    case K::kStarred:
      return Find(e->As<ast::Starred>().value.get(), message);
  }
  return nullptr;
}

}  // namespace

const ast::Expr* FindUnevaluatedAnnotationError(const ast::Expr& e,
                                                const char** message) {
  return Find(&e, message);
}

}  // namespace interp::compiler
