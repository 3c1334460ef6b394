// Scope analysis (see scope.h): a first pass collects how every scope uses
// each name, a second resolves name kinds (free variables bottom-up, so a
// nested function's capture turns the enclosing local into a cell), a third
// lays out registers.
#include "runtime/compiler/scope.h"

#include <cmath>
#include <string>
#include <type_traits>
#include <utility>

#include "absl/strings/str_cat.h"

namespace interp::compiler {

std::string Mangle(std::string_view private_name, std::string_view name) {
  if (private_name.empty() || name.size() < 3 || name[0] != '_' ||
      name[1] != '_' ||
      (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') ||
      name.find('.') != std::string_view::npos) {
    return std::string(name);
  }
  size_t skip = private_name.find_first_not_of('_');
  if (skip == std::string_view::npos) return std::string(name);
  std::string mangled = "_";
  mangled.append(private_name.substr(skip));
  mangled.append(name);
  return mangled;
}

namespace {

constexpr size_t kMaxAugConsts = 8;

class ScopeBuilder {
 public:
  ScopeBuilder(ScopeTable* table, SyntaxErrorInfo* error)
      : table_(table), error_(error) {}

  bool Run(const ast::Module& module, bool namespace_top) {
    table_->module = std::make_unique<Scope>();
    Scope* m = table_->module.get();
    m->kind = namespace_top ? ScopeKind::kClass : ScopeKind::kModule;
    if (namespace_top) {
      m->params.push_back(".ns");
      m->num_positional = 1;
    }
    m->name = "<module>";
    m->qualname = "<module>";
    cur_ = m;
    VisitBody(module.body);
    if (failed_) return false;
    Resolve(m);
    if (failed_) return false;
    Layout(m);
    return !failed_;
  }

 private:
  // ---------------------------------------------------------------------
  // Pass 1: collect.

  void Fail(const ast::Node& n, std::string message) {
    if (failed_) return;
    failed_ = true;
    error_->type = "SyntaxError";
    error_->message = std::move(message);
    error_->line = n.line;
    error_->col = n.col + 1;
    error_->end_line = n.end_line;
    error_->end_col = n.end_col + 1;
  }

  // `name` is a source identifier: it is mangled for `s`.
  Symbol& Add(Scope* s, std::string_view source_name, uint32_t flag) {
    std::string name = Mangle(s->private_name, source_name);
    auto [it, inserted] = s->symbols.try_emplace(name);
    if (inserted) s->order.push_back(name);
    it->second.flags |= flag;
    return it->second;
  }

  Scope* NewScope(ScopeKind kind, std::string name, const ast::Node* node,
                  const void* key, int first_line) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->parent = cur_;
    s->node = node;
    s->first_line = first_line;
    s->private_name = kind == ScopeKind::kClass ? name : cur_->private_name;
    switch (cur_->parent == nullptr ? ScopeKind::kModule : cur_->kind) {
      case ScopeKind::kModule:
        s->qualname = name;
        break;
      case ScopeKind::kClass:
        s->qualname = absl::StrCat(cur_->qualname, ".", name);
        break;
      case ScopeKind::kFunction:
        s->qualname = absl::StrCat(cur_->qualname, ".<locals>.", name);
        break;
    }
    s->name = std::move(name);
    Scope* raw = s.get();
    cur_->children.push_back(std::move(s));
    table_->by_node[key] = raw;
    return raw;
  }

  void VisitBody(const ast::StmtList& body) {
    for (const ast::StmtPtr& s : body) {
      if (failed_) return;
      VisitStmt(*s);
    }
  }

  void VisitExprs(const std::vector<ast::ExprPtr>& exprs) {
    for (const ast::ExprPtr& e : exprs) {
      if (e != nullptr) VisitExpr(*e);
    }
  }

  // Parameters of a def/lambda become the new scope's first symbols.
  void AddParams(Scope* s, const ast::Arguments& args) {
    auto add = [&](const ast::Arg& a) {
      std::string name = Mangle(s->private_name, a.name);
      const Symbol* existing = s->Find(name);
      if (existing != nullptr && (existing->flags & kSymParam)) {
        Fail(a, absl::StrCat("duplicate argument '", a.name,
                             "' in function definition"));
        return;
      }
      Add(s, name, kSymParam);
      s->params.push_back(std::move(name));
    };
    for (const ast::Arg& a : args.posonlyargs) add(a);
    s->num_posonly = static_cast<int>(args.posonlyargs.size());
    for (const ast::Arg& a : args.args) add(a);
    s->num_positional = static_cast<int>(s->params.size());
    for (const ast::Arg& a : args.kwonlyargs) add(a);
    s->num_kwonly = static_cast<int>(args.kwonlyargs.size());
    if (args.vararg != nullptr) {
      add(*args.vararg);
      s->varargs = true;
    }
    if (args.kwarg != nullptr) {
      add(*args.kwarg);
      s->varkw = true;
    }
  }

  void VisitDefaults(const ast::Arguments& args) {
    VisitExprs(args.defaults);
    VisitExprs(args.kw_defaults);
  }

  void NoteAugConst(const ast::Expr& value) {
    if (!cur_->IsFunction() || !value.Is<ast::Constant>()) return;
    const auto& c = value.As<ast::Constant>();
    Scope::AugConst k{};
    if (c.ckind == ast::ConstKind::kInt && c.int_value >= -32767 &&
        c.int_value <= 32768) {
      k.i = c.int_value;
    } else if (c.ckind == ast::ConstKind::kFloat) {
      k.is_float = true;
      k.f = c.float_value;
    } else {
      return;
    }
    for (const Scope::AugConst& e : cur_->aug_consts) {
      if (e.is_float == k.is_float &&
          (k.is_float ? std::signbit(e.f) == std::signbit(k.f) && e.f == k.f
                      : e.i == k.i)) {
        return;
      }
    }
    if (cur_->aug_consts.size() < kMaxAugConsts) cur_->aug_consts.push_back(k);
  }

  void Declare(const ast::Stmt& s, const std::vector<std::string>& names,
               bool global) {
    if (!global && cur_->kind == ScopeKind::kModule) {
      Fail(s, "nonlocal declaration not allowed at module level");
      return;
    }
    const char* what = global ? "global" : "nonlocal";
    for (const std::string& source_name : names) {
      std::string n = Mangle(cur_->private_name, source_name);
      const Symbol* cur = cur_->Find(n);
      uint32_t f = cur != nullptr ? cur->flags : 0;
      if (f & kSymParam) {
        Fail(s,
             absl::StrCat("name '", source_name, "' is parameter and ", what));
      } else if (f & kSymUsed) {
        Fail(s, absl::StrCat("name '", source_name, "' is used prior to ", what,
                             " declaration"));
      } else if (f & kSymAssigned) {
        Fail(s, absl::StrCat("name '", source_name, "' is assigned to before ",
                             what, " declaration"));
      } else if (f & (global ? kSymNonlocal : kSymGlobal)) {
        // Like CPython, reported at the name's first declaration.
        auto it = directive_pos_.find({cur_, n});
        Fail(it != directive_pos_.end() ? *it->second : s,
             absl::StrCat("name '", source_name, "' is nonlocal and global"));
      }
      if (failed_) return;
      Add(cur_, n, global ? kSymGlobal : kSymNonlocal);
      directive_pos_.try_emplace({cur_, n}, &s);
    }
  }

  void VisitStmt(const ast::Stmt& s) {
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::kExprStmt:
        VisitExpr(*s.As<ast::ExprStmt>().value);
        break;
      case K::kAssign: {
        const auto& a = s.As<ast::Assign>();
        VisitExpr(*a.value);
        VisitExprs(a.targets);
        break;
      }
      case K::kAnnAssign: {
        const auto& a = s.As<ast::AnnAssign>();
        // Annotations are evaluated in module and class bodies only (and
        // never under PEP 563, where they are strings).
        if (table_->future.annotations) {
          CheckUnevaluatedAnnotation(*a.annotation);
        } else if (!cur_->IsFunction()) {
          VisitExpr(*a.annotation);
        }
        if (!cur_->IsFunction() && a.simple) {
          Add(cur_, "__annotations__", kSymUsed);
        }
        if (a.value) VisitExpr(*a.value);
        VisitExpr(*a.target);
        break;
      }
      case K::kAugAssign: {
        const auto& a = s.As<ast::AugAssign>();
        VisitExpr(*a.value);
        VisitExpr(*a.target);
        NoteAugConst(*a.value);
        break;
      }
      case K::kIf: {
        const auto& i = s.As<ast::If>();
        VisitExpr(*i.test);
        VisitBody(i.body);
        VisitBody(i.orelse);
        break;
      }
      case K::kWhile: {
        const auto& w = s.As<ast::While>();
        VisitExpr(*w.test);
        VisitBody(w.body);
        VisitBody(w.orelse);
        break;
      }
      case K::kFor: {
        const auto& f = s.As<ast::For>();
        if (f.is_async && !cur_->is_coroutine) {
          Fail(s, "'async for' outside async function");
          return;
        }
        VisitExpr(*f.iter);
        VisitExpr(*f.target);
        if (f.target->Is<ast::Name>() && cur_->IsFunction()) {
          cur_->for_targets.insert(
              Mangle(cur_->private_name, f.target->As<ast::Name>().id));
        }
        VisitBody(f.body);
        VisitBody(f.orelse);
        break;
      }
      case K::kBreak:
      case K::kContinue:
      case K::kPass:
        break;
      case K::kFunctionDef: {
        const auto& f = s.As<ast::FunctionDef>();
        VisitExprs(f.decorator_list);
        VisitDefaults(f.args);
        VisitAnnotations(f);
        int first =
            f.decorator_list.empty() ? f.line : f.decorator_list.front()->line;
        Scope* fs = NewScope(ScopeKind::kFunction, f.name, &f, &f, first);
        fs->is_coroutine = f.is_async;
        fs->is_generator = f.is_async;
        AddParams(fs, f.args);
        Scope* saved = cur_;
        cur_ = fs;
        VisitBody(f.body);
        cur_ = saved;
        if (fs->is_async_generator && fs->value_return != nullptr) {
          Fail(*fs->value_return, "'return' with value in async generator");
          return;
        }
        Add(cur_, f.name, kSymAssigned);
        break;
      }
      case K::kReturn: {
        const auto& r = s.As<ast::Return>();
        if (r.value != nullptr) {
          if (cur_->value_return == nullptr) cur_->value_return = &s;
          VisitExpr(*r.value);
        }
        break;
      }
      case K::kClassDef: {
        const auto& c = s.As<ast::ClassDef>();
        VisitExprs(c.decorator_list);
        VisitExprs(c.bases);
        for (const ast::Keyword& k : c.keywords) VisitExpr(*k.value);
        int first =
            c.decorator_list.empty() ? c.line : c.decorator_list.front()->line;
        Scope* cs = NewScope(ScopeKind::kClass, c.name, &c, &c, first);
        cs->params.push_back(".ns");
        cs->num_positional = 1;
        Scope* saved = cur_;
        cur_ = cs;
        VisitBody(c.body);
        cur_ = saved;
        Add(cur_, c.name, kSymAssigned);
        break;
      }
      case K::kGlobal:
        Declare(s, s.As<ast::Global>().names, true);
        break;
      case K::kNonlocal:
        Declare(s, s.As<ast::Nonlocal>().names, false);
        break;
      case K::kImport:
        for (const ast::Alias& a : s.As<ast::Import>().names) {
          if (!a.asname.empty()) {
            Add(cur_, a.asname, kSymAssigned);
          } else {
            Add(cur_, a.name.substr(0, a.name.find('.')), kSymAssigned);
          }
        }
        break;
      case K::kImportFrom:
        for (const ast::Alias& a : s.As<ast::ImportFrom>().names) {
          cur_->import_from_names.push_back(Mangle(cur_->private_name, a.name));
          Add(cur_, a.asname.empty() ? a.name : a.asname, kSymAssigned);
        }
        break;
      case K::kTry: {
        const auto& t = s.As<ast::Try>();
        VisitBody(t.body);
        for (const ast::ExceptHandler& h : t.handlers) {
          if (h.type != nullptr) VisitExpr(*h.type);
          if (!h.name.empty()) Add(cur_, h.name, kSymAssigned);
          VisitBody(h.body);
        }
        VisitBody(t.orelse);
        VisitBody(t.finalbody);
        break;
      }
      case K::kRaise: {
        const auto& r = s.As<ast::Raise>();
        if (r.exc != nullptr) VisitExpr(*r.exc);
        if (r.cause != nullptr) VisitExpr(*r.cause);
        break;
      }
      case K::kAssert: {
        const auto& a = s.As<ast::Assert>();
        VisitExpr(*a.test);
        if (a.msg != nullptr) VisitExpr(*a.msg);
        break;
      }
      case K::kDelete:
        VisitExprs(s.As<ast::Delete>().targets);
        break;
      case K::kMatch: {
        const auto& m = s.As<ast::Match>();
        VisitExpr(*m.subject);
        for (const ast::MatchCase& c : m.cases) {
          VisitPattern(*c.pattern);
          if (c.guard != nullptr) VisitExpr(*c.guard);
          VisitBody(c.body);
        }
        break;
      }
      case K::kWith: {
        const auto& w = s.As<ast::With>();
        if (w.is_async && !cur_->is_coroutine) {
          Fail(s, "'async with' outside async function");
          return;
        }
        for (const ast::WithItem& item : w.items) {
          VisitExpr(*item.context_expr);
          if (item.optional_vars != nullptr) VisitExpr(*item.optional_vars);
        }
        VisitBody(w.body);
        break;
      }
    }
  }

  // Captures bind names; values, keys and class expressions are loads.
  void VisitPattern(const ast::Pattern& p) {
    if (p.value != nullptr) VisitExpr(*p.value);
    VisitExprs(p.keys);
    for (const ast::PatternPtr& sub : p.patterns) VisitPattern(*sub);
    for (const ast::PatternPtr& sub : p.kwd_patterns) VisitPattern(*sub);
    if (!p.name.empty()) Add(cur_, p.name, kSymAssigned);
  }

  template <typename Comp>
  void VisitComprehension(const Comp& c, const char* name) {
    if (c.generators.empty()) return;
    ++in_comp_iter_;
    VisitExpr(*c.generators[0].iter);
    --in_comp_iter_;
    Scope* cs = NewScope(ScopeKind::kFunction, name, &c,
                         static_cast<const ast::Expr*>(&c), c.line);
    cs->is_comprehension = true;
    cs->is_generator = std::is_same_v<Comp, ast::GeneratorExp>;
    Add(cs, ".0", kSymParam);
    cs->params.push_back(".0");
    cs->num_positional = 1;
    Scope* saved = cur_;
    cur_ = cs;
    for (size_t i = 0; i < c.generators.size(); ++i) {
      const ast::Comprehension& g = c.generators[i];
      if (i > 0) {
        ++in_comp_iter_;
        VisitExpr(*g.iter);
        --in_comp_iter_;
      }
      VisitExpr(*g.target);
      if (g.target->template Is<ast::Name>()) {
        cs->for_targets.insert(
            Mangle(cs->private_name, g.target->template As<ast::Name>().id));
      }
      VisitExprs(g.ifs);
    }
    if constexpr (std::is_same_v<Comp, ast::DictComp>) {
      VisitExpr(*c.key);
      VisitExpr(*c.value);
    } else {
      VisitExpr(*c.elt);
    }
    cur_ = saved;
    // An `async for` clause or an `await` inside makes it asynchronous: a
    // generator expression becomes an async generator (allowed anywhere);
    // a list/set/dict comprehension a coroutine the enclosing code awaits,
    // so that code must be async itself.
    bool is_async = cs->has_await;
    for (const ast::Comprehension& g : c.generators) is_async |= g.is_async;
    if (!is_async) return;
    cs->is_coroutine = true;
    cs->is_generator = true;
    if constexpr (std::is_same_v<Comp, ast::GeneratorExp>) {
      cs->is_async_generator = true;
    } else if (saved->is_comprehension) {
      saved->has_await = true;
    } else if (!saved->is_coroutine) {
      Fail(c,
           "asynchronous comprehension outside of an asynchronous "
           "function");
    }
  }

  void VisitExpr(const ast::Expr& e) {
    if (failed_) return;
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::kConstant:
        break;
      case K::kName: {
        const auto& n = e.As<ast::Name>();
        if (n.ctx == ast::ExprContext::kLoad) {
          Add(cur_, n.id, kSymUsed);
          if (cur_->IsFunction() && (n.id == "super" || n.id == "__class__")) {
            cur_->uses_super = true;
          }
        } else {
          Add(cur_, n.id, kSymAssigned);
        }
        break;
      }
      case K::kAttribute:
        cur_->attr_names.push_back(
            Mangle(cur_->private_name, e.As<ast::Attribute>().attr));
        VisitExpr(*e.As<ast::Attribute>().value);
        break;
      case K::kSubscript: {
        const auto& s = e.As<ast::Subscript>();
        VisitExpr(*s.value);
        VisitExpr(*s.slice);
        break;
      }
      case K::kSlice: {
        const auto& s = e.As<ast::Slice>();
        if (s.lower) VisitExpr(*s.lower);
        if (s.upper) VisitExpr(*s.upper);
        if (s.step) VisitExpr(*s.step);
        break;
      }
      case K::kCall: {
        const auto& c = e.As<ast::Call>();
        VisitExpr(*c.func);
        VisitExprs(c.args);
        for (const ast::Keyword& k : c.keywords) VisitExpr(*k.value);
        break;
      }
      case K::kBinOp: {
        const auto& b = e.As<ast::BinOp>();
        VisitExpr(*b.left);
        VisitExpr(*b.right);
        break;
      }
      case K::kUnaryOp:
        VisitExpr(*e.As<ast::UnaryOp>().operand);
        break;
      case K::kBoolOp:
        VisitExprs(e.As<ast::BoolOp>().values);
        break;
      case K::kCompare: {
        const auto& c = e.As<ast::Compare>();
        CheckIsLiteral(c);
        VisitExpr(*c.left);
        VisitExprs(c.comparators);
        break;
      }
      case K::kIfExp: {
        const auto& i = e.As<ast::IfExp>();
        VisitExpr(*i.test);
        VisitExpr(*i.body);
        VisitExpr(*i.orelse);
        break;
      }
      case K::kLambda: {
        const auto& l = e.As<ast::Lambda>();
        VisitDefaults(l.args);
        Scope* ls = NewScope(ScopeKind::kFunction, "<lambda>", &l,
                             static_cast<const ast::Expr*>(&l), l.line);
        ls->is_lambda = true;
        AddParams(ls, l.args);
        Scope* saved = cur_;
        cur_ = ls;
        VisitExpr(*l.body);
        cur_ = saved;
        break;
      }
      case K::kList:
        VisitExprs(e.As<ast::List>().elts);
        break;
      case K::kTuple:
        VisitExprs(e.As<ast::Tuple>().elts);
        break;
      case K::kSet:
        VisitExprs(e.As<ast::Set>().elts);
        break;
      case K::kDict: {
        const auto& d = e.As<ast::Dict>();
        VisitExprs(d.keys);
        VisitExprs(d.values);
        break;
      }
      case K::kListComp:
        VisitComprehension(e.As<ast::ListComp>(), "<listcomp>");
        break;
      case K::kSetComp:
        VisitComprehension(e.As<ast::SetComp>(), "<setcomp>");
        break;
      case K::kDictComp:
        VisitComprehension(e.As<ast::DictComp>(), "<dictcomp>");
        break;
      case K::kJoinedStr:
        VisitExprs(e.As<ast::JoinedStr>().values);
        break;
      case K::kFormattedValue: {
        const auto& f = e.As<ast::FormattedValue>();
        VisitExpr(*f.value);
        if (f.format_spec) VisitExpr(*f.format_spec);
        break;
      }
      case K::kStarred:
        VisitExpr(*e.As<ast::Starred>().value);
        break;
      case K::kGeneratorExp:
        VisitComprehension(e.As<ast::GeneratorExp>(), "<genexpr>");
        break;
      case K::kYield:
      case K::kYieldFrom: {
        if (!cur_->IsFunction()) {
          Fail(e, "'yield' outside function");
          return;
        }
        if (cur_->is_comprehension) {
          const char* what = cur_->name == "<listcomp>"  ? "list comprehension"
                             : cur_->name == "<setcomp>" ? "set comprehension"
                             : cur_->name == "<dictcomp>"
                                 ? "dict comprehension"
                                 : "generator expression";
          Fail(e, absl::StrCat("'yield' inside ", what));
          return;
        }
        if (cur_->is_coroutine) {
          if (e.kind == K::kYieldFrom) {
            Fail(e, "'yield from' inside async function");
            return;
          }
          cur_->is_async_generator = true;
        }
        cur_->is_generator = true;
        const ast::ExprPtr& v = e.kind == K::kYield
                                    ? e.As<ast::Yield>().value
                                    : e.As<ast::YieldFrom>().value;
        if (v) VisitExpr(*v);
        break;
      }
      case K::kNamedExpr:
        VisitNamedExpr(e.As<ast::NamedExpr>());
        break;
      case K::kAwait:
        if (!cur_->IsFunction()) {
          Fail(e, "'await' outside function");
          return;
        }
        if (cur_->is_comprehension) {
          cur_->has_await = true;  // VisitComprehension decides
          VisitExpr(*e.As<ast::Await>().value);
          break;
        }
        if (!cur_->is_coroutine) {
          Fail(e, "'await' outside async function");
          return;
        }
        VisitExpr(*e.As<ast::Await>().value);
        break;
    }
  }

  // A def's annotations are evaluated where the def runs.
  void VisitAnnotations(const ast::FunctionDef& f) {
    auto visit = [&](const ast::Arg& a) {
      if (a.annotation) VisitAnnotation(*a.annotation);
    };
    for (const ast::Arg& a : f.args.posonlyargs) visit(a);
    for (const ast::Arg& a : f.args.args) visit(a);
    if (f.args.vararg) visit(*f.args.vararg);
    for (const ast::Arg& a : f.args.kwonlyargs) visit(a);
    if (f.args.kwarg) visit(*f.args.kwarg);
    if (f.returns) VisitAnnotation(*f.returns);
  }

  void VisitAnnotation(const ast::Expr& e) {
    if (table_->future.annotations) {
      CheckUnevaluatedAnnotation(e);
    } else {
      VisitExpr(e);
    }
  }

  void CheckUnevaluatedAnnotation(const ast::Expr& e) {
    const char* message = nullptr;
    if (const ast::Expr* bad = FindUnevaluatedAnnotationError(e, &message)) {
      Fail(*bad, message);
    }
  }

  // PEP 572: in a comprehension the target binds in the nearest enclosing
  // function or module, which the comprehension scopes reach as a free
  // (or global) name.
  void VisitNamedExpr(const ast::NamedExpr& n) {
    VisitExpr(*n.value);
    if (failed_) return;
    std::string id = Mangle(cur_->private_name, n.target->As<ast::Name>().id);
    if (in_comp_iter_ > 0) {
      Fail(n,
           "assignment expression cannot be used in a comprehension iterable "
           "expression");
      return;
    }
    if (!cur_->is_comprehension) {
      Add(cur_, id, kSymAssigned);
      return;
    }
    Scope* target = cur_;
    while (target->is_comprehension) {
      if (target->for_targets.contains(id)) {
        Fail(n, absl::StrCat("assignment expression cannot rebind "
                             "comprehension iteration variable '",
                             id, "'"));
        return;
      }
      target = target->parent;
    }
    if (target->kind == ScopeKind::kClass) {
      Fail(n,
           "assignment expression within a comprehension cannot be used in a "
           "class body");
      return;
    }
    const Symbol* existing = target->Find(id);
    bool global = target->kind == ScopeKind::kModule ||
                  (existing != nullptr && (existing->flags & kSymGlobal));
    if (!global) Add(target, id, kSymAssigned);
    for (Scope* c = cur_; c != target; c = c->parent) {
      Add(c, id, global ? kSymGlobal : kSymNonlocal);
    }
  }

  // ---------------------------------------------------------------------
  // Pass 2: resolve.

  // The nearest enclosing scope that binds `name` for code in `s`: a
  // function binding it, or (for `__class__` only) a class body. Null when
  // the name is global.
  static Scope* FindBinding(Scope* s, const std::string& name) {
    for (Scope* p = s->parent; p != nullptr; p = p->parent) {
      if (p->kind == ScopeKind::kModule) return nullptr;
      if (p->kind == ScopeKind::kClass) {
        if (name == "__class__") return p;
        continue;
      }
      const Symbol* sym = p->Find(name);
      if (sym == nullptr) continue;
      if (sym->flags & kSymGlobal) return nullptr;
      if (sym->flags & (kSymAssigned | kSymParam | kSymNonlocal)) return p;
    }
    return nullptr;
  }

  static void AddFree(Scope* s, const std::string& name) {
    for (const std::string& f : s->free_vars) {
      if (f == name) return;
    }
    s->free_vars.push_back(name);
  }

  void Resolve(Scope* s) {
    // Own names first (children only need the binding flags of their
    // ancestors, which pass 1 already has).
    for (size_t i = 0; i < s->order.size(); ++i) {
      const std::string& name = s->order[i];
      Symbol& sym = s->symbols[name];
      if (s->kind == ScopeKind::kModule) {
        sym.kind = NameKind::kGlobal;
        continue;
      }
      if (sym.flags & kSymGlobal) {
        sym.kind = NameKind::kGlobal;
        continue;
      }
      if (sym.flags & kSymNonlocal) {
        Scope* b = FindBinding(s, name);
        if (b == nullptr || b->kind != ScopeKind::kFunction) {
          auto it = directive_pos_.find({s, name});
          const ast::Node* at = it != directive_pos_.end()
                                    ? it->second
                                    : static_cast<const ast::Node*>(s->node);
          if (at != nullptr) {
            Fail(*at,
                 absl::StrCat("no binding for nonlocal '", name, "' found"));
          }
          return;
        }
        sym.kind = NameKind::kFree;
        AddFree(s, name);
        continue;
      }
      bool bound = (sym.flags & (kSymAssigned | kSymParam)) != 0;
      if (s->kind == ScopeKind::kClass) {
        sym.kind = NameKind::kName;
        if (!bound && name != "__class__") {
          Scope* b = FindBinding(s, name);
          if (b != nullptr && b->kind == ScopeKind::kFunction) {
            sym.kind = NameKind::kFree;
            AddFree(s, name);
          }
        }
        continue;
      }
      if (bound) {
        sym.kind = NameKind::kLocal;
      } else if (FindBinding(s, name) != nullptr) {
        sym.kind = NameKind::kFree;
        AddFree(s, name);
      } else {
        sym.kind = NameKind::kGlobal;
      }
    }
    if (s->IsFunction() && s->uses_super) {
      const Symbol* existing = s->Find("__class__");
      if ((existing == nullptr ||
           !(existing->flags & (kSymAssigned | kSymParam))) &&
          FindBinding(s, "__class__") != nullptr) {
        Symbol& sym = Add(s, "__class__", kSymUsed);
        sym.kind = NameKind::kFree;
        AddFree(s, "__class__");
      }
    }

    for (auto& child : s->children) {
      Resolve(child.get());
      if (failed_) return;
    }

    // Children's captures: locals become cells, other names pass through.
    for (auto& child : s->children) {
      for (const std::string& x : child->free_vars) {
        if (s->kind == ScopeKind::kClass) {
          if (x == "__class__") {
            s->class_cell = true;
            Symbol& sym = Add(s, "__class__", 0);
            sym.kind = NameKind::kCell;
          } else {
            AddFree(s, x);
          }
          continue;
        }
        if (s->kind != ScopeKind::kFunction) continue;
        auto it = s->symbols.find(x);
        if (it == s->symbols.end()) {
          Symbol& sym = Add(s, x, 0);
          sym.kind = NameKind::kFree;
          AddFree(s, x);
        } else if (it->second.kind == NameKind::kLocal) {
          it->second.kind = NameKind::kCell;
        } else if (it->second.kind == NameKind::kGlobal) {
          // Unreachable by construction (both resolve through the same
          // ancestors); make it consistent anyway.
          it->second.kind = NameKind::kFree;
          AddFree(s, x);
        }
      }
    }
  }

  // ---------------------------------------------------------------------
  // Pass 3: registers.

  void Layout(Scope* s) {
    switch (s->kind) {
      case ScopeKind::kModule:
        s->num_named = 0;
        break;
      case ScopeKind::kClass:
        LayoutClass(s);
        break;
      case ScopeKind::kFunction:
        LayoutFunction(s);
        break;
    }
    if (s->num_named > kMaxNamedRegisters && s->node != nullptr) {
      Fail(*s->node, "too many local variables");
    }
    for (auto& child : s->children) {
      if (failed_) return;
      Layout(child.get());
    }
  }

  static int AddReg(Scope* s, std::string name) {
    s->reg_names.push_back(std::move(name));
    return static_cast<int>(s->reg_names.size()) - 1;
  }

  void LayoutFrees(Scope* s) {
    for (const std::string& x : s->free_vars) {
      int r = AddReg(s, x);
      s->free_reg[x] = r;
      auto it = s->symbols.find(x);
      if (it != s->symbols.end() && it->second.kind == NameKind::kFree) {
        it->second.reg = r;
      }
    }
  }

  void LayoutClass(Scope* s) {
    AddReg(s, ".ns");
    if (s->class_cell) {
      Symbol& sym = s->symbols["__class__"];
      sym.reg = AddReg(s, "__class__");
      s->cell_locals.push_back(static_cast<uint16_t>(sym.reg));
    }
    LayoutFrees(s);
    s->num_named = static_cast<int>(s->reg_names.size());
  }

  void LayoutFunction(Scope* s) {
    for (const std::string& p : s->params) {
      Symbol& sym = s->symbols[p];
      sym.reg = AddReg(s, p);
      if (sym.kind == NameKind::kCell) {
        s->cell_params.push_back(static_cast<uint16_t>(sym.reg));
      }
    }
    // For-loop aliasing costs three registers per loop variable; only
    // worth it (and only safe for the 8-bit register space) when the
    // function is small.
    int locals = 0, aliases = 0;
    for (const std::string& name : s->order) {
      const Symbol& sym = s->symbols[name];
      if (sym.flags & kSymParam) continue;
      if (sym.kind == NameKind::kLocal || sym.kind == NameKind::kCell) {
        ++locals;
        if (sym.kind == NameKind::kLocal && s->for_targets.contains(name)) {
          ++aliases;
        }
      }
    }
    int base = static_cast<int>(s->params.size()) + locals +
               static_cast<int>(s->free_vars.size() + s->aug_consts.size());
    bool alias_ok = base + 3 * aliases <= kMaxNamedRegisters - 64;
    for (const std::string& name : s->order) {
      Symbol& sym = s->symbols[name];
      if (sym.flags & kSymParam) continue;
      if (sym.kind != NameKind::kLocal && sym.kind != NameKind::kCell) {
        continue;
      }
      if (alias_ok && sym.kind == NameKind::kLocal &&
          s->for_targets.contains(name)) {
        sym.alias_base = AddReg(s, ".for");
        AddReg(s, ".for");
        AddReg(s, ".for");
      }
      sym.reg = AddReg(s, name);
      if (sym.kind == NameKind::kCell) {
        s->cell_locals.push_back(static_cast<uint16_t>(sym.reg));
      }
    }
    LayoutFrees(s);
    for (Scope::AugConst& k : s->aug_consts) k.reg = AddReg(s, ".k");
    s->num_named = static_cast<int>(s->reg_names.size());
  }

  // `x is 1`, `"a" is not y`: CPython warns that identity of a literal is
  // meaningless (operands that are None, True, False or ... are fine).
  void CheckIsLiteral(const ast::Compare& c) {
    // A tuple of constants counts: CPython folds it into one first.
    auto constant = [](const ast::Expr& e, auto& self) -> bool {
      if (e.Is<ast::Constant>()) return true;
      if (!e.Is<ast::Tuple>()) return false;
      for (const ast::ExprPtr& x : e.As<ast::Tuple>().elts) {
        if (!self(*x, self)) return false;
      }
      return true;
    };
    auto literal = [&](const ast::Expr& e) {
      if (!constant(e, constant)) return false;
      if (!e.Is<ast::Constant>()) return true;
      ast::ConstKind k = e.As<ast::Constant>().ckind;
      return k != ast::ConstKind::kNone && k != ast::ConstKind::kTrue &&
             k != ast::ConstKind::kFalse && k != ast::ConstKind::kEllipsis;
    };
    const ast::Expr* left = c.left.get();
    for (size_t i = 0; i < c.ops.size(); ++i) {
      const ast::Expr* right = c.comparators[i].get();
      bool is = c.ops[i] == ast::CmpOpKind::kIs;
      if ((is || c.ops[i] == ast::CmpOpKind::kIsNot) &&
          (literal(*left) || literal(*right))) {
        table_->warnings.push_back(
            {c.line, is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?"});
        return;
      }
      left = right;
    }
  }

  ScopeTable* table_;
  SyntaxErrorInfo* error_;
  Scope* cur_ = nullptr;
  bool failed_ = false;
  int in_comp_iter_ = 0;  // inside a comprehension's iterable expression
  // First global/nonlocal statement naming each (scope, name): where
  // declaration errors are reported.
  absl::flat_hash_map<std::pair<Scope*, std::string>, const ast::Node*>
      directive_pos_;
};

}  // namespace

bool AnalyzeScopes(const ast::Module& module, ScopeTable* table,
                   SyntaxErrorInfo* error, bool namespace_top) {
  if (!ParseFutureFeatures(module, &table->future, error)) return false;
  ScopeBuilder builder(table, error);
  return builder.Run(module, namespace_top);
}

}  // namespace interp::compiler
