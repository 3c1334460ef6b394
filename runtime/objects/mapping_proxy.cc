#include "runtime/objects/mapping_proxy.h"

#include "runtime/builtins/errors.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/runtime_state.h"

namespace interp {
namespace {

void TraceProxy(void* data, Tracer& t) {
  t.MarkObject(static_cast<Object*>(data));
}

constexpr NativeDataOps kMappingProxyOps = {"mappingproxy", TraceProxy,
                                            nullptr};

}  // namespace

Value NewMappingProxy(ThreadState& ts, Value mapping) {
  RuntimeState& rt = Rt(ts);
  auto* p = rt.heap.New<NativeData>(ts, ObjKind::kNativeData,
                                    rt.classes.mappingproxy);
  if (p == nullptr) return RaiseMemoryError(ts);
  p->data = mapping.AsObject();
  p->ops = &kMappingProxyOps;
  p->attrs = nullptr;
  return Value::Obj(p);
}

Value MappingProxyTarget(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return Value::Empty();
  auto* p = static_cast<NativeData*>(v.AsObject());
  if (p->ops != &kMappingProxyOps || p->data == nullptr) return Value::Empty();
  return Value::Obj(static_cast<Object*>(p->data));
}

}  // namespace interp
