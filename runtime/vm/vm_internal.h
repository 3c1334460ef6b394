// Private to runtime/vm/: helpers shared by the interpreter loop, calls,
// attributes, classes, exceptions and import.
#ifndef INTERP_RUNTIME_VM_VM_INTERNAL_H_
#define INTERP_RUNTIME_VM_VM_INTERNAL_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/string_view.h"
#include "runtime/compiler/compiler.h"
#include "runtime/frames/frame_stack.h"
#include "runtime/frames/thread_state.h"
#include "runtime/frontend/syntax_error.h"
#include "runtime/object.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/call.h"
#include "runtime/vm/vm_caches.h"

namespace interp {
namespace vm {

// Nested interpreter activations (native -> script re-entry) per thread.
// Each costs a few KB of C stack (the loop's frame plus whatever native code
// sits between), so this keeps the C stack bounded far below any thread's
// stack size while still allowing sorted(key=...) inside __repr__ inside ...
inline constexpr uint32_t kMaxNativeReentry = 200;

// Registers reserved above a frame for the calling convention's scratch
// slot and constructor shuffles (see PrepareCall).
inline constexpr uint32_t kStackSlack = 8;

inline RuntimeState& Rt(ThreadState& ts) {
  return *ts.runtime.load(std::memory_order_relaxed);
}

// One inline-cache slot (kIcWords words of CodeBody::vm_ic).
//
// Attribute entries of instances of user classes are keyed on the instance's
// Shape (objects/shape.h) and RuntimeState::class_epoch, which every change
// to any class dict bumps: a hit costs a shape compare, an epoch compare and
// the slot access. The VM traces the shapes its caches hold (TraceCode in
// classes.cc), so a remembered shape is never freed and its address never
// reused by another shape.
struct InlineCache {
  uint64_t key;      // globals: globals keys version; shape kinds: Shape*;
                     // other attrs: ClassObject*
  uint64_t version;  // globals: builtins keys version; attrs keyed on a
                     // class: the class version
  uint64_t epoch;    // attrs: RuntimeState::class_epoch
  int32_t index;     // dict entry index (globals dict / dict-mode attrs);
                     // shape kinds: ShapeSlotRef of the slot
  uint32_t kind;     // what the slot caches (IcKind)
  Object* value;     // kIcClassFunction, kIcShapeMethod: the method (alive
                     // while the epoch is unchanged: the class dict holds
                     // it); kIcSlotAdd: the shape after the store
};
inline constexpr size_t kIcWords = 5;
static_assert(sizeof(InlineCache) == kIcWords * 8, "layout");

enum IcKind : uint32_t {
  kIcEmpty = 0,
  kIcGlobal,         // value in globals at index
  kIcBuiltin,        // value in builtins at index
  kIcDictAttr,       // dict-mode instance (key: class): entry at index
  kIcClassFunction,  // method of a builtin class's instance (key: class)
  kIcSlot,           // instance attribute in the slot `index` of shape key
  kIcSlotAdd,        // store adding an attribute: shape key -> value
  kIcShapeMethod,    // method found on the class; shape key lacks the name
};

inline InlineCache* CachesOf(CodeBody* body) {
  if (__builtin_expect(body->vm_ic.empty(), 0) && body->num_caches > 0) {
    body->vm_ic.assign(static_cast<size_t>(body->num_caches) * kIcWords, 0);
  }
  return reinterpret_cast<InlineCache*>(body->vm_ic.data());
}

// First free value-stack slot above everything the live frames use.
Value* StackTop(ThreadState& ts);

// Frame::result_reg of a frame called from bytecode: the caller's result
// register (low 16 bits) and how many words the caller's ip advances past
// its call instruction's pc on return (1, or 2 with an EXTRA word). Saves
// re-decoding the call instruction on every return.
inline int32_t EncodeResultReg(uint32_t reg, uint32_t skip) {
  return static_cast<int32_t>(reg | (skip << 16));
}
inline uint32_t ResultRegOf(uint32_t rr) { return rr & 0xffff; }
inline uint32_t ResumeSkipOf(uint32_t rr) { return rr >> 16; }

// Pushes a record (RecursionError / pending and null when too deep).
Frame* PushFrameRecord(ThreadState& ts);

// Binds a call's arguments into the register window `base` of `fn`:
// positional arguments are in base[0..nargs), keyword values in
// base[nargs..nargs+nkw) with names kwnames. On return every register
// [0, num_regs) is set (defaults, *args, **kwargs, Empty locals, cells).
// False with TypeError pending.
bool BindArguments(ThreadState& ts, Function* fn, Value* base, uint32_t nargs,
                   Tuple* kwnames);

// Starts a call of `callee` whose arguments live in the value stack at
// args[0 .. nargs + len(kwnames)), where args[-1] is a writable scratch slot
// and everything above the arguments is free. A script callee gets a frame
// pushed (returned, not yet run: the caller runs it in its loop or with
// Execute); anything else runs to completion and leaves its result in
// *result (Error with an exception pending) and returns null.
// Constructor frames keep the new instance in frame->base[-1].
Frame* PrepareCall(ThreadState& ts, Value callee, Value* args, uint32_t nargs,
                   Tuple* kwnames, Value* result);

// Binds the arguments (BindArguments) and pushes a script frame for `fn`
// at `base` with `flags`; null with an exception pending (including
// RecursionError past sys.getrecursionlimit()).
Frame* PushFunctionFrame(ThreadState& ts, Function* fn, Value* base,
                         uint32_t nargs, Tuple* kwnames, uint32_t flags);

// Calls a native function with a native frame record (crash reports show
// "<native> module.name").
Value CallNative(ThreadState& ts, NativeFunction* nf, Value* args,
                 uint32_t nargs, Tuple* kwnames);

// Runs the frames from `entry` (already pushed, kFrameEntry set) until it
// returns. Returns the result or Error.
Value Execute(ThreadState& ts, Frame* entry);

// Runs a pushed frame as a nested activation (sets kFrameEntry, bounds the
// native re-entry depth).
Value RunNested(ThreadState& ts, Frame* frame);

// Function objects.
Function* NewFunction(ThreadState& ts, Code* code, Dict* globals);

// Instances and classes (classes.cc).
// `name` is the class name (Str) or, with class keyword arguments, a tuple
// (name, keyword names...) whose values follow the bases in `args`.
Value BuildClass(ThreadState& ts, Value body_fn, Value name, Value* args,
                 uint32_t nargs);
// The class from a filled namespace (class_create.cc): bases checked, the
// layout and C3 MRO computed, __set_name__ and __init_subclass__ run.
// `class_cell` (a Cell or None) receives the class for zero-arg super().
// `meta` (null: type) is the new class's metaclass.
Value MakeClass(ThreadState& ts, Str* name, const Value* bases, uint32_t nbases,
                Dict* ns, const Value* kwvalues, Tuple* kwnames,
                Value class_cell, ClassObject* meta = nullptr);
// Runs a class body with the namespace `ns` in its register 0.
Value RunClassBody(ThreadState& ts, Value body_fn, Value ns);
// A native function object made without the builtins layer.
NativeFunction* MakeNative(ThreadState& ts, const char* qualified,
                           std::string_view name, NativeFn fn);

// Metaclasses (metaclass.cc).
// The most derived of `meta` and the bases' metaclasses; null with
// TypeError ("metaclass conflict") pending when they do not form a chain.
ClassObject* CalculateMetaclass(ThreadState& ts, ClassObject* meta,
                                const Value* bases, uint32_t nbases);
// The class statement when a metaclass other than type is involved:
// `meta` is the metaclass= value or Empty.
// `orig_bases`: the statement's bases when __mro_entries__ replaced some
// (stored as __orig_bases__), else Empty.
Value MetaBuildClass(ThreadState& ts, Value body_fn, Str* name, Value meta,
                     const Value* bases, uint32_t nbases, const Value* kwvalues,
                     Tuple* kwnames, Value module_name, Value orig_bases);
// PEP 560's base resolution (types.resolve_bases): *out gets the bases
// with each non-class base that has __mro_entries__ replaced by what it
// returns. Returns the original bases as a tuple when something was
// replaced, Empty when nothing was, Error on failure.
Value ResolveBases(ThreadState& ts, const Value* bases, uint32_t nbases,
                   std::vector<Value>* out);
// The __call__ defined by a user class in the MRO of cls's metaclass, or
// Empty.
Value MetaclassCallHook(RuntimeState& rt, ClassObject* cls);
// mcls(name, bases, ns, **kw) for a metaclass without its own __new__.
Value NewMetaclassInstance(ThreadState& ts, ClassObject* mcls,
                           const Value* args, uint32_t nargs, Tuple* kwnames);
// cls(...) as type.__call__ does it (no metaclass __call__).
Frame* PrepareClassCall(ThreadState& ts, ClassObject* cls, Value* args,
                        uint32_t nargs, Tuple* kwnames, Value* result);
// A name in a class body whose namespace is not a plain dict: ns[name],
// Empty on KeyError.
Value ClassNamespaceLoad(ThreadState& ts, Value ns, Str* name);
// TypeError "Can't instantiate abstract class X with abstract methods
// a, b" for a class flagged kClassAbstract.
Value RaiseAbstractInstantiation(ThreadState& ts, ClassObject* cls);
// Gives `type` its __new__/__init__/__call__/__prepare__ (from InitVm).
void InitMetaclasses(ThreadState& ts);
Value ObjectInitSubclass(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames);
void BumpClassVersion(ThreadState& ts, ClassObject* cls);
// The __get__/__set__/__delete__ of a user-class object's class, or Empty.
Value DescriptorHook(RuntimeState& rt, Value attr, Str* hook);
bool IsSlotName(RuntimeState& rt, ClassObject* cls, Str* name);
Value ObjectGetattribute(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames);
Value ObjectNew(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames);
Value TypeMro(ThreadState& ts, const Value* args, uint32_t nargs,
              Tuple* kwnames);
// obj.__class__ = value (instances of user classes with a __dict__).
Value AssignClass(ThreadState& ts, Value obj, Value value);
// type.__subclasses__: the live direct subclasses, oldest first.
Value TypeSubclasses(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames);
// Class-chain lookup from `cls` (inclusive). Empty when absent.
Value ClassLookup(ClassObject* cls, Str* name);
// The VM's own object.__init__ (identifies "no user __init__").
bool IsObjectInit(ThreadState& ts, Value v);

// `code.co_*` (code_attrs.cc): Empty when `name` is not one of them.
Value CodeAttr(ThreadState& ts, Code* code, Str* name);
// Attribute helpers (attrs.cc).
// Binds a class attribute found for instance `obj` (functions become bound
// methods, staticmethod unwraps, classmethod binds the class, property
// calls its getter).
Value BindClassAttr(ThreadState& ts, Value attr, Value obj, ClassObject* cls);
// The per-instance attribute dict of `obj`, or null when it has none
// (create: allocate it for Instance/ExceptionObject; for an Instance
// without create, only a dict-mode instance's dict: read its shape first).
Dict* InstanceDict(ThreadState& ts, Value obj, bool create);

// Exceptions (exceptions.cc; AddTraceback in frame_object.cc).
// Records that `exc` passes through live record `frame` at `pc`.
void AddTraceback(ThreadState& ts, Value exc, Frame* frame, uint32_t pc);
// Links __context__ of a freshly raised exception to the handled one.
void LinkContext(ThreadState& ts, Value exc);
// Normalises `raise X` operands: a class is instantiated, an instance used
// as is; anything else is TypeError. Returns Error on failure.
Value MakeRaisable(ThreadState& ts, Value v);
Value RaiseRecursionError(ThreadState& ts, std::string_view suffix = "");
Value RaiseNameError(ThreadState& ts, Str* name);
bool IsExceptionClass(Value v);

// Import (import.cc).
bool ModuleInitializing(ThreadState& ts, Object* module);
// Raises the SyntaxError (or IndentationError/TabError) described by
// `info`, with CPython's attributes (msg, filename, lineno, offset, text,
// end_lineno, end_offset).
Value RaiseSyntaxError(ThreadState& ts, const SyntaxErrorInfo& info);
// Parses, compiles (in `mode`) and runs source as module `module`.
Value ExecSourceMode(ThreadState& ts, std::string_view source,
                     std::string_view filename, Module* module,
                     CompileMode mode);

// Writes `text` through sys.stderr (fd 2 when that fails), keeping any
// pending exception (traceback.cc).
void WriteStderrText(ThreadState& ts, const std::string& text);

// Formatting "Type" of an exception for messages/tracebacks.
std::string ExceptionTypeName(ClassObject* cls);

// Messages.
std::string_view TypeNameOf(ThreadState& ts, Value v);

// The system Abseil's string_view is its own type: convert for StrCat.
inline absl::string_view AV(std::string_view s) { return {s.data(), s.size()}; }

inline Str* AsStr(Value v) { return static_cast<Str*>(v.AsObject()); }

}  // namespace vm
}  // namespace interp

#endif  // INTERP_RUNTIME_VM_VM_INTERNAL_H_
