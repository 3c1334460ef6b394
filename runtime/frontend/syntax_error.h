// A syntax error found by the lexer or parser, with everything a traceback
// printer needs (CPython's SyntaxError attributes: msg, filename, lineno,
// offset, end_offset, text).
#ifndef INTERP_RUNTIME_FRONTEND_SYNTAX_ERROR_H_
#define INTERP_RUNTIME_FRONTEND_SYNTAX_ERROR_H_

#include <string>

namespace interp {

struct SyntaxErrorInfo {
  std::string type;     // "SyntaxError" | "IndentationError" | "TabError"
  std::string message;  // e.g. "invalid syntax", "expected ':'"
  std::string filename;
  int line = 0;      // 1-based
  int col = 0;       // 1-based, like CPython's `offset` (in code points)
  int end_line = 0;  // 1-based
  int end_col = 0;   // 1-based, exclusive (CPython's `end_offset`); like
                     // CPython, 0 or -1 when unknown (IndentationError,
                     // "'(' was never closed", ...)
  std::string text;  // the offending source line, without newline
};

}  // namespace interp

#endif  // INTERP_RUNTIME_FRONTEND_SYNTAX_ERROR_H_
