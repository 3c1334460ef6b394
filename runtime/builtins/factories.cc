// The class, module and native-function factories of call.h, and the
// class queries (ClassOf, IsSubclass) everything else builds on.
#include "runtime/builtins/factories.h"

#include <string_view>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/frames/code_info.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/vm_caches.h"

namespace interp {

using builtins::Rt;

ClassObject* ClassOf(RuntimeState& rt, Value v) {
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
      // Empty/Error never reach scripts; answer something harmless.
      return rt.classes.object;
  }
}

bool IsSubclass(const ClassObject* cls, const ClassObject* base) {
  if (cls == nullptr || base == nullptr) return false;
  // Single inheritance: `base` can only be the ancestor at its own depth.
  if ((base->flags & kClassIsValueError) != 0) {
    for (const ClassObject* c = cls; c != nullptr; c = c->base) {
      if ((c->flags & kClassAlsoValueError) != 0) return true;
    }
  }
  if (__builtin_expect((cls->flags & kClassMultiBase) != 0, 0)) {
    return VisitMro(const_cast<ClassObject*>(cls),
                    [&](ClassObject* c) { return c == base; });
  }
  if (cls->depth < base->depth) return false;
  while (cls->depth > base->depth) cls = cls->base;
  return cls == base;
}

ClassObject* NewClass(ThreadState& ts, std::string_view name, ClassObject* base,
                      std::string_view module_name, ObjKind instance_kind,
                      uint32_t flags) {
  RuntimeState& rt = Rt(ts);
  auto* cls = rt.heap.New<ClassObject>(ts, ObjKind::kClass, rt.classes.type);
  if (cls == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  cls->name = InternStr(ts, name);
  cls->module_name = InternStr(ts, module_name);
  cls->dict = NewDict(ts);
  if (cls->name == nullptr || cls->module_name == nullptr ||
      cls->dict == nullptr) {
    return nullptr;
  }
  cls->base = base;
  cls->instance_kind = instance_kind;
  cls->flags = flags;
  cls->depth = base != nullptr ? base->depth + 1 : 0;
  // Classes made before the VM exists get their versions in InitVm /
  // BootstrapRuntime.
  cls->version = rt.vm != nullptr ? rt.vm->next_class_version++ : 0;
  cls->construct = nullptr;
  cls->vm_data = nullptr;
  cls->bases = nullptr;
  cls->mro = nullptr;
  AddSubclass(*rt.finalization, base, cls);
  return cls;
}

Object* NewModule(ThreadState& ts, std::string_view name) {
  RuntimeState& rt = Rt(ts);
  auto* m = rt.heap.New<Module>(ts, ObjKind::kModule, rt.classes.module);
  if (m == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  m->name = InternStr(ts, name);
  m->dict = NewDict(ts);
  if (m->name == nullptr || m->dict == nullptr) return nullptr;
  if (!DictSetStr(ts, m->dict, rt.names.__name__, Value::Obj(m->name)) ||
      !DictSetStr(ts, m->dict, rt.names.__doc__, Value::None())) {
    return nullptr;
  }
  return m;
}

void ModuleSet(ThreadState& ts, Object* module, std::string_view name,
               Value v) {
  auto* m = static_cast<Module*>(module);
  Str* key = InternStr(ts, name);
  if (key == nullptr) return;
  DictSetStr(ts, m->dict, key, v);
}

Value ModuleGet(Object* module, Str* name) {
  if (module == nullptr || name == nullptr) return Value::Empty();
  auto* m = static_cast<Module*>(module);
  if (m->dict == nullptr) return Value::Empty();
  return DictGetStr(m->dict, name);
}

NativeFunction* NewNative(ThreadState& ts, std::string_view qualified_name,
                          NativeFn fn) {
  size_t dot = qualified_name.rfind('.');
  std::string_view short_name = dot == std::string_view::npos
                                    ? qualified_name
                                    : qualified_name.substr(dot + 1);
  Str* name = InternStr(ts, short_name);
  if (name == nullptr) return nullptr;
  return NewNative(ts, qualified_name, name, fn);
}

NativeFunction* NewNative(ThreadState& ts, std::string_view qualified_name,
                          Str* name, NativeFn fn) {
  RuntimeState& rt = Rt(ts);
  auto* nf = rt.heap.New<NativeFunction>(ts, ObjKind::kNative,
                                         rt.classes.builtin_function);
  if (nf == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  nf->fn = fn;
  nf->info = InternNativeInfo(qualified_name);
  nf->name = name;
  nf->bound_self = Value::Empty();
  nf->data = Value::None();
  return nf;
}

}  // namespace interp
