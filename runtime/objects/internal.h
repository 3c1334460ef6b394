// Private to runtime/objects/: the per-runtime state of the data layer and
// small helpers shared by its files.
#ifndef INTERP_RUNTIME_OBJECTS_INTERNAL_H_
#define INTERP_RUNTIME_OBJECTS_INTERNAL_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <string_view>

#include "runtime/objects/function.h"
#include "runtime/objects/intern_table.h"
#include "runtime/objects/operators.h"
#include "runtime/objects/runtime_state.h"

namespace interp {

inline RuntimeState& Rt(ThreadState& ts) {
  return *ts.runtime.load(std::memory_order_relaxed);
}

// The runtime's InternTable, created on first use: bootstrap makes dicts
// and strings (class namespaces, names) before InitCommonNames runs.
inline RuntimeState::InternTable& Data(RuntimeState& rt) {
  if (!rt.interned) {
    rt.interned = std::make_unique<RuntimeState::InternTable>();
    // Bootstrap interns about 600 names: sized once, the table is not
    // rehashed (every key hashed again) on the way there. 896 is the most
    // a 1,023-slot table holds: a larger reservation doubles the table,
    // and inserts land on every page of it (each a fault at start).
    rt.interned->set.reserve(896);
  }
  return *rt.interned;
}

inline uint64_t NextDictVersion(ThreadState& ts) {
  return Data(Rt(ts)).next_dict_version++;
}

// Registration of the data kinds' KindOps, one per file (called from
// InitCommonNames).
void RegisterStrKindOps();
void RegisterTupleKindOps();
void RegisterListKindOps();
void RegisterDictKindOps();
void RegisterSetKindOps();
void RegisterMiscKindOps();  // range, slice, cell, iterators
void RegisterIteratorKindOps();

// The class of any value (what call.h's ClassOf returns), without the
// dependency.
inline ClassObject* ClassOfValue(RuntimeState& rt, Value v) {
  switch (v.tag()) {
    case Value::kNone:
      return rt.classes.none_type;
    case Value::kBool:
      return rt.classes.bool_;
    case Value::kInt:
      return rt.classes.int_;
    case Value::kFloat:
      return rt.classes.float_;
    case Value::kObject:
      return v.AsObject()->cls;
    default:
      return rt.classes.object;
  }
}

// Classes defined by scripts (or hosts), as opposed to the builtin types.
// Builtin classes normally carry kClassBuiltin; the module-name check
// keeps builtin exception classes on the builtin path even without it (a
// builtin type whose native __str__ calls back into ToStr must never be
// dispatched to as a user override).
inline bool IsUserClass(const ClassObject* cls) {
  if (cls == nullptr) return false;
  if (cls->flags & kClassNativeDunders) return true;
  if (cls->flags & kClassBuiltin) return false;
  return cls->module_name == nullptr ||
         cls->module_name->view() != std::string_view("builtins");
}

// The length of a sized native object of its exact builtin class (a
// subclass may override __len__/__bool__), without a method call.
inline bool NativeDataLength(const Object* o, int64_t* out) {
  if (o->kind != ObjKind::kNativeData || !(o->cls->flags & kClassBuiltin)) {
    return false;
  }
  const auto* nd = static_cast<const NativeData*>(o);
  if (nd->ops == nullptr || nd->ops->length == nullptr) return false;
  *out = nd->ops->length(nd->data);
  return true;
}

// The special method `name` when v's class is a user class that overrides
// what its nearest builtin ancestor provides (so builtin behaviour stays on
// the fast path); Empty otherwise. Never raises.
Value UserSpecial(RuntimeState& rt, Value v, Str* name);
// `&`, `|`, `-`, `^` with a dict keys/items view on either side (the other
// any iterable): a new set. Empty when the operation does not apply.
Value DictViewSetOp(ThreadState& ts, BinOp op, Value a, Value b);

inline bool IsNotImplemented(RuntimeState& rt, Value v) {
  return v.IsObject() && v.AsObject() == rt.not_implemented;
}

// Calls a special method found by UserSpecial on `self`.
Value CallUserSpecial(ThreadState& ts, Value self, Str* name, const Value* args,
                      uint32_t nargs);

// Depth guard for the recursive protocol operations (repr, ==, hash of
// nested containers): raises RecursionError past the recursion limit so a
// deeply nested structure cannot overflow the C stack.
class RecursionGuard {
 public:
  // `what` completes "maximum recursion depth exceeded<what>".
  RecursionGuard(ThreadState& ts, const char* what);
  ~RecursionGuard();
  bool ok() const { return ok_; }

 private:
  bool ok_;
};

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_INTERNAL_H_
