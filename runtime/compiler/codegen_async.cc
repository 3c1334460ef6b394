// Coroutines: `await`, `async for` and `async with` (the latter shares
// WithStmt). An `async def` body is generator code (kCodeGenerator plus
// kCodeCoroutine), and `await x` is `yield from` over the iterator
// kAsync(kAwaitable) makes of x, so suspension, resumption, throw() and
// close() are the generators' machinery.

#include "runtime/compiler/codegen.h"

namespace interp::compiler {

void Compiler::EmitAwait(int reg) {
  EmitABC(Op::kAsync, reg, reg, static_cast<int>(AsyncOp::kAwaitable));
  int mark = fs_->top;
  int r = AllocTemp();
  EmitABC(Op::kLoadNone, r, 0, 0);
  EmitABC(Op::kYieldFrom, reg, r, 0);
  EmitMove(reg, r);
  FreeTo(mark);
}

// The handler of an `async for`'s __anext__ await: StopAsyncIteration
// (in R[exc]) jumps to `end`, anything else is re-raised.
void Compiler::EndOnStopAsyncIteration(int exc, int end) {
  int mark = fs_->top;
  int cls = AllocTemp();
  EmitABx(Op::kLoadBuiltin, cls, NameIndex("StopAsyncIteration"));
  EmitABC(Op::kExcMatch, cls, exc, cls);
  EmitJumpIf(true, cls, end);
  EmitABC(Op::kReraise, exc, 0, 0);
  FreeTo(mark);
}

// it = aiter(x); loop: v = await anext(it) (StopAsyncIteration ends the
// loop and runs `else`), target = v, body.
void Compiler::AsyncForStmt(const ast::For& s) {
  int mark = fs_->top;
  int it = AllocTemp();
  int value = AllocTemp();
  int exc = AllocTemp();
  ExprTo(*s.iter, it);
  SetSpan(s);
  EmitABC(Op::kAsync, it, it, static_cast<int>(AsyncOp::kAIter));
  RegSet deleted;
  CollectDeleted(s.body, &deleted);
  fs_->assigned &= ~deleted;
  RegSet head = fs_->assigned;
  bool head_unreachable = fs_->unreachable;
  int top = NewLabel(), stop = NewLabel(), orelse = NewLabel(),
      brk = NewLabel();
  Bind(top);
  SetSpan(s);
  PushExcBlock(stop, exc);
  EmitABC(Op::kAsync, value, it, static_cast<int>(AsyncOp::kANext));
  EmitAwait(value);
  PopExcBlock();
  SetLine(s.line);
  StoreTarget(*s.target, value);
  FBlock fb{FBlock::kLoop};
  fb.exc_depth = fs_->exc_blocks.size();
  fb.break_label = brk;
  fb.continue_label = top;
  fs_->fblocks.push_back(fb);
  Body(s.body);
  fs_->fblocks.pop_back();
  EmitJump(top);

  // StopAsyncIteration from __anext__ ends the loop; anything else
  // propagates.
  Bind(stop);
  fs_->assigned = head;
  fs_->unreachable = head_unreachable;
  SetSpan(s);
  EndOnStopAsyncIteration(exc, orelse);
  Bind(orelse);
  SetLine(s.line);
  Body(s.orelse);
  Bind(brk);
  fs_->assigned = head;
  fs_->unreachable = head_unreachable;
  FreeTo(mark);
}

// One `async for` clause of a comprehension: like AsyncForStmt, with the
// clause's conditions and the next clause (or the element) as the body.
// The first clause's async iterator is the comprehension's argument (the
// enclosing code called __aiter__, as CPython does).
void Compiler::AsyncGenLoop(const std::vector<ast::Comprehension>& gens,
                            size_t i, const ast::Expr& comp, int result) {
  const ast::Comprehension& g = gens[i];
  int mark = fs_->top;
  int it = AllocTemp();
  int value = AllocTemp();
  int exc = AllocTemp();
  if (i == 0) {
    EmitMove(it, 0);  // the async iterator argument ".0"
  } else {
    ExprTo(*g.iter, it);
    SetSpan(comp);
    EmitABC(Op::kAsync, it, it, static_cast<int>(AsyncOp::kAIter));
  }
  int top = NewLabel(), stop = NewLabel(), done = NewLabel();
  Bind(top);
  SetSpan(comp);
  PushExcBlock(stop, exc);
  EmitABC(Op::kAsync, value, it, static_cast<int>(AsyncOp::kANext));
  EmitAwait(value);
  PopExcBlock();
  StoreTarget(*g.target, value);
  for (const ast::ExprPtr& cond : g.ifs) CondJump(*cond, false, top);
  if (i + 1 < gens.size()) {
    GenLoop(gens, i + 1, comp, result);
  } else {
    ComprehensionElement(comp, result);
  }
  EmitJump(top);
  Bind(stop);
  SetSpan(comp);
  EndOnStopAsyncIteration(exc, done);
  Bind(done);
  FreeTo(mark);
}

}  // namespace interp::compiler
