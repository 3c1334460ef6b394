// Statements: assignments, control flow (fused compare-and-branch tests,
// counted loops through kForPrep/kForLoop), definitions, imports and
// exception handling (handler table, finally bodies inlined on early exits).
//
// Definite assignment: `fs_->assigned` tracks the plain-register locals
// that are bound on every path to the current point, so reading them needs
// no kCheckBound. Joins intersect; loop heads and handler entries start
// from the state before the construct minus anything the construct may
// delete (`del x`, `except ... as x`).
#include <string>
#include <vector>

#include "runtime/compiler/codegen.h"
#include "runtime/compiler/unparse.h"

namespace interp::compiler {

void Compiler::Body(const ast::StmtList& body) {
  for (const ast::StmtPtr& s : body) {
    if (failed()) return;
    Stmt(*s);
  }
}

void Compiler::MergeState(const RegSet& other, bool other_unreachable) {
  if (fs_->unreachable) {
    fs_->assigned = other;
    fs_->unreachable = other_unreachable;
  } else if (!other_unreachable) {
    fs_->assigned &= other;
  }
}

void Compiler::CollectDeleted(const ast::StmtList& body, RegSet* out) {
  auto note = [&](const std::string& id) {
    const Symbol* s = Lookup(id);
    if (s != nullptr && s->kind == NameKind::kLocal) out->set(s->reg);
  };
  auto targets = [&](const ast::Expr& t, auto& self) -> void {
    if (t.Is<ast::Name>()) {
      note(t.As<ast::Name>().id);
    } else if (t.Is<ast::Tuple>()) {
      for (const ast::ExprPtr& e : t.As<ast::Tuple>().elts) self(*e, self);
    } else if (t.Is<ast::List>()) {
      for (const ast::ExprPtr& e : t.As<ast::List>().elts) self(*e, self);
    }
  };
  for (const ast::StmtPtr& sp : body) {
    const ast::Stmt& s = *sp;
    switch (s.kind) {
      case ast::StmtKind::kDelete:
        for (const ast::ExprPtr& t : s.As<ast::Delete>().targets) {
          targets(*t, targets);
        }
        break;
      case ast::StmtKind::kIf:
        CollectDeleted(s.As<ast::If>().body, out);
        CollectDeleted(s.As<ast::If>().orelse, out);
        break;
      case ast::StmtKind::kWhile:
        CollectDeleted(s.As<ast::While>().body, out);
        CollectDeleted(s.As<ast::While>().orelse, out);
        break;
      case ast::StmtKind::kFor:
        CollectDeleted(s.As<ast::For>().body, out);
        CollectDeleted(s.As<ast::For>().orelse, out);
        break;
      case ast::StmtKind::kWith:
        CollectDeleted(s.As<ast::With>().body, out);
        break;
      case ast::StmtKind::kMatch:
        for (const ast::MatchCase& c : s.As<ast::Match>().cases) {
          CollectDeleted(c.body, out);
        }
        break;
      case ast::StmtKind::kTry: {
        const auto& t = s.As<ast::Try>();
        CollectDeleted(t.body, out);
        for (const ast::ExceptHandler& h : t.handlers) {
          if (!h.name.empty()) note(h.name);
          CollectDeleted(h.body, out);
        }
        CollectDeleted(t.orelse, out);
        CollectDeleted(t.finalbody, out);
        break;
      }
      default:
        break;
    }
  }
}

// ---------------------------------------------------------------------------
// Exception blocks and early exits

void Compiler::PushExcBlock(int label, int reg) {
  fs_->exc_blocks.push_back(
      ExcBlock{label, reg, static_cast<int>(pc()), 0, {}});
}

void Compiler::PopExcBlock() {
  ExcBlock blk = std::move(fs_->exc_blocks.back());
  fs_->exc_blocks.pop_back();
  if (blk.suspended == 0 && blk.seg_start >= 0 &&
      static_cast<uint32_t>(blk.seg_start) < pc()) {
    blk.segs.emplace_back(static_cast<uint32_t>(blk.seg_start), pc());
  }
  for (const auto& [start, end] : blk.segs) {
    fs_->handlers.push_back({start, end, blk.handler_label, blk.exc_reg});
  }
}

void Compiler::SuspendExcBlocks(size_t from) {
  for (size_t j = from; j < fs_->exc_blocks.size(); ++j) {
    ExcBlock& b = fs_->exc_blocks[j];
    if (b.suspended++ == 0) {
      if (b.seg_start >= 0 && static_cast<uint32_t>(b.seg_start) < pc()) {
        b.segs.emplace_back(static_cast<uint32_t>(b.seg_start), pc());
      }
      b.seg_start = -1;
    }
  }
}

void Compiler::ResumeExcBlocks(size_t from) {
  for (size_t j = from; j < fs_->exc_blocks.size(); ++j) {
    ExcBlock& b = fs_->exc_blocks[j];
    if (b.suspended > 0 && --b.suspended == 0) {
      b.seg_start = static_cast<int>(pc());
    }
  }
}

void Compiler::ClearName(const std::string& name) {
  // `except E as e` ends with `e = None; del e`, like CPython, so a
  // traceback cycle through the frame does not outlive the handler.
  int t = AllocTemp();
  EmitABC(Op::kLoadNone, t, 0, 0);
  StoreNameFrom(name, t);
  DeleteName(name);
  FreeTo(t);
}

void Compiler::Unwind(size_t stop, std::vector<size_t>* suspended) {
  for (size_t i = fs_->fblocks.size(); i-- > stop;) {
    FBlock fb = fs_->fblocks[i];
    SuspendExcBlocks(fb.exc_depth);
    suspended->push_back(fb.exc_depth);
    switch (fb.kind) {
      case FBlock::kLoop:
        break;
      case FBlock::kTryFinally: {
        // The finally body runs outside its own try (and may itself leave
        // early through the outer blocks).
        std::vector<FBlock> tail(fs_->fblocks.begin() + i, fs_->fblocks.end());
        fs_->fblocks.resize(i);
        Body(*fb.finalbody);
        fs_->fblocks.insert(fs_->fblocks.end(), tail.begin(), tail.end());
        break;
      }
      case FBlock::kHandlerCleanup:
        EmitABC(Op::kPopExcInfo, fb.saved_reg, 0, 0);
        if (fb.as_name != nullptr) ClearName(*fb.as_name);
        break;
      case FBlock::kWith: {
        int t = AllocTemp();
        EmitABC(Op::kLoadNone, t, 0, 0);
        EmitABC(Op::kWithExit, t, fb.exit_reg, t);
        if (fb.is_async) EmitAwait(t);
        FreeTo(t);
        break;
      }
    }
  }
}

void Compiler::ResumeAfterUnwind(const std::vector<size_t>& suspended) {
  for (auto it = suspended.rbegin(); it != suspended.rend(); ++it) {
    ResumeExcBlocks(*it);
  }
}

// ---------------------------------------------------------------------------
// Statement dispatch

void Compiler::Stmt(const ast::Stmt& s) {
  LineScope ls(this, fs_, s);
  int mark = fs_->top;
  using K = ast::StmtKind;
  switch (s.kind) {
    case K::kExprStmt: {
      const ast::Expr& v = *s.As<ast::ExprStmt>().value;
      if (mode_ == CompileMode::kInteractive &&
          fs_->scope->kind == ScopeKind::kModule) {
        int r = ExprAny(v);
        EmitABC(Op::kPrintExpr, r, 0, 0);
      } else if (!v.Is<ast::Constant>()) {  // docstrings, `...`
        ExprTo(v, AllocTemp());
      }
      break;
    }
    case K::kAssign:
      AssignStmt(s.As<ast::Assign>());
      break;
    case K::kAnnAssign:
      AnnAssignStmt(s.As<ast::AnnAssign>());
      break;
    case K::kAugAssign:
      AugAssignStmt(s.As<ast::AugAssign>());
      break;
    case K::kIf:
      IfStmt(s.As<ast::If>());
      break;
    case K::kWhile:
      WhileStmt(s.As<ast::While>());
      break;
    case K::kFor:
      if (s.As<ast::For>().is_async) {
        AsyncForStmt(s.As<ast::For>());
      } else {
        ForStmt(s.As<ast::For>());
      }
      break;
    case K::kBreak:
      BreakContinue(s, true);
      break;
    case K::kContinue:
      BreakContinue(s, false);
      break;
    case K::kPass:
    case K::kGlobal:
    case K::kNonlocal:
      break;
    case K::kFunctionDef:
      FunctionDefStmt(s.As<ast::FunctionDef>());
      break;
    case K::kReturn:
      ReturnStmt(s.As<ast::Return>());
      break;
    case K::kClassDef:
      ClassDefStmt(s.As<ast::ClassDef>());
      break;
    case K::kImport:
      ImportStmt(s.As<ast::Import>());
      break;
    case K::kImportFrom:
      ImportFromStmt(s.As<ast::ImportFrom>());
      break;
    case K::kTry:
      TryStmt(s.As<ast::Try>());
      break;
    case K::kRaise:
      RaiseStmt(s.As<ast::Raise>());
      break;
    case K::kAssert:
      AssertStmt(s.As<ast::Assert>());
      break;
    case K::kDelete:
      for (const ast::ExprPtr& t : s.As<ast::Delete>().targets) {
        DeleteTarget(*t);
      }
      break;
    case K::kWith:
      WithStmt(s.As<ast::With>(), 0);
      break;
    case K::kMatch:
      MatchStmt(s.As<ast::Match>());
      break;
  }
  FreeTo(mark);
}

// ---------------------------------------------------------------------------
// Assignment

void Compiler::AssignStmt(const ast::Assign& a) {
  const ast::Expr& value = *a.value;
  if (a.targets.size() == 1) {
    const ast::Expr& t = *a.targets[0];
    if (t.Is<ast::Name>()) {
      const Symbol* s = Lookup(t.As<ast::Name>().id);
      if (s != nullptr && s->kind == NameKind::kLocal) {
        ExprTo(value, s->reg);
        fs_->assigned.set(s->reg);
        return;
      }
    }
    // `a, b = b, a`: evaluate every value, then store, with no tuple.
    const std::vector<ast::ExprPtr>* telts = nullptr;
    const std::vector<ast::ExprPtr>* velts = nullptr;
    if (t.Is<ast::Tuple>()) telts = &t.As<ast::Tuple>().elts;
    if (t.Is<ast::List>()) telts = &t.As<ast::List>().elts;
    if (value.Is<ast::Tuple>()) velts = &value.As<ast::Tuple>().elts;
    if (value.Is<ast::List>()) velts = &value.As<ast::List>().elts;
    if (telts != nullptr && velts != nullptr &&
        telts->size() == velts->size() &&
        telts->size() <= static_cast<size_t>(kMaxDisplayRegs) &&
        !velts->empty()) {
      bool starred = false;
      for (const ast::ExprPtr& e : *telts) starred |= e->Is<ast::Starred>();
      for (const ast::ExprPtr& e : *velts) starred |= e->Is<ast::Starred>();
      if (!starred) {
        int base = AllocTemps(static_cast<int>(velts->size()));
        for (size_t i = 0; i < velts->size(); ++i) {
          ExprTo(*(*velts)[i], base + static_cast<int>(i));
        }
        for (size_t i = 0; i < telts->size(); ++i) {
          StoreTarget(*(*telts)[i], base + static_cast<int>(i));
        }
        return;
      }
    }
    int r = ExprAny(value);
    StoreTarget(t, r);
    return;
  }
  int r = ExprAny(value);
  if (!IsTemp(r)) {
    // A later target may rebind the variable the value came from.
    int t = AllocTemp();
    EmitMove(t, r);
    r = t;
  }
  for (const ast::ExprPtr& t : a.targets) StoreTarget(*t, r);
}

int Compiler::AugConstReg(const ast::Expr& value) {
  if (!value.Is<ast::Constant>()) return -1;
  const auto& c = value.As<ast::Constant>();
  for (const Scope::AugConst& k : fs_->scope->aug_consts) {
    if (c.ckind == ast::ConstKind::kInt && !k.is_float && k.i == c.int_value) {
      return k.reg;
    }
    if (c.ckind == ast::ConstKind::kFloat && k.is_float &&
        std::signbit(k.f) == std::signbit(c.float_value) &&
        k.f == c.float_value) {
      return k.reg;
    }
  }
  return -1;
}

void Compiler::AnnAssignStmt(const ast::AnnAssign& a) {
  int mark = fs_->top;
  if (a.value) {
    int t = AllocTemp();
    ExprTo(*a.value, t);
    StoreTarget(*a.target, t);
  }
  // Module and class bodies evaluate the annotation; a simple name's is
  // recorded in __annotations__ (set up at the start of the body). Under
  // PEP 563 only a simple name's is kept, as a string, and nothing else
  // is evaluated.
  bool future = scopes_->future.annotations;
  if (fs_->scope->kind != ScopeKind::kFunction && (a.simple || !future)) {
    int ann = AllocTemp();
    AnnotationTo(*a.annotation, ann);
    if (a.simple) {
      int d = AllocTemp();
      int k = AllocTemp();
      LoadNameTo("__annotations__", d);
      EmitABx(Op::kLoadK, k, StrConst(Mangled(a.target->As<ast::Name>().id)));
      EmitABC(Op::kSetItem, d, k, ann);
    }
  }
  FreeTo(mark);
}

namespace {

bool HasSimpleAnnotation(const ast::StmtList& body) {
  for (const ast::StmtPtr& s : body) {
    switch (s->kind) {
      case ast::StmtKind::kAnnAssign:
        if (s->As<ast::AnnAssign>().simple) return true;
        break;
      case ast::StmtKind::kIf: {
        const auto& i = s->As<ast::If>();
        if (HasSimpleAnnotation(i.body) || HasSimpleAnnotation(i.orelse)) {
          return true;
        }
        break;
      }
      case ast::StmtKind::kWhile: {
        const auto& w = s->As<ast::While>();
        if (HasSimpleAnnotation(w.body) || HasSimpleAnnotation(w.orelse)) {
          return true;
        }
        break;
      }
      case ast::StmtKind::kFor: {
        const auto& f = s->As<ast::For>();
        if (HasSimpleAnnotation(f.body) || HasSimpleAnnotation(f.orelse)) {
          return true;
        }
        break;
      }
      case ast::StmtKind::kWith:
        if (HasSimpleAnnotation(s->As<ast::With>().body)) return true;
        break;
      case ast::StmtKind::kMatch:
        for (const ast::MatchCase& c : s->As<ast::Match>().cases) {
          if (HasSimpleAnnotation(c.body)) return true;
        }
        break;
      case ast::StmtKind::kTry: {
        const auto& t = s->As<ast::Try>();
        if (HasSimpleAnnotation(t.body) || HasSimpleAnnotation(t.orelse) ||
            HasSimpleAnnotation(t.finalbody)) {
          return true;
        }
        for (const ast::ExceptHandler& h : t.handlers) {
          if (HasSimpleAnnotation(h.body)) return true;
        }
        break;
      }
      default:
        break;
    }
  }
  return false;
}

}  // namespace

void Compiler::SetupAnnotations(const ast::StmtList& body) {
  if (!HasSimpleAnnotation(body)) return;
  int t = AllocTemp();
  EmitABC(Op::kBuildDict, t, 0, 0);
  StoreNameFrom("__annotations__", t);
  FreeTo(t);
}

void Compiler::AnnotationTo(const ast::Expr& e, int reg) {
  if (!scopes_->future.annotations) {
    ExprTo(e, reg);
    return;
  }
  std::string text;
  if (!UnparseAnnotation(ts_, e, &text)) {
    oom_ = true;
    return;
  }
  EmitABx(Op::kLoadK, reg, StrConst(text));
}

void Compiler::FunctionAnnotations(const ast::FunctionDef& f, int fn) {
  std::vector<std::pair<const std::string*, const ast::Expr*>> anns;
  auto add = [&](const ast::Arg& a) {
    if (a.annotation) anns.emplace_back(&a.name, a.annotation.get());
  };
  for (const ast::Arg& a : f.args.posonlyargs) add(a);
  for (const ast::Arg& a : f.args.args) add(a);
  if (f.args.vararg) add(*f.args.vararg);
  for (const ast::Arg& a : f.args.kwonlyargs) add(a);
  if (f.args.kwarg) add(*f.args.kwarg);
  static const std::string kReturn = "return";
  if (f.returns) anns.emplace_back(&kReturn, f.returns.get());
  if (anns.empty()) return;
  int mark = fs_->top;
  int d = AllocTemp();
  EmitABC(Op::kBuildDict, d, 0, 0);
  int k = AllocTemp();
  int v = AllocTemp();
  for (const auto& [name, expr] : anns) {
    AnnotationTo(*expr, v);
    EmitABx(Op::kLoadK, k, StrConst(Mangled(*name)));
    EmitABC(Op::kSetItem, d, k, v);
  }
  EmitABC(Op::kSetAttr, fn, d, 0);
  EmitExtra(AttrExtra(Op::kSetAttr, NameIndex("__annotations__")));
  FreeTo(mark);
}

void Compiler::AugAssignStmt(const ast::AugAssign& a) {
  int op = static_cast<int>(ToBinOp(a.op));
  auto rhs = [&]() {
    int k = AugConstReg(*a.value);
    return k >= 0 ? k : ExprAny(*a.value);
  };
  const ast::Expr& t = *a.target;
  switch (t.kind) {
    case ast::ExprKind::kName: {
      const std::string& id = t.As<ast::Name>().id;
      // Reading the target (unbound or undefined) is reported at the
      // name, the operation itself at the whole statement.
      int reg;
      {
        LineScope ls(this, fs_, t);
        reg = LocalReg(id);
      }
      if (reg >= 0) {
        int r = rhs();
        SetSpan(a);
        EmitABC(Op::kInplace, reg, r, op);
        break;
      }
      int tmp = AllocTemp();
      {
        LineScope ls(this, fs_, t);
        LoadNameTo(id, tmp);
      }
      int r = rhs();
      SetSpan(a);
      EmitABC(Op::kInplace, tmp, r, op);
      StoreNameFrom(id, tmp);
      break;
    }
    case ast::ExprKind::kAttribute: {
      const auto& at = t.As<ast::Attribute>();
      int obj = ExprAny(*at.value);
      int tmp = AllocTemp();
      int name = AttrIndex(at.attr);
      // Both the load and the store are reported at the target.
      const ast::Node target_span = AttrSpan(t, at);
      SetSpan(target_span);
      EmitABC(Op::kGetAttr, tmp, obj, 0);
      EmitExtra(AttrExtra(Op::kGetAttr, name));
      int r = rhs();
      SetSpan(a);
      EmitABC(Op::kInplace, tmp, r, op);
      SetSpan(target_span);
      EmitABC(Op::kSetAttr, obj, tmp, 0);
      EmitExtra(AttrExtra(Op::kSetAttr, name));
      break;
    }
    case ast::ExprKind::kSubscript: {
      const auto& s = t.As<ast::Subscript>();
      int obj = ExprAny(*s.value);
      int idx = SmallIndex(*s.slice);
      int key = idx >= 0 ? -1 : ExprAny(*s.slice);
      int tmp = AllocTemp();
      SetSpan(t);
      if (idx >= 0) {
        EmitABC(Op::kGetItemI, tmp, obj, idx);
      } else {
        EmitABC(Op::kGetItem, tmp, obj, key);
      }
      int r = rhs();
      SetSpan(a);
      EmitABC(Op::kInplace, tmp, r, op);
      SetSpan(t);
      if (idx >= 0) {
        EmitABC(Op::kSetItemI, obj, idx, tmp);
      } else {
        EmitABC(Op::kSetItem, obj, key, tmp);
      }
      break;
    }
    default:
      Fail(t, "'expression' is an illegal expression for augmented assignment");
      break;
  }
}

void Compiler::DeleteTarget(const ast::Expr& t) {
  LineScope ls(this, fs_, t);
  int mark = fs_->top;
  switch (t.kind) {
    case ast::ExprKind::kName:
      DeleteName(t.As<ast::Name>().id);
      break;
    case ast::ExprKind::kAttribute: {
      const auto& a = t.As<ast::Attribute>();
      int obj = ExprAny(*a.value);
      SetSpan(AttrSpan(t, a));
      EmitABC(Op::kDelAttr, obj, 0, 0);
      EmitExtra(AttrExtra(Op::kDelAttr, AttrIndex(a.attr)));
      break;
    }
    case ast::ExprKind::kSubscript: {
      const auto& s = t.As<ast::Subscript>();
      int obj = ExprAny(*s.value);
      int key = ExprAny(*s.slice);
      EmitABC(Op::kDelItem, obj, key, 0);
      break;
    }
    case ast::ExprKind::kTuple:
      for (const ast::ExprPtr& e : t.As<ast::Tuple>().elts) DeleteTarget(*e);
      break;
    case ast::ExprKind::kList:
      for (const ast::ExprPtr& e : t.As<ast::List>().elts) DeleteTarget(*e);
      break;
    case ast::ExprKind::kStarred:
      Fail(t, "cannot delete starred");
      break;
    default:
      Fail(t, "cannot delete expression");
      break;
  }
  FreeTo(mark);
}

// ---------------------------------------------------------------------------
// Control flow

void Compiler::IfStmt(const ast::If& s) {
  int orelse = NewLabel(), end = NewLabel();
  CondJump(*s.test, false, orelse);
  RegSet s0 = fs_->assigned;
  bool u0 = fs_->unreachable;
  Body(s.body);
  RegSet s1 = fs_->assigned;
  bool u1 = fs_->unreachable;
  if (!s.orelse.empty()) EmitJump(end);
  Bind(orelse);
  fs_->assigned = s0;
  fs_->unreachable = u0;
  Body(s.orelse);
  Bind(end);
  MergeState(s1, u1);
}

void Compiler::WhileStmt(const ast::While& s) {
  RegSet deleted;
  CollectDeleted(s.body, &deleted);
  fs_->assigned &= ~deleted;
  RegSet head = fs_->assigned;
  bool head_unreachable = fs_->unreachable;
  int top = NewLabel(), orelse = NewLabel(), brk = NewLabel();
  Bind(top);
  CondJump(*s.test, false, orelse);
  FBlock fb{FBlock::kLoop};
  fb.exc_depth = fs_->exc_blocks.size();
  fb.break_label = brk;
  fb.continue_label = top;
  fs_->fblocks.push_back(fb);
  Body(s.body);
  fs_->fblocks.pop_back();
  SetSpan(s);
  EmitJump(top);
  Bind(orelse);
  fs_->assigned = head;
  fs_->unreachable = head_unreachable;
  Body(s.orelse);
  Bind(brk);
  fs_->assigned = head;
  fs_->unreachable = head_unreachable;
}

void Compiler::ForStmt(const ast::For& s) {
  int mark = fs_->top;
  const Symbol* target = nullptr;
  if (s.target->Is<ast::Name>()) target = Lookup(s.target->As<ast::Name>().id);
  int a;
  bool aliased = false;
  if (target != nullptr && target->kind == NameKind::kLocal &&
      target->alias_base >= 0 &&
      !fs_->busy_aliases.contains(target->alias_base)) {
    // The loop variable is the kForLoop's R[A+3]: no move per iteration.
    a = target->alias_base;
    aliased = true;
    fs_->busy_aliases.insert(a);
  } else {
    a = AllocTemps(4);
  }
  ExprTo(*s.iter, a);
  RegSet deleted;
  CollectDeleted(s.body, &deleted);
  fs_->assigned &= ~deleted;
  RegSet head = fs_->assigned;
  bool head_unreachable = fs_->unreachable;
  int body = NewLabel(), loop = NewLabel(), brk = NewLabel();
  // iter() and each next() are reported at the whole statement, as in
  // CPython 3.11.
  SetSpan(s);
  EmitForPrep(a, loop);
  Bind(body);
  SetLine(s.line);
  if (aliased) {
    fs_->assigned.set(target->reg);
  } else {
    StoreTarget(*s.target, a + 3);
  }
  FBlock fb{FBlock::kLoop};
  fb.exc_depth = fs_->exc_blocks.size();
  fb.break_label = brk;
  fb.continue_label = loop;
  fs_->fblocks.push_back(fb);
  Body(s.body);
  fs_->fblocks.pop_back();
  Bind(loop);
  SetSpan(s);
  EmitForLoop(a, body);
  fs_->assigned = head;
  fs_->unreachable = head_unreachable;
  SetLine(s.line);
  Body(s.orelse);
  Bind(brk);
  fs_->assigned = head;
  fs_->unreachable = head_unreachable;
  if (aliased) fs_->busy_aliases.erase(a);
  FreeTo(mark);
}

constexpr const char* kExceptStarExit =
    "'break', 'continue' and 'return' cannot appear in an except* block";

void Compiler::BreakContinue(const ast::Stmt& s, bool is_break) {
  size_t n = fs_->fblocks.size();
  size_t loop = n;
  for (size_t i = n; i-- > 0;) {
    if (fs_->fblocks[i].kind == FBlock::kLoop) {
      loop = i;
      break;
    }
  }
  if (loop == n) {
    Fail(s,
         is_break ? "'break' outside loop" : "'continue' not properly in loop");
    return;
  }
  for (size_t i = loop == n ? 0 : loop + 1; i < n; ++i) {
    if (fs_->fblocks[i].except_star) {
      Fail(s, kExceptStarExit);
      return;
    }
  }
  FBlock fb = fs_->fblocks[loop];
  std::vector<size_t> suspended;
  Unwind(loop + 1, &suspended);
  SetLine(s.line);
  EmitJump(is_break ? fb.break_label : fb.continue_label);
  ResumeAfterUnwind(suspended);
  fs_->unreachable = true;
}

void Compiler::ReturnStmt(const ast::Return& s) {
  if (fs_->scope->kind != ScopeKind::kFunction) {
    Fail(s, "'return' outside function");
    return;
  }
  bool unwind = false;
  for (const FBlock& fb : fs_->fblocks) {
    unwind |= fb.kind != FBlock::kLoop;
    if (fb.except_star) {
      if (s.value != nullptr) {
        Fail(*s.value, kExceptStarExit);
      } else {
        Fail(s, kExceptStarExit);
      }
      return;
    }
  }
  if (!unwind) {
    if (s.value == nullptr) {
      EmitABC(Op::kReturnNone, 0, 0, 0);
    } else {
      int r = ExprAny(*s.value);
      SetLine(s.line);
      EmitABC(Op::kReturn, r, 0, 0);
    }
  } else {
    // The value is computed before finally bodies run, as in CPython.
    int rv = AllocTemp();
    if (s.value == nullptr) {
      EmitABC(Op::kLoadNone, rv, 0, 0);
    } else {
      ExprTo(*s.value, rv);
    }
    std::vector<size_t> suspended;
    Unwind(0, &suspended);
    SetLine(s.line);
    EmitABC(Op::kReturn, rv, 0, 0);
    ResumeAfterUnwind(suspended);
  }
  fs_->unreachable = true;
}

void Compiler::RaiseStmt(const ast::Raise& s) {
  if (s.exc == nullptr) {
    EmitABC(Op::kRaiseCurrent, 0, 0, 0);
  } else {
    int r = ExprAny(*s.exc);
    if (s.cause != nullptr) {
      int c = ExprAny(*s.cause);
      SetLine(s.line);
      EmitABC(Op::kRaise, r, 1, c);
    } else {
      SetLine(s.line);
      EmitABC(Op::kRaise, r, 0, 0);
    }
  }
  fs_->unreachable = true;
}

namespace {

// The comparison whose position CPython 3.11 gives a failing assert: its
// compiler leaves the position of the last comparison it compiled as a
// jump condition (looking through `not`, `and`/`or` operands and both
// branches of a conditional expression) on the instructions that follow,
// so `assert a == b` marks `a == b`. Null when there is none.
const ast::Expr* LastJumpComparison(const ast::Expr& e) {
  if (e.Is<ast::Compare>()) return &e;
  if (e.Is<ast::UnaryOp>() &&
      e.As<ast::UnaryOp>().op == ast::UnaryOpKind::kNot) {
    return LastJumpComparison(*e.As<ast::UnaryOp>().operand);
  }
  const ast::Expr* last = nullptr;
  auto visit = [&](const ast::Expr& sub) {
    if (const ast::Expr* c = LastJumpComparison(sub)) last = c;
  };
  if (e.Is<ast::BoolOp>()) {
    for (const ast::ExprPtr& v : e.As<ast::BoolOp>().values) visit(*v);
  } else if (e.Is<ast::IfExp>()) {
    const auto& ie = e.As<ast::IfExp>();
    visit(*ie.test);
    visit(*ie.body);
    visit(*ie.orelse);
  }
  return last;
}

}  // namespace

void Compiler::AssertStmt(const ast::Assert& s) {
  int ok = NewLabel();
  CondJump(*s.test, true, ok);
  const ast::Expr* cmp = LastJumpComparison(*s.test);
  const ast::Node raise_span = cmp != nullptr
                                   ? static_cast<const ast::Node&>(*cmp)
                                   : static_cast<const ast::Node&>(s);
  int t = AllocTemp();
  EmitABx(Op::kLoadBuiltin, t, NameIndex("AssertionError"));
  if (s.msg != nullptr) {
    ExprTo(*s.msg, AllocTemp());
    SetSpan(raise_span);
    EmitABC(Op::kCall, t, 1, 0);
  }
  SetSpan(raise_span);
  EmitABC(Op::kRaise, t, 0, 0);
  Bind(ok);
}

// ---------------------------------------------------------------------------
// Definitions and imports

void Compiler::ApplyDecorators(const std::vector<ast::ExprPtr>& decs,
                               int first_dec, int obj) {
  // obj is the top temporary; each decorator is called with it as the only
  // argument, innermost (last written) first.
  for (size_t i = decs.size(); i-- > 0;) {
    // Reported at the decorator expression, as in CPython 3.11.
    LineScope ls(this, fs_, *decs[i]);
    int arg = AllocTemp();
    EmitMove(arg, obj);
    EmitMove(obj, first_dec + static_cast<int>(i));
    EmitABC(Op::kCall, obj, 1, 0);
    FreeTo(arg);
  }
}

void Compiler::FunctionDefStmt(const ast::FunctionDef& f) {
  Scope* child = scopes_->ScopeOf(&f);
  if (child == nullptr) {
    FailComplex();
    return;
  }
  int first_dec = fs_->top;
  for (const ast::ExprPtr& d : f.decorator_list) ExprTo(*d, AllocTemp());
  int fn = AllocTemp();
  int code = CompileFunctionCode(child, f);
  SetLine(f.line);
  MakeFunctionTo(child, &f.args, code, fn);
  FunctionAnnotations(f, fn);
  ApplyDecorators(f.decorator_list, first_dec, fn);
  SetLine(f.line);
  StoreNameFrom(f.name, fn);
}

void Compiler::ClassDefStmt(const ast::ClassDef& c) {
  Scope* child = scopes_->ScopeOf(&c);
  if (child == nullptr) {
    FailComplex();
    return;
  }
  for (const ast::Keyword& k : c.keywords) {
    if (k.arg.empty()) {
      Fail(c, "**kwargs in a class statement are not supported");
      return;
    }
  }
  for (const ast::ExprPtr& b : c.bases) {
    if (b->Is<ast::Starred>()) {
      Fail(*b, "starred base classes are not supported");
      return;
    }
  }
  int first_dec = fs_->top;
  for (const ast::ExprPtr& d : c.decorator_list) ExprTo(*d, AllocTemp());
  int cls = AllocTemp();
  int code = CompileClassCode(child, c);
  SetLine(c.line);
  MakeFunctionTo(child, nullptr, code, cls);
  // Keyword arguments (for __init_subclass__) follow the bases; the name
  // constant then becomes a tuple (name, keyword names...).
  int nbases = static_cast<int>(c.bases.size());
  int nkw = static_cast<int>(c.keywords.size());
  int bases = AllocTemps(nbases + nkw);
  for (int i = 0; i < nbases; ++i) ExprTo(*c.bases[i], bases + i);
  for (int i = 0; i < nkw; ++i)
    ExprTo(*c.keywords[i].value, bases + nbases + i);
  SetSpan(c);  // class creation is reported at the whole statement
  EmitABC(Op::kBuildClass, cls, nbases + nkw > 0 ? bases : 0, nbases + nkw);
  if (nkw == 0) {
    EmitExtra(static_cast<uint32_t>(StrConst(c.name)));
  } else {
    std::vector<const std::string*> names{&c.name};
    for (const ast::Keyword& k : c.keywords) names.push_back(&k.arg);
    EmitExtra(static_cast<uint32_t>(KwnamesConst(names)));
  }
  FreeTo(cls + 1);
  ApplyDecorators(c.decorator_list, first_dec, cls);
  SetLine(c.line);
  StoreNameFrom(c.name, cls);
}

namespace {

std::vector<std::string> SplitDotted(const std::string& name) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return parts;
}

}  // namespace

void Compiler::ImportStmt(const ast::Import& s) {
  for (const ast::Alias& a : s.names) {
    LineScope ls(this, fs_, a.line);
    int mark = fs_->top;
    int t = AllocTemp();
    // `import a.b` imports a, then a.b, and binds a; `import a.b as c`
    // binds the submodule itself.
    EmitABx(Op::kImport, t, NameIndex(Mangled(a.name)));
    if (a.asname.empty()) {
      std::vector<std::string> parts = SplitDotted(Mangled(a.name));
      if (parts.size() > 1) EmitABx(Op::kImport, t, NameIndex(parts[0]));
      StoreNameFrom(parts[0], t);
    } else {
      StoreNameFrom(a.asname, t);
    }
    FreeTo(mark);
  }
}

void Compiler::ImportFromStmt(const ast::ImportFrom& s) {
  if (IsLateFutureImport(s, scopes_->future)) {
    Fail(s, "from __future__ imports must occur at the beginning of the file");
    return;
  }
  // A relative import names its module with the leading dots
  // ("..pkg.mod"); the VM resolves it against the importing module's
  // __package__.
  std::string module = std::string(s.level, '.') + Mangled(s.module);
  int m = AllocTemp();
  EmitABx(Op::kImport, m, NameIndex(module));
  for (const ast::Alias& a : s.names) {
    LineScope ls(this, fs_, a.line);
    if (a.name == "*") {
      if (fs_->scope->kind != ScopeKind::kModule) {
        Fail(a, "import * only allowed at module level");
        return;
      }
      // kImportFrom with the name "*" binds the module's public names in
      // the globals itself; its register gets None.
      int t = AllocTemp();
      int idx = NameIndex("*");
      if (idx > 255) {
        FailComplex();
        return;
      }
      EmitABC(Op::kImportFrom, t, m, idx);
      FreeTo(t);
      continue;
    }
    int t = AllocTemp();
    int idx = NameIndex(Mangled(a.name));
    if (idx <= 255) {
      EmitABC(Op::kImportFrom, t, m, idx);
    } else {
      // kImportFrom's name operand is 8-bit; a plain attribute load does
      // the same job (with AttributeError instead of ImportError).
      EmitABC(Op::kGetAttr, t, m, 0);
      EmitExtra(AttrExtra(Op::kGetAttr, idx));
    }
    StoreNameFrom(a.asname.empty() ? a.name : a.asname, t);
    FreeTo(t);
  }
}

// ---------------------------------------------------------------------------
// Exceptions

void Compiler::TryStmt(const ast::Try& s) {
  for (size_t i = 0; i + 1 < s.handlers.size(); ++i) {
    if (s.handlers[i].type == nullptr) {
      Fail(s.handlers[i], "default 'except:' must be last");
      return;
    }
  }
  if (!s.finalbody.empty()) {
    TryFinally(s);
  } else if (!s.handlers.empty()) {
    TryExcept(s);
  } else {
    Body(s.body);
    Body(s.orelse);
  }
}

void Compiler::TryExcept(const ast::Try& s) {
  if (s.is_star) {
    TryExceptStar(s);
    return;
  }
  int mark = fs_->top;
  int exc = AllocTemp(), saved = AllocTemp(), exc2 = AllocTemp();
  int handler = NewLabel(), end = NewLabel(), cleanup = NewLabel();
  RegSet deleted;
  CollectDeleted(s.body, &deleted);
  RegSet entry = fs_->assigned & ~deleted;
  bool entry_unreachable = fs_->unreachable;

  PushExcBlock(handler, exc);
  Body(s.body);
  PopExcBlock();
  Body(s.orelse);
  RegSet out = fs_->assigned;
  bool out_unreachable = fs_->unreachable;
  EmitJump(end);

  // Handlers: the exception is in `exc`; it is "being handled" (for bare
  // raise, sys.exc_info and __context__) until PopExcInfo.
  Bind(handler);
  SetLine(s.handlers.front().line);
  fs_->assigned = entry;
  fs_->unreachable = entry_unreachable;
  EmitABC(Op::kPushExcInfo, saved, exc, 0);
  size_t depth = fs_->exc_blocks.size();
  PushExcBlock(cleanup, exc2);
  for (const ast::ExceptHandler& h : s.handlers) {
    LineScope ls(this, fs_, h.line);
    fs_->assigned = entry;
    fs_->unreachable = entry_unreachable;
    int next = NewLabel();
    if (h.type != nullptr) {
      int m = fs_->top;
      int t = ExprAny(*h.type);
      int r = AllocTemp();
      SetLine(h.line);
      EmitABC(Op::kExcMatch, r, exc, t);
      EmitJumpIf(false, r, next);
      FreeTo(m);
    }
    FBlock fb{FBlock::kHandlerCleanup};
    fb.exc_depth = depth;
    fb.saved_reg = saved;
    if (!h.name.empty()) {
      StoreNameFrom(h.name, exc);
      int m = fs_->top;
      int exc3 = AllocTemp();
      int named_cleanup = NewLabel();
      fb.as_name = &h.name;
      PushExcBlock(named_cleanup, exc3);
      fs_->fblocks.push_back(fb);
      Body(h.body);
      fs_->fblocks.pop_back();
      PopExcBlock();
      bool reachable = !fs_->unreachable;
      ClearName(h.name);
      EmitABC(Op::kPopExcInfo, saved, 0, 0);
      EmitJump(end);
      if (out_unreachable) {
        out = fs_->assigned;
        out_unreachable = !reachable;
      } else if (reachable) {
        out &= fs_->assigned;
      }
      Bind(named_cleanup);
      fs_->unreachable = false;
      ClearName(h.name);
      EmitABC(Op::kReraise, exc3, 0, 0);
      FreeTo(m);
    } else {
      fs_->fblocks.push_back(fb);
      Body(h.body);
      fs_->fblocks.pop_back();
      bool reachable = !fs_->unreachable;
      EmitABC(Op::kPopExcInfo, saved, 0, 0);
      EmitJump(end);
      if (out_unreachable) {
        out = fs_->assigned;
        out_unreachable = !reachable;
      } else if (reachable) {
        out &= fs_->assigned;
      }
    }
    Bind(next);
  }
  // No handler matched: leave through the cleanup below.
  EmitABC(Op::kReraise, exc, 0, 0);
  PopExcBlock();
  Bind(cleanup);
  EmitABC(Op::kPopExcInfo, saved, 0, 0);
  EmitABC(Op::kReraise, exc2, 0, 0);
  Bind(end);
  fs_->assigned = out;
  fs_->unreachable = out_unreachable;
  FreeTo(mark);
}

// except* (PEP 654): each clause takes the part of the exception (group)
// its types match, out of what earlier clauses left; what the handlers
// raise and the unhandled rest are combined at the end (kExcStar C=1) and
// raised. A clause's handler runs with its part as the handled exception.
void Compiler::TryExceptStar(const ast::Try& s) {
  int mark = fs_->top;
  int exc = AllocTemp(), saved = AllocTemp(), exc2 = AllocTemp();
  int orig = AllocTemp(), rest = AllocTemp(), raised = AllocTemp();
  int handler = NewLabel(), end = NewLabel(), cleanup = NewLabel();
  RegSet deleted;
  CollectDeleted(s.body, &deleted);
  for (const ast::ExceptHandler& h : s.handlers) {
    CollectDeleted(h.body, &deleted);
    if (!h.name.empty()) {
      const Symbol* sym = Lookup(h.name);
      if (sym != nullptr && sym->kind == NameKind::kLocal)
        deleted.set(sym->reg);
    }
  }
  CollectDeleted(s.orelse, &deleted);
  RegSet entry = fs_->assigned & ~deleted;
  bool entry_unreachable = fs_->unreachable;

  PushExcBlock(handler, exc);
  Body(s.body);
  PopExcBlock();
  Body(s.orelse);
  EmitJump(end);

  Bind(handler);
  SetLine(s.handlers.front().line);
  fs_->assigned = entry;
  fs_->unreachable = entry_unreachable;
  EmitABC(Op::kPushExcInfo, saved, exc, 0);
  PushExcBlock(cleanup, exc2);
  EmitABC(Op::kMove, orig, exc, 0);
  EmitABC(Op::kMove, rest, exc, 0);
  EmitABC(Op::kBuildList, raised, 0, 0);
  for (const ast::ExceptHandler& h : s.handlers) {
    LineScope ls(this, fs_, h.line);
    fs_->assigned = entry;
    fs_->unreachable = entry_unreachable;
    int next = NewLabel();
    int m = fs_->top;
    int part = AllocTemp();
    ExprTo(*h.type, part);
    SetLine(h.line);
    EmitABC(Op::kExcStar, part, rest, 0);
    EmitJumpIf(false, part, next);
    int hsaved = AllocTemp(), hexc = AllocTemp();
    int hcleanup = NewLabel();
    EmitABC(Op::kPushExcInfo, hsaved, part, 0);
    if (!h.name.empty()) StoreNameFrom(h.name, part);
    FBlock fb{FBlock::kHandlerCleanup};
    fb.exc_depth = fs_->exc_blocks.size();
    fb.saved_reg = hsaved;
    fb.as_name = h.name.empty() ? nullptr : &h.name;
    fb.except_star = true;
    PushExcBlock(hcleanup, hexc);
    fs_->fblocks.push_back(fb);
    Body(h.body);
    fs_->fblocks.pop_back();
    PopExcBlock();
    if (!h.name.empty()) ClearName(h.name);
    EmitABC(Op::kPopExcInfo, hsaved, 0, 0);
    EmitJump(next);
    // What the handler raises is kept for the end of the statement.
    Bind(hcleanup);
    fs_->unreachable = false;
    if (!h.name.empty()) ClearName(h.name);
    EmitABC(Op::kPopExcInfo, hsaved, 0, 0);
    EmitABC(Op::kListAppend, raised, hexc, 0);
    FreeTo(m);
    Bind(next);
  }
  fs_->assigned = entry;
  fs_->unreachable = entry_unreachable;
  EmitABC(Op::kListAppend, raised, rest, 0);
  EmitABC(Op::kExcStar, raised, orig, 1);
  PopExcBlock();
  EmitABC(Op::kPopExcInfo, saved, 0, 0);
  EmitABC(Op::kReraise, raised, 0, 0);  // nothing left: no-op (None)
  EmitJump(end);
  Bind(cleanup);
  EmitABC(Op::kPopExcInfo, saved, 0, 0);
  EmitABC(Op::kReraise, exc2, 0, 0);
  Bind(end);
  fs_->assigned = entry;
  fs_->unreachable = entry_unreachable;
  FreeTo(mark);
}

void Compiler::TryFinally(const ast::Try& s) {
  int mark = fs_->top;
  int exc = AllocTemp(), saved = AllocTemp(), exc2 = AllocTemp();
  int fin_exc = NewLabel(), end = NewLabel(), cleanup = NewLabel();
  RegSet deleted;
  CollectDeleted(s.body, &deleted);
  for (const ast::ExceptHandler& h : s.handlers) {
    CollectDeleted(h.body, &deleted);
    if (!h.name.empty()) {
      const Symbol* sym = Lookup(h.name);
      if (sym != nullptr && sym->kind == NameKind::kLocal)
        deleted.set(sym->reg);
    }
  }
  CollectDeleted(s.orelse, &deleted);
  CollectDeleted(s.finalbody, &deleted);
  RegSet entry = fs_->assigned & ~deleted;
  bool entry_unreachable = fs_->unreachable;

  FBlock fb{FBlock::kTryFinally};
  fb.exc_depth = fs_->exc_blocks.size();
  fb.finalbody = &s.finalbody;
  PushExcBlock(fin_exc, exc);
  fs_->fblocks.push_back(fb);
  if (!s.handlers.empty()) {
    TryExcept(s);
  } else {
    Body(s.body);
  }
  fs_->fblocks.pop_back();
  PopExcBlock();

  // Normal exit.
  Body(s.finalbody);
  RegSet normal = fs_->assigned;
  bool normal_unreachable = fs_->unreachable;
  EmitJump(end);

  // Exceptional exit: run the body with the exception being handled, then
  // re-raise it (unless the body leaves by return/break/continue).
  Bind(fin_exc);
  fs_->assigned = entry;
  fs_->unreachable = entry_unreachable;
  EmitABC(Op::kPushExcInfo, saved, exc, 0);
  FBlock hc{FBlock::kHandlerCleanup};
  hc.exc_depth = fs_->exc_blocks.size();
  hc.saved_reg = saved;
  PushExcBlock(cleanup, exc2);
  fs_->fblocks.push_back(hc);
  Body(s.finalbody);
  fs_->fblocks.pop_back();
  PopExcBlock();
  EmitABC(Op::kPopExcInfo, saved, 0, 0);
  EmitABC(Op::kReraise, exc, 0, 0);
  Bind(cleanup);
  EmitABC(Op::kPopExcInfo, saved, 0, 0);
  EmitABC(Op::kReraise, exc2, 0, 0);
  Bind(end);
  fs_->assigned = normal;
  fs_->unreachable = normal_unreachable;
  FreeTo(mark);
}

void Compiler::WithStmt(const ast::With& s, size_t item_index) {
  const ast::WithItem& item = s.items[item_index];
  int mark = fs_->top;
  int mgr = AllocTemp();
  ExprTo(*item.context_expr, mgr);
  int exit = AllocTemp();
  int value = AllocTemp();  // exit + 1: __enter__()'s result
  // Entry and exit are reported at the whole statement (CPython 3.11).
  SetSpan(s);
  if (s.is_async) {
    EmitABC(Op::kAsync, exit, mgr, static_cast<int>(AsyncOp::kAEnter));
    EmitAwait(value);
  } else {
    EmitABC(Op::kWithEnter, exit, mgr, 0);
  }
  int exc = AllocTemp(), saved = AllocTemp(), exc2 = AllocTemp();
  int on_exc = NewLabel(), end = NewLabel(), cleanup = NewLabel();
  RegSet deleted;
  CollectDeleted(s.body, &deleted);
  RegSet entry = fs_->assigned & ~deleted;
  bool entry_unreachable = fs_->unreachable;

  FBlock fb{FBlock::kWith};
  fb.exc_depth = fs_->exc_blocks.size();
  fb.exit_reg = exit;
  fb.is_async = s.is_async;
  PushExcBlock(on_exc, exc);
  fs_->fblocks.push_back(fb);
  if (item.optional_vars != nullptr) StoreTarget(*item.optional_vars, value);
  if (item_index + 1 < s.items.size()) {
    WithStmt(s, item_index + 1);
  } else {
    Body(s.body);
  }
  fs_->fblocks.pop_back();
  PopExcBlock();

  // Normal exit: __exit__(None, None, None).
  SetSpan(s);
  int t = AllocTemp();
  EmitABC(Op::kLoadNone, t, 0, 0);
  EmitABC(Op::kWithExit, t, exit, t);
  if (s.is_async) EmitAwait(t);
  FreeTo(t);
  EmitJump(end);

  // Exception: __exit__(type, value, tb); a true result swallows it.
  Bind(on_exc);
  fs_->unreachable = entry_unreachable;
  EmitABC(Op::kPushExcInfo, saved, exc, 0);
  PushExcBlock(cleanup, exc2);
  int res = AllocTemp();
  EmitABC(Op::kWithExit, res, exit, exc);
  if (s.is_async) EmitAwait(res);
  int suppress = NewLabel();
  EmitJumpIf(true, res, suppress);
  EmitABC(Op::kReraise, exc, 0, 0);
  PopExcBlock();
  Bind(suppress);
  EmitABC(Op::kPopExcInfo, saved, 0, 0);
  EmitJump(end);
  Bind(cleanup);
  EmitABC(Op::kPopExcInfo, saved, 0, 0);
  EmitABC(Op::kReraise, exc2, 0, 0);
  Bind(end);
  // The body may have been cut short by a suppressed exception.
  fs_->assigned = entry;
  fs_->unreachable = entry_unreachable;
  FreeTo(mark);
}

}  // namespace interp::compiler
