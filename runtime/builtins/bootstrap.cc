// BootstrapRuntime: the builtin world of one runtime.
//
// The chicken-and-egg: a class needs its name (a Str, whose class is str)
// and its dict (a Dict, whose class is dict), so every builtin class is
// first allocated raw (zero-filled, no name, no dict), and only then are
// names interned and dicts created. After that, the data layer's interned
// names, the exception hierarchy, the methods of each builtin type, the
// VM's kinds, and finally the builtins and sys modules.
#include "runtime/builtins/bootstrap.h"

#include <cstdio>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/compiler/compiler.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/shape.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_caches.h"

namespace interp {
namespace builtins {
namespace {

struct ClassDef {
  ClassObject* BuiltinClasses::*field;
  const char* name;
  ClassObject* BuiltinClasses::*base;  // null: object (or none for object)
  ObjKind kind;
  uint32_t flags;
  const char* module = "builtins";
};

constexpr uint32_t kB = kClassBuiltin;
constexpr uint32_t kBO = kClassBuiltin | kClassBaseOk;
#define F(f) &BuiltinClasses::f

// Parents before children (bool after int).
const ClassDef kClasses[] = {
    {F(object), "object", nullptr, ObjKind::kInstance, kBO},
    {F(type), "type", nullptr, ObjKind::kClass, kB},
    {F(none_type), "NoneType", nullptr, ObjKind::kInstance, kB},
    {F(int_), "int", nullptr, ObjKind::kBigInt, kBO},
    {F(bool_), "bool", F(int_), ObjKind::kInstance, kB},
    {F(float_), "float", nullptr, ObjKind::kInstance, kBO},
    {F(complex), "complex", nullptr, ObjKind::kNativeData,
     kBO | kClassNativeDunders},
    {F(str), "str", nullptr, ObjKind::kStr, kBO},
    {F(list), "list", nullptr, ObjKind::kList, kBO},
    {F(tuple), "tuple", nullptr, ObjKind::kTuple, kBO},
    {F(dict), "dict", nullptr, ObjKind::kDict, kBO},
    {F(set), "set", nullptr, ObjKind::kSet, kBO},
    {F(range), "range", nullptr, ObjKind::kRange, kB},
    {F(slice), "slice", nullptr, ObjKind::kSlice, kB},
    {F(iterator), "iterator", nullptr, ObjKind::kIterator, kB},
    {F(dict_keys), "dict_keys", nullptr, ObjKind::kIterator, kB},
    {F(dict_values), "dict_values", nullptr, ObjKind::kIterator, kB},
    {F(dict_items), "dict_items", nullptr, ObjKind::kIterator, kB},
    {F(cell), "cell", nullptr, ObjKind::kCell, kB},
    {F(code), "code", nullptr, ObjKind::kCode, kB},
    {F(function), "function", nullptr, ObjKind::kFunction, kB},
    {F(builtin_function), "builtin_function_or_method", nullptr,
     ObjKind::kNative, kB},
    {F(method), "method", nullptr, ObjKind::kBoundMethod, kB},
    {F(module), "module", nullptr, ObjKind::kModule, kB},
    {F(file), "TextIOWrapper", nullptr, ObjKind::kFile, kB, "_io"},
    {F(property), "property", nullptr, ObjKind::kProperty, kBO},
    {F(staticmethod), "staticmethod", nullptr, ObjKind::kStaticMethod, kB},
    {F(classmethod), "classmethod", nullptr, ObjKind::kClassMethod, kB},
    {F(super), "super", nullptr, ObjKind::kSuper, kB},
    {F(native_data), "native_data", nullptr, ObjKind::kNativeData, kB},
    {F(enumerate), "enumerate", nullptr, ObjKind::kIterator, kB},
    {F(zip), "zip", nullptr, ObjKind::kIterator, kB},
    {F(map), "map", nullptr, ObjKind::kIterator, kB},
    {F(filter), "filter", nullptr, ObjKind::kIterator, kB},
    {F(reversed), "reversed", nullptr, ObjKind::kIterator, kB},
    {F(list_iterator), "list_iterator", nullptr, ObjKind::kIterator, kB},
    {F(tuple_iterator), "tuple_iterator", nullptr, ObjKind::kIterator, kB},
    // CPython 3.11's name for iterators over (mostly ASCII) strings.
    {F(str_iterator), "str_ascii_iterator", nullptr, ObjKind::kIterator, kB},
    {F(range_iterator), "range_iterator", nullptr, ObjKind::kIterator, kB},
    {F(dict_keyiterator), "dict_keyiterator", nullptr, ObjKind::kIterator, kB},
    {F(dict_valueiterator), "dict_valueiterator", nullptr, ObjKind::kIterator,
     kB},
    {F(dict_itemiterator), "dict_itemiterator", nullptr, ObjKind::kIterator,
     kB},
    {F(set_iterator), "set_iterator", nullptr, ObjKind::kIterator, kB},
    {F(callable_iterator), "callable_iterator", nullptr, ObjKind::kIterator,
     kB},
    {F(list_reverseiterator), "list_reverseiterator", nullptr,
     ObjKind::kIterator, kB},
    {F(dict_reversekeyiterator), "dict_reversekeyiterator", nullptr,
     ObjKind::kIterator, kB},
    {F(str_unicode_iterator), "str_iterator", nullptr, ObjKind::kIterator, kB},
    {F(not_implemented_type), "NotImplementedType", nullptr,
     ObjKind::kNativeData, kB},
    {F(generator), "generator", nullptr, ObjKind::kGenerator, kB},
    {F(coroutine), "coroutine", nullptr, ObjKind::kGenerator, kB},
    {F(async_generator), "async_generator", nullptr, ObjKind::kGenerator, kB},
    {F(async_generator_asend), "async_generator_asend", nullptr,
     ObjKind::kNativeData, kB},
    {F(async_generator_athrow), "async_generator_athrow", nullptr,
     ObjKind::kNativeData, kB},
    {F(async_generator_wrapped_value), "async_generator_wrapped_value", nullptr,
     ObjKind::kTuple, kB},
    {F(frozenset), "frozenset", nullptr, ObjKind::kSet, kBO},
    {F(ellipsis_type), "ellipsis", nullptr, ObjKind::kNativeData, kB},
    {F(mappingproxy), "mappingproxy", nullptr, ObjKind::kNativeData, kB},
    {F(member_descriptor), "member_descriptor", nullptr, ObjKind::kNativeData,
     kB},
    {F(frame), "frame", nullptr, ObjKind::kNativeData, kB},
    {F(traceback), "traceback", nullptr, ObjKind::kNativeData, kB},
    {F(bytes), "bytes", nullptr, ObjKind::kBytes, kBO},
    {F(bytearray), "bytearray", nullptr, ObjKind::kByteArray, kB},
    {F(bytes_iterator), "bytes_iterator", nullptr, ObjKind::kIterator, kB},
    {F(bytearray_iterator), "bytearray_iterator", nullptr, ObjKind::kIterator,
     kB},
    {F(buffered_reader), "BufferedReader", nullptr, ObjKind::kFile, kB, "_io"},
    {F(buffered_writer), "BufferedWriter", nullptr, ObjKind::kFile, kB, "_io"},
    {F(buffered_random), "BufferedRandom", nullptr, ObjKind::kFile, kB, "_io"},
    {F(bytes_io), "BytesIO", nullptr, ObjKind::kNativeData, kB, "_io"},
    {F(string_io), "StringIO", nullptr, ObjKind::kNativeData, kB, "_io"},
};
#undef F

bool CreateBuiltinClasses(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  // Pass 1: raw objects, so that str/dict/tuple exist as classes before
  // the first string or dict is made.
  for (const ClassDef& def : kClasses) {
    Object* o =
        rt.heap.Allocate(ts, sizeof(ClassObject), ObjKind::kClass, nullptr);
    if (o == nullptr) return false;
    rt.classes.*(def.field) = static_cast<ClassObject*>(o);
  }
  // Pass 2: headers, names, dicts, the chain.
  for (const ClassDef& def : kClasses) {
    ClassObject* cls = rt.classes.*(def.field);
    cls->cls = rt.classes.type;
    ClassObject* base = nullptr;
    if (def.field != &BuiltinClasses::object) {
      base = def.base != nullptr ? rt.classes.*(def.base) : rt.classes.object;
    }
    cls->base = base;
    AddSubclass(*rt.finalization, base, cls);
    cls->depth = base != nullptr ? base->depth + 1 : 0;
    cls->instance_kind = def.kind;
    cls->flags = def.flags;
    cls->name = InternStr(ts, def.name);
    cls->module_name = InternStr(ts, def.module);
    cls->dict = NewDict(ts);
    if (cls->name == nullptr || cls->module_name == nullptr ||
        cls->dict == nullptr) {
      return false;
    }
  }
  return true;
}

// repr(NotImplemented).
Value NotImplementedRepr(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  return StrValue(ts, "NotImplemented");
}

bool CreateNotImplemented(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kMethods[] = {
      {"__repr__", NotImplementedRepr},
  };
  if (!AddMethods(ts, rt.classes.not_implemented_type, "NotImplementedType",
                  kMethods)) {
    return false;
  }
  auto* o = rt.heap.New<NativeData>(ts, ObjKind::kNativeData,
                                    rt.classes.not_implemented_type);
  if (o == nullptr) return false;
  rt.not_implemented = o;
  return true;
}

bool Bootstrap(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  if (!CreateBuiltinClasses(ts)) return false;
  InitCommonNames(ts);
  if (!CreateExceptionClasses(ts)) return false;
  InstallConstructors(rt);
  if (!InitObjectMethods(ts) || !InitObjectProtocols(ts) ||
      !InitStrMethods(ts) || !InitListMethods(ts) || !InitTupleMethods(ts) ||
      !InitRangeMethods(ts) || !InitDictMethods(ts) || !InitSetMethods(ts) ||
      !InitNumberMethods(ts) || !InitExceptionMethods(ts) ||
      !InitFileClass(ts) || !CreateNotImplemented(ts) ||
      !InitGeneratorMethods(ts) || !InitAsyncGeneratorMethods(ts) ||
      !InitObjectModelTypes(ts) || !InitBytesMethods(ts) ||
      !InitFrameTypes(ts) || !InitSlotWrappers(ts) || !InitNumberDunders(ts)) {
    return false;
  }
  RegisterCodeKindOps();
  RegisterShapeKindOps();
  InitVm(ts);
  // InitVm versions the BuiltinClasses; the exception classes (immortal
  // too) get theirs from the same counter so no two classes share one.
  if (rt.vm != nullptr) {
    ClassObject** ex = reinterpret_cast<ClassObject**>(&rt.exc);
    for (size_t i = 0; i < sizeof(ExceptionClasses) / sizeof(ClassObject*);
         ++i) {
      if (ex[i] != nullptr && ex[i]->version == 0) {
        ex[i]->version = rt.vm->next_class_version++;
      }
    }
  }
  Module* b = CreateBuiltinsModule(ts);
  if (b == nullptr) return false;
  rt.builtins_module = b;
  Module* sys = CreateSysModule(ts);
  if (sys == nullptr) return false;
  rt.sys_module = sys;
  return true;
}

}  // namespace
}  // namespace builtins

bool BootstrapRuntime(ThreadState& ts) {
  if (builtins::Bootstrap(ts)) return true;
  // Silent: the library writes nothing unless asked (SPEC 3). The host
  // sees Runtime::ok() == false; the interp command reports it.
  ts.pending_exception = Value::None();
  return false;
}

}  // namespace interp
