// Private to runtime/builtins/ and runtime/modules/: helpers shared by the
// builtin functions, the methods of the builtin types and the builtin
// modules (argument binding, method tables, small conversions).
#ifndef INTERP_RUNTIME_BUILTINS_INTERNAL_H_
#define INTERP_RUNTIME_BUILTINS_INTERNAL_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/strings/string_view.h"
#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/function.h"
#include "runtime/objects/runtime_state.h"

namespace interp {
namespace builtins {

inline RuntimeState& Rt(ThreadState& ts) {
  return *ts.runtime.load(std::memory_order_relaxed);
}

// The system Abseil's string_view is its own type: convert for StrCat.
inline absl::string_view AV(std::string_view s) { return {s.data(), s.size()}; }

inline Str* AsStr(Value v) { return static_cast<Str*>(v.AsObject()); }
inline bool IsStr(Value v) { return IsKind(v, ObjKind::kStr); }

inline uint32_t NumKw(Tuple* kwnames) {
  return kwnames != nullptr ? kwnames->size : 0;
}

// Binds arguments of the native calling convention to parameter slots, the
// way CPython's argument clinic does for builtins:
//   out[i] = the i-th parameter, or Empty when it was not given.
// `names` are the parameter names (keywords accepted for every name listed
// at index >= `first_kw`; earlier ones are positional-only). At most
// `max_pos` positional arguments; at least `min_pos` parameters must be
// given. Messages follow CPython ("f() takes at most 2 arguments (3
// given)", "f() got an unexpected keyword argument 'x'").
bool BindArgsSlow(ThreadState& ts, std::string_view fname, const Value* args,
                  uint32_t nargs, Tuple* kwnames,
                  std::initializer_list<std::string_view> names,
                  uint32_t min_pos, uint32_t max_pos, uint32_t first_kw,
                  Value* out);
// The common case (positional arguments only, count in range) binds
// inline: these checks run on every call of methods like str.split, and an
// out-of-line call per check was a visible share of such calls.
inline bool BindArgs(ThreadState& ts, std::string_view fname, const Value* args,
                     uint32_t nargs, Tuple* kwnames,
                     std::initializer_list<std::string_view> names,
                     uint32_t min_pos, uint32_t max_pos, uint32_t first_kw,
                     Value* out) {
  const uint32_t n = static_cast<uint32_t>(names.size());
  if (NumKw(kwnames) == 0 && nargs >= min_pos && nargs <= max_pos &&
      nargs <= n) {
    for (uint32_t i = 0; i < nargs; ++i) out[i] = args[i];
    for (uint32_t i = nargs; i < n; ++i) out[i] = Value::Empty();
    return true;
  }
  return BindArgsSlow(ts, fname, args, nargs, kwnames, names, min_pos, max_pos,
                      first_kw, out);
}

// Rejects keyword arguments: "f() takes no keyword arguments".
bool NoKwargsSlow(ThreadState& ts, std::string_view fname, Tuple* kwnames);
inline bool NoKwargs(ThreadState& ts, std::string_view fname, Tuple* kwnames) {
  return NumKw(kwnames) == 0 || NoKwargsSlow(ts, fname, kwnames);
}
// NoKwargs and CheckArgCount for the method `type`.`name`; the qualified
// name is only built when there is an error to report.
bool MethodArgs(ThreadState& ts, std::string_view type, std::string_view name,
                uint32_t argc, Tuple* kwnames, uint32_t min, uint32_t max);
// Exact positional count range for methods (self excluded from the counts
// in messages). CPython: "append() takes exactly one argument (0 given)",
// "pop expected at most 1 argument, got 2".
bool CheckArgCountSlow(ThreadState& ts, std::string_view fname, uint32_t nargs,
                       uint32_t min, uint32_t max);
inline bool CheckArgCount(ThreadState& ts, std::string_view fname,
                          uint32_t nargs, uint32_t min, uint32_t max) {
  return (nargs >= min && nargs <= max) ||
         CheckArgCountSlow(ts, fname, nargs, min, max);
}

// A method table entry: `name` is the attribute name; the crash-report
// name is "<type>.<name>". Tables are static: the natives are made from
// them when the class's dict is first read (vm/lazy_natives.h).
using MethodDef = NativeMethodDef;
// Adds natives to a class's dict ("<qual_prefix>.<name>" in reports),
// deferred until the dict is first read; `defs` must be a static table.
bool AddMethods(ThreadState& ts, ClassObject* cls, std::string_view qual_prefix,
                const MethodDef* defs, size_t n);
template <size_t N>
bool AddMethods(ThreadState& ts, ClassObject* cls, std::string_view qual_prefix,
                const MethodDef (&defs)[N]) {
  return AddMethods(ts, cls, qual_prefix, defs, N);
}
// A property whose getter (and setter, when given) are natives (deferred
// too; `name` a string literal).
bool AddNativeProperty(ThreadState& ts, ClassObject* cls,
                       std::string_view qual_prefix, const char* name,
                       NativeFn getter, NativeFn setter = nullptr);
// Sets a class attribute (builtin class dicts, at bootstrap), after the
// class's deferred natives.
bool SetClassAttr(ThreadState& ts, ClassObject* cls, std::string_view name,
                  Value v);

// Index-like integer (int, bool, or __index__): TypeError "'<what>' object
// cannot be interpreted as an integer" otherwise.
bool ToIndex(ThreadState& ts, Value v, int64_t* out);
// Any int (int, bool, BigInt, or __index__) as a plain int or BigInt.
bool ToInteger(ThreadState& ts, Value v, Value* out);
// Same with a custom message format taking the type name.
bool ToInt64(ThreadState& ts, Value v, int64_t* out);
// int/float/bool as double; TypeError "must be real number, not str".
bool ToDouble(ThreadState& ts, Value v, double* out);

// Self checks for methods of builtin types (subclass instances allowed):
// TypeError "descriptor 'join' for 'str' objects doesn't apply to a 'int'
// object" otherwise.
bool CheckSelfSlow(ThreadState& ts, const Value* args, uint32_t nargs,
                   ObjKind kind, const char* type_name, const char* method);
inline bool CheckSelf(ThreadState& ts, const Value* args, uint32_t nargs,
                      ObjKind kind, const char* type_name, const char* method) {
  return (nargs >= 1 && IsKind(args[0], kind)) ||
         CheckSelfSlow(ts, args, nargs, kind, type_name, method);
}

// Appends the items of any iterable to a std::vector-like callback; used by
// builtins that consume an iterable eagerly. Returns a new list holding
// the items (so they stay rooted), or null with an exception pending.
List* IterableToList(ThreadState& ts, Value iterable);

// Registration of each builtin type's methods (one file per type),
// called by BootstrapRuntime once the classes exist.
bool InitStrMethods(ThreadState& ts);
bool InitListMethods(ThreadState& ts);
bool InitTupleMethods(ThreadState& ts);
bool InitRangeMethods(ThreadState& ts);
bool InitDictMethods(ThreadState& ts);
bool InitSetMethods(ThreadState& ts);
bool InitNumberMethods(ThreadState& ts);
bool InitIntMethods(ThreadState& ts);      // called by InitNumberMethods
bool InitComplexMethods(ThreadState& ts);  // called by InitNumberMethods
// frozenset, Ellipsis and mappingproxy (objmodel_types.cc).
bool InitObjectModelTypes(ThreadState& ts);
// frame and traceback attributes (frame_types.cc).
bool InitFrameTypes(ThreadState& ts);
Value TypeConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames);
// The special methods of builtin types as attributes (slot_wrappers.cc);
// after the types' own methods, which take precedence.
bool InitSlotWrappers(ThreadState& ts);
// int/float/str dunders the protocols do without (number_dunders.cc):
// __round__, __divmod__, float's __floor__ ..., __format__.
bool InitNumberDunders(ThreadState& ts);
bool InitExceptionMethods(ThreadState& ts);
bool InitGeneratorMethods(ThreadState& ts);
bool InitAsyncGeneratorMethods(ThreadState& ts);
bool InitObjectMethods(ThreadState& ts);
// object.__sizeof__/__reduce_ex__/__reduce__/__getstate__/__subclasshook__
// (object_protocols.cc).
bool InitObjectProtocols(ThreadState& ts);
// sys.getsizeof (object_protocols.cc).
Value SysGetsizeofNative(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames);
bool InitFileClass(ThreadState& ts);
bool InitBytesMethods(ThreadState& ts);  // bytes, bytearray, codecs
// The constructors (ClassObject::construct) of the builtin types.
void InstallConstructors(RuntimeState& rt);
// The exception classes (CPython's hierarchy), with their construct.
bool CreateExceptionClasses(ThreadState& ts);
// BaseExceptionGroup and ExceptionGroup (exception_group.cc).
bool CreateExceptionGroupClasses(ThreadState& ts);
bool InitExceptionGroupMethods(ThreadState& ts);
// The memoryview class, added to the builtins module (memoryview_type.cc).
bool InitMemoryViewClass(ThreadState& ts, Module* builtins);

// round() and divmod() of numbers (builtins_numeric.cc), for the builtins
// and int/float's __round__ and __divmod__: a double rounded half to even
// to an int (ValueError/OverflowError for NaN/infinity), a finite double
// to `ndigits` decimals, an int (not a subclass instance) to the
// 10**-ndigits place, and divmod of two ints or floats.
Value RoundToInt(ThreadState& ts, double d);
double RoundFloat(double x, int64_t ndigits);
Value RoundInt(ThreadState& ts, Value v, int64_t ndigits);
Value DivmodNumbers(ThreadState& ts, Value a, Value b);

// While alive, `v` (an instance of a user subclass of `owner`) is seen as
// a plain `owner` by the protocols, so they take the builtin path instead
// of dispatching to the subclass's overrides (what a builtin type's special
// method does: int.__format__(x, s) must not call x's own __format__).
// Script code that runs meanwhile sees the builtin class.
class BuiltinView {
 public:
  BuiltinView(Value v, ClassObject* owner) {
    if (v.IsObject() && v.AsObject()->cls != owner) {
      obj_ = v.AsObject();
      saved_ = obj_->cls;
      obj_->cls = owner;
    }
  }
  ~BuiltinView() {
    if (obj_ != nullptr) obj_->cls = saved_;
  }
  BuiltinView(const BuiltinView&) = delete;
  BuiltinView& operator=(const BuiltinView&) = delete;

 private:
  Object* obj_ = nullptr;
  ClassObject* saved_ = nullptr;
};

// globals() / locals() of the innermost script frame (builtins_scope.cc).
Value CurrentGlobals(ThreadState& ts);
Value CurrentLocals(ThreadState& ts);

// The builtins module and sys (BootstrapRuntime).
Module* CreateBuiltinsModule(ThreadState& ts);
Module* CreateSysModule(ThreadState& ts);

// Functions behind the builtins module, shared with constructors.
Value BuiltinRepr(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames);

// str.format(*args, **kwargs) (str_format.cc).
Value StrFormatMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames);

// dict(mapping or pairs) / dict.update (dict_methods.cc).
bool DictUpdateFrom(ThreadState& ts, Dict* d, Value arg);
bool DictUpdateKw(ThreadState& ts, Dict* d, const Value* kwvalues,
                  Tuple* kwnames);

// Exception helpers (exceptions.cc).
// OSError (or the errno-specific subclass) with errno/strerror and an
// optional filename, set pending. Returns Error.
Value RaiseOSError(ThreadState& ts, int err, std::string_view filename = {},
                   bool has_filename = false);
// A new exception instance of `cls` with the given args.
Value NewException(ThreadState& ts, ClassObject* cls, const Value* args,
                   uint32_t nargs);

// A classmethod / staticmethod wrapping a native ("<qual_prefix>.<name>"),
// for a builtin class's dict (bytes_methods_text.cc); deferred like
// AddMethods (`name` a string literal).
bool AddClassMethod(ThreadState& ts, ClassObject* cls,
                    std::string_view qual_prefix, const char* name,
                    NativeFn fn);
bool AddStaticMethod(ThreadState& ts, ClassObject* cls,
                     std::string_view qual_prefix, const char* name,
                     NativeFn fn);

// object.__dir__(obj): the names dir(obj) sorts when obj's class defines no
// __dir__ of its own (builtins_module.cc). A new list, or Error.
Value DefaultDir(ThreadState& ts, Value obj);

// types.GenericAlias(origin, args), as list[int] makes it (generic_alias.cc).
Value NewGenericAlias(ThreadState& ts, Value origin, Value args);
// A __class_getitem__ classmethod making GenericAliases, for the classes
// CPython makes generic (deque, re.Pattern, ...).
bool AddClassGetItem(ThreadState& ts, ClassObject* cls, const char* qualified);
// The builtin classes' __class_getitem__ and type.__or__/__ror__; called by
// InitObjectModelTypes.
bool InitGenericAliasHooks(ThreadState& ts);

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_INTERNAL_H_
