// Future statements (`from __future__ import x`): the block of them that
// may open a module, the features they name and the SyntaxErrors CPython
// 3.11's future.c and compiler report for them.
#ifndef INTERP_RUNTIME_COMPILER_FUTURE_H_
#define INTERP_RUNTIME_COMPILER_FUTURE_H_

#include "runtime/frontend/ast.h"
#include "runtime/frontend/syntax_error.h"

namespace interp::compiler {

struct FutureFeatures {
  // PEP 563: annotations are kept as their source strings.
  bool annotations = false;
  // Line of the last future statement of the opening block (0: none); a
  // `from __future__ import` on a later line comes too late.
  int last_line = 0;
};

// Reads the future statements at the start of `module` (after an optional
// docstring). False with *error filled (message and position) for an
// unknown feature or `braces`.
bool ParseFutureFeatures(const ast::Module& module, FutureFeatures* features,
                         SyntaxErrorInfo* error);

// True when `s` is a `from __future__ import` outside the opening block.
bool IsLateFutureImport(const ast::ImportFrom& s,
                        const FutureFeatures& features);

// Under PEP 563 an annotation is never evaluated, so CPython rejects the
// expressions that would need its evaluation: the first yield, `await` or
// `:=` of annotation `e` outside nested lambdas and comprehensions (null:
// none), and the message for it.
const ast::Expr* FindUnevaluatedAnnotationError(const ast::Expr& e,
                                                const char** message);

}  // namespace interp::compiler

#endif  // INTERP_RUNTIME_COMPILER_FUTURE_H_
