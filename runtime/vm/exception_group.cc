// PEP 654 exception groups (see exception_group.h). The group's members
// live in ExceptionObject::group as (message, exceptions tuple), so the
// instance's __dict__ stays empty and both are read-only, as in CPython.
#include "runtime/vm/exception_group.h"

#include <vector>

#include "absl/container/flat_hash_set.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

ExceptionObject* Exc(Value v) {
  return static_cast<ExceptionObject*>(v.AsObject());
}

// The members of a filled group, or null (an __init__ that never ran).
Tuple* Members(Value eg) {
  Value g = Exc(eg)->group;
  if (!IsKind(g, ObjKind::kTuple)) return nullptr;
  return As<Tuple>(As<Tuple>(g)->items[1]);
}

// The items of the `exceptions` argument: CPython takes any sequence.
bool SequenceItems(ThreadState& ts, Value seq, std::vector<Value>* out) {
  RuntimeState& rt = Rt(ts);
  if (IsKind(seq, ObjKind::kTuple)) {
    Tuple* t = As<Tuple>(seq);
    out->assign(t->items, t->items + t->size);
    return true;
  }
  if (IsKind(seq, ObjKind::kList)) {
    List* l = As<List>(seq);
    out->assign(l->items, l->items + l->size);
    return true;
  }
  bool sequence =
      seq.IsObject() && !IsKind(seq, ObjKind::kDict) &&
      !LookupSpecial(ClassOf(rt, seq), rt.names.__getitem__).IsEmpty();
  if (!sequence) {
    RaiseTypeError(ts, "second argument (exceptions) must be a sequence");
    return false;
  }
  Value it = GetIter(ts, seq);
  if (it.IsError()) return false;
  TempRoots roots(ts);
  roots.Add(it);
  while (true) {
    Value v = IterNext(ts, it);
    if (v.IsError()) return false;
    if (v.IsEmpty()) break;
    roots.Add(v);
    out->push_back(v);
  }
  return true;
}

// How split/subgroup test a member: a type, a tuple of types, a
// predicate, or (for except*'s projection) membership in a set of leaves.
struct Matcher {
  enum Kind { kType, kPredicate, kLeaves } kind;
  Value value;
  const absl::flat_hash_set<Object*>* leaves = nullptr;
};

bool MakeMatcher(ThreadState& ts, Value cond, Matcher* m) {
  RuntimeState& rt = Rt(ts);
  if (IsExceptionClass(cond)) {
    *m = Matcher{Matcher::kType, cond};
    return true;
  }
  if (IsKind(cond, ObjKind::kTuple)) {
    Tuple* t = As<Tuple>(cond);
    bool ok = true;
    for (uint32_t i = 0; i < t->size; ++i)
      ok = ok && IsExceptionClass(t->items[i]);
    if (ok) {
      *m = Matcher{Matcher::kType, cond};
      return true;
    }
  } else if (!IsKind(cond, ObjKind::kClass) &&
             (IsKind(cond, ObjKind::kFunction) ||
              IsKind(cond, ObjKind::kNative) ||
              !LookupSpecial(ClassOf(rt, cond), rt.names.__call__).IsEmpty() ||
              IsKind(cond, ObjKind::kBoundMethod))) {
    *m = Matcher{Matcher::kPredicate, cond};
    return true;
  }
  RaiseTypeError(ts,
                 "expected a function, exception type or tuple of exception "
                 "types");
  return false;
}

// 1 when `exc` matches, 0 when not, -1 on error.
int Matches(ThreadState& ts, const Matcher& m, Value exc, bool is_group) {
  switch (m.kind) {
    case Matcher::kType:
      return ExceptionMatches(ts, exc, m.value);
    case Matcher::kPredicate: {
      Value r = CallValue(ts, m.value, &exc, 1);
      if (r.IsError()) return -1;
      return Truthy(ts, r);
    }
    case Matcher::kLeaves:
      return !is_group && m.leaves->contains(exc.AsObject()) ? 1 : 0;
  }
  return 0;
}

// eg.derive(members) with eg's traceback, cause, context and notes, as
// CPython's split gives its parts.
Value DeriveAndCopy(ThreadState& ts, Value eg, const std::vector<Value>& excs) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  // A list, as CPython's split passes to derive().
  List* t = NewListFrom(ts, excs.data(), static_cast<uint32_t>(excs.size()));
  if (t == nullptr) return Value::Error();
  Value tv = Value::Obj(t);
  roots.Add(tv);
  Str* derive = InternStr(ts, "derive");
  if (derive == nullptr) return Value::Error();
  Value fn = GetAttr(ts, eg, derive);
  if (fn.IsError()) return fn;
  roots.Add(fn);
  Value d = CallValue(ts, fn, &tv, 1);
  if (d.IsError()) return d;
  roots.Add(d);
  if (!IsExceptionGroup(ts, d)) {
    return RaiseTypeError(ts,
                          "derive must return an instance of "
                          "BaseExceptionGroup");
  }
  // The parts share orig's traceback: made an immutable chain first, so
  // that frames added while one part unwinds do not show in another.
  Value tb = MaterializeTraceback(ts, eg);
  if (tb.IsError()) return tb;
  ExceptionObject* de = Exc(d);
  ExceptionObject* oe = Exc(eg);
  de->traceback = tb;
  de->context = oe->context;
  de->cause = oe->cause;
  de->suppress_context = true;  // as PyException_SetCause does
  Str* notes_key = InternStr(ts, "__notes__");
  if (notes_key == nullptr) return Value::Error();
  Value notes = GetAttrOrEmpty(ts, eg, notes_key);
  if (notes.IsError()) return notes;
  if (!notes.IsEmpty()) {
    roots.Add(notes);
    if (IsKind(notes, ObjKind::kList) || IsKind(notes, ObjKind::kTuple)) {
      const Value* items;
      uint32_t n;
      if (IsKind(notes, ObjKind::kList)) {
        items = As<List>(notes)->items;
        n = As<List>(notes)->size;
      } else {
        items = As<Tuple>(notes)->items;
        n = As<Tuple>(notes)->size;
      }
      List* copy = NewListFrom(ts, items, n);
      if (copy == nullptr) return Value::Error();
      notes = Value::Obj(copy);
      roots.Add(notes);
    }
    if (SetAttr(ts, d, notes_key, notes).IsError()) return Value::Error();
  }
  (void)rt;
  return d;
}

bool SplitRecursive(ThreadState& ts, Value exc, const Matcher& m,
                    bool need_rest, Value* match, Value* rest, int depth) {
  *match = Value::None();
  *rest = Value::None();
  if (depth > 1000) {
    RaiseRecursionError(ts, " in __subclasscheck__");
    return false;
  }
  bool group = IsExceptionGroup(ts, exc);
  int is_match = Matches(ts, m, exc, group);
  if (is_match < 0) return false;
  if (is_match) {
    *match = exc;
    return true;
  }
  Tuple* members = group ? Members(exc) : nullptr;
  if (members == nullptr) {
    if (need_rest) *rest = exc;
    return true;
  }
  TempRoots roots(ts);
  roots.Add(Value::Obj(members));
  std::vector<Value> matched, left;
  for (uint32_t i = 0; i < members->size; ++i) {
    Value mi, ri;
    if (!SplitRecursive(ts, members->items[i], m, need_rest, &mi, &ri,
                        depth + 1)) {
      return false;
    }
    if (!mi.IsNone()) {
      roots.Add(mi);
      matched.push_back(mi);
    }
    if (!ri.IsNone()) {
      roots.Add(ri);
      left.push_back(ri);
    }
  }
  if (!matched.empty()) {
    Value d = DeriveAndCopy(ts, exc, matched);
    if (d.IsError()) return false;
    roots.Add(d);
    *match = d;
  }
  if (need_rest && !left.empty()) {
    Value d = DeriveAndCopy(ts, exc, left);
    if (d.IsError()) return false;
    *rest = d;
  }
  return true;
}

void CollectLeaves(ThreadState& ts, Value exc,
                   absl::flat_hash_set<Object*>* out, int depth) {
  if (!IsKind(exc, ObjKind::kException) || depth > 1000) return;
  Tuple* members = IsExceptionGroup(ts, exc) ? Members(exc) : nullptr;
  if (members == nullptr) {
    out->insert(exc.AsObject());
    return;
  }
  for (uint32_t i = 0; i < members->size; ++i) {
    CollectLeaves(ts, members->items[i], out, depth + 1);
  }
}

bool SameMetadata(Value a, Value b) {
  ExceptionObject* x = Exc(a);
  ExceptionObject* y = Exc(b);
  return x->traceback.Is(y->traceback) && x->cause.Is(y->cause) &&
         x->context.Is(y->context);
}

}  // namespace

bool IsExceptionGroup(ThreadState& ts, Value v) {
  RuntimeState& rt = Rt(ts);
  return IsKind(v, ObjKind::kException) &&
         IsSubclass(v.AsObject()->cls, rt.exc.base_exception_group);
}

Value NewExceptionGroupInstance(ThreadState& ts, ClassObject* cls,
                                const Value* args, uint32_t nargs) {
  RuntimeState& rt = Rt(ts);
  if (nargs != 2) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "BaseExceptionGroup.__new__() takes exactly 2 "
                       "arguments (%d given)",
                       static_cast<int>(nargs));
  }
  if (!IsKind(args[0], ObjKind::kStr)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "BaseExceptionGroup.__new__() argument 1 must be str, "
                       "not %s",
                       TypeNameOf(ts, args[0]));
  }
  std::vector<Value> items;
  if (!SequenceItems(ts, args[1], &items)) return Value::Error();
  if (items.empty()) {
    return RaiseFormat(ts, rt.exc.value_error,
                       "second argument (exceptions) must be a non-empty "
                       "sequence");
  }
  bool all_exceptions = true;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!IsKind(items[i], ObjKind::kException)) {
      return RaiseFormat(ts, rt.exc.value_error,
                         "Item %d of second argument (exceptions) is not an "
                         "exception",
                         static_cast<int>(i));
    }
    all_exceptions = all_exceptions &&
                     IsSubclass(items[i].AsObject()->cls, rt.exc.exception);
  }
  if (cls == rt.exc.base_exception_group) {
    if (all_exceptions) cls = rt.exc.exception_group;
  } else if (!all_exceptions && IsSubclass(cls, rt.exc.exception)) {
    if (cls == rt.exc.exception_group) {
      return RaiseTypeError(ts,
                            "Cannot nest BaseExceptions in an ExceptionGroup");
    }
    return RaiseFormat(ts, rt.exc.type_error,
                       "Cannot nest BaseExceptions in '%s'", cls->name->view());
  }
  TempRoots roots(ts);
  Tuple* members =
      NewTupleFrom(ts, items.data(), static_cast<uint32_t>(items.size()));
  if (members == nullptr) return Value::Error();
  roots.Add(Value::Obj(members));
  Value pair[2] = {args[0], Value::Obj(members)};
  Tuple* g = NewTupleFrom(ts, pair, 2);
  if (g == nullptr) return Value::Error();
  roots.Add(Value::Obj(g));
  Tuple* a = NewTupleFrom(ts, args, 2);
  if (a == nullptr) return Value::Error();
  roots.Add(Value::Obj(a));
  auto* e = rt.heap.New<ExceptionObject>(ts, ObjKind::kException, cls);
  if (e == nullptr) return RaiseMemoryError(ts);
  e->args = a;
  e->traceback = Value::None();
  e->cause = Value::None();
  e->context = Value::None();
  e->group = Value::Obj(g);
  return Value::Obj(e);
}

Value NewExceptionGroup(ThreadState& ts, Value message, Value excs) {
  Value args[2] = {message, excs};
  return CallValue(ts, Value::Obj(Rt(ts).exc.base_exception_group), args, 2);
}

bool SplitExceptionGroup(ThreadState& ts, Value eg, Value condition,
                         bool need_rest, Value* match, Value* rest) {
  Matcher m;
  if (!MakeMatcher(ts, condition, &m)) return false;
  return SplitRecursive(ts, eg, m, need_rest, match, rest, 0);
}

bool ExceptStarMatch(ThreadState& ts, Value type, Value* rest, Value* match) {
  RuntimeState& rt = Rt(ts);
  auto check = [&](Value c) {
    if (!IsExceptionClass(c)) {
      RaiseTypeError(ts,
                     "catching classes that do not inherit from BaseException "
                     "is not allowed");
      return false;
    }
    if (IsSubclass(As<ClassObject>(c), rt.exc.base_exception_group)) {
      RaiseTypeError(ts,
                     "catching ExceptionGroup with except* is not allowed. "
                     "Use except instead.");
      return false;
    }
    return true;
  };
  if (IsKind(type, ObjKind::kTuple)) {
    Tuple* t = As<Tuple>(type);
    for (uint32_t i = 0; i < t->size; ++i) {
      if (!check(t->items[i])) return false;
    }
  } else if (!check(type)) {
    return false;
  }
  *match = Value::None();
  Value exc = *rest;
  if (!IsKind(exc, ObjKind::kException)) return true;
  TempRoots roots(ts);
  roots.Add(exc);
  if (!IsExceptionGroup(ts, exc)) {
    int m = ExceptionMatches(ts, exc, type);
    if (m < 0) return false;
    if (m == 0) return true;
    // A naked exception is handled as a group of one, which keeps its
    // traceback.
    Tuple* one = NewTupleFrom(ts, &exc, 1);
    if (one == nullptr) return false;
    roots.Add(Value::Obj(one));
    Value empty = StrValue(ts, "");
    if (empty.IsError()) return false;
    roots.Add(empty);
    Value g = NewExceptionGroup(ts, empty, Value::Obj(one));
    if (g.IsError()) return false;
    roots.Add(g);
    Value tb = MaterializeTraceback(ts, exc);
    if (tb.IsError()) return false;
    Exc(g)->traceback = tb;
    *match = g;
    *rest = Value::None();
    return true;
  }
  Str* split = InternStr(ts, "split");
  if (split == nullptr) return false;
  Value fn = GetAttr(ts, exc, split);
  if (fn.IsError()) return false;
  roots.Add(fn);
  Value pair = CallValue(ts, fn, &type, 1);
  if (pair.IsError()) return false;
  if (!IsKind(pair, ObjKind::kTuple) || As<Tuple>(pair)->size != 2) {
    RaiseFormat(ts, rt.exc.type_error, "%s.split must return a 2-tuple, got %s",
                ClassOf(rt, exc)->name->view(), TypeNameOf(ts, pair));
    return false;
  }
  *match = As<Tuple>(pair)->items[0];
  *rest = As<Tuple>(pair)->items[1];
  return true;
}

Value PrepareReraiseStar(ThreadState& ts, Value orig, Value raised) {
  if (!IsKind(raised, ObjKind::kList)) return Value::None();
  List* l = As<List>(raised);
  TempRoots roots(ts);
  roots.Add(orig);
  roots.Add(raised);
  if (!IsExceptionGroup(ts, orig)) {
    // A naked exception: at most one handler ran.
    for (uint32_t i = 0; i < l->size; ++i) {
      if (!l->items[i].IsNone()) return l->items[i];
    }
    return Value::None();
  }
  std::vector<Value> new_ones;
  absl::flat_hash_set<Object*> leaves;
  for (uint32_t i = 0; i < l->size; ++i) {
    Value e = l->items[i];
    if (!IsKind(e, ObjKind::kException)) continue;
    if (SameMetadata(e, orig)) {
      CollectLeaves(ts, e, &leaves, 0);
    } else {
      new_ones.push_back(e);
    }
  }
  Value kept = Value::None();
  if (!leaves.empty()) {
    Matcher m{Matcher::kLeaves, Value::None(), &leaves};
    Value rest;
    if (!SplitRecursive(ts, orig, m, false, &kept, &rest, 0)) {
      return Value::Error();
    }
    roots.Add(kept);
  }
  if (new_ones.empty()) return kept;
  if (!kept.IsNone()) new_ones.push_back(kept);
  // Even one new exception is raised in a group (CPython does).
  List* t =
      NewListFrom(ts, new_ones.data(), static_cast<uint32_t>(new_ones.size()));
  if (t == nullptr) return Value::Error();
  roots.Add(Value::Obj(t));
  Value empty = StrValue(ts, "");
  if (empty.IsError()) return empty;
  roots.Add(empty);
  return NewExceptionGroup(ts, empty, Value::Obj(t));
}

bool RunExcStar(ThreadState& ts, Value* a, Value* b, uint32_t c) {
  if (c == 0) {
    Value type = *a;
    Value match;
    if (!ExceptStarMatch(ts, type, b, &match)) return false;
    *a = match;
    return true;
  }
  Value r = PrepareReraiseStar(ts, *b, *a);
  if (r.IsError()) return false;
  *a = r;
  return true;
}

}  // namespace vm
}  // namespace interp
