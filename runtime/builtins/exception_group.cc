// BaseExceptionGroup and ExceptionGroup (PEP 654): the classes, with
// CPython's MRO (ExceptionGroup derives from BaseExceptionGroup and
// Exception), and their methods. The checks and the split algorithm are
// the VM's (vm/exception_group.h), which except* uses too.
//
// Like the OSError family, the classes are created without kClassBuiltin,
// so that the VM calls the native __new__ in the class dict (which picks
// ExceptionGroup for a BaseExceptionGroup of Exceptions, as CPython's
// does) and the data layer reaches their __str__.
#include "runtime/vm/exception_group.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

// The group `args[0]` when it is a filled BaseExceptionGroup, else null
// with TypeError pending.
ExceptionObject* Group(ThreadState& ts, const Value* args, uint32_t nargs,
                       const char* method) {
  if (nargs >= 1 && vm::IsExceptionGroup(ts, args[0]) &&
      IsKind(As<ExceptionObject>(args[0])->group, ObjKind::kTuple)) {
    return As<ExceptionObject>(args[0]);
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' requires a 'BaseExceptionGroup' object", method);
  return nullptr;
}

Value Member(ExceptionObject* e, uint32_t i) {
  return As<Tuple>(e->group)->items[i];
}

// __new__ validates and fills the group (vm::NewExceptionGroupInstance), so
// that a subclass's own __new__ can call it with super(); __init__ then
// only records the arguments, like BaseException.__init__.
Value GroupNew(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  (void)kwnames;  // ignored (and not counted), as by CPython's __new__
  if (nargs < 1 || !IsKind(args[0], ObjKind::kClass) ||
      !IsSubclass(As<ClassObject>(args[0]), rt.exc.base_exception_group)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "BaseExceptionGroup.__new__(X): X is not a subtype of "
                       "BaseExceptionGroup");
  }
  return vm::NewExceptionGroupInstance(ts, As<ClassObject>(args[0]), args + 1,
                                       nargs - 1);
}

Value GroupInit(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  if (nargs < 1 || !vm::IsExceptionGroup(ts, args[0])) {
    return RaiseTypeError(
        ts, "descriptor '__init__' requires a 'BaseExceptionGroup' object");
  }
  auto* e = As<ExceptionObject>(args[0]);
  if (NumKw(kwnames) > 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s() takes no keyword arguments", e->cls->name->view());
  }
  Tuple* t = NewTupleFrom(ts, args + 1, nargs - 1);
  if (t == nullptr) return Value::Error();
  e->args = t;
  return Value::None();
}

Value GroupStr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  ExceptionObject* e = Group(ts, args, nargs, "__str__");
  if (e == nullptr) return Value::Error();
  Value msg = Member(e, 0);
  uint32_t n = As<Tuple>(Member(e, 1))->size;
  std::string out(AsStr(msg)->view());
  absl::StrAppend(&out, " (", n, " sub-exception", n > 1 ? "s" : "", ")");
  return StrValue(ts, out);
}

Value GroupMessage(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  ExceptionObject* e = Group(ts, args, nargs, "message");
  if (e == nullptr) return Value::Error();
  return Member(e, 0);
}

Value GroupExceptions(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*) {
  ExceptionObject* e = Group(ts, args, nargs, "exceptions");
  if (e == nullptr) return Value::Error();
  return Member(e, 1);
}

Value GroupReadonly(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  return RaiseFormat(ts, Rt(ts).exc.attribute_error, "readonly attribute");
}

Value GroupDerive(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  ExceptionObject* e = Group(ts, args, nargs, "derive");
  if (e == nullptr) return Value::Error();
  if (NumKw(kwnames) > 0) {
    return RaiseTypeError(ts,
                          "BaseExceptionGroup.derive() takes no keyword "
                          "arguments");
  }
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "function takes exactly 1 argument (%d given)",
                       static_cast<int>(nargs - 1));
  }
  return vm::NewExceptionGroup(ts, Member(e, 0), args[1]);
}

Value SplitOrSubgroup(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames, bool split) {
  const char* name = split ? "split" : "subgroup";
  ExceptionObject* e = Group(ts, args, nargs, name);
  if (e == nullptr) return Value::Error();
  if (NumKw(kwnames) > 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "BaseExceptionGroup.%s() takes no keyword arguments",
                       name);
  }
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s expected 1 argument, got %d", name,
                       static_cast<int>(nargs - 1));
  }
  Value match, rest;
  if (!vm::SplitExceptionGroup(ts, args[0], args[1], split, &match, &rest)) {
    return Value::Error();
  }
  if (!split) return match;
  TempRoots roots(ts);
  roots.Add(match);
  roots.Add(rest);
  Value pair[2] = {match, rest};
  Tuple* t = NewTupleFrom(ts, pair, 2);
  if (t == nullptr) return Value::Error();
  return Value::Obj(t);
}

Value GroupSplit(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  return SplitOrSubgroup(ts, args, nargs, kwnames, true);
}

Value GroupSubgroup(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames) {
  return SplitOrSubgroup(ts, args, nargs, kwnames, false);
}

}  // namespace

bool CreateExceptionGroupClasses(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  ClassObject* base =
      NewClass(ts, "BaseExceptionGroup", rt.exc.base_exception, "builtins",
               ObjKind::kException, kClassException | kClassBaseOk);
  if (base == nullptr) return false;
  base->module_name = nullptr;  // see CreateExceptionClasses
  rt.exc.base_exception_group = base;
  ClassObject* group =
      NewClass(ts, "ExceptionGroup", base, "builtins", ObjKind::kException,
               kClassException | kClassBaseOk | kClassMultiBase);
  if (group == nullptr) return false;
  group->module_name = nullptr;
  rt.exc.exception_group = group;
  Value bases[2] = {Value::Obj(base), Value::Obj(rt.exc.exception)};
  group->bases = NewTupleFrom(ts, bases, 2);
  AddSubclass(*rt.finalization, rt.exc.exception, group);
  Value mro[5] = {
      Value::Obj(group), Value::Obj(base), Value::Obj(rt.exc.exception),
      Value::Obj(rt.exc.base_exception), Value::Obj(rt.classes.object)};
  group->mro = NewTupleFrom(ts, mro, 5);
  return group->bases != nullptr && group->mro != nullptr;
}

bool InitExceptionGroupMethods(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kGroup[] = {
      {"__init__", GroupInit},     {"__str__", GroupStr},
      {"derive", GroupDerive},     {"split", GroupSplit},
      {"subgroup", GroupSubgroup},
  };
  return AddStaticMethod(ts, rt.exc.base_exception_group, "BaseExceptionGroup",
                         "__new__", GroupNew) &&
         AddMethods(ts, rt.exc.base_exception_group, "BaseExceptionGroup",
                    kGroup) &&
         AddNativeProperty(ts, rt.exc.base_exception_group,
                           "BaseExceptionGroup", "message", GroupMessage,
                           GroupReadonly) &&
         AddNativeProperty(ts, rt.exc.base_exception_group,
                           "BaseExceptionGroup", "exceptions", GroupExceptions,
                           GroupReadonly);
}

}  // namespace builtins
}  // namespace interp
