// Instances of float subclasses (`class Meters(float)`). A float is an
// inline Value, so a subclass's instance is a NativeData holding the double
// with the subclass as its class (its attributes live in the side table,
// as for other builtin layouts). The protocols do float's work on the
// value it holds once the subclass's own methods had their turn, and the
// results are plain floats, as in CPython.
#ifndef INTERP_RUNTIME_OBJECTS_FLOAT_BOX_H_
#define INTERP_RUNTIME_OBJECTS_FLOAT_BOX_H_

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/function.h"
#include "runtime/value.h"

namespace interp {

extern const NativeDataOps kFloatBoxOps;

inline bool IsBoxedFloat(Value v) {
  return v.IsObject() && v.AsObject()->kind == ObjKind::kNativeData &&
         static_cast<const NativeData*>(v.AsObject())->ops == &kFloatBoxOps;
}

// The value of a boxed float (IsBoxedFloat(v)).
inline double BoxedFloatValue(Value v) {
  return *static_cast<const double*>(
      static_cast<const NativeData*>(v.AsObject())->data);
}

// `v` itself, or the plain float a boxed one holds.
inline Value FloatPlain(Value v) {
  return IsBoxedFloat(v) ? Value::Float(BoxedFloatValue(v)) : v;
}

// `d` as an instance of `cls` (a subclass of float). Error with
// MemoryError pending when the heap is full.
Value FloatBox(ThreadState& ts, double d, ClassObject* cls);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_FLOAT_BOX_H_
