// Calling and attribute protocols implemented by the VM, for native code.
// Every function may run script code (a nested interpreter activation, with
// a bounded native re-entry depth -> RecursionError), so callers must keep
// their own live values in TempRoots (heap.h) across these calls.
#ifndef INTERP_RUNTIME_VM_CALL_H_
#define INTERP_RUNTIME_VM_CALL_H_

#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

// Calls any callable (function, native, class, bound method, instance with
// __call__) with the native calling convention of object.h.
Value CallValue(ThreadState& ts, Value callee, const Value* args,
                uint32_t nargs, Tuple* kwnames = nullptr);

// A `method` object binding `func` to `self` (attrs.cc); Error with
// MemoryError pending.
Value NewBoundMethod(ThreadState& ts, Value func, Value self);

// Class-chain lookup of a special method (no instance dict), e.g.
// LookupSpecial(cls, names.__repr__). Empty when absent. Never raises.
Value LookupSpecial(ClassObject* cls, Str* name);
// A special method found on self's class that is not a function: bound
// through its type's __get__ (attr.__get__(self, type(self))) when it has
// one, else `attr` itself, called without self (CPython's special-method
// lookup). May run script code.
Value BindSpecialDescriptor(ThreadState& ts, Value attr, Value self);
// A class's dict with the natives deferred for it (vm/lazy_natives.h)
// installed: what every reader or writer of a class dict uses, except the
// collector and the code creating the class. Null only while `dict` is
// (a class under construction).
// MaterializeClassNatives returns false with MemoryError pending (the rest
// is retried by the next reader); the variant without a ThreadState uses
// the calling thread's and never raises (a failure leaves the dict
// incomplete until then).
bool MaterializeClassNatives(ThreadState& ts, ClassObject* cls);
void MaterializeClassNatives(ClassObject* cls);
// Every class's deferred natives, now: for code that records the object
// graph and must not see dicts change under it later (the fuzz runner's
// snapshot). False with MemoryError pending.
bool MaterializeAllClassNatives(ThreadState& ts);
inline Dict* ClassDict(ThreadState& ts, ClassObject* cls) {
  if (__builtin_expect((cls->flags & kClassLazyNatives) != 0, 0)) {
    MaterializeClassNatives(ts, cls);
  }
  return cls->dict;
}
inline Dict* ClassDict(ClassObject* cls) {
  if (__builtin_expect((cls->flags & kClassLazyNatives) != 0, 0)) {
    MaterializeClassNatives(cls);
  }
  return cls->dict;
}

// Calls special method `name` of v's class with self = v. `found` is set to
// false (and Empty returned) when the class does not define it.
Value CallSpecial(ThreadState& ts, Value self, Str* name, const Value* args,
                  uint32_t nargs, bool* found);

// Attribute protocol (instances, classes, modules, builtin types' methods,
// properties, bound methods). GetAttr raises AttributeError like CPython;
// GetAttrOrEmpty returns Empty without raising when missing (other errors
// still raise).
Value GetAttr(ThreadState& ts, Value obj, Str* name);
Value GetAttrOrEmpty(ThreadState& ts, Value obj, Str* name);
// Returns None, or Error.
Value SetAttr(ThreadState& ts, Value obj, Str* name, Value value);
Value DelAttr(ThreadState& ts, Value obj, Str* name);
// object.__setattr__ / object.__delattr__: the stores above without a
// class's own __setattr__/__delattr__ (which SetAttr/DelAttr call).
Value GenericSetAttr(ThreadState& ts, Value obj, Str* name, Value value);
Value GenericDelAttr(ThreadState& ts, Value obj, Str* name);
// Whether obj's class defines __setattr__ in script code.
bool HasUserSetattr(ThreadState& ts, Value obj);

// next() on a generator (ObjKind::kGenerator): the value it yields, Empty
// when it finishes (its return value dropped, as a for loop drops it), or
// Error.
Value GeneratorNext(ThreadState& ts, Object* gen);
// exec()/eval() of a str or compile()d code object with `globals` and, when
// not null, a separate `locals` dict. eval returns the value, exec None.
Value ExecOrEval(ThreadState& ts, bool eval, Value source, Dict* globals,
                 Dict* locals);
// compile(source, filename, mode) for modes 'exec', 'eval' and 'single'.
Value CompileSource(ThreadState& ts, Value source, Value filename, Value mode);

// type(name, bases, ns): a class like the class statement makes.
Value MakeClassFromNamespace(ThreadState& ts, Str* name, const Value* bases,
                             uint32_t nbases, Dict* ns);

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_CALL_H_
