// Parser for the language of SPEC 1.1-1.3: source text -> ast::Module.
//
// Recursive descent over the token vector produced by Lexer. Recursion depth
// is bounded (parser_internal::kMaxNesting, Lexer::kMaxParenDepth and
// Lexer::kMaxIndentDepth), so arbitrary input never overflows the C stack:
// the worst case needs about 0.5 MB of stack in an optimised build and
// 2 MB under AddressSanitizer. Returned trees are at most ast::kMaxAstDepth
// high. Errors follow CPython 3.11's messages and positions for the common
// cases (tokenizer errors anywhere in the file win over parser errors, as in
// CPython); everything else is "invalid syntax" at the offending token.
//
// Deliberately rejected (SyntaxError naming the feature): async,
// await, `match` statements, imaginary and bytes
// literals, `:=`, integer literals beyond 64 bits, relative imports and
// `from m import *`. Some checks CPython does at compile time are done here
// with CPython's wording: duplicate parameters, repeated keyword arguments,
// starred assignment targets.
//
// Lowering (documented divergences from CPython's ast): annotated
// assignments become Assign (`x: T = v`) or Pass (`x: T`), the annotation
// dropped; `-9223372036854775808` is folded into one Constant.
#ifndef INTERP_RUNTIME_FRONTEND_PARSER_H_
#define INTERP_RUNTIME_FRONTEND_PARSER_H_

#include <memory>
#include <string_view>

#include "runtime/frontend/ast.h"
#include "runtime/frontend/syntax_error.h"

namespace interp {

enum class ParseMode {
  kFile,
  // REPL: one statement, compound statements end at a blank line.
  kInteractive,
};

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null on error
  SyntaxErrorInfo error;                // filled when module is null
};

// Validates encoding (ValidateSourceEncoding), tokenizes and parses.
ParseResult Parse(std::string_view source, std::string_view filename,
                  ParseMode mode = ParseMode::kFile);

// REPL helper: true when `source` is an incomplete statement that needs more
// lines (open brackets, trailing ':' block, backslash continuation,
// unterminated triple-quoted string).
bool IsIncompleteInput(std::string_view source);

}  // namespace interp

#endif  // INTERP_RUNTIME_FRONTEND_PARSER_H_
