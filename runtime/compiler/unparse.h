// Expression -> source text the way CPython 3.11 stringifies annotations
// under `from __future__ import annotations` (PEP 563): minimal
// parentheses by operator priority, reprs for constants, `inf` spelled
// 1e309. Used for the strings that replace annotation values.
#ifndef INTERP_RUNTIME_COMPILER_UNPARSE_H_
#define INTERP_RUNTIME_COMPILER_UNPARSE_H_

#include <string>

#include "runtime/frames/thread_state.h"
#include "runtime/frontend/ast.h"

namespace interp::compiler {

// Appends the text of `e` to *out. False on allocation failure (reprs of
// string and big-int constants go through heap objects).
bool UnparseAnnotation(ThreadState& ts, const ast::Expr& e, std::string* out);

}  // namespace interp::compiler

#endif  // INTERP_RUNTIME_COMPILER_UNPARSE_H_
