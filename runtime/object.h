// The heap object model. Every heap value starts with an Object header whose
// `cls` is a ClassObject — builtin types (int's class, str, list, ...) and
// user classes alike — so type(x), isinstance and attribute lookup work the
// same way for both. `kind` gives the memory layout for fast switches in the
// VM and the collector.
//
// Layout structs are plain (no vtables, no constructors run by the heap):
// the heap zero-fills and the creating function sets fields.
#ifndef INTERP_RUNTIME_OBJECT_H_
#define INTERP_RUNTIME_OBJECT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/value.h"

namespace interp {

struct ClassObject;
struct Shape;
struct ThreadState;
struct Str;
struct Tuple;
struct Dict;

enum class ObjKind : uint8_t {
  kStr,
  kTuple,
  kList,
  kDict,
  kSet,  // set (frozenset is not in the subset)
  kRange,
  kSlice,
  kIterator,  // builtin iterators
              // (list/tuple/str/dict/range/enumerate/zip/map/...)
  kCell,      // closure cell
  kCode,
  kFunction,  // script function
  kNative,    // native (builtin or host) function
  kBoundMethod,
  kClass,
  kInstance,   // instance of a user class (not deriving from a builtin)
  kException,  // instance of BaseException or a subclass
  kModule,
  kFile,
  kProperty,
  kStaticMethod,
  kClassMethod,
  kSuper,
  kNativeData,  // opaque host / builtin-module data (locks, threads, ...)
  kGenerator,   // generator (objects/generator.h)
  kBigInt,      // an int outside the 64-bit range (objects/bigint.h)
  kBytes,       // bytes (objects/bytes.h)
  kByteArray,   // bytearray (objects/bytes.h)
  kShape,       // hidden class of instances (objects/shape.h); never visible
};

struct Object {
  ClassObject* cls;
  Object* gc_next;  // heap-private: list of large objects (heap.cc)
  ObjKind kind;
  uint8_t gc_mark;
  uint16_t gc_flags;
  uint32_t alloc_size;  // bytes, for the size-class allocator
};

// ---------------------------------------------------------------------------
// Native functions. Calling convention (vectorcall-like, no allocation):
//   args[0 .. nargs)           positional arguments (methods: args[0] is self)
//   args[nargs .. nargs + k)   values of the keyword arguments, whose names
//                              are kwnames->items[0 .. k) (Str), or kwnames
//                              is null when there are none.
// Returns the result, or Value::Error() with ts.pending_exception set.
// Arguments live in the caller's registers, so they are GC roots for the
// duration of the call.
using NativeFn = Value (*)(ThreadState& ts, const Value* args, uint32_t nargs,
                           Tuple* kwnames);

struct NativeInfo;

// One entry of a static table of natives: `name` is the attribute name (a
// method of a builtin type, a function of a module).
struct NativeMethodDef {
  const char* name;
  NativeFn fn;
};

struct NativeFunction : Object {
  NativeFn fn;
  const NativeInfo* info;  // immortal "<module>.<name>" for crash reports
  Str* name;               // __name__
  Value bound_self;  // Empty for plain functions; set for natives bound to data
  Value data;        // extra per-function data (host closures, module objects)
};

// ---------------------------------------------------------------------------
// Classes (builtin types and user classes).
enum ClassFlags : uint32_t {
  kClassBuiltin =
      1u << 0,  // a builtin type (not subclassable unless kClassBaseOk)
  kClassException = 1u << 1,  // BaseException or a subclass
  kClassBaseOk =
      1u << 2,  // may be used as a base class (object, Exception, ...)
  kClassHasCustomAttrs = 1u << 3,  // defines __getattr__-like hooks (reserved)
  // CPython's io.UnsupportedOperation derives from OSError *and*
  // ValueError; with single inheritance its class carries this flag and
  // IsSubclass treats the class flagged kClassIsValueError as a base too.
  kClassAlsoValueError = 1u << 4,
  kClassIsValueError = 1u << 5,
  // The class or an ancestor has several bases: lookups and subclass tests
  // walk `mro` instead of the `base` chain.
  kClassMultiBase = 1u << 6,
  // Instances have a builtin layout (a list, an int, ...) and keep their
  // attributes in RuntimeState::side_dicts.
  kClassSideDict = 1u << 7,
  // __slots__ everywhere in the MRO: instances have no __dict__ and accept
  // only the declared names.
  kClassNoDict = 1u << 8,
  // The class or an ancestor defines __del__: the collector queues its
  // unreachable instances for their __del__ (vm/finalizers.h).
  kClassHasDel = 1u << 9,
  // A non-empty __abstractmethods__ was assigned (abc.ABCMeta): creating
  // an instance raises TypeError, as CPython's object.__new__ does.
  kClassAbstract = 1u << 10,
  // A native class (runtime/modules) whose special methods (__len__,
  // __getitem__, __eq__, ...) are natives in its dict: the protocols
  // dispatch to them as they do for user classes (collections.deque).
  kClassNativeDunders = 1u << 11,
  // Natives registered for this class (vm/lazy_natives.h) are not in
  // `dict` yet: every reader of the dict installs them first.
  kClassLazyNatives = 1u << 12,
  // A subclass of list or tuple (or any class) whose __iter__ is script
  // code: unpacking, list(), tuple(), extend and `*x` must iterate it
  // instead of copying its items.
  kClassCustomIter = 1u << 13,
  // The class's __slots__ declare names of its own (not just __dict__ or
  // __weakref__): like a builtin base, it fixes the instance layout, so it
  // cannot be combined with another such base.
  kClassSlotLayout = 1u << 14,
};

struct ClassObject : Object {
  Str* name;          // __name__
  Str* module_name;   // "__main__", "builtins", ...
  ClassObject* base;  // single inheritance; null only for `object`
  // Class attributes and methods: Str* -> Value. While kClassLazyNatives
  // is set, the natives of the class's static tables are still missing:
  // read it through ClassDict (vm/lazy_natives.h), never directly (the
  // collector and the class's creator excepted).
  Dict* dict;
  ObjKind instance_kind;  // layout of instances
  uint32_t flags;         // ClassFlags
  uint32_t depth;         // 0 for object; base->depth + 1 (fast issubclass)
  // Bumped whenever this class's dict changes after creation; inline caches
  // (VM) key on it. Subclasses are invalidated via RuntimeState::class_epoch.
  uint64_t version;
  // Builtin types: implements cls(...) (args exclude the class; e.g.
  // int("5"), list(x), property(f)). Null for user classes, whose instances
  // the VM allocates (layout from instance_kind, the first builtin base's
  // construct when a user class derives from a builtin type other than
  // object/exceptions) and initialises with __init__.
  NativeFn construct;
  // Builtin types: the "<native> builtins.list" frame that cls(...) runs
  // under (set by the VM on first call; reports show the constructor, which
  // may call script code: list(map(f, xs)), dict(gen), ...).
  const NativeInfo* construct_info;
  // VM-owned caches (special-method slots, instance layout); opaque here.
  void* vm_data;
  // VM-owned constructor cache: the script __init__ that instantiating this
  // class runs (a Function), valid while `version` equals vm_init_version
  // and RuntimeState::class_epoch equals vm_init_epoch; null when unset or
  // when instantiation needs the general path. Never traced: validated
  // before use (the class dict keeps the function alive meanwhile).
  Object* vm_init;
  uint64_t vm_init_version;
  uint64_t vm_init_epoch;
  // User classes: __bases__ and the C3 linearisation __mro__ (a Tuple of
  // classes starting with this one). Null for builtin types, whose MRO is
  // the `base` chain. With single inheritance the chain and the tuple agree.
  Tuple* bases;
  Tuple* mro;
  // Classes whose instances are `Instance`s: the root of the shape tree
  // new instances start from (objects/shape.h); null until the first one.
  Shape* instance_shape;
};

// Whether iterating `o` (a list or tuple) yields exactly its items.
inline bool IteratesAsItems(const Object* o) {
  return (o->cls->flags & kClassCustomIter) == 0;
}

// ---------------------------------------------------------------------------
// Core containers. Strings are immutable UTF-8. The characters are inline
// (`data` points at `inline_data`) except in a string that a concatenation
// extended in place: its `data` points into the inline storage of an
// over-allocated string, its append buffer, which it keeps alive (see
// StrConcat in objects/str.cc). Either way `data` holds byte_len bytes
// followed by a NUL, except for a string that was itself the left operand
// of such an in-place extension (its bytes are unchanged, but the byte
// after them now belongs to the longer string): read `view()`, not a
// C string, where the string may come from a script.
struct Str : Object {
  uint32_t byte_len;
  uint32_t char_len;  // code points
  int64_t hash;       // -1 until computed
  char* data;
  uint8_t is_ascii;  // byte_len == char_len
  uint8_t interned;
  // The result of a concatenation (a later concatenation onto it starts an
  // append buffer).
  uint8_t concat_born;
  // inline_data is an append buffer: over-allocated, with the number of
  // its bytes in use in the last four bytes of the allocation.
  uint8_t growable;
  char inline_data[];
  std::string_view view() const { return {data, byte_len}; }
  // The string whose inline storage holds the characters (this one, or
  // the append buffer of an extended string).
  Str* storage_owner() {
    // inline_data sits at the same offset in every Str.
    const ptrdiff_t header = inline_data - reinterpret_cast<char*>(this);
    return data == inline_data ? this : reinterpret_cast<Str*>(data - header);
  }
};

struct Tuple : Object {
  uint32_t size;
  int64_t hash;  // -1 until computed (hashable tuples)
  Value items[];
};

struct List : Object {
  Value* items;  // heap-owned buffer
  uint32_t size;
  uint32_t capacity;
};

// Dict and Set internals are private to dict.cc / set.cc (compact,
// insertion-ordered open addressing); use the functions in dict.h / set.h.
struct Dict;
struct Set;

struct Range : Object {
  int64_t start, stop, step;
};

struct Slice : Object {
  Value start, stop, step;  // None when omitted
};

struct Cell : Object {
  Value value;  // Empty when unbound
};

// Instances of user classes (issue 13: hidden classes). While `layout` is a
// Shape, the attributes are values in slots: slot i holds the shape's
// keys[i], inline (slots[i]) below the shape tree's inline_cap and in
// overflow->items[i - inline_cap] above it; only the shape's `size` first
// slots are in use. Once someone asks for the __dict__ (or an operation
// shapes do not model happens: deleting an attribute other than the last,
// too many attributes), `layout` is that Dict for good and the slots are
// unused. See objects/shape.h.
struct Instance : Object {
  Object* layout;   // Shape* or Dict*
  Tuple* overflow;  // slots past the inline ones (shape mode), or null
  Value slots[];    // the shape tree's inline_cap values
};

// The layout of the attributes of a user class's instances: a node of the
// class's transition tree (adding attribute `key` to an instance of shape P
// moves it to the child of P for `key`). Plain data like every layout here;
// the operations live in objects/shape.h.
struct Shape : Object {
  Shape* parent;       // null at the root
  Shape* first_child;  // transitions, linked through next_sibling
  Shape* next_sibling;
  Shape* root;           // the tree's root (itself at the root)
  Str* key;              // the attribute this shape adds (null at the root)
  uint32_t size;         // attributes of instances of this shape
  uint32_t inline_cap;   // inline slots of instances in this tree
  uint32_t tree_shapes;  // root: shapes in the tree (bounded)
  uint32_t max_size;     // root: the largest size reached in the tree
  uint32_t allocations;  // root: instances allocated in the tree (wraps)
  uint32_t learned;      // root: inline_cap came from max_size (final)
  Str* keys[];           // size names, in slot (= insertion) order
};

// Instances of BaseException and its subclasses (builtin or user).
struct ExceptionObject : Object {
  Dict* attrs;      // extra attributes set by user subclasses
  Tuple* args;      // e.args
  Value traceback;  // VM-owned list of (code, pc) entries, None if empty
  Value cause;      // __cause__ (raise ... from ...), None
  Value context;    // __context__ (raised while handling), None
  // A BaseExceptionGroup's (message, exceptions tuple), set by its
  // __init__; None for every other exception.
  Value group;
  bool suppress_context;
};

// Visits `cls`'s method resolution order, most derived first, until
// `visit(c)` returns true; returns whether it did.
template <typename Visit>
inline bool VisitMro(ClassObject* cls, Visit&& visit) {
  if (cls != nullptr && (cls->flags & kClassMultiBase) && cls->mro != nullptr) {
    for (uint32_t i = 0; i < cls->mro->size; ++i) {
      if (visit(static_cast<ClassObject*>(cls->mro->items[i].AsObject()))) {
        return true;
      }
    }
    return false;
  }
  for (ClassObject* c = cls; c != nullptr; c = c->base) {
    if (visit(c)) return true;
  }
  return false;
}

// Casts with a debug check of the kind.
template <typename T>
inline T* As(Value v) {
  return static_cast<T*>(v.AsObject());
}
inline bool IsKind(Value v, ObjKind k) {
  return v.IsObject() && v.AsObject()->kind == k;
}

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECT_H_
