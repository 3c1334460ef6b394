// Code objects: creation (with their crash-report CodeInfo in stable
// memory) and the collector hooks.
#include <memory>
#include <string_view>

#include "runtime/builtins/errors.h"
#include "runtime/frames/code_info.h"
#include "runtime/objects/code.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/runtime_state.h"

namespace interp {

void TraceCodeObject(Object* o, Tracer& t) {
  Code* code = static_cast<Code*>(o);
  CodeBody* b = code->body;
  if (b == nullptr) return;
  for (const Value& v : b->constants) t.Mark(v);
  for (Str* s : b->names) t.MarkObject(s);
  for (Str* s : b->varnames) t.MarkObject(s);
  for (Str* s : b->free_names) t.MarkObject(s);
  t.MarkObject(b->name);
  t.MarkObject(b->qualname);
  t.MarkObject(b->filename);
}

void FinalizeCodeObject(Object* o) {
  Code* code = static_cast<Code*>(o);
  // Readers of a stale frame record validate the CodeInfo's magic and
  // generation, which FreeCodeInfo changes before recycling it.
  FreeCodeInfo(code->info);
  code->info = nullptr;
  std::unique_ptr<CodeBody> owned(code->body);
  code->body = nullptr;
}

Code* NewCode(ThreadState& ts, std::unique_ptr<CodeBody> body) {
  RuntimeState& rt = *ts.runtime.load(std::memory_order_relaxed);
  Code* code = rt.heap.New<Code>(ts, ObjKind::kCode, rt.classes.code);
  if (code == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  if (body->lines.empty())
    body->lines.push_back(LineEntry{0, body->first_line});
  std::string_view name = body->name != nullptr ? body->name->view() : "?";
  std::string_view filename =
      body->filename != nullptr ? body->filename->view() : "";
  code->info =
      NewCodeInfo(name, filename, body->lines.data(),
                  static_cast<uint32_t>(body->lines.size()), body->first_line);
  code->body = body.release();
  return code;
}

void RegisterCodeKindOps() {
  RegisterKindOps(ObjKind::kCode, KindOps{TraceCodeObject, FinalizeCodeObject});
}

}  // namespace interp
