// Layouts of the callable and namespace objects the VM defines: script
// functions, bound methods, modules, property/staticmethod/classmethod,
// super, and opaque native data. Builtins create some of them (property(),
// staticmethod(), modules); the VM interprets them (calls, attribute
// lookup). Tracing/finalizing: the VM registers their KindOps.
#ifndef INTERP_RUNTIME_OBJECTS_FUNCTION_H_
#define INTERP_RUNTIME_OBJECTS_FUNCTION_H_

#include <string_view>

#include "runtime/object.h"
#include "runtime/objects/code.h"

namespace interp {

class Tracer;

struct Function : Object {
  Code* code;
  Dict* globals;     // the defining module's dict
  Tuple* defaults;   // positional defaults (last parameters), or null
  Dict* kwdefaults;  // keyword-only defaults, or null
  Tuple* closure;    // Cells, one per code->body->free_regs, or null
  Str* name;         // __name__ (writable)
  Str* qualname;     // __qualname__
  Dict* attrs;       // function attributes (f.x = 1), or null
  Value doc;         // __doc__
  // VM-private, set once by NewFunction (code is immutable): the positional
  // argument count for which a call needs no binding work at all (no
  // defaults to apply, no *args/**kwargs/keyword-only parameters, no
  // cells), or kNoFastArity. Lets the interpreter's call fast path test one
  // field instead of five.
  uint32_t fast_arity;
};
inline constexpr uint32_t kNoFastArity = 0xffffffffu;

struct BoundMethod : Object {
  Value func;  // Function or NativeFunction (or any callable)
  Value self;
};

struct Module : Object {
  Str* name;   // __name__
  Dict* dict;  // globals of the module's code; holds __name__, __file__ ...
};

struct Property : Object {
  Value fget, fset, fdel;  // None when absent
  Value doc;
  // The attribute name __set_name__ gave it (for error messages), or None.
  Value name;
};

// staticmethod(f) and classmethod(f): `func` is the wrapped callable.
struct StaticMethod : Object {
  Value func;
};
struct ClassMethod : Object {
  Value func;
};

// super() / super(cls, obj): lookups start after `start` in obj's MRO.
struct Super : Object {
  ClassObject* start;
  Value self;
};

// Opaque host or builtin-module data (locks, events, threads, files'
// native state...). `ops` may be null.
struct NativeDataOps {
  const char* type_name;
  void (*trace)(void* data, Tracer& t);  // may be null
  void (*finalize)(void* data);          // may be null
  // len() of the object, for len() and truth tests of the exact builtin
  // class without a method call (collections.deque); null when unsized.
  int64_t (*length)(const void* data);
  // The contiguous bytes the object exports (memoryview), so that natives
  // taking a bytes-like argument (GetBuffer) accept it; false when it
  // exports none now. Null when the type never does. The bytes stay valid
  // while the object lives and no script code runs.
  bool (*buffer)(const void* data, std::string_view* out);
};
struct NativeData : Object {
  void* data;
  const NativeDataOps* ops;
  Dict* attrs;  // instance attributes when the class allows them, or null
};

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_FUNCTION_H_
