#include "runtime/objects/float_box.h"

#include "runtime/builtins/errors.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/runtime_state.h"

namespace interp {

const NativeDataOps kFloatBoxOps = {"float", nullptr, nullptr, nullptr};

Value FloatBox(ThreadState& ts, double d, ClassObject* cls) {
  RuntimeState& rt = Rt(ts);
  auto* obj =
      rt.heap.New<NativeData>(ts, ObjKind::kNativeData, cls, sizeof(double));
  if (obj == nullptr) return RaiseMemoryError(ts);
  auto* slot = reinterpret_cast<double*>(obj + 1);
  *slot = d;
  obj->data = slot;
  obj->ops = &kFloatBoxOps;
  obj->attrs = nullptr;
  return Value::Obj(obj);
}

}  // namespace interp
