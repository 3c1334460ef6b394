// The tests of the match statement's patterns (the kMatch instruction,
// compiler/codegen_match.cc), with CPython 3.11's rules and messages:
// which subjects are sequences and mappings, how mapping keys are looked up
// (the subject's own `get`), and how class patterns find attributes
// (`__match_args__`, the builtins that match themselves).

#include <string>
#include <string_view>

#include "absl/container/inlined_vector.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

// isinstance(obj, cls) for a class, honouring a metaclass's
// __instancecheck__ (collections.abc's ABCMeta): 1, 0, or -1 on error.
int InstanceOf(ThreadState& ts, Value obj, ClassObject* cls) {
  RuntimeState& rt = Rt(ts);
  bool ordinary = IsSubclass(ClassOf(rt, obj), cls);
  ClassObject* meta = ClassOf(rt, Value::Obj(cls));
  if (meta == rt.classes.type) return ordinary ? 1 : 0;
  Str* hook = InternStr(ts, "__instancecheck__");
  if (hook == nullptr) return -1;
  if (LookupSpecial(meta, hook).IsEmpty()) return ordinary ? 1 : 0;
  bool found = false;
  Value r = CallSpecial(ts, Value::Obj(cls), hook, &obj, 1, &found);
  if (r.IsError()) return -1;
  TempRoots roots(ts);
  roots.Add(r);
  return Truthy(ts, r);
}

// collections.abc.<name> when that module has been imported (a class can
// only derive from or register with it then), else null.
ClassObject* LoadedAbc(ThreadState& ts, std::string_view name) {
  RuntimeState& rt = Rt(ts);
  if (rt.modules == nullptr) return nullptr;
  Str* module_name = InternStr(ts, "collections.abc");
  Str* attr = InternStr(ts, name);
  if (module_name == nullptr || attr == nullptr) return nullptr;
  Value module = DictGetStr(rt.modules, module_name);
  if (!IsKind(module, ObjKind::kModule)) return nullptr;
  Value cls = ModuleGet(module.AsObject(), attr);
  return IsKind(cls, ObjKind::kClass) ? As<ClassObject>(cls) : nullptr;
}

// CPython marks list, tuple, range, memoryview, deque and the classes
// deriving from or registered with collections.abc.Sequence; str, bytes
// and bytearray are never sequences here, although they are Sequences.
int IsSequence(ThreadState& ts, Value subject) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls = ClassOf(rt, subject);
  if (IsSubclass(cls, rt.classes.str) || IsSubclass(cls, rt.classes.bytes) ||
      IsSubclass(cls, rt.classes.bytearray)) {
    return 0;
  }
  if (IsSubclass(cls, rt.classes.list) || IsSubclass(cls, rt.classes.tuple) ||
      IsSubclass(cls, rt.classes.range)) {
    return 1;
  }
  if (IsSubclass(cls, rt.classes.dict)) return 0;
  ClassObject* abc = LoadedAbc(ts, "Sequence");
  return abc == nullptr ? 0 : InstanceOf(ts, subject, abc);
}

int IsMapping(ThreadState& ts, Value subject) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls = ClassOf(rt, subject);
  if (IsSubclass(cls, rt.classes.dict) ||
      (rt.classes.mappingproxy != nullptr &&
       IsSubclass(cls, rt.classes.mappingproxy))) {
    return 1;
  }
  if (IsSubclass(cls, rt.classes.list) || IsSubclass(cls, rt.classes.tuple) ||
      IsSubclass(cls, rt.classes.str)) {
    return 0;
  }
  ClassObject* abc = LoadedAbc(ts, "Mapping");
  return abc == nullptr ? 0 : InstanceOf(ts, subject, abc);
}

// The values of `keys` in `subject`, looked up with its `get` (so
// __missing__ is not triggered), or None when one is missing.
Value MatchKeys(ThreadState& ts, Value subject, Value keys_value) {
  RuntimeState& rt = Rt(ts);
  Tuple* keys = As<Tuple>(keys_value);
  for (uint32_t i = 0; i < keys->size; ++i) {
    for (uint32_t j = 0; j < i; ++j) {
      int eq = Equals(ts, keys->items[i], keys->items[j]);
      if (eq < 0) return Value::Error();
      if (eq) {
        Value shown = Repr(ts, keys->items[i]);
        if (shown.IsError()) return shown;
        return RaiseFormat(ts, rt.exc.value_error,
                           "mapping pattern checks duplicate key (%s)",
                           As<Str>(shown)->view());
      }
    }
  }
  Tuple* values = NewTuple(ts, keys->size);
  if (values == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(values));
  const bool exact_dict = IsKind(subject, ObjKind::kDict) &&
                          ClassOf(rt, subject) == rt.classes.dict;
  Value get;
  Value missing;
  if (!exact_dict) {
    Str* name = InternStr(ts, "get");
    if (name == nullptr) return Value::Error();
    get = GetAttr(ts, subject, name);
    if (get.IsError()) return get;
    roots.Add(get);
    List* marker = NewList(ts, 0);
    if (marker == nullptr) return Value::Error();
    missing = Value::Obj(marker);
    roots.Add(missing);
  }
  for (uint32_t i = 0; i < keys->size; ++i) {
    Value v;
    if (exact_dict) {
      v = DictGet(ts, AsDict(subject), keys->items[i]);
      if (v.IsError()) return v;
      if (v.IsEmpty()) return Value::None();
    } else {
      Value args[2] = {keys->items[i], missing};
      v = CallValue(ts, get, args, 2);
      if (v.IsError()) return v;
      if (v.IsObject() && v.AsObject() == missing.AsObject()) {
        return Value::None();
      }
    }
    values->items[i] = v;
  }
  return Value::Obj(values);
}

// `**rest`: a new dict of the subject's items without the matched keys.
Value MatchRest(ThreadState& ts, Value subject, Value keys_value) {
  RuntimeState& rt = Rt(ts);
  Value copy = CallValue(ts, Value::Obj(rt.classes.dict), &subject, 1);
  if (copy.IsError()) return copy;
  TempRoots roots(ts);
  roots.Add(copy);
  Tuple* keys = As<Tuple>(keys_value);
  for (uint32_t i = 0; i < keys->size; ++i) {
    if (DictDel(ts, AsDict(copy), keys->items[i]) < 0) return Value::Error();
  }
  return copy;
}

// int(x) matches x itself, as do the other builtins CPython flags
// _Py_TPFLAGS_MATCH_SELF, and their subclasses.
bool MatchesSelf(RuntimeState& rt, ClassObject* cls) {
  for (ClassObject* c : {rt.classes.bool_, rt.classes.bytearray,
                         rt.classes.bytes, rt.classes.dict, rt.classes.float_,
                         rt.classes.frozenset, rt.classes.int_, rt.classes.list,
                         rt.classes.set, rt.classes.str, rt.classes.tuple}) {
    if (c != nullptr && IsSubclass(cls, c)) return true;
  }
  return false;
}

Value MatchClass(ThreadState& ts, const Value* subject_and_class,
                 Value names_value, uint32_t npos) {
  RuntimeState& rt = Rt(ts);
  Value subject = subject_and_class[0];
  Value cls_value = subject_and_class[1];
  if (!IsKind(cls_value, ObjKind::kClass)) {
    return RaiseTypeError(ts, "called match pattern must be a type");
  }
  ClassObject* cls = As<ClassObject>(cls_value);
  int is = InstanceOf(ts, subject, cls);
  if (is < 0) return Value::Error();
  if (is == 0) return Value::None();
  Tuple* kw_names = As<Tuple>(names_value);
  Tuple* out = NewTuple(ts, npos + kw_names->size);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  absl::InlinedVector<Value, 8> seen;
  auto fetch = [&](Value name, uint32_t slot) -> int {
    for (Value s : seen) {
      if (As<Str>(s)->view() == As<Str>(name)->view()) {
        Value shown = Repr(ts, name);
        if (shown.IsError()) return -1;
        RaiseFormat(ts, rt.exc.type_error,
                    "%s() got multiple sub-patterns for attribute %s",
                    cls->name->view(), As<Str>(shown)->view());
        return -1;
      }
    }
    seen.push_back(name);
    Value v = GetAttrOrEmpty(ts, subject, As<Str>(name));
    if (v.IsError()) return -1;
    if (v.IsEmpty()) return 0;
    out->items[slot] = v;
    return 1;
  };
  if (npos > 0) {
    Str* attr = InternStr(ts, "__match_args__");
    if (attr == nullptr) return Value::Error();
    Value match_args = GetAttrOrEmpty(ts, cls_value, attr);
    if (match_args.IsError()) return match_args;
    roots.Add(match_args);
    bool match_self = false;
    uint32_t allowed = 0;
    if (!match_args.IsEmpty()) {
      if (!IsKind(match_args, ObjKind::kTuple)) {
        return RaiseFormat(ts, rt.exc.type_error,
                           "%s.__match_args__ must be a tuple (got %s)",
                           cls->name->view(), TypeNameOf(ts, match_args));
      }
      allowed = As<Tuple>(match_args)->size;
    } else if (MatchesSelf(rt, cls)) {
      match_self = true;
      allowed = 1;
    }
    if (npos > allowed) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "%s() accepts %d positional sub-pattern%s (%d given)",
                         cls->name->view(), allowed, allowed == 1 ? "" : "s",
                         npos);
    }
    if (match_self) {
      out->items[0] = subject;
    } else {
      for (uint32_t i = 0; i < npos; ++i) {
        Value name = As<Tuple>(match_args)->items[i];
        if (!IsKind(name, ObjKind::kStr)) {
          return RaiseFormat(ts, rt.exc.type_error,
                             "__match_args__ elements must be strings (got %s)",
                             TypeNameOf(ts, name));
        }
        int r = fetch(name, i);
        if (r < 0) return Value::Error();
        if (r == 0) return Value::None();
      }
    }
  }
  for (uint32_t i = 0; i < kw_names->size; ++i) {
    int r = fetch(kw_names->items[i], npos + i);
    if (r < 0) return Value::Error();
    if (r == 0) return Value::None();
  }
  return Value::Obj(out);
}

}  // namespace

Value RunMatchOp(ThreadState& ts, uint32_t extra, const Value* b, Value c) {
  switch (static_cast<MatchOp>(extra & 0xff)) {
    case MatchOp::kIsSequence: {
      int r = IsSequence(ts, b[0]);
      return r < 0 ? Value::Error() : Value::Bool(r != 0);
    }
    case MatchOp::kIsMapping: {
      int r = IsMapping(ts, b[0]);
      return r < 0 ? Value::Error() : Value::Bool(r != 0);
    }
    case MatchOp::kLen: {
      int64_t n = 0;
      if (!Length(ts, b[0], &n)) return Value::Error();
      return Value::Int(n);
    }
    case MatchOp::kKeys:
      return MatchKeys(ts, b[0], c);
    case MatchOp::kRest:
      return MatchRest(ts, b[0], c);
    case MatchOp::kClass:
      return MatchClass(ts, b, c, extra >> 8);
  }
  return RaiseTypeError(ts, "bad match operation");
}

}  // namespace vm
}  // namespace interp
