// Builtins the compiled code of some syntax calls: the `@` operator (the
// compiler calls the protocol through them rather than spend an opcode on
// an operator no builtin type implements). Their names are not
// identifiers, so scripts cannot shadow them.
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/protocols.h"

namespace interp {
namespace builtins {
namespace {

// a @ b
Value MatMulOp(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2) return RaiseTypeError(ts, "matmul-op: bad arguments");
  return BinaryOp(ts, BinOp::kMatMul, args[0], args[1]);
}

}  // namespace

bool AddSyntaxBuiltins(ThreadState& ts, Module* m) {
  return AddFunction(ts, m, "matmul-op", MatMulOp);
}

}  // namespace builtins
}  // namespace interp
