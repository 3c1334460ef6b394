// object's protocol methods that other modules build on: __sizeof__ with
// sys.getsizeof, the pickle/copy reduction (__reduce_ex__, __reduce__,
// __getstate__) and __subclasshook__.
//
// Sizes are interp's own: the object's allocation (header included;
// there is no separate collector header) plus the buffers it owns. They
// differ from CPython's, whose layouts are not ours.
//
// The reduction follows CPython's object.__reduce_ex__: a class's own
// __reduce__ wins; otherwise protocols 2 and later reduce through
// copyreg.__newobj__ and earlier ones through copyreg._reduce_ex. That
// logic is Python, in _pickle_support (runtime/lib), which these natives
// call.
#include <cstdint>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/dict_layout.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"

namespace interp {
namespace builtins {
namespace {

int64_t OwnSize(Value v) {
  if (!v.IsObject()) return sizeof(Value);
  Object* o = v.AsObject();
  int64_t n = o->alloc_size;
  switch (o->kind) {
    case ObjKind::kList:
      n += static_cast<int64_t>(static_cast<List*>(o)->capacity) *
           static_cast<int64_t>(sizeof(Value));
      break;
    case ObjKind::kDict: {
      auto* d = static_cast<Dict*>(o);
      n += static_cast<int64_t>(d->table_size) * sizeof(int32_t) +
           static_cast<int64_t>(d->entry_cap) * sizeof(DictEntry);
      break;
    }
    case ObjKind::kByteArray:
      n += static_cast<ByteArray*>(o)->capacity;
      break;
    default:
      break;
  }
  return n;
}

Value ObjectSizeof(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  if (nargs == 0) {
    return RaiseTypeError(
        ts, "unbound method object.__sizeof__() needs an argument");
  }
  if (!MethodArgs(ts, "object", "__sizeof__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  return Value::Int(OwnSize(args[0]));
}

}  // namespace

// sys.getsizeof(object[, default]).
Value SysGetsizeofNative(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  Value a[2];
  if (!BindArgs(ts, "getsizeof", args, nargs, kw, {"object", "default"}, 1, 2,
                0, a)) {
    return Value::Error();
  }
  Value method = LookupSpecial(ClassOf(rt, a[0]), InternStr(ts, "__sizeof__"));
  if (method.IsEmpty()) {
    if (!a[1].IsEmpty()) return a[1];
    return RaiseFormat(ts, rt.exc.type_error,
                       "Type %s doesn't define __sizeof__", TypeName(ts, a[0]));
  }
  TempRoots roots(ts);
  roots.Add(method);
  Value r = CallValue(ts, method, &a[0], 1);
  if (r.IsError()) {
    if (!a[1].IsEmpty() && PendingExceptionMatches(ts, rt.exc.type_error)) {
      TakePendingException(ts);
      return a[1];
    }
    return r;
  }
  if (!r.IsInt() && !IsKind(r, ObjKind::kBigInt)) {
    return RaiseTypeError(ts, "an integer is required");
  }
  if (CompareBool(ts, CmpOp::kLt, r, Value::Int(0)) == 1) {
    return RaiseValueError(ts, "__sizeof__() should return >= 0");
  }
  if (IsKind(r, ObjKind::kBigInt)) {
    r = IntPlain(ts, r);
    if (!r.IsInt()) {
      return RaiseOverflowError(ts,
                                "Python int too large to convert to C ssize_t");
    }
  }
  return r;
}

namespace {

// _pickle_support.<name>(args...).
Value CallPickleSupport(ThreadState& ts, const char* name, Value* args,
                        uint32_t nargs) {
  Str* mod_name = InternStr(ts, "_pickle_support");
  if (mod_name == nullptr) return Value::Error();
  Value mod = ImportModule(ts, mod_name);
  if (mod.IsError()) return mod;
  TempRoots roots(ts);
  roots.Add(mod);
  Value fn = GetAttr(ts, mod, InternStr(ts, name));
  if (fn.IsError()) return fn;
  roots.Add(fn);
  return CallValue(ts, fn, args, nargs);
}

Value ObjectReduceEx(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  if (nargs == 0) {
    return RaiseTypeError(
        ts, "unbound method object.__reduce_ex__() needs an argument");
  }
  if (!MethodArgs(ts, "object", "__reduce_ex__", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  if (!args[1].IsInt() && !IsKind(args[1], ObjKind::kBigInt)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "'%s' object cannot be interpreted as an integer",
                       TypeName(ts, args[1]));
  }
  // A class's own __reduce__ answers every protocol.
  Str* reduce_name = InternStr(ts, "__reduce__");
  Value own = LookupSpecial(ClassOf(rt, args[0]), reduce_name);
  Value base = DictGetStr(ClassDict(ts, rt.classes.object), reduce_name);
  if (!own.IsEmpty() && !own.Is(base)) {
    TempRoots roots(ts);
    roots.Add(own);
    Value self = args[0];
    Value bound = GetAttr(ts, self, reduce_name);
    if (bound.IsError()) return bound;
    roots.Add(bound);
    return CallValue(ts, bound, nullptr, 0);
  }
  Value call[2] = {args[0], args[1]};
  return CallPickleSupport(ts, "_default_reduce_ex", call, 2);
}

Value ObjectReduce(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  if (nargs == 0) {
    return RaiseTypeError(
        ts, "unbound method object.__reduce__() needs an argument");
  }
  if (!MethodArgs(ts, "object", "__reduce__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  Value call[2] = {args[0], Value::Int(0)};
  return CallPickleSupport(ts, "_default_reduce_ex", call, 2);
}

Value ObjectGetstate(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  if (nargs == 0) {
    return RaiseTypeError(
        ts, "unbound method object.__getstate__() needs an argument");
  }
  if (!MethodArgs(ts, "object", "__getstate__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  Value call[2] = {args[0], Value::Bool(false)};
  return CallPickleSupport(ts, "_default_getstate", call, 2);
}

// object.__subclasshook__(cls, subclass): no opinion (abc's hook point).
Value ObjectSubclasshook(ThreadState& ts, const Value*, uint32_t nargs,
                         Tuple* kw) {
  if (!NoKwargs(ts, "object.__subclasshook__", kw)) return Value::Error();
  (void)nargs;
  return Value::Obj(Rt(ts).not_implemented);
}

}  // namespace

bool InitObjectProtocols(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kObject[] = {
      {"__sizeof__", ObjectSizeof},
      {"__reduce_ex__", ObjectReduceEx},
      {"__reduce__", ObjectReduce},
      {"__getstate__", ObjectGetstate},
  };
  return AddMethods(ts, rt.classes.object, "object", kObject) &&
         AddClassMethod(ts, rt.classes.object, "object", "__subclasshook__",
                        ObjectSubclasshook);
}

}  // namespace builtins
}  // namespace interp
