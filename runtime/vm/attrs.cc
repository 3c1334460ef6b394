// The attribute protocol (call.h GetAttr/SetAttr/DelAttr/LookupSpecial) and
// the loop's cached variants. Lookup order follows CPython for the subset:
// data descriptors (property) on the class, then the instance dict, then
// class attributes (functions bind to the instance, staticmethod unwraps,
// classmethod binds the class), then the type's special attributes.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/dict_layout.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int_enum.h"
#include "runtime/objects/list.h"
#include "runtime/objects/mapping_proxy.h"
#include "runtime/objects/member_descriptor.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/shape.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/slots.h"
#include "runtime/vm/suggestions.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {

// A script-level descriptor method (__get__/__set__/__delete__) of the
// class of `attr`, or Empty. Only user classes define them: builtin
// descriptors (functions, property, classmethod...) are handled natively.
Value DescriptorHook(RuntimeState& rt, Value attr, Str* hook) {
  if (!attr.IsObject()) return Value::Empty();
  ClassObject* c = attr.AsObject()->cls;
  if (c->flags & kClassBuiltin) return Value::Empty();
  return ClassLookup(c, hook);
}

// A property object handled natively: exactly `property`. Instances of a
// subclass go through the descriptor protocol, so the subclass's own
// __get__/__set__/__delete__ (or property's, inherited) run.
bool IsNativeProperty(RuntimeState& rt, Value attr) {
  return IsKind(attr, ObjKind::kProperty) &&
         attr.AsObject()->cls == rt.classes.property;
}

namespace {

bool NameIs(Str* name, std::string_view s) { return name->view() == s; }

Value StrVal(ThreadState& ts, Str* s) {
  return s != nullptr ? Value::Obj(s) : Value::None();
}

Value CallGetter(ThreadState& ts, Property* p, Value obj, Str* name,
                 ClassObject* cls) {
  if (p->fget.IsNone() || p->fget.IsEmpty()) {
    return RaiseFormat(ts, Rt(ts).exc.attribute_error,
                       "property '%s' of '%s' object has no getter",
                       name->view(), cls->name->view());
  }
  TempRoots roots(ts);
  roots.Add(Value::Obj(p));
  return CallValue(ts, p->fget, &obj, 1);
}

Value ModuleAttr(ThreadState& ts, Module* m, Str* name, bool raise) {
  Value v = DictGetStr(m->dict, name);
  if (!v.IsEmpty()) return v;
  RuntimeState& rt = Rt(ts);
  if (name == rt.names.__dict__) return DictValue(m->dict);
  // PEP 562: a module-level __getattr__ answers for missing names.
  Value hook = DictGetStr(m->dict, rt.names.__getattr__);
  if (!hook.IsEmpty()) {
    TempRoots roots(ts);
    roots.Add(hook);
    Value arg = Value::Obj(name);
    Value r = CallValue(ts, hook, &arg, 1);
    if (r.IsError() && !raise &&
        PendingExceptionMatches(ts, rt.exc.attribute_error)) {
      TakePendingException(ts);
      return Value::Empty();
    }
    return r;
  }
  if (!raise) return Value::Empty();
  std::string_view mname = m->name != nullptr ? m->name->view() : "?";
  if (ModuleInitializing(ts, m)) {
    return RaiseFormat(ts, rt.exc.attribute_error,
                       "partially initialized module '%s' has no attribute "
                       "'%s' (most likely due to a circular import)",
                       mname, name->view());
  }
  return RaiseFormat(ts, rt.exc.attribute_error,
                     "module '%s' has no attribute '%s'", mname, name->view());
}

bool IsDataDescriptor(RuntimeState& rt, Value attr);

// An attribute `mattr` found on the user metaclass `meta` of `cls`, as
// `cls.name` sees it: functions bind to the class, descriptors get the
// class as their instance.
Value MetaAttrGet(ThreadState& ts, ClassObject* cls, ClassObject* meta,
                  Str* name, Value mattr) {
  RuntimeState& rt = Rt(ts);
  if (IsKind(mattr, ObjKind::kFunction) || IsKind(mattr, ObjKind::kNative)) {
    return NewBoundMethod(ts, mattr, Value::Obj(cls));
  }
  if (IsKind(mattr, ObjKind::kStaticMethod)) {
    return As<StaticMethod>(mattr)->func;
  }
  if (IsKind(mattr, ObjKind::kClassMethod)) {
    return NewBoundMethod(ts, As<ClassMethod>(mattr)->func, Value::Obj(meta));
  }
  if (IsNativeProperty(rt, mattr)) {
    return CallGetter(ts, As<Property>(mattr), Value::Obj(cls), name, meta);
  }
  if (mattr.IsObject() && !(mattr.AsObject()->cls->flags & kClassBuiltin)) {
    Value get = DescriptorHook(rt, mattr, rt.names.__get__);
    if (!get.IsEmpty()) {
      TempRoots roots(ts);
      roots.Add(mattr);
      Value args[3] = {mattr, Value::Obj(cls), Value::Obj(meta)};
      return CallValue(ts, get, args, 3);
    }
  }
  return mattr;
}

Value ClassAttrOwn(ThreadState& ts, ClassObject* cls, Str* name, bool raise);

// A class whose metaclass is a user class (class M(type)) looks up as
// CPython's type.__getattribute__ does: the metaclass's data descriptors
// first, then the class's own MRO, then the metaclass's other attributes,
// then the metaclass's __getattr__.
Value ClassAttr(ThreadState& ts, ClassObject* cls, Str* name, bool raise) {
  RuntimeState& rt = Rt(ts);
  ClassObject* meta = cls->cls;
  if (__builtin_expect(meta == rt.classes.type || meta == nullptr ||
                           (meta->flags & kClassBuiltin) != 0,
                       1)) {
    return ClassAttrOwn(ts, cls, name, raise);
  }
  TempRoots roots(ts);
  Value mattr = ClassLookup(meta, name);
  if (!mattr.IsEmpty()) {
    roots.Add(mattr);
    if (IsDataDescriptor(rt, mattr)) {
      return MetaAttrGet(ts, cls, meta, name, mattr);
    }
  }
  Value v = ClassAttrOwn(ts, cls, name, false);
  if (!v.IsEmpty()) return v;
  if (!mattr.IsEmpty()) return MetaAttrGet(ts, cls, meta, name, mattr);
  Value hook = ClassLookup(meta, rt.names.__getattr__);
  if (!hook.IsEmpty()) {
    Value args[2] = {Value::Obj(cls), Value::Obj(name)};
    Value r = CallValue(ts, hook, args, 2);
    if (r.IsError() && !raise &&
        PendingExceptionMatches(ts, rt.exc.attribute_error)) {
      TakePendingException(ts);
      return Value::Empty();
    }
    return r;
  }
  if (!raise) return Value::Empty();
  return RaiseFormat(ts, rt.exc.attribute_error,
                     "type object '%s' has no attribute '%s'",
                     cls->name->view(), name->view());
}

Value ClassAttrOwn(ThreadState& ts, ClassObject* cls, Str* name, bool raise) {
  RuntimeState& rt = Rt(ts);
  if (name == rt.names.__annotations__ && !(cls->flags & kClassBuiltin)) {
    // A class's own annotations (not its base's): an empty dict is
    // created on first access, like CPython 3.10+.
    Dict* cd = ClassDict(ts, cls);
    Value own = DictGetStr(cd, name);
    if (!own.IsEmpty()) return own;
    Dict* d = NewDict(ts);
    if (d == nullptr || !DictSetStr(ts, cd, name, DictValue(d))) {
      return Value::Error();
    }
    BumpClassVersion(ts, cls);
    return DictValue(d);
  }
  Value v = ClassLookup(cls, name);
  if (!v.IsEmpty()) {
    if (v.IsObject() && !(v.AsObject()->cls->flags & kClassBuiltin)) {
      Value get = DescriptorHook(rt, v, rt.names.__get__);
      if (!get.IsEmpty()) {
        TempRoots roots(ts);
        roots.Add(v);
        Value args[3] = {v, Value::None(), Value::Obj(cls)};
        return CallValue(ts, get, args, 3);
      }
    }
    if (IsKind(v, ObjKind::kStaticMethod)) return As<StaticMethod>(v)->func;
    if (IsKind(v, ObjKind::kClassMethod)) {
      return NewBoundMethod(ts, As<ClassMethod>(v)->func, Value::Obj(cls));
    }
    return v;
  }
  const CommonNames& n = rt.names;
  if (name == n.__name__) return StrVal(ts, cls->name);
  if (name == n.__qualname__) return StrVal(ts, cls->name);
  if (name == n.__module__) return StrVal(ts, cls->module_name);
  // A read-only view, new at each access (CPython's mappingproxy).
  if (name == n.__dict__) {
    return NewMappingProxy(ts, DictValue(ClassDict(ts, cls)));
  }
  if (name == n.__doc__) return Value::None();
  if (name == n.__class__) return Value::Obj(ClassOf(rt, Value::Obj(cls)));
  if (name == n.__base__) {
    return cls->base != nullptr ? Value::Obj(cls->base) : Value::None();
  }
  if (name == n.__bases__) {
    if (cls->bases != nullptr) return Value::Obj(cls->bases);
    Tuple* t = NewTuple(ts, cls->base != nullptr ? 1 : 0);
    if (t == nullptr) return Value::Error();
    if (cls->base != nullptr) t->items[0] = Value::Obj(cls->base);
    return Value::Obj(t);
  }
  if (name == n.__mro__) {
    if (cls->mro != nullptr) return Value::Obj(cls->mro);
    uint32_t count = 0;
    VisitMro(cls, [&](ClassObject*) {
      ++count;
      return false;
    });
    Tuple* t = NewTuple(ts, count);
    if (t == nullptr) return Value::Error();
    uint32_t i = 0;
    VisitMro(cls, [&](ClassObject* c) {
      t->items[i++] = Value::Obj(c);
      return false;
    });
    return Value::Obj(t);
  }
  // Methods of the metaclass (type), bound to the class.
  ClassObject* meta = rt.classes.type;
  if (meta != nullptr && meta != cls) {
    Value mv = ClassLookup(meta, name);
    if (IsKind(mv, ObjKind::kNative) || IsKind(mv, ObjKind::kFunction)) {
      return NewBoundMethod(ts, mv, Value::Obj(cls));
    }
  }
  if (!raise) return Value::Empty();
  return RaiseFormat(ts, rt.exc.attribute_error,
                     "type object '%s' has no attribute '%s'",
                     cls->name->view(), name->view());
}

Value FunctionAttr(ThreadState& ts, Function* fn, Str* name) {
  RuntimeState& rt = Rt(ts);
  const CommonNames& n = rt.names;
  if (name == n.__name__) return StrVal(ts, fn->name);
  if (name == n.__qualname__) return StrVal(ts, fn->qualname);
  if (name == n.__doc__) return fn->doc;
  if (name == n.__module__) {
    Value m = DictGetStr(fn->globals, n.__name__);
    return m.IsEmpty() ? Value::None() : m;
  }
  if (name == n.__dict__) {
    if (fn->attrs == nullptr) {
      fn->attrs = NewDict(ts);
      if (fn->attrs == nullptr) return Value::Error();
    }
    return DictValue(fn->attrs);
  }
  if (NameIs(name, "__defaults__")) {
    return fn->defaults != nullptr ? Value::Obj(fn->defaults) : Value::None();
  }
  if (NameIs(name, "__kwdefaults__")) {
    return fn->kwdefaults != nullptr ? DictValue(fn->kwdefaults)
                                     : Value::None();
  }
  if (NameIs(name, "__globals__")) return DictValue(fn->globals);
  if (NameIs(name, "__code__")) return Value::Obj(fn->code);
  if (NameIs(name, "__closure__")) {
    return fn->closure != nullptr ? Value::Obj(fn->closure) : Value::None();
  }
  if (fn->attrs != nullptr) {
    Value v = DictGetStr(fn->attrs, name);
    if (!v.IsEmpty()) return v;
  }
  if (name == n.__annotations__) {
    // Created empty on first access, like CPython's.
    Dict* d = NewDict(ts);
    if (d == nullptr) return Value::Error();
    if (fn->attrs == nullptr) {
      fn->attrs = NewDict(ts);
      if (fn->attrs == nullptr) return Value::Error();
    }
    if (!DictSetStr(ts, fn->attrs, name, DictValue(d))) return Value::Error();
    return DictValue(d);
  }
  return Value::Empty();
}

Value NativeAttr(ThreadState& ts, NativeFunction* nf, Str* name) {
  RuntimeState& rt = Rt(ts);
  const CommonNames& n = rt.names;
  if (name == n.__name__ || name == n.__qualname__) return StrVal(ts, nf->name);
  if (name == n.__doc__) return Value::None();
  if (NameIs(name, "__self__")) {
    if (!nf->bound_self.IsEmpty()) return nf->bound_self;
    return Value::None();
  }
  if (name == n.__module__) {
    if (nf->info != nullptr) {
      std::string_view q(nf->info->qualified_name,
                         nf->info->qualified_name_len);
      size_t dot = q.rfind('.');
      if (dot != std::string_view::npos) return StrValue(ts, q.substr(0, dot));
    }
    return Value::None();
  }
  return Value::Empty();
}

Value ExceptionAttr(ThreadState& ts, ExceptionObject* e, Str* name) {
  const CommonNames& n = Rt(ts).names;
  if (name == n.args) {
    if (e->args == nullptr) {
      Tuple* t = NewTuple(ts, 0);
      if (t == nullptr) return Value::Error();
      e->args = t;
    }
    return Value::Obj(e->args);
  }
  if (name == n.__cause__) return e->cause;
  if (name == n.__context__) return e->context;
  if (name == n.__suppress_context__) return Value::Bool(e->suppress_context);
  if (name == n.__traceback__) {
    return MaterializeTraceback(ts, Value::Obj(e));
  }
  return Value::Empty();
}

// super(start, self).name: the classes after `start` in the MRO of self's
// type (or of self, when self is a class).
Value SuperAttr(ThreadState& ts, Super* su, Str* name, bool raise) {
  RuntimeState& rt = Rt(ts);
  // A class that is no subclass of `start` is an instance of a metaclass
  // deriving from it (super() in a metaclass method).
  bool self_is_class = IsKind(su->self, ObjKind::kClass) &&
                       (su->start == nullptr ||
                        IsSubclass(As<ClassObject>(su->self), su->start));
  ClassObject* self_cls =
      self_is_class ? As<ClassObject>(su->self) : ClassOf(rt, su->self);
  Value v = Value::Empty();
  if (su->start != nullptr) {
    bool past_start = false;
    VisitMro(self_cls, [&](ClassObject* c) {
      if (!past_start) {
        past_start = c == su->start;
        return false;
      }
      Dict* d = ClassDict(ts, c);
      if (d == nullptr) return false;
      v = DictGetStr(d, name);
      return !v.IsEmpty();
    });
  }
  if (!v.IsEmpty()) {
    if (IsKind(v, ObjKind::kStaticMethod)) return As<StaticMethod>(v)->func;
    if (IsKind(v, ObjKind::kClassMethod)) {
      return NewBoundMethod(ts, As<ClassMethod>(v)->func, Value::Obj(self_cls));
    }
    if (self_is_class) return v;
    if (IsNativeProperty(rt, v)) {
      return CallGetter(ts, As<Property>(v), su->self, name, self_cls);
    }
    if (IsKind(v, ObjKind::kFunction) || IsKind(v, ObjKind::kNative)) {
      return NewBoundMethod(ts, v, su->self);
    }
    Value get = DescriptorHook(rt, v, rt.names.__get__);
    if (!get.IsEmpty()) {
      Value args[3] = {v, su->self, Value::Obj(self_cls)};
      return CallValue(ts, get, args, 3);
    }
    return v;
  }
  if (name == rt.names.__class__) return Value::Obj(rt.classes.super);
  if (NameIs(name, "__thisclass__")) {
    return su->start != nullptr ? Value::Obj(su->start) : Value::None();
  }
  if (NameIs(name, "__self__")) return su->self;
  if (!raise) return Value::Empty();
  return RaiseFormat(ts, rt.exc.attribute_error,
                     "'super' object has no attribute '%s'", name->view());
}

Value CallDescriptorGet(ThreadState& ts, Value get, Value attr, Value obj,
                        ClassObject* cls) {
  TempRoots roots(ts);
  roots.Add(attr);
  roots.Add(obj);
  Value args[3] = {attr, obj, Value::Obj(cls)};
  return CallValue(ts, get, args, 3);
}

Value ObjectAttrGeneric(ThreadState& ts, Value obj, Str* name, bool raise);

// A class defining __getattribute__: it answers every lookup, and
// __getattr__ gets the names it rejects with AttributeError.
Value CustomGetattribute(ThreadState& ts, Value obj, Str* name, bool raise,
                         ClassObject* cls) {
  RuntimeState& rt = Rt(ts);
  Value hook = ClassLookup(cls, rt.names.__getattribute__);
  if (!IsKind(hook, ObjKind::kFunction)) {
    return ObjectAttrGeneric(ts, obj, name, raise);
  }
  TempRoots roots(ts);
  roots.Add(obj);
  Value args[2] = {obj, Value::Obj(name)};
  Value r = CallValue(ts, hook, args, 2);
  if (r.IsError() && PendingExceptionMatches(ts, rt.exc.attribute_error)) {
    Value ga = ClassLookup(cls, rt.names.__getattr__);
    if (!ga.IsEmpty()) {
      TakePendingException(ts);
      r = CallValue(ts, ga, args, 2);
    }
    if (r.IsError() && !raise &&
        PendingExceptionMatches(ts, rt.exc.attribute_error)) {
      TakePendingException(ts);
      return Value::Empty();
    }
  }
  return r;
}

// The generic path for instances of any class (user or builtin).
Value ObjectAttr(ThreadState& ts, Value obj, Str* name, bool raise) {
  if (obj.IsObject() &&
      __builtin_expect((obj.AsObject()->cls->flags & kClassHasCustomAttrs) != 0,
                       0)) {
    return CustomGetattribute(ts, obj, name, raise, obj.AsObject()->cls);
  }
  return ObjectAttrGeneric(ts, obj, name, raise);
}

// object.__getattribute__: descriptors, the instance dict, then the class.
Value ObjectAttrGeneric(ThreadState& ts, Value obj, Str* name, bool raise) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls = ClassOf(rt, obj);
  Value cattr = ClassLookup(cls, name);
  if (IsNativeProperty(rt, cattr)) {
    return CallGetter(ts, As<Property>(cattr), obj, name, cls);
  }
  Value get = Value::Empty();
  if (cattr.IsObject() && !(cattr.AsObject()->cls->flags & kClassBuiltin)) {
    get = DescriptorHook(rt, cattr, rt.names.__get__);
    // A data descriptor (with __set__ or __delete__) wins over the
    // instance dict.
    if (!get.IsEmpty() &&
        (!DescriptorHook(rt, cattr, rt.names.__set__).IsEmpty() ||
         !DescriptorHook(rt, cattr, rt.names.__delete__).IsEmpty())) {
      return CallDescriptorGet(ts, get, cattr, obj, cls);
    }
  }
  if (IsKind(obj, ObjKind::kException)) {
    Value v =
        ExceptionAttr(ts, static_cast<ExceptionObject*>(obj.AsObject()), name);
    if (!v.IsEmpty()) return v;
  }
  if (IsKind(obj, ObjKind::kInstance)) {
    Value v = InstanceGetAttr(static_cast<Instance*>(obj.AsObject()), name);
    if (!v.IsEmpty()) return v;
  } else if (Dict* d = InstanceDict(ts, obj, false)) {
    Value v = DictGetStr(d, name);
    if (!v.IsEmpty()) return v;
  }
  if (!get.IsEmpty()) return CallDescriptorGet(ts, get, cattr, obj, cls);
  // A slot's member descriptor stands for the instance's value: when the
  // instance has none, the slot is unset (AttributeError below).
  if (!cattr.IsEmpty() && !IsMemberDescriptor(cattr)) {
    if (__builtin_expect(cls == rt.classes.member_descriptor, 0)) {
      Value own = MemberDescriptorAttr(ts, obj, name);
      if (!own.IsEmpty()) return own;
    }
    return BindClassAttr(ts, cattr, obj, cls);
  }
  const CommonNames& n = rt.names;
  if (name == n.__class__) return Value::Obj(cls);
  if (name == n.__dict__ && !(cls->flags & kClassNoDict) &&
      cls != rt.classes.object) {
    Dict* d = InstanceDict(ts, obj, true);
    if (d != nullptr) return DictValue(d);
  }
  if (obj.IsObject()) {
    Object* o = obj.AsObject();
    Value v = Value::Empty();
    switch (o->kind) {
      case ObjKind::kFunction:
        v = FunctionAttr(ts, static_cast<Function*>(o), name);
        break;
      case ObjKind::kNative:
        v = NativeAttr(ts, static_cast<NativeFunction*>(o), name);
        break;
      case ObjKind::kCode:
        v = CodeAttr(ts, static_cast<Code*>(o), name);
        break;
      case ObjKind::kGenerator: {
        // Instance attributes, not class ones: the class's own __name__
        // is 'generator'.
        auto* g = static_cast<Generator*>(o);
        if (name == n.__name__) return Value::Obj(g->name);
        if (name == n.__qualname__) return Value::Obj(g->qualname);
        break;
      }
      case ObjKind::kNativeData:
        if (cls == rt.classes.member_descriptor) {
          v = MemberDescriptorAttr(ts, obj, name);
        }
        break;
      case ObjKind::kCell:
        if (NameIs(name, "cell_contents")) {
          Value contents = static_cast<Cell*>(o)->value;
          if (contents.IsEmpty()) {
            return raise ? RaiseValueError(ts, "Cell is empty")
                         : Value::Empty();
          }
          return contents;
        }
        break;
      case ObjKind::kBoundMethod: {
        auto* bm = static_cast<BoundMethod*>(o);
        if (NameIs(name, "__self__")) return bm->self;
        if (NameIs(name, "__func__")) return bm->func;
        // The function's attributes; a missing one raises as the
        // function's (CPython: "'function' object has no attribute").
        return raise ? GetAttr(ts, bm->func, name)
                     : GetAttrOrEmpty(ts, bm->func, name);
      }
      case ObjKind::kProperty: {
        auto* p = static_cast<Property*>(o);
        if (NameIs(name, "fget")) return p->fget;
        if (NameIs(name, "fset")) return p->fset;
        if (NameIs(name, "fdel")) return p->fdel;
        if (name == n.__doc__) return p->doc;
        break;
      }
      case ObjKind::kStaticMethod:
      case ObjKind::kClassMethod: {
        Value func = o->kind == ObjKind::kStaticMethod
                         ? static_cast<StaticMethod*>(o)->func
                         : static_cast<ClassMethod*>(o)->func;
        if (NameIs(name, "__func__") || NameIs(name, "__wrapped__")) {
          return func;
        }
        // Since 3.10 they carry the wrapped function's metadata, so
        // decorators stacked on them (singledispatchmethod.register,
        // functools.wraps) see its name and annotations.
        if (name == n.__name__ || name == n.__qualname__ || name == n.__doc__ ||
            name == n.__module__ || name == n.__annotations__) {
          return raise ? GetAttr(ts, func, name)
                       : GetAttrOrEmpty(ts, func, name);
        }
        if (NameIs(name, "__isabstractmethod__")) {
          Value r = GetAttrOrEmpty(ts, func, name);
          return r.IsEmpty() ? Value::Bool(false) : r;
        }
        break;
      }
      default:
        break;
    }
    if (v.IsError() || !v.IsEmpty()) return v;
  }
  // A user class's __getattr__ hook runs last, like CPython's.
  if (!(cls->flags & kClassBuiltin)) {
    Value hook = ClassLookup(cls, rt.names.__getattr__);
    if (!hook.IsEmpty()) {
      Value args[2] = {obj, Value::Obj(name)};
      Value r = CallValue(ts, hook, args, 2);
      if (r.IsError() && !raise &&
          PendingExceptionMatches(ts, rt.exc.attribute_error)) {
        TakePendingException(ts);
        return Value::Empty();
      }
      return r;
    }
  }
  if (!raise) return Value::Empty();
  return RaiseFormat(ts, rt.exc.attribute_error,
                     "'%s' object has no attribute '%s'", cls->name->view(),
                     name->view());
}

Value GetAttrDispatch(ThreadState& ts, Value obj, Str* name, bool raise) {
  if (obj.IsObject()) {
    Object* o = obj.AsObject();
    switch (o->kind) {
      case ObjKind::kModule:
        return ModuleAttr(ts, static_cast<Module*>(o), name, raise);
      case ObjKind::kClass:
        return ClassAttr(ts, static_cast<ClassObject*>(o), name, raise);
      case ObjKind::kSuper:
        return SuperAttr(ts, static_cast<Super*>(o), name, raise);
      default:
        break;
    }
  }
  return ObjectAttr(ts, obj, name, raise);
}

Value GetAttrImpl(ThreadState& ts, Value obj, Str* name, bool raise) {
  if (const IntEnumMember* m = IntEnumMemberOf(obj)) {
    const CommonNames& n = Rt(ts).names;
    if (name == n.name) return StrValue(ts, m->name);
    if (name == n.value) return Value::Int(obj.AsInt());
  }
  Value r = GetAttrDispatch(ts, obj, name, raise);
  // Like CPython, an AttributeError leaving attribute lookup carries the
  // object and name, for the report's "Did you mean" hint.
  if (r.IsError()) RecordAttributeErrorContext(ts, obj, name);
  return r;
}

Value SetExceptionField(ThreadState& ts, ExceptionObject* e, Str* name, Value v,
                        bool* handled) {
  RuntimeState& rt = Rt(ts);
  const CommonNames& n = rt.names;
  *handled = true;
  if (name == n.args) {
    Value t = ToTuple(ts, v);
    if (t.IsError()) return t;
    e->args = As<Tuple>(t);
    return Value::None();
  }
  if (name == n.__cause__ || name == n.__context__) {
    if (!v.IsNone() && !IsKind(v, ObjKind::kException)) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "exception %s must be None or derive from "
                         "BaseException",
                         name == n.__cause__ ? "cause" : "context");
    }
    if (name == n.__cause__) {
      e->cause = v;
      e->suppress_context = true;
    } else {
      e->context = v;
    }
    return Value::None();
  }
  if (name == n.__suppress_context__) {
    int t = Truthy(ts, v);
    if (t < 0) return Value::Error();
    e->suppress_context = t != 0;
    return Value::None();
  }
  if (name == n.__traceback__) {
    if (!v.IsNone() && AsTracebackData(v) == nullptr) {
      return RaiseTypeError(ts, "__traceback__ must be a traceback or None");
    }
    e->traceback = v;
    return Value::None();
  }
  *handled = false;
  return Value::None();
}

}  // namespace

Value ObjectGetattribute(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (nargs != 2 || (kwnames != nullptr && kwnames->size > 0)) {
    return RaiseFormat(ts, rt.exc.type_error, "expected 2 arguments, got %d",
                       static_cast<int>(nargs));
  }
  if (!IsKind(args[1], ObjKind::kStr)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "attribute name must be string, not '%s'",
                       TypeNameOf(ts, args[1]));
  }
  Str* name = InternStr(ts, AsStr(args[1])->view());
  if (name == nullptr) return Value::Error();
  Value r;
  if (args[0].IsObject()) {
    switch (args[0].AsObject()->kind) {
      case ObjKind::kModule:
      case ObjKind::kClass:
      case ObjKind::kSuper:
        r = GetAttrDispatch(ts, args[0], name, true);
        break;
      default:
        r = ObjectAttrGeneric(ts, args[0], name, true);
    }
  } else {
    r = ObjectAttrGeneric(ts, args[0], name, true);
  }
  if (r.IsError()) RecordAttributeErrorContext(ts, args[0], name);
  return r;
}

Value TypeMro(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  RuntimeState& rt = Rt(ts);
  if (nargs != 1 || !IsKind(args[0], ObjKind::kClass)) {
    return RaiseTypeError(ts, "descriptor 'mro' requires a 'type' object");
  }
  Value t = ClassAttr(ts, As<ClassObject>(args[0]), rt.names.__mro__, true);
  if (t.IsError()) return t;
  List* l = NewListFrom(ts, As<Tuple>(t)->items, As<Tuple>(t)->size);
  return l != nullptr ? Value::Obj(l) : Value::Error();
}

Value TypeSubclasses(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  if (nargs != 1 || !IsKind(args[0], ObjKind::kClass)) {
    return RaiseTypeError(
        ts, "descriptor '__subclasses__' of 'type' object needs an argument");
  }
  const FinalizationState& fs = *Rt(ts).finalization;
  auto it = fs.subclasses.find(As<ClassObject>(args[0]));
  if (it == fs.subclasses.end()) {
    List* l = NewList(ts, 0);
    return l != nullptr ? Value::Obj(l) : Value::Error();
  }
  // Copied out first: the list allocation may collect, which prunes the
  // table (the classes are only weakly held there).
  std::vector<Value> subs;
  subs.reserve(it->second.size());
  for (ClassObject* c : it->second) subs.push_back(Value::Obj(c));
  List* l = NewListFrom(ts, subs.data(), static_cast<uint32_t>(subs.size()));
  return l != nullptr ? Value::Obj(l) : Value::Error();
}

Value AssignClass(ThreadState& ts, Value obj, Value value) {
  RuntimeState& rt = Rt(ts);
  if (!IsKind(value, ObjKind::kClass)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "__class__ must be set to a class, not '%s' object",
                       TypeNameOf(ts, value));
  }
  auto* to = As<ClassObject>(value);
  ClassObject* from = ClassOf(rt, obj);
  // Only instances of user classes change class (CPython: "mutable
  // types"); builtin values keep theirs.
  if (!IsKind(obj, ObjKind::kInstance) || (from->flags & kClassBuiltin) ||
      (to->flags & kClassBuiltin)) {
    return RaiseTypeError(ts,
                          "__class__ assignment only supported for mutable "
                          "types or ModuleType subclasses");
  }
  // Both layouts must be plain instances with a __dict__: a shape belongs
  // to its class's tree and slot classes store by shape, so anything else
  // would leave the object laid out for the wrong class.
  if (to->instance_kind != ObjKind::kInstance ||
      (to->flags & (kClassNoDict | kClassSideDict)) ||
      (from->flags & (kClassNoDict | kClassSideDict))) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "__class__ assignment: '%s' object layout differs from "
                       "'%s'",
                       to->name->view(), from->name->view());
  }
  if (to == from) return Value::None();
  auto* inst = As<Instance>(obj);
  // Dict mode for good: inline caches key on shapes, and a shape implies
  // the class whose tree it is in.
  if (InstanceInShapeMode(inst) &&
      InstanceMaterializeDict(ts, inst) == nullptr) {
    return RaiseMemoryError(ts);
  }
  inst->cls = to;
  if (to->flags & kClassHasDel) rt.has_del_classes = true;
  return Value::None();
}

Value ClassLookup(ClassObject* cls, Str* name) {
  if (__builtin_expect((cls->flags & kClassMultiBase) != 0, 0)) {
    Value found = Value::Empty();
    VisitMro(cls, [&](ClassObject* c) {
      Dict* d = ClassDict(c);
      if (d == nullptr) return false;
      found = DictGetStr(d, name);
      return !found.IsEmpty();
    });
    return found;
  }
  for (ClassObject* c = cls; c != nullptr; c = c->base) {
    Dict* d = ClassDict(c);
    if (d == nullptr) continue;
    Value v = DictGetStr(d, name);
    if (!v.IsEmpty()) return v;
  }
  return Value::Empty();
}

Value BindClassAttr(ThreadState& ts, Value attr, Value obj, ClassObject* cls) {
  if (!attr.IsObject()) return attr;
  switch (attr.AsObject()->kind) {
    case ObjKind::kFunction:
    case ObjKind::kNative:
      return NewBoundMethod(ts, attr, obj);
    case ObjKind::kStaticMethod:
      return As<StaticMethod>(attr)->func;
    case ObjKind::kClassMethod:
      return NewBoundMethod(ts, As<ClassMethod>(attr)->func, Value::Obj(cls));
    default:
      return attr;
  }
}

Dict* InstanceDict(ThreadState& ts, Value obj, bool create) {
  if (!obj.IsObject()) return nullptr;
  Object* o = obj.AsObject();
  Dict** slot = nullptr;
  switch (o->kind) {
    case ObjKind::kInstance: {
      auto* inst = static_cast<Instance*>(o);
      if (!InstanceInShapeMode(inst)) return InstanceDictMode(inst);
      return create ? InstanceMaterializeDict(ts, inst) : nullptr;
    }
    case ObjKind::kException:
      slot = &static_cast<ExceptionObject*>(o)->attrs;
      break;
    case ObjKind::kNativeData:
      // The owner may give the object a dict; instances of a script
      // subclass of a native class (class W(deque)) get one on first use,
      // as CPython gives such subclasses a __dict__.
      if (o->cls->flags & kClassBuiltin) {
        return static_cast<NativeData*>(o)->attrs;
      }
      slot = &static_cast<NativeData*>(o)->attrs;
      break;
    case ObjKind::kFunction:
      slot = &static_cast<Function*>(o)->attrs;
      break;
    default: {
      if (!(o->cls->flags & kClassSideDict)) return nullptr;
      RuntimeState& rt = Rt(ts);
      auto it = rt.side_dicts.find(o);
      if (it != rt.side_dicts.end()) return it->second;
      if (!create) return nullptr;
      Dict* d = NewDict(ts);
      if (d != nullptr) rt.side_dicts[o] = d;
      return d;
    }
  }
  if (*slot == nullptr && create) *slot = NewDict(ts);
  return *slot;
}

namespace {

// Property, or a user descriptor with __set__ or __delete__: a class
// attribute that intercepts instance stores and loads.
bool IsDataDescriptor(RuntimeState& rt, Value attr) {
  if (IsKind(attr, ObjKind::kProperty)) return true;
  if (!attr.IsObject() || (attr.AsObject()->cls->flags & kClassBuiltin)) {
    return false;
  }
  return !DescriptorHook(rt, attr, rt.names.__set__).IsEmpty() ||
         !DescriptorHook(rt, attr, rt.names.__delete__).IsEmpty();
}

// True when slot `c` proves that `cls` (unchanged since) has no property
// named like the cached attribute: the instance dict can be used directly.
bool ClassCacheValid(ThreadState& ts, const InlineCache* c, ClassObject* cls) {
  return c->kind == kIcDictAttr && c->key == reinterpret_cast<uint64_t>(cls) &&
         c->version == cls->version && c->epoch == Rt(ts).class_epoch;
}

void FillDictCache(ThreadState& ts, InlineCache* c, ClassObject* cls,
                   int32_t idx) {
  *c = InlineCache{reinterpret_cast<uint64_t>(cls),
                   cls->version,
                   Rt(ts).class_epoch,
                   idx,
                   kIcDictAttr,
                   nullptr};
}

void FillShapeCache(ThreadState& ts, InlineCache* c, uint32_t kind, Shape* s,
                    int32_t ref, Object* value) {
  *c = InlineCache{
      reinterpret_cast<uint64_t>(s), 0, Rt(ts).class_epoch, ref, kind, value};
}

// Whether a load of the instance attribute `name` of an instance of `cls`
// may skip the class while the class epoch is unchanged: no
// __getattribute__ and no data descriptor of that name.
bool InstanceLoadCacheable(ThreadState& ts, ClassObject* cls, Str* name) {
  return !(cls->flags & kClassHasCustomAttrs) &&
         !IsDataDescriptor(Rt(ts), ClassLookup(cls, name));
}

// Whether a store of `name` on the instance `obj` of `cls` is a plain
// store into the instance while the class epoch is unchanged.
bool InstanceStoreCacheable(ThreadState& ts, Value obj, ClassObject* cls,
                            Str* name) {
  return name != Rt(ts).names.__dict__ && name != Rt(ts).names.__class__ &&
         !HasUserSetattr(ts, obj) &&
         !(cls->flags & (kClassHasCustomAttrs | kClassNoDict)) &&
         !IsDataDescriptor(Rt(ts), ClassLookup(cls, name));
}

}  // namespace

Value GetAttrCached(ThreadState& ts, Value obj, Str* name, InlineCache* c) {
  // Instances of user classes whose class has no data descriptor for
  // `name`: remember (shape, slot) so later hits cost a shape compare, or
  // for a dict-mode instance (class, version, entry index).
  if (IsKind(obj, ObjKind::kInstance)) {
    auto* inst = static_cast<Instance*>(obj.AsObject());
    ClassObject* cls = inst->cls;
    if (!(cls->flags & kClassBuiltin)) {
      if (InstanceInShapeMode(inst)) {
        Shape* s = InstanceShape(inst);
        int32_t i = ShapeFind(s, name);
        if (i >= 0 && InstanceLoadCacheable(ts, cls, name)) {
          int32_t ref = ShapeSlotRef(s, static_cast<uint32_t>(i));
          FillShapeCache(ts, c, kIcSlot, s, ref, nullptr);
          return *InstanceSlotRef(inst, ref);
        }
      } else {
        Dict* attrs = InstanceDictMode(inst);
        if (ClassCacheValid(ts, c, cls) &&
            static_cast<uint32_t>(c->index) < dict_inline::EntryCount(attrs)) {
          Value k = dict_inline::KeyAt(attrs, c->index);
          if (k.IsObject() && k.AsObject() == name) {
            return dict_inline::ValueAt(attrs, c->index);
          }
        }
        int32_t idx = DictFindStrIndex(attrs, name);
        if (idx >= 0 && (ClassCacheValid(ts, c, cls) ||
                         InstanceLoadCacheable(ts, cls, name))) {
          FillDictCache(ts, c, cls, idx);
          return DictValueAt(attrs, idx);
        }
      }
    }
  }
  return GetAttrImpl(ts, obj, name, true);
}

Value SetAttrCached(ThreadState& ts, Value obj, Str* name, Value v,
                    InlineCache* c) {
  if (IsKind(obj, ObjKind::kInstance)) {
    ClassObject* cls = obj.AsObject()->cls;
    auto* inst = static_cast<Instance*>(obj.AsObject());
    if (!(cls->flags & kClassBuiltin)) {
      if (InstanceInShapeMode(inst)) {
        if (!InstanceStoreCacheable(ts, obj, cls, name)) {
          return SetAttr(ts, obj, name, v);
        }
        Shape* s = InstanceShape(inst);
        int32_t i = ShapeFind(s, name);
        if (i >= 0) {
          int32_t ref = ShapeSlotRef(s, static_cast<uint32_t>(i));
          FillShapeCache(ts, c, kIcSlot, s, ref, nullptr);
          *InstanceSlotRef(inst, ref) = v;
          return Value::None();
        }
        if (name->interned) {
          bool oom;
          Shape* child = ShapeTransition(ts, s, name, &oom);
          if (oom) return Value::Error();
          if (child != nullptr) {
            if (!InstanceReserveSlot(ts, inst, child)) return Value::Error();
            int32_t ref = ShapeSlotRef(child, s->size);
            FillShapeCache(ts, c, kIcSlotAdd, s, ref, child);
            *InstanceSlotRef(inst, ref) = v;
            inst->layout = child;
            return Value::None();
          }
        }
        return SetAttr(ts, obj, name, v);
      }
      Dict* attrs = InstanceDictMode(inst);
      if (ClassCacheValid(ts, c, cls) &&
          static_cast<uint32_t>(c->index) < dict_inline::EntryCount(attrs)) {
        Value k = dict_inline::KeyAt(attrs, c->index);
        if (k.IsObject() && k.AsObject() == name) {
          dict_inline::SetValueAt(attrs, c->index, v);
          return Value::None();
        }
      }
      Value r = SetAttr(ts, obj, name, v);
      if (r.IsError()) return r;
      // A class with its own __setattr__ is never cached: every store
      // must reach it.
      if (InstanceStoreCacheable(ts, obj, cls, name) &&
          !InstanceInShapeMode(inst)) {
        int32_t idx = DictFindStrIndex(InstanceDictMode(inst), name);
        if (idx >= 0) FillDictCache(ts, c, cls, idx);
      }
      return r;
    }
  }
  return SetAttr(ts, obj, name, v);
}

bool LoadMethodSlow(ThreadState& ts, Value obj, Str* name, InlineCache* c,
                    Value* out) {
  RuntimeState& rt = Rt(ts);
  // Plain functions (script or native) found on the class of a non-class,
  // non-module object are called with self prepended: no bound method.
  if (obj.IsObject()) {
    Object* o = obj.AsObject();
    if (o->kind != ObjKind::kClass && o->kind != ObjKind::kModule &&
        o->kind != ObjKind::kSuper && !(o->cls->flags & kClassHasCustomAttrs)) {
      ClassObject* cls = o->cls;
      Value m = ClassLookup(cls, name);
      if (IsKind(m, ObjKind::kFunction) || IsKind(m, ObjKind::kNative)) {
        // Used unless the object's own attribute of that name wins.
        bool shadowed;
        if (o->kind == ObjKind::kInstance) {
          auto* inst = static_cast<Instance*>(o);
          if (InstanceInShapeMode(inst)) {
            shadowed = ShapeFind(InstanceShape(inst), name) >= 0;
            if (!shadowed) {
              FillShapeCache(ts, c, kIcShapeMethod, InstanceShape(inst), 0,
                             m.AsObject());
            }
          } else {
            shadowed = DictFindStrIndex(InstanceDictMode(inst), name) >= 0;
          }
        } else {
          Dict* d = InstanceDict(ts, obj, false);
          shadowed = d != nullptr && DictFindStrIndex(d, name) >= 0;
          if (!shadowed && (cls->flags & kClassBuiltin)) {
            *c = InlineCache{reinterpret_cast<uint64_t>(cls),
                             cls->version,
                             rt.class_epoch,
                             0,
                             kIcClassFunction,
                             m.AsObject()};
          }
        }
        if (!shadowed) {
          out[0] = m;
          out[1] = obj;
          return true;
        }
      }
    }
  } else {
    // Methods of ints, floats, bools, None.
    Value m = ClassLookup(ClassOf(rt, obj), name);
    if (IsKind(m, ObjKind::kNative) || IsKind(m, ObjKind::kFunction)) {
      out[0] = m;
      out[1] = obj;
      return true;
    }
  }
  Value v = GetAttrImpl(ts, obj, name, true);
  if (v.IsError()) return false;
  out[0] = v;
  out[1] = Value::Empty();
  return true;
}

}  // namespace vm

Value NewBoundMethod(ThreadState& ts, Value func, Value self) {
  RuntimeState& rt = vm::Rt(ts);
  auto* bm =
      rt.heap.New<BoundMethod>(ts, ObjKind::kBoundMethod, rt.classes.method);
  if (bm == nullptr) return RaiseMemoryError(ts);
  bm->func = func;
  bm->self = self;
  return Value::Obj(bm);
}

Value LookupSpecial(ClassObject* cls, Str* name) {
  return vm::ClassLookup(cls, name);
}

Value GetAttr(ThreadState& ts, Value obj, Str* name) {
  return vm::GetAttrImpl(ts, obj, name, true);
}

Value GetAttrOrEmpty(ThreadState& ts, Value obj, Str* name) {
  return vm::GetAttrImpl(ts, obj, name, false);
}

namespace {

// A script-defined __setattr__/__delattr__ on obj's (user) class, or Empty.
Value UserAttrHook(RuntimeState& rt, Value obj, Str* hook) {
  if (!obj.IsObject()) return Value::Empty();
  Object* o = obj.AsObject();
  // Classes of a user metaclass (class M(type)) reach M's hooks too.
  if ((o->kind != ObjKind::kInstance && o->kind != ObjKind::kException &&
       o->kind != ObjKind::kClass) ||
      (o->cls->flags & kClassBuiltin)) {
    return Value::Empty();
  }
  Value m = vm::ClassLookup(o->cls, hook);
  return IsKind(m, ObjKind::kFunction) ? m : Value::Empty();
}

Value CallAttrHook(ThreadState& ts, Value hook, Value obj, Str* name,
                   const Value* value) {
  Value args[3] = {obj, Value::Obj(name), value != nullptr ? *value : Value()};
  TempRoots roots(ts);
  for (const Value& a : args) roots.Add(a);
  Value r = CallValue(ts, hook, args, value != nullptr ? 3 : 2);
  return r.IsError() ? r : Value::None();
}

}  // namespace

bool HasUserSetattr(ThreadState& ts, Value obj) {
  RuntimeState& rt = vm::Rt(ts);
  return !UserAttrHook(rt, obj, rt.names.__setattr__).IsEmpty();
}

Value SetAttr(ThreadState& ts, Value obj, Str* name, Value value) {
  RuntimeState& rt = vm::Rt(ts);
  Value hook = UserAttrHook(rt, obj, rt.names.__setattr__);
  if (!hook.IsEmpty()) return CallAttrHook(ts, hook, obj, name, &value);
  return GenericSetAttr(ts, obj, name, value);
}

Value DelAttr(ThreadState& ts, Value obj, Str* name) {
  RuntimeState& rt = vm::Rt(ts);
  Value hook = UserAttrHook(rt, obj, rt.names.__delattr__);
  if (!hook.IsEmpty()) return CallAttrHook(ts, hook, obj, name, nullptr);
  return GenericDelAttr(ts, obj, name);
}

namespace {

// Sets `flag` on cls and on every class deriving from it (the subclass
// table is weak, so only live classes are visited).
void FlagClassAndSubclasses(RuntimeState& rt, ClassObject* cls, uint32_t flag) {
  std::vector<ClassObject*> todo = {cls};
  while (!todo.empty()) {
    ClassObject* c = todo.back();
    todo.pop_back();
    // A class reached twice (a diamond) already has the flag, and so
    // have the classes below it.
    if ((c->flags & flag) && c != cls) continue;
    c->flags |= flag;
    auto it = rt.finalization->subclasses.find(c);
    if (it == rt.finalization->subclasses.end()) continue;
    for (ClassObject* sub : it->second) todo.push_back(sub);
  }
}

}  // namespace

Value GenericSetAttr(ThreadState& ts, Value obj, Str* name, Value value) {
  RuntimeState& rt = vm::Rt(ts);
  if (obj.IsObject()) {
    Object* o = obj.AsObject();
    switch (o->kind) {
      case ObjKind::kModule:
        if (!DictSetStr(ts, static_cast<Module*>(o)->dict, name, value)) {
          return Value::Error();
        }
        return Value::None();
      case ObjKind::kClass: {
        auto* cls = static_cast<ClassObject*>(o);
        if (cls->flags & kClassBuiltin) {
          return RaiseFormat(ts, rt.exc.type_error,
                             "cannot set '%s' attribute of immutable type '%s'",
                             name->view(), cls->name->view());
        }
        // A data descriptor of a user metaclass (a property of M) takes
        // the store, as type.__setattr__ does.
        if (!(cls->cls->flags & kClassBuiltin)) {
          Value mattr = vm::ClassLookup(cls->cls, name);
          if (vm::IsNativeProperty(rt, mattr)) {
            Property* p = As<Property>(mattr);
            if (p->fset.IsNone() || p->fset.IsEmpty()) {
              return RaiseFormat(ts, rt.exc.attribute_error,
                                 "property '%s' of '%s' object has no setter",
                                 name->view(), cls->cls->name->view());
            }
            Value args[2] = {obj, value};
            Value r = CallValue(ts, p->fset, args, 2);
            return r.IsError() ? r : Value::None();
          }
          Value set = mattr.IsObject() &&
                              !(mattr.AsObject()->cls->flags & kClassBuiltin)
                          ? vm::DescriptorHook(rt, mattr, rt.names.__set__)
                          : Value::Empty();
          if (!set.IsEmpty()) {
            TempRoots roots(ts);
            roots.Add(mattr);
            Value args[3] = {mattr, obj, value};
            Value r = CallValue(ts, set, args, 3);
            return r.IsError() ? r : Value::None();
          }
        }
        // __name__ is the class's own (never inherited through a base's
        // dict); a string __module__ also names the class in its repr.
        if (name == rt.names.__name__) {
          if (!IsKind(value, ObjKind::kStr)) {
            return RaiseFormat(ts, rt.exc.type_error,
                               "can only assign string to %s.__name__, not "
                               "'%s'",
                               cls->name->view(),
                               ClassOf(rt, value)->name->view());
          }
          cls->name = vm::AsStr(value);
          vm::BumpClassVersion(ts, cls);
          return Value::None();
        }
        if (name == rt.names.__module__ && IsKind(value, ObjKind::kStr)) {
          cls->module_name = vm::AsStr(value);
        }
        if (name->view() == "__abstractmethods__") {
          int abstract = Truthy(ts, value);
          if (abstract < 0) return Value::Error();
          if (abstract) {
            cls->flags |= kClassAbstract;
          } else {
            cls->flags &= ~kClassAbstract;
          }
        }
        if (!DictSetStr(ts, ClassDict(ts, cls), name, value)) {
          return Value::Error();
        }
        // The flags MakeClass derives from an inherited special method
        // reach the subclasses that exist already too: they inherit the
        // new method.
        if (name == rt.names.__getattribute__) {
          FlagClassAndSubclasses(rt, cls, kClassHasCustomAttrs);
        }
        if (name == rt.names.__iter__ && !IsKind(value, ObjKind::kNative)) {
          FlagClassAndSubclasses(rt, cls, kClassCustomIter);
        }
        if (name == rt.names.__del__) {
          FlagClassAndSubclasses(rt, cls, kClassHasDel);
          rt.has_del_classes = true;
        }
        vm::BumpClassVersion(ts, cls);
        return Value::None();
      }
      case ObjKind::kFunction: {
        auto* fn = static_cast<Function*>(o);
        const CommonNames& n = rt.names;
        if (name == n.__name__ || name == n.__qualname__) {
          if (!IsKind(value, ObjKind::kStr)) {
            return RaiseFormat(ts, rt.exc.type_error,
                               "%s must be set to a string object",
                               name->view());
          }
          (name == n.__name__ ? fn->name : fn->qualname) = vm::AsStr(value);
          return Value::None();
        }
        if (name == n.__doc__) {
          fn->doc = value;
          return Value::None();
        }
        break;
      }
      case ObjKind::kProperty:
        // Writable, as namedtuple's field docs and sched.Event rely on.
        if (name == rt.names.__doc__) {
          static_cast<Property*>(o)->doc = value;
          return Value::None();
        }
        break;
      case ObjKind::kException: {
        bool handled;
        Value r = vm::SetExceptionField(ts, static_cast<ExceptionObject*>(o),
                                        name, value, &handled);
        if (handled) return r;
        break;
      }
      default:
        break;
    }
  }
  if (name == rt.names.__class__) return vm::AssignClass(ts, obj, value);
  ClassObject* cls = ClassOf(rt, obj);
  Value cattr = vm::ClassLookup(cls, name);
  if (vm::IsNativeProperty(rt, cattr)) {
    Property* p = As<Property>(cattr);
    if (p->fset.IsNone() || p->fset.IsEmpty()) {
      // A builtin type's read-only attribute (int.real) is a C getset
      // descriptor in CPython, with its own message naming the owner.
      ClassObject* owner = cls;
      while (owner != nullptr &&
             DictGetStr(ClassDict(ts, owner), name).IsEmpty()) {
        owner = owner->base;
      }
      if (owner != nullptr && (owner->flags & kClassBuiltin) != 0 &&
          IsKind(p->fget, ObjKind::kNative)) {
        return RaiseFormat(ts, rt.exc.attribute_error,
                           "attribute '%s' of '%s' objects is not writable",
                           name->view(), owner->name->view());
      }
      return RaiseFormat(ts, rt.exc.attribute_error,
                         "property '%s' of '%s' object has no setter",
                         name->view(), cls->name->view());
    }
    Value args[2] = {obj, value};
    Value r = CallValue(ts, p->fset, args, 2);
    return r.IsError() ? r : Value::None();
  }
  if (cattr.IsObject() && !(cattr.AsObject()->cls->flags & kClassBuiltin)) {
    Value set = vm::DescriptorHook(rt, cattr, rt.names.__set__);
    if (!set.IsEmpty()) {
      TempRoots roots(ts);
      roots.Add(cattr);
      Value args[3] = {cattr, obj, value};
      Value r = CallValue(ts, set, args, 3);
      return r.IsError() ? r : Value::None();
    }
    if (!vm::DescriptorHook(rt, cattr, rt.names.__delete__).IsEmpty()) {
      return RaiseFormat(ts, rt.exc.attribute_error, "__set__");
    }
  }
  // object() instances have no __dict__ either.
  if (((cls->flags & kClassNoDict) && !vm::IsSlotName(rt, cls, name)) ||
      cls == rt.classes.object) {
    return RaiseFormat(ts, rt.exc.attribute_error,
                       "'%s' object has no attribute '%s'", cls->name->view(),
                       name->view());
  }
  if (IsKind(obj, ObjKind::kInstance)) {
    auto* inst = static_cast<Instance*>(obj.AsObject());
    if (name == rt.names.__dict__ && !(cls->flags & kClassNoDict)) {
      if (!IsKind(value, ObjKind::kDict)) {
        return RaiseFormat(ts, rt.exc.type_error,
                           "__dict__ must be set to a dictionary, not a '%s'",
                           ClassOf(rt, value)->name->view());
      }
      InstanceReplaceDict(inst, AsDict(value));
      return Value::None();
    }
    return InstanceSetAttr(ts, inst, name, value) ? Value::None()
                                                  : Value::Error();
  }
  Dict* d = vm::InstanceDict(ts, obj, true);
  if (d == nullptr) {
    if (obj.IsObject() && (obj.AsObject()->kind == ObjKind::kInstance ||
                           obj.AsObject()->kind == ObjKind::kException)) {
      return RaiseMemoryError(ts);
    }
    return RaiseFormat(ts, rt.exc.attribute_error,
                       "'%s' object has no attribute '%s'", cls->name->view(),
                       name->view());
  }
  if (!DictSetStr(ts, d, name, value)) return Value::Error();
  return Value::None();
}

Value GenericDelAttr(ThreadState& ts, Value obj, Str* name) {
  RuntimeState& rt = vm::Rt(ts);
  Dict* d = nullptr;
  if (obj.IsObject()) {
    Object* o = obj.AsObject();
    if (o->kind == ObjKind::kModule) {
      d = static_cast<Module*>(o)->dict;
    } else if (o->kind == ObjKind::kClass) {
      auto* cls = static_cast<ClassObject*>(o);
      if (cls->flags & kClassBuiltin) {
        return RaiseFormat(ts, rt.exc.type_error,
                           "cannot delete '%s' attribute of immutable type "
                           "'%s'",
                           name->view(), cls->name->view());
      }
      int r = DictDel(ts, ClassDict(ts, cls), Value::Obj(name));
      if (r < 0) return Value::Error();
      if (r == 0) {
        return RaiseFormat(ts, rt.exc.attribute_error,
                           "type object '%s' has no attribute '%s'",
                           cls->name->view(), name->view());
      }
      vm::BumpClassVersion(ts, cls);
      return Value::None();
    }
  }
  ClassObject* cls = ClassOf(rt, obj);
  Value cattr = vm::ClassLookup(cls, name);
  if (vm::IsNativeProperty(rt, cattr)) {
    Property* p = As<Property>(cattr);
    if (p->fdel.IsNone() || p->fdel.IsEmpty()) {
      return RaiseFormat(ts, rt.exc.attribute_error,
                         "property '%s' of '%s' object has no deleter",
                         name->view(), cls->name->view());
    }
    Value r = CallValue(ts, p->fdel, &obj, 1);
    return r.IsError() ? r : Value::None();
  }
  if (cattr.IsObject() && !(cattr.AsObject()->cls->flags & kClassBuiltin)) {
    Value del = vm::DescriptorHook(rt, cattr, rt.names.__delete__);
    if (!del.IsEmpty()) {
      TempRoots roots(ts);
      roots.Add(cattr);
      Value args[2] = {cattr, obj};
      Value r = CallValue(ts, del, args, 2);
      return r.IsError() ? r : Value::None();
    }
    if (!vm::DescriptorHook(rt, cattr, rt.names.__set__).IsEmpty()) {
      return RaiseFormat(ts, rt.exc.attribute_error, "__delete__");
    }
  }
  if (IsKind(obj, ObjKind::kInstance)) {
    auto* inst = static_cast<Instance*>(obj.AsObject());
    if (name == rt.names.__dict__ && !(cls->flags & kClassNoDict)) {
      // CPython drops the dict; the next access sees a new, empty one.
      Dict* fresh = NewDict(ts);
      if (fresh == nullptr) return Value::Error();
      InstanceReplaceDict(inst, fresh);
      return Value::None();
    }
    int r = InstanceDelAttr(ts, inst, name);
    if (r < 0) return Value::Error();
    if (r == 1) return Value::None();
  } else if (d == nullptr) {
    d = vm::InstanceDict(ts, obj, false);
  }
  if (d != nullptr) {
    int r = DictDel(ts, d, Value::Obj(name));
    if (r < 0) return Value::Error();
    if (r == 1) return Value::None();
  }
  if (IsMemberDescriptor(cattr)) return vm::RaiseUnsetSlotDelete(ts, name);
  if (IsKind(obj, ObjKind::kModule)) {
    Module* m = As<Module>(obj);
    return RaiseFormat(
        ts, rt.exc.attribute_error, "module '%s' has no attribute '%s'",
        m->name != nullptr ? m->name->view() : "?", name->view());
  }
  return RaiseFormat(ts, rt.exc.attribute_error,
                     "'%s' object has no attribute '%s'", cls->name->view(),
                     name->view());
}

}  // namespace interp
