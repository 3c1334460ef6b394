#include "runtime/objects/member_descriptor.h"

#include "runtime/builtins/errors.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/tuple.h"

namespace interp {
namespace {

void TraceMember(void* data, Tracer& t) {
  t.MarkObject(static_cast<Object*>(data));
}

constexpr NativeDataOps kMemberOps = {"member_descriptor", TraceMember,
                                      nullptr};

Tuple* MemberData(Value v) {
  return static_cast<Tuple*>(static_cast<NativeData*>(v.AsObject())->data);
}

}  // namespace

Value NewMemberDescriptor(ThreadState& ts, ClassObject* owner, Str* name) {
  RuntimeState& rt = Rt(ts);
  Value items[2] = {Value::Obj(name), Value::Obj(owner)};
  Tuple* t = NewTupleFrom(ts, items, 2);
  if (t == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  auto* d = rt.heap.New<NativeData>(ts, ObjKind::kNativeData,
                                    rt.classes.member_descriptor);
  if (d == nullptr) return RaiseMemoryError(ts);
  d->data = t;
  d->ops = &kMemberOps;
  d->attrs = nullptr;
  return Value::Obj(d);
}

bool IsMemberDescriptor(Value v) {
  return IsKind(v, ObjKind::kNativeData) &&
         static_cast<NativeData*>(v.AsObject())->ops == &kMemberOps;
}

Str* MemberDescriptorName(Value v) {
  return static_cast<Str*>(MemberData(v)->items[0].AsObject());
}

ClassObject* MemberDescriptorOwner(Value v) {
  return static_cast<ClassObject*>(MemberData(v)->items[1].AsObject());
}

}  // namespace interp
