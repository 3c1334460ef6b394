// DeferNatives and the replay of a class's records (lazy_natives.h).
#include "runtime/vm/lazy_natives.h"

#include <string>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/str.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace {

// The value one entry of a record stands for, or Error with MemoryError
// pending. `qualified` is "<prefix>.<name>".
Value MakeEntry(ThreadState& ts, const DeferredNatives& r,
                const NativeMethodDef& def, const std::string& qualified) {
  RuntimeState& rt = vm::Rt(ts);
  if (r.kind == DeferredKind::kNone) return Value::None();
  // Named like NewNative names them: the text after the last dot.
  std::string_view short_name = qualified;
  short_name.remove_prefix(short_name.rfind('.') + 1);
  NativeFunction* f = vm::MakeNative(ts, qualified.c_str(), short_name, def.fn);
  if (f == nullptr) return RaiseMemoryError(ts);
  switch (r.kind) {
    case DeferredKind::kMethod:
    case DeferredKind::kNone:
      return Value::Obj(f);
    case DeferredKind::kClassMethod: {
      auto* cm = rt.heap.New<ClassMethod>(ts, ObjKind::kClassMethod,
                                          rt.classes.classmethod);
      if (cm == nullptr) return RaiseMemoryError(ts);
      cm->func = Value::Obj(f);
      return Value::Obj(cm);
    }
    case DeferredKind::kStaticMethod: {
      auto* sm = rt.heap.New<StaticMethod>(ts, ObjKind::kStaticMethod,
                                           rt.classes.staticmethod);
      if (sm == nullptr) return RaiseMemoryError(ts);
      sm->func = Value::Obj(f);
      return Value::Obj(sm);
    }
    case DeferredKind::kProperty: {
      NativeFunction* s = nullptr;
      if (r.setter != nullptr) {
        s = vm::MakeNative(ts, qualified.c_str(), short_name, r.setter);
        if (s == nullptr) return RaiseMemoryError(ts);
      }
      auto* p =
          rt.heap.New<Property>(ts, ObjKind::kProperty, rt.classes.property);
      if (p == nullptr) return RaiseMemoryError(ts);
      p->fget = Value::Obj(f);
      p->fset = s != nullptr ? Value::Obj(s) : Value::None();
      p->fdel = Value::None();
      p->doc = Value::None();
      p->name = Value::None();
      return Value::Obj(p);
    }
  }
  return Value::None();
}

// Installs the rest of record `r` into its class's dict.
bool Replay(ThreadState& ts, DeferredNatives& r) {
  if (r.cls->dict == nullptr) {
    r.cls->dict = NewDict(ts);
    if (r.cls->dict == nullptr) return false;
  }
  Dict* d = r.cls->dict;
  const NativeMethodDef* defs = r.defs != nullptr ? r.defs : &r.one;
  std::string qualified = r.prefix;
  qualified += '.';
  const size_t prefix_len = qualified.size();
  for (; r.next < r.n; ++r.next) {
    const NativeMethodDef& def = defs[r.next];
    Str* key = InternStr(ts, def.name);
    if (key == nullptr) return false;
    if (r.if_absent && !DictGetStr(d, key).IsEmpty()) continue;
    qualified.resize(prefix_len);
    qualified += def.name;
    Value v = MakeEntry(ts, r, def, qualified);
    if (v.IsError() || !DictSetStr(ts, d, key, v)) return false;
  }
  return true;
}

// Bootstrap records between 128 and 256: reserved once, the vector is
// not copied (strings and all) through six doublings, whose freed blocks
// left the malloc heap that many pages larger at start.
void ReserveRecords(RuntimeState& rt) {
  if (rt.deferred_natives.capacity() == 0) rt.deferred_natives.reserve(256);
}

}  // namespace

bool DeferNatives(ThreadState& ts, ClassObject* cls,
                  std::string_view qual_prefix, const NativeMethodDef* defs,
                  size_t n, DeferredKind kind, bool if_absent) {
  RuntimeState& rt = vm::Rt(ts);
  if (cls == nullptr || n == 0) return true;
  ReserveRecords(rt);
  rt.deferred_natives.push_back(DeferredNatives{
      cls, std::string(qual_prefix), defs, NativeMethodDef{nullptr, nullptr},
      static_cast<uint32_t>(n), 0, kind, if_absent, nullptr});
  cls->flags |= kClassLazyNatives;
  return true;
}

bool DeferNative(ThreadState& ts, ClassObject* cls,
                 std::string_view qual_prefix, const char* name, NativeFn fn,
                 DeferredKind kind, bool if_absent, NativeFn setter) {
  RuntimeState& rt = vm::Rt(ts);
  if (cls == nullptr) return true;
  ReserveRecords(rt);
  rt.deferred_natives.push_back(DeferredNatives{
      cls, std::string(qual_prefix), nullptr, NativeMethodDef{name, fn}, 1, 0,
      kind, if_absent, setter});
  cls->flags |= kClassLazyNatives;
  return true;
}

bool MaterializeClassNatives(ThreadState& ts, ClassObject* cls) {
  RuntimeState& rt = vm::Rt(ts);
  if ((cls->flags & kClassLazyNatives) == 0) return true;
  // Cleared first: replaying reads and writes the dict through the raw
  // field, but the names it interns and the objects it makes must not
  // bring a reader back here.
  cls->flags &= ~kClassLazyNatives;
  std::vector<DeferredNatives>& all = rt.deferred_natives;
  for (DeferredNatives& r : all) {
    if (r.cls != cls) continue;
    if (!Replay(ts, r)) {
      cls->flags |= kClassLazyNatives;
      return false;
    }
    r.cls = nullptr;
  }
  // Nothing observable changed (the dict now holds what it stood for), but
  // caches must never have seen the incomplete dict: drop them all.
  ++rt.class_epoch;
  // Drop installed records once none is left, so the vector does not keep
  // bootstrap's tables alive for the whole run.
  bool any = false;
  for (const DeferredNatives& r : all) {
    if (r.cls != nullptr) {
      any = true;
      break;
    }
  }
  if (!any) std::vector<DeferredNatives>().swap(all);
  return true;
}

bool MaterializeAllClassNatives(ThreadState& ts) {
  RuntimeState& rt = vm::Rt(ts);
  for (;;) {
    ClassObject* next = nullptr;
    for (const DeferredNatives& r : rt.deferred_natives) {
      if (r.cls != nullptr) {
        next = r.cls;
        break;
      }
    }
    if (next == nullptr) return true;
    if (!MaterializeClassNatives(ts, next)) return false;
  }
}

void MaterializeClassNatives(ClassObject* cls) {
  ThreadState* ts = CurrentThreadState();
  if (ts == nullptr) return;
  Value saved = ts->pending_exception;
  if (!MaterializeClassNatives(*ts, cls)) ts->pending_exception = saved;
}

}  // namespace interp
