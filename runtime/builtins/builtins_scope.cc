// globals() and locals() (and the no-argument forms of vars() and dir()):
// views of the innermost script frame's namespaces. locals() of a function
// is a snapshot dict, like CPython's.
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/frames/frame_stack.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

// The innermost frame running script code (native calls push their own
// records above it).
Frame* ScriptFrame(ThreadState& ts) {
  uint32_t depth = ts.frames.depth_relaxed();
  for (uint32_t i = depth; i > 0; --i) {
    Frame* f = &ts.frames.records()[i - 1];
    if (f->func != nullptr && f->code != nullptr) return f;
  }
  return nullptr;
}

bool IsCellRegister(const CodeBody* b, uint32_t reg) {
  for (uint16_t r : b->cell_params) {
    if (r == reg) return true;
  }
  for (uint16_t r : b->cell_locals) {
    if (r == reg) return true;
  }
  for (uint16_t r : b->free_regs) {
    if (r == reg) return true;
  }
  return false;
}

}  // namespace

Value CurrentGlobals(ThreadState& ts) {
  Frame* f = ScriptFrame(ts);
  if (f == nullptr || f->func->globals == nullptr) {
    return RaiseRuntimeError(ts, "globals(): no script frame");
  }
  return DictValue(f->func->globals);
}

Value CurrentLocals(ThreadState& ts) {
  Frame* f = ScriptFrame(ts);
  if (f == nullptr) return RaiseRuntimeError(ts, "locals(): no script frame");
  const CodeBody* b = f->code->body;
  if (b->flags & kCodeModule) return CurrentGlobals(ts);
  if ((b->flags & kCodeClassBody) && IsKind(f->base[0], ObjKind::kDict)) {
    return f->base[0];
  }
  Dict* d = NewDict(ts);
  if (d == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(DictValue(d));
  uint32_t n = static_cast<uint32_t>(b->varnames.size());
  if (n > b->num_regs) n = b->num_regs;
  for (uint32_t i = 0; i < n; ++i) {
    Str* name = b->varnames[i];
    if (name == nullptr || name->byte_len == 0 || name->data[0] == '.') {
      continue;
    }
    Value v = f->base[i];
    if (IsCellRegister(b, i) && IsKind(v, ObjKind::kCell)) {
      v = As<Cell>(v)->value;
    }
    if (v.IsEmpty() || v.IsError()) continue;
    if (!DictSetStr(ts, d, name, v)) return Value::Error();
  }
  return DictValue(d);
}

}  // namespace builtins
}  // namespace interp
