// Calls: argument binding with CPython's messages, frame records for script
// and native callees, class instantiation, bound methods, __call__, and the
// nested activations native code uses (CallValue, CallSpecial).
//
// Register windows live in the thread's value stack. A call's arguments
// are already in place in the caller's registers (Lua-style: the callee's
// window starts at the first argument), so a script-to-script call copies
// nothing and allocates nothing unless it needs defaults, *args or
// **kwargs.
#include <cstring>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/float_box.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/shape.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/generator.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

std::string FuncName(Function* fn) {
  Str* n = fn->qualname != nullptr ? fn->qualname : fn->name;
  if (n == nullptr) n = fn->code->body->name;
  return n != nullptr ? std::string(n->view()) : std::string("<function>");
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" like CPython.
std::string NameList(const std::vector<Str*>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      if (names.size() == 2) {
        out += " and ";
      } else if (i + 1 == names.size()) {
        out += ", and ";
      } else {
        out += ", ";
      }
    }
    absl::StrAppend(&out, "'", AV(names[i]->view()), "'");
  }
  return out;
}

Value RaiseMissing(ThreadState& ts, Function* fn,
                   const std::vector<Str*>& missing, bool kwonly) {
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "%s() missing %d required %s argument%s: %s", FuncName(fn),
                     static_cast<int>(missing.size()),
                     kwonly ? "keyword-only" : "positional",
                     missing.size() == 1 ? "" : "s", NameList(missing));
}

Value RaiseTooMany(ThreadState& ts, Function* fn, uint32_t given) {
  CodeBody* cb = fn->code->body;
  uint32_t np = cb->num_params;
  uint32_t nd = fn->defaults != nullptr ? fn->defaults->size : 0;
  if (nd > np) nd = np;
  std::string takes;
  if (nd > 0) {
    takes = absl::StrCat("from ", np - nd, " to ", np, " positional arguments");
  } else {
    takes = absl::StrCat(np, " positional argument", np == 1 ? "" : "s");
  }
  return RaiseFormat(ts, Rt(ts).exc.type_error, "%s() takes %s but %d %s given",
                     FuncName(fn), takes, given, given == 1 ? "was" : "were");
}

Cell* NewCell(ThreadState& ts, Value v) {
  RuntimeState& rt = Rt(ts);
  Cell* c = rt.heap.New<Cell>(ts, ObjKind::kCell, rt.classes.cell);
  if (c == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  c->value = v;
  return c;
}

int32_t FindParam(CodeBody* cb, Str* name, uint32_t count) {
  for (uint32_t i = 0; i < count && i < cb->varnames.size(); ++i) {
    if (cb->varnames[i] == name) return static_cast<int32_t>(i);
  }
  for (uint32_t i = 0; i < count && i < cb->varnames.size(); ++i) {
    if (StrEquals(cb->varnames[i], name)) return static_cast<int32_t>(i);
  }
  return -1;
}

// Captured variables live in cells: parameters are moved into fresh
// cells, captured locals get empty ones, free variables come from the
// function's closure.
bool SetUpCells(ThreadState& ts, Function* fn, Value* base) {
  CodeBody* cb = fn->code->body;
  for (uint16_t r : cb->cell_params) {
    Cell* c = NewCell(ts, base[r]);
    if (c == nullptr) return false;
    base[r] = Value::Obj(c);
  }
  for (uint16_t r : cb->cell_locals) {
    Cell* c = NewCell(ts, Value::Empty());
    if (c == nullptr) return false;
    base[r] = Value::Obj(c);
  }
  for (size_t i = 0; i < cb->free_regs.size(); ++i) {
    base[cb->free_regs[i]] = fn->closure != nullptr && i < fn->closure->size
                                 ? fn->closure->items[i]
                                 : Value::Empty();
  }
  return true;
}

}  // namespace

Value* StackTop(ThreadState& ts) {
  Frame* f = ts.frames.top();
  if (f == nullptr) return ts.stack_base;
  if (f->flags & kFrameNative) return f->base;
  // A generator's registers live in its object; the calls it makes use
  // the stack above whatever resumed it.
  if (f->flags & kFrameGenerator)
    return Generator::FromRegs(f->base)->stack_top;
  return f->base + f->code->body->num_regs;
}

Frame* PushFrameRecord(ThreadState& ts) {
  Frame* f = ts.frames.BeginPush();
  if (f == nullptr) RaiseRecursionError(ts);
  return f;
}

bool BindArguments(ThreadState& ts, Function* fn, Value* base, uint32_t nargs,
                   Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  CodeBody* cb = fn->code->body;
  const uint32_t np = cb->num_params;
  const uint32_t nk = cb->num_kwonly;
  const bool varargs = (cb->flags & kCodeVarargs) != 0;
  const bool varkw = (cb->flags & kCodeVarkw) != 0;
  const uint32_t varargs_reg = np + nk;
  const uint32_t varkw_reg = np + nk + (varargs ? 1 : 0);
  const uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;

  if (nkw == 0 && nargs == np && nk == 0 && !varargs && !varkw) {
    // Exact positional call: only the locals need clearing.
    for (uint32_t i = nargs; i < cb->num_regs; ++i) base[i] = Value::Empty();
    return SetUpCells(ts, fn, base);
  }

  // Keyword values sit right after the positionals, where parameters and
  // locals go: move them out of the way first.
  absl::InlinedVector<Value, 8> kwvalues(base + nargs, base + nargs + nkw);

  Value star = Value::None();
  if (nargs > np) {
    if (!varargs) {
      RaiseTooMany(ts, fn, nargs);
      return false;
    }
    Tuple* t = NewTupleFrom(ts, base + np, nargs - np);
    if (t == nullptr) return false;
    star = Value::Obj(t);
  } else if (varargs) {
    Tuple* t = NewTuple(ts, 0);
    if (t == nullptr) return false;
    star = Value::Obj(t);
  }
  uint32_t npos = nargs < np ? nargs : np;
  for (uint32_t i = npos; i < cb->num_regs; ++i) base[i] = Value::Empty();
  if (varargs) base[varargs_reg] = star;
  Dict* kwdict = nullptr;
  if (varkw) {
    kwdict = NewDict(ts);
    if (kwdict == nullptr) return false;
    base[varkw_reg] = DictValue(kwdict);
  }

  std::string posonly_names;  // passed by keyword without a **kwargs
  for (uint32_t j = 0; j < nkw; ++j) {
    Str* name = static_cast<Str*>(kwnames->items[j].AsObject());
    int32_t i = FindParam(cb, name, np + nk);
    if (i >= 0 && static_cast<uint32_t>(i) < cb->num_posonly) {
      // Like CPython: a **kwargs parameter takes the name; otherwise it is
      // reported once all keywords are seen.
      if (kwdict != nullptr) {
        if (!DictSetStr(ts, kwdict, name, kwvalues[j])) return false;
      } else {
        if (!posonly_names.empty()) posonly_names += ", ";
        posonly_names += name->view();
      }
      continue;
    }
    if (i >= 0) {
      if (!base[i].IsEmpty()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "%s() got multiple values for argument '%s'", FuncName(fn),
                    name->view());
        return false;
      }
      base[i] = kwvalues[j];
    } else if (kwdict != nullptr) {
      if (!DictSetStr(ts, kwdict, name, kwvalues[j])) return false;
    } else {
      RaiseFormat(ts, rt.exc.type_error,
                  "%s() got an unexpected keyword argument '%s'", FuncName(fn),
                  name->view());
      return false;
    }
  }

  if (!posonly_names.empty()) {
    RaiseFormat(ts, rt.exc.type_error,
                "%s() got some positional-only arguments passed as keyword "
                "arguments: '%s'",
                FuncName(fn), posonly_names);
    return false;
  }
  if (npos < np || nkw > 0) {
    uint32_t nd = fn->defaults != nullptr ? fn->defaults->size : 0;
    if (nd > np) nd = np;
    std::vector<Str*> missing;
    for (uint32_t i = 0; i < np; ++i) {
      if (!base[i].IsEmpty()) continue;
      if (i >= np - nd) {
        base[i] = fn->defaults->items[i - (np - nd)];
      } else {
        missing.push_back(cb->varnames[i]);
      }
    }
    if (!missing.empty()) {
      RaiseMissing(ts, fn, missing, false);
      return false;
    }
  }
  if (nk > 0) {
    std::vector<Str*> missing;
    for (uint32_t i = np; i < np + nk; ++i) {
      if (!base[i].IsEmpty()) continue;
      Value d = fn->kwdefaults != nullptr
                    ? DictGetStr(fn->kwdefaults, cb->varnames[i])
                    : Value::Empty();
      if (d.IsEmpty()) {
        missing.push_back(cb->varnames[i]);
      } else {
        base[i] = d;
      }
    }
    if (!missing.empty()) {
      RaiseMissing(ts, fn, missing, true);
      return false;
    }
  }

  return SetUpCells(ts, fn, base);
}

// Pushes a script frame for `fn` at `base` after binding the arguments.
Frame* PushFunctionFrame(ThreadState& ts, Function* fn, Value* base,
                         uint32_t nargs, Tuple* kwnames, uint32_t flags) {
  RuntimeState& rt = Rt(ts);
  CodeBody* cb = fn->code->body;
  if (ts.frames.depth_relaxed() >= static_cast<uint64_t>(rt.recursion_limit)) {
    RaiseRecursionError(ts);
    return nullptr;
  }
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  uint32_t extent = cb->num_regs > nargs + nkw ? cb->num_regs : nargs + nkw;
  if (base + extent + kStackSlack > ts.stack_limit) {
    RaiseRecursionError(ts);
    return nullptr;
  }
  if (!BindArguments(ts, fn, base, nargs, kwnames)) return nullptr;
  Frame* f = PushFrameRecord(ts);
  if (f == nullptr) return nullptr;
  f->code_info.store(fn->code->info, std::memory_order_relaxed);
  f->native_info.store(nullptr, std::memory_order_relaxed);
  f->pc.store(0, std::memory_order_relaxed);
  f->flags = flags;
  f->code = fn->code;
  f->func = fn;
  f->base = base;
  f->result_reg = -1;
  f->reserved = 0;
  ts.frames.EndPush();
  return f;
}

namespace {

Value ConstructBuiltin(ThreadState& ts, ClassObject* cls, Value* args,
                       uint32_t nargs, Tuple* kwnames);

// The first class at or above `cls` that is a builtin type.
ClassObject* BuiltinBase(ClassObject* cls) {
  while (cls != nullptr && !(cls->flags & kClassBuiltin)) cls = cls->base;
  return cls;
}

// __init__ defined by a user class between `cls` and its builtin base, or
// Empty.
Value UserInit(ThreadState& ts, ClassObject* cls) {
  Str* name = Rt(ts).names.__init__;
  Value found = Value::Empty();
  VisitMro(cls, [&](ClassObject* c) {
    if (c->flags & kClassBuiltin) return true;
    found = DictGetStr(ClassDict(ts, c), name);
    return !found.IsEmpty();
  });
  return found;
}

// Whether instances of `cls` are plain Instance objects (no builtin base
// other than object), as NewInstanceOf allocates them.
bool PlainInstanceClass(RuntimeState& rt, ClassObject* cls) {
  ClassObject* bb = BuiltinBase(cls);
  return bb == nullptr || bb == rt.classes.object ||
         cls->instance_kind == ObjKind::kInstance;
}

Value NewInstanceOf(ThreadState& ts, ClassObject* cls, Value* args,
                    uint32_t nargs, Tuple* kwnames, bool has_init) {
  RuntimeState& rt = Rt(ts);
  if (cls->flags & kClassException) {
    auto* e = rt.heap.New<ExceptionObject>(ts, ObjKind::kException, cls);
    if (e == nullptr) return RaiseMemoryError(ts);
    Tuple* t = NewTupleFrom(ts, args, nargs);
    if (t == nullptr) return Value::Error();
    e->args = t;
    e->traceback = Value::None();
    e->cause = Value::None();
    e->context = Value::None();
    return Value::Obj(e);
  }
  if (__builtin_expect((cls->flags & kClassAbstract) != 0, 0)) {
    return RaiseAbstractInstantiation(ts, cls);
  }
  if (PlainInstanceClass(rt, cls)) {
    Instance* inst = NewInstance(ts, cls);
    if (inst == nullptr) return RaiseMemoryError(ts);
    return Value::Obj(inst);
  }
  ClassObject* bb = BuiltinBase(cls);
  // A metaclass (class M(type)) without its own __new__: type.__new__.
  if (bb == rt.classes.type) {
    return NewMetaclassInstance(ts, cls, args, nargs, kwnames);
  }
  if (bb->construct == nullptr) {
    return RaiseFormat(ts, rt.exc.type_error, "cannot create '%s' instances",
                       bb->name->view());
  }
  // With a user __init__, a mutable builtin part starts empty and
  // __init__ (or super().__init__) fills it, like list.__new__ +
  // list.__init__; an immutable one (int, str, tuple, bytes, frozenset,
  // weakref.ref) is made from the arguments by its __new__, as in CPython.
  BuiltinClasses& c = rt.classes;
  bool immutable = bb == c.int_ || bb == c.str || bb == c.tuple ||
                   bb == c.bytes || bb == c.frozenset || bb == c.complex ||
                   bb == c.float_ || bb == rt.finalization->weakref_class;
  Value r = has_init && !immutable
                ? bb->construct(ts, nullptr, 0, nullptr)
                : ConstructBuiltin(ts, bb, args, nargs, kwnames);
  if (r.IsError()) return r;
  // An int subclass's instance boxes the value (objects/bigint.h).
  if (bb == c.int_) return IntBox(ts, r, cls);
  if (bb == c.float_) return FloatBox(ts, r.AsFloat(), cls);
  if (r.IsObject()) r.AsObject()->cls = cls;
  return r;
}

// A __new__ defined by a user class before the builtin base, or Empty.
Value UserNew(ThreadState& ts, ClassObject* cls) {
  Str* name = Rt(ts).names.__new__;
  Value found = Value::Empty();
  VisitMro(cls, [&](ClassObject* c) {
    if (c->flags & kClassBuiltin) return true;
    found = DictGetStr(ClassDict(ts, c), name);
    return !found.IsEmpty();
  });
  return found;
}

// cls(...) with a script __new__: __new__(cls, ...), then __init__ when the
// result is an instance of cls, like type.__call__.
Value CallUserNew(ThreadState& ts, ClassObject* cls, Value new_fn,
                  const Value* args, uint32_t nargs, Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (IsKind(new_fn, ObjKind::kStaticMethod)) {
    new_fn = As<StaticMethod>(new_fn)->func;
  }
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  TempRoots roots(ts);
  roots.Add(new_fn);
  std::vector<Value> call(1 + nargs + nkw);
  call[0] = Value::Obj(cls);
  for (uint32_t i = 0; i < nargs + nkw; ++i) {
    call[1 + i] = args[i];
    roots.Add(args[i]);
  }
  Value inst = CallValue(ts, new_fn, call.data(), 1 + nargs, kwnames);
  if (inst.IsError() || !IsSubclass(ClassOf(rt, inst), cls)) return inst;
  roots.Add(inst);
  Value init = UserInit(ts, cls);
  if (init.IsEmpty()) return inst;
  call[0] = inst;
  Value r = CallValue(ts, init, call.data(), 1 + nargs, kwnames);
  if (r.IsError()) return r;
  if (!r.IsNone()) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "__init__() should return None, not '%s'",
                       TypeNameOf(ts, r));
  }
  return inst;
}

}  // namespace

namespace {

// Runs fn under a native frame reporting `info`; `keep` (the callee) is
// traced while it runs.
Value RunNative(ThreadState& ts, const NativeInfo* info, Object* keep,
                NativeFn fn, Value* args, uint32_t nargs, Tuple* kwnames) {
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  Frame* f = PushFrameRecord(ts);
  if (f == nullptr) return Value::Error();
  f->code_info.store(nullptr, std::memory_order_relaxed);
  f->native_info.store(info, std::memory_order_relaxed);
  f->pc.store(0, std::memory_order_relaxed);
  f->flags = kFrameNative;
  f->code = nullptr;
  f->func = reinterpret_cast<Function*>(keep);
  f->base = args + nargs + nkw;
  f->result_reg = -1;
  f->reserved = 0;
  ts.frames.EndPush();
  Value r = fn(ts, args, nargs, kwnames);
  ts.frames.Pop();
  return r;
}

// A builtin type's constructor shows as its own frame, like any builtin
// function: it may call script code (list(map(f, xs)), dict(gen),
// set(obj_with___iter__), ...).
Value ConstructBuiltin(ThreadState& ts, ClassObject* cls, Value* args,
                       uint32_t nargs, Tuple* kwnames) {
  if (cls->construct_info == nullptr) {
    std::string q;
    if (cls->module_name != nullptr) {
      q.append(cls->module_name->view());
      q.push_back('.');
    }
    q.append(cls->name->view());
    cls->construct_info = InternNativeInfo(q);
  }
  return RunNative(ts, cls->construct_info, cls, cls->construct, args, nargs,
                   kwnames);
}

}  // namespace

// object.__new__(cls, *args): an instance of cls with the layout of its
// builtin base (int.__new__(MyInt, 5) makes a MyInt holding 5).
Value ObjectNew(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (nargs < 1) {
    return RaiseTypeError(ts, "object.__new__(): not enough arguments");
  }
  if (!IsKind(args[0], ObjKind::kClass)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "object.__new__(X): X is not a type object (%s)",
                       TypeNameOf(ts, args[0]));
  }
  auto* cls = As<ClassObject>(args[0]);
  if (cls->flags & kClassBuiltin) {
    if (cls->construct == nullptr) {
      return RaiseFormat(ts, rt.exc.type_error, "cannot create '%s' instances",
                         cls->name->view());
    }
    return ConstructBuiltin(ts, cls, const_cast<Value*>(args + 1), nargs - 1,
                            kwnames);
  }
  ClassObject* bb = BuiltinBase(cls);
  bool plain = bb == nullptr || bb == rt.classes.object ||
               (cls->flags & kClassException);
  // object.__new__ ignores the arguments (__init__ takes them); a builtin
  // base's __new__ builds its value from them.
  return NewInstanceOf(
      ts, cls, const_cast<Value*>(args + 1),
      plain ? (cls->flags & kClassException ? nargs - 1 : 0) : nargs - 1,
      plain ? nullptr : kwnames, false);
}

Value CallNative(ThreadState& ts, NativeFunction* nf, Value* args,
                 uint32_t nargs, Tuple* kwnames) {
  return RunNative(ts, nf->info, nf, nf->fn, args, nargs, kwnames);
}

Frame* PrepareClassCall(ThreadState& ts, ClassObject* cls, Value* args,
                        uint32_t nargs, Tuple* kwnames, Value* result) {
  RuntimeState& rt = Rt(ts);
  const uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (cls->flags & kClassBuiltin) {
    if (cls->construct == nullptr) {
      *result = RaiseFormat(ts, rt.exc.type_error,
                            "cannot create '%s' instances", cls->name->view());
      return nullptr;
    }
    *result = ConstructBuiltin(ts, cls, args, nargs, kwnames);
    return nullptr;
  }
  Value user_new = UserNew(ts, cls);
  if (!user_new.IsEmpty()) {
    *result = CallUserNew(ts, cls, user_new, args, nargs, kwnames);
    return nullptr;
  }
  Value init = UserInit(ts, cls);
  // Remember a plain script __init__ of a plain-instance class: the
  // interpreter then constructs without this lookup (see kCall).
  // (A class of a user metaclass qualifies while the metaclass has no
  // __call__: changing the metaclass bumps the class epoch.)
  if (IsKind(init, ObjKind::kFunction) &&
      (cls->cls == rt.classes.type || MetaclassCallHook(rt, cls).IsEmpty()) &&
      !(cls->flags & kClassAbstract) && !(cls->flags & kClassException) &&
      PlainInstanceClass(rt, cls)) {
    cls->vm_init = init.AsObject();
    cls->vm_init_version = cls->version;
    cls->vm_init_epoch = rt.class_epoch;
  }
  Value inst = NewInstanceOf(ts, cls, args, nargs, kwnames, !init.IsEmpty());
  if (inst.IsError()) {
    *result = inst;
    return nullptr;
  }
  if (init.IsEmpty()) {
    if (nargs + nkw > 0 && !(cls->flags & kClassException) &&
        (cls->instance_kind == ObjKind::kInstance)) {
      *result = RaiseFormat(ts, rt.exc.type_error, "%s() takes no arguments",
                            cls->name->view());
      return nullptr;
    }
    if (nkw > 0 && (cls->flags & kClassException)) {
      *result =
          RaiseFormat(ts, rt.exc.type_error, "%s() takes no keyword arguments",
                      cls->name->view());
      return nullptr;
    }
    *result = inst;
    return nullptr;
  }
  // Window: [keep: instance][self: instance][args...]; the
  // constructor frame's result is base[-1].
  std::memmove(static_cast<void*>(args + 2), args,
               sizeof(Value) * (nargs + nkw));
  args[0] = inst;
  args[1] = inst;
  args += 1;
  nargs += 1;
  if (IsKind(init, ObjKind::kFunction) &&
      !(As<Function>(init)->code->body->flags & kCodeGenerator)) {
    Frame* f = PushFunctionFrame(ts, As<Function>(init), args, nargs, kwnames,
                                 kFrameConstructor);
    if (f == nullptr) *result = Value::Error();
    return f;
  }
  // Any other callable __init__ runs to completion here.
  Value r;
  Frame* f = PrepareCall(ts, init, args, nargs, kwnames, &r);
  if (f != nullptr) r = RunNested(ts, f);
  if (r.IsError()) {
    *result = r;
    return nullptr;
  }
  if (!r.IsNone()) {
    *result = RaiseFormat(ts, rt.exc.type_error,
                          "__init__() should return None, not '%s'",
                          TypeNameOf(ts, r));
    return nullptr;
  }
  *result = args[-1];
  return nullptr;
}

Frame* PrepareCall(ThreadState& ts, Value callee, Value* args, uint32_t nargs,
                   Tuple* kwnames, Value* result) {
  RuntimeState& rt = Rt(ts);
  const uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  bool scratch_free = true;
  // Inserts `v` before the arguments: into the scratch slot when it is
  // still free, else by moving the arguments up one slot (the space above
  // them is free by the calling convention).
  auto prepend = [&](Value v) {
    if (scratch_free) {
      args[-1] = v;
      --args;
      scratch_free = false;
    } else {
      std::memmove(static_cast<void*>(args + 1), args,
                   sizeof(Value) * (nargs + nkw));
      args[0] = v;
    }
    ++nargs;
  };
  for (int hops = 0; hops < 8; ++hops) {
    if (args + nargs + nkw + kStackSlack > ts.stack_limit) {
      *result = RaiseRecursionError(ts);
      return nullptr;
    }
    if (!callee.IsObject()) break;
    Object* o = callee.AsObject();
    switch (o->kind) {
      case ObjKind::kFunction: {
        auto* fn = static_cast<Function*>(o);
        if (fn->code->body->flags & kCodeGenerator) {
          *result = NewGenerator(ts, fn, args, nargs, kwnames);
          return nullptr;
        }
        Frame* f =
            PushFunctionFrame(ts, fn, args, nargs, kwnames, kFrameScript);
        if (f == nullptr) *result = Value::Error();
        return f;
      }
      case ObjKind::kNative: {
        auto* nf = static_cast<NativeFunction*>(o);
        if (!nf->bound_self.IsEmpty()) prepend(nf->bound_self);
        *result = CallNative(ts, nf, args, nargs, kwnames);
        return nullptr;
      }
      case ObjKind::kBoundMethod: {
        auto* bm = static_cast<BoundMethod*>(o);
        callee = bm->func;
        prepend(bm->self);
        continue;
      }
      case ObjKind::kStaticMethod:
        callee = static_cast<StaticMethod*>(o)->func;
        continue;
      case ObjKind::kClass: {
        auto* cls = static_cast<ClassObject*>(o);
        // A user metaclass's __call__ replaces instance creation.
        if (__builtin_expect(cls->cls != rt.classes.type, 0)) {
          Value mc = MetaclassCallHook(rt, cls);
          if (!mc.IsEmpty()) {
            prepend(callee);
            callee = mc;
            continue;
          }
        }
        return PrepareClassCall(ts, cls, args, nargs, kwnames, result);
      }
      default: {
        Value call = LookupSpecial(o->cls, rt.names.__call__);
        if (call.IsEmpty()) break;
        if (IsKind(call, ObjKind::kFunction) ||
            IsKind(call, ObjKind::kNative)) {
          prepend(callee);
          callee = call;
          continue;
        }
        callee = BindSpecialDescriptor(ts, call, callee);
        if (callee.IsError()) {
          *result = callee;
          return nullptr;
        }
        continue;
      }
    }
    break;
  }
  *result = RaiseFormat(ts, rt.exc.type_error, "'%s' object is not callable",
                        TypeNameOf(ts, callee));
  return nullptr;
}

Value RunNested(ThreadState& ts, Frame* frame) {
  frame->flags |= kFrameEntry;
  ++ts.native_reentry_depth;
  Value r = Execute(ts, frame);
  --ts.native_reentry_depth;
  return r;
}

Function* NewFunction(ThreadState& ts, Code* code, Dict* globals) {
  RuntimeState& rt = Rt(ts);
  auto* fn = rt.heap.New<Function>(ts, ObjKind::kFunction, rt.classes.function);
  if (fn == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  fn->code = code;
  fn->globals = globals;
  fn->name = code->body->name;
  fn->qualname =
      code->body->qualname != nullptr ? code->body->qualname : code->body->name;
  CodeBody* cb = code->body;
  fn->doc = cb->doc_const >= 0 ? cb->constants[cb->doc_const] : Value::None();
  const bool simple = cb->num_kwonly == 0 &&
                      (cb->flags & (kCodeVarargs | kCodeVarkw)) == 0 &&
                      cb->cell_params.empty() && cb->cell_locals.empty() &&
                      cb->free_regs.empty() && !(cb->flags & kCodeGenerator);
  fn->fast_arity = simple ? cb->num_params : kNoFastArity;
  return fn;
}

}  // namespace vm

Value CallValue(ThreadState& ts, Value callee, const Value* args,
                uint32_t nargs, Tuple* kwnames) {
  if (ts.native_reentry_depth >= vm::kMaxNativeReentry) {
    return vm::RaiseRecursionError(ts, " while calling a Python object");
  }
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  Value* top = vm::StackTop(ts);
  if (top + 1 + nargs + nkw + vm::kStackSlack > ts.stack_limit) {
    return vm::RaiseRecursionError(ts, " while calling a Python object");
  }
  top[0] = Value::None();
  // memmove: `args` may point into the value stack itself. Callers with no
  // arguments may pass null, which memmove must not see even for 0 bytes.
  if (nargs + nkw > 0) {
    std::memmove(static_cast<void*>(top + 1), args,
                 sizeof(Value) * (nargs + nkw));
  }
  Value result;
  Frame* f = vm::PrepareCall(ts, callee, top + 1, nargs, kwnames, &result);
  if (f != nullptr) return vm::RunNested(ts, f);
  return result;
}

Value BindSpecialDescriptor(ThreadState& ts, Value attr, Value self) {
  RuntimeState& rt = *ts.runtime.load(std::memory_order_relaxed);
  if (LookupSpecial(ClassOf(rt, attr), rt.names.__get__).IsEmpty()) {
    return attr;
  }
  TempRoots roots(ts);
  roots.Add(attr);
  roots.Add(self);
  Value get_args[2] = {self, Value::Obj(ClassOf(rt, self))};
  return CallSpecial(ts, attr, rt.names.__get__, get_args, 2, nullptr);
}

Value CallSpecial(ThreadState& ts, Value self, Str* name, const Value* args,
                  uint32_t nargs, bool* found) {
  RuntimeState& rt = *ts.runtime.load(std::memory_order_relaxed);
  Value m = LookupSpecial(ClassOf(rt, self), name);
  if (m.IsEmpty()) {
    if (found != nullptr) *found = false;
    return Value::Empty();
  }
  if (found != nullptr) *found = true;
  absl::InlinedVector<Value, 4> all;
  if (IsKind(m, ObjKind::kStaticMethod)) {
    m = As<StaticMethod>(m)->func;
  } else if (IsKind(m, ObjKind::kClassMethod)) {
    m = As<ClassMethod>(m)->func;
    all.push_back(Value::Obj(ClassOf(rt, self)));
  } else if (IsKind(m, ObjKind::kFunction) || IsKind(m, ObjKind::kNative)) {
    all.push_back(self);
  } else {
    m = BindSpecialDescriptor(ts, m, self);
    if (m.IsError()) return m;
  }
  all.insert(all.end(), args, args + nargs);
  return CallValue(ts, m, all.data(), static_cast<uint32_t>(all.size()));
}

}  // namespace interp
