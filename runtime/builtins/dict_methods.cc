// Methods of dict (self = args[0]), and the update logic dict() shares.
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {

bool DictUpdateFrom(ThreadState& ts, Dict* d, Value arg) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(DictValue(d));
  roots.Add(arg);
  if (IsKind(arg, ObjKind::kDict)) {
    Dict* src = AsDict(arg);
    if (src == d) return true;
    uint32_t pos = 0;
    Value k, v;
    while (DictNext(src, &pos, &k, &v)) {
      if (!DictSet(ts, d, k, v)) return false;
    }
    return true;
  }
  // A mapping: anything with keys() (and __getitem__).
  Value keys = GetAttrOrEmpty(ts, arg, rt.names.keys);
  if (keys.IsError()) return false;
  if (!keys.IsEmpty()) {
    roots.Add(keys);
    Value ks = CallValue(ts, keys, nullptr, 0);
    if (ks.IsError()) return false;
    List* l = IterableToList(ts, ks);
    if (l == nullptr) return false;
    roots.Add(Value::Obj(l));
    for (uint32_t i = 0; i < l->size; ++i) {
      Value v = GetItem(ts, arg, l->items[i]);
      if (v.IsError() || !DictSet(ts, d, l->items[i], v)) return false;
    }
    return true;
  }
  Value it = GetIter(ts, arg);
  if (it.IsError()) return false;
  roots.Add(it);
  NativePoll poll(ts);
  for (int64_t index = 0;; ++index) {
    if (!poll.Tick()) return false;
    Value item = IterNext(ts, it);
    if (item.IsError()) return false;
    if (item.IsEmpty()) return true;
    TempRoots item_roots(ts);
    item_roots.Add(item);
    const Value* pair;
    uint32_t n;
    if (IsKind(item, ObjKind::kTuple)) {
      pair = As<Tuple>(item)->items;
      n = As<Tuple>(item)->size;
    } else if (IsKind(item, ObjKind::kList)) {
      pair = As<List>(item)->items;
      n = As<List>(item)->size;
    } else {
      Value sub = GetIter(ts, item);
      if (sub.IsError()) {
        if (PendingExceptionMatches(ts, rt.exc.type_error)) {
          TakePendingException(ts);
          RaiseFormat(ts, rt.exc.type_error,
                      "cannot convert dictionary update sequence element #%d "
                      "to a sequence",
                      index);
        }
        return false;
      }
      List* l = IterableToList(ts, item);
      if (l == nullptr) return false;
      item_roots.Add(Value::Obj(l));
      pair = l->items;
      n = l->size;
    }
    if (n != 2) {
      RaiseFormat(ts, rt.exc.value_error,
                  "dictionary update sequence element #%d has length %d; 2 "
                  "is required",
                  index, n);
      return false;
    }
    Value k = pair[0], v = pair[1];
    if (!DictSet(ts, d, k, v)) return false;
  }
}

bool DictUpdateKw(ThreadState& ts, Dict* d, const Value* kwvalues,
                  Tuple* kwnames) {
  for (uint32_t i = 0; i < NumKw(kwnames); ++i) {
    if (!DictSetStr(ts, d, AsStr(kwnames->items[i]), kwvalues[i])) {
      return false;
    }
  }
  return true;
}

namespace {

#define DICT_SELF(method)                                            \
  if (!CheckSelf(ts, args, nargs, ObjKind::kDict, "dict", method)) { \
    return Value::Error();                                           \
  }                                                                  \
  Dict* self = AsDict(args[0]);                                      \
  const uint32_t argc = nargs - 1;                                   \
  (void)argc

Value DictGetMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  DICT_SELF("get");
  if (!NoKwargs(ts, "dict.get", kw) ||
      !CheckArgCount(ts, "dict.get", argc, 1, 2)) {
    return Value::Error();
  }
  Value v = DictGet(ts, self, args[1]);
  if (v.IsEmpty()) return argc == 2 ? args[2] : Value::None();
  return v;
}

Value DictView(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
               const char* name, IterKind kind) {
  DICT_SELF(name);
  if (!MethodArgs(ts, "dict", name, argc, kw, 0, 0)) {
    return Value::Error();
  }
  return NewDictView(ts, self, kind);
}
Value DictKeysMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  return DictView(ts, args, nargs, kw, "keys", IterKind::kDictKeysView);
}
Value DictValuesMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  return DictView(ts, args, nargs, kw, "values", IterKind::kDictValuesView);
}
Value DictItemsMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  return DictView(ts, args, nargs, kw, "items", IterKind::kDictItemsView);
}

Value DictPopMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  DICT_SELF("pop");
  if (!NoKwargs(ts, "dict.pop", kw) ||
      !CheckArgCount(ts, "dict.pop", argc, 1, 2)) {
    return Value::Error();
  }
  Value v = DictGet(ts, self, args[1]);
  if (v.IsError()) return v;
  if (v.IsEmpty()) {
    if (argc == 2) return args[2];
    return RaiseKeyError(ts, args[1]);
  }
  TempRoots roots(ts);
  roots.Add(v);
  if (DictDel(ts, self, args[1]) < 0) return Value::Error();
  return v;
}

Value DictPopitemMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kw) {
  DICT_SELF("popitem");
  if (!NoKwargs(ts, "dict.popitem", kw) ||
      !CheckArgCount(ts, "dict.popitem", argc, 0, 0)) {
    return Value::Error();
  }
  // The last entry in insertion order (LIFO, like CPython).
  uint32_t pos = 0;
  Value k, v, last_k = Value::Empty(), last_v;
  while (DictNext(self, &pos, &k, &v)) {
    last_k = k;
    last_v = v;
  }
  if (last_k.IsEmpty()) {
    return RaiseWithMessage(ts, Rt(ts).exc.key_error,
                            "popitem(): dictionary is empty");
  }
  Value items[2] = {last_k, last_v};
  Tuple* t = NewTupleFrom(ts, items, 2);
  if (t == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  if (DictDel(ts, self, last_k) < 0) return Value::Error();
  return Value::Obj(t);
}

Value DictSetdefaultMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                           Tuple* kw) {
  DICT_SELF("setdefault");
  if (!NoKwargs(ts, "dict.setdefault", kw) ||
      !CheckArgCount(ts, "dict.setdefault", argc, 1, 2)) {
    return Value::Error();
  }
  Value v = DictGet(ts, self, args[1]);
  if (!v.IsEmpty()) return v;
  Value dflt = argc == 2 ? args[2] : Value::None();
  if (!DictSet(ts, self, args[1], dflt)) return Value::Error();
  return dflt;
}

Value DictUpdateMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  DICT_SELF("update");
  if (argc > 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "update expected at most 1 argument, got %d", argc);
  }
  if (argc == 1 && !DictUpdateFrom(ts, self, args[1])) return Value::Error();
  if (!DictUpdateKw(ts, self, args + nargs, kw)) return Value::Error();
  return Value::None();
}

Value DictInitMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  DICT_SELF("__init__");
  if (argc > 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "dict expected at most 1 argument, got %d", argc);
  }
  if (argc == 1 && !DictUpdateFrom(ts, self, args[1])) return Value::Error();
  if (!DictUpdateKw(ts, self, args + nargs, kw)) return Value::Error();
  return Value::None();
}

Value DictCopyMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  DICT_SELF("copy");
  if (!NoKwargs(ts, "dict.copy", kw) ||
      !CheckArgCount(ts, "dict.copy", argc, 0, 0)) {
    return Value::Error();
  }
  Dict* d = DictCopy(ts, self);
  return d != nullptr ? DictValue(d) : Value::Error();
}

Value DictClearMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  DICT_SELF("clear");
  if (!NoKwargs(ts, "dict.clear", kw) ||
      !CheckArgCount(ts, "dict.clear", argc, 0, 0)) {
    return Value::Error();
  }
  DictClear(ts, self);
  return Value::None();
}

// dict.fromkeys(iterable, value=None), wrapped as a classmethod: args[0]
// is the class.
Value DictFromkeys(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  if (!NoKwargs(ts, "dict.fromkeys", kw) ||
      !CheckArgCount(ts, "dict.fromkeys", nargs - 1, 1, 2)) {
    return Value::Error();
  }
  Value value = nargs == 3 ? args[2] : Value::None();
  Value dv = CallValue(ts, args[0], nullptr, 0);
  if (dv.IsError()) return dv;
  TempRoots roots(ts);
  roots.Add(dv);
  List* keys = IterableToList(ts, args[1]);
  if (keys == nullptr) return Value::Error();
  roots.Add(Value::Obj(keys));
  NativePoll poll(ts);
  for (uint32_t i = 0; i < keys->size; ++i) {
    if (!poll.Tick()) return Value::Error();
    if (IsKind(dv, ObjKind::kDict)) {
      if (!DictSet(ts, AsDict(dv), keys->items[i], value))
        return Value::Error();
    } else if (SetItem(ts, dv, keys->items[i], value).IsError()) {
      return Value::Error();
    }
  }
  return dv;
}

#undef DICT_SELF

}  // namespace

bool InitDictMethods(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kMethods[] = {
      {"get", DictGetMethod},
      {"keys", DictKeysMethod},
      {"values", DictValuesMethod},
      {"items", DictItemsMethod},
      {"pop", DictPopMethod},
      {"popitem", DictPopitemMethod},
      {"setdefault", DictSetdefaultMethod},
      {"update", DictUpdateMethod},
      {"copy", DictCopyMethod},
      {"clear", DictClearMethod},
      {"__init__", DictInitMethod},
  };
  return AddMethods(ts, rt.classes.dict, "dict", kMethods) &&
         AddClassMethod(ts, rt.classes.dict, "dict", "fromkeys", DictFromkeys);
}

}  // namespace builtins
}  // namespace interp
