// The compiler: AST (ast.h) -> register bytecode (opcodes.h) in Code
// objects (code.h). Compile-time errors ('return' outside function,
// nonlocal/global misuse, unsupported constructs the parser let through)
// come back as SyntaxErrorInfo.
#ifndef INTERP_RUNTIME_COMPILER_COMPILER_H_
#define INTERP_RUNTIME_COMPILER_COMPILER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/frames/thread_state.h"
#include "runtime/frontend/ast.h"
#include "runtime/frontend/syntax_error.h"
#include "runtime/objects/code.h"

namespace interp {

enum class CompileMode {
  kModule,       // a file or -c string
  kInteractive,  // REPL: expression statements print their value (kPrintExpr)
  kEval,         // eval(): one expression statement whose value is returned
};

// Where the top level of the compiled code keeps its names.
enum class TopLevel {
  kGlobals,    // module code: names are globals
  kNamespace,  // exec/eval with a locals mapping: names live in the dict
               // passed as the code's one parameter (like a class body),
               // then globals, then builtins
};

// A SyntaxWarning the compiler found (CPython prints them through the
// warnings module as the source is compiled).
struct CompileWarning {
  int line;
  std::string message;
};

// Compiles a module body. Returns null and fills *error on a compile-time
// error (error->text is filled from `source`). Never reaches a GC safe
// point (allocation does not collect), so the objects it creates need no
// rooting until it returns; the caller roots the result.
// The warnings found go to *warnings when it is not null.
// `inherited_flags` (kCodeFutureAnnotations) are future features in force
// without a future statement: exec() and compile() pass their caller's.
Code* CompileModule(ThreadState& ts, const ast::Module& module,
                    std::string_view source, CompileMode mode,
                    SyntaxErrorInfo* error, TopLevel top = TopLevel::kGlobals,
                    std::vector<CompileWarning>* warnings = nullptr,
                    uint32_t inherited_flags = 0);

// Human-readable listing of a code object and its nested code objects
// (tests, debugging).
std::string Disassemble(Code* code);

}  // namespace interp

#endif  // INTERP_RUNTIME_COMPILER_COMPILER_H_
