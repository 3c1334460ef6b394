// Subscripts, membership, len() and iteration (protocols.h).
#include <cstring>
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/list.h"
#include "runtime/objects/mapping_proxy.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/range_slice.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {

namespace {

Value IndexTypeError(ThreadState& ts, const char* what, Value key) {
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "%s indices must be integers or slices, not %s", what,
                     TypeName(ts, key));
}

// Calls a user special method with (args...), or sets *handled false.
Value TryUserItem(ThreadState& ts, Value self, Str* name, const Value* args,
                  uint32_t nargs, bool* handled) {
  RuntimeState& rt = Rt(ts);
  *handled = false;
  if (!self.IsObject() || !IsUserClass(self.AsObject()->cls)) {
    return Value::Empty();
  }
  if (UserSpecial(rt, self, name).IsEmpty()) return Value::Empty();
  *handled = true;
  TempRoots roots(ts);
  roots.Add(self);
  for (uint32_t i = 0; i < nargs; ++i) roots.Add(args[i]);
  return CallUserSpecial(ts, self, name, args, nargs);
}

Value DictMissing(ThreadState& ts, Value container, Value key) {
  RuntimeState& rt = Rt(ts);
  bool handled;
  Value r =
      TryUserItem(ts, container, rt.interned->__missing__, &key, 1, &handled);
  if (handled) return r;
  return RaiseKeyError(ts, key);
}

// Sequences accept any object with __index__ as an index, like CPython:
// such a key is replaced by its int. False with an exception pending.
bool IndexKey(ThreadState& ts, Value container, Value* key) {
  if (!key->IsObject() || !container.IsObject()) return true;
  if (IsBigInt(*key)) {
    ObjKind k = container.AsObject()->kind;
    bool seq = k == ObjKind::kRange || k == ObjKind::kList ||
               k == ObjKind::kTuple || k == ObjKind::kStr ||
               k == ObjKind::kBytes || k == ObjKind::kByteArray;
    if (seq && IsBoxedInt(*key)) {  // an int subclass's instance
      *key = IntPlain(ts, *key);
      if (key->IsError()) return false;
      if (!key->IsObject()) return true;
    }
    if (k == ObjKind::kRange) {
      RaiseIndexError(ts, "range object index out of range");
      return false;
    }
    if (k == ObjKind::kList || k == ObjKind::kTuple || k == ObjKind::kStr) {
      RaiseIndexOverflow(ts, /*index_error=*/true);
      return false;
    }
    return true;
  }
  if (!IsUserClass(key->AsObject()->cls)) return true;
  ObjKind k = container.AsObject()->kind;
  if (k != ObjKind::kList && k != ObjKind::kTuple && k != ObjKind::kStr &&
      k != ObjKind::kRange && k != ObjKind::kBytes &&
      k != ObjKind::kByteArray) {
    return true;
  }
  RuntimeState& rt = Rt(ts);
  if (UserSpecial(rt, *key, rt.names.__index__).IsEmpty()) return true;
  TempRoots roots(ts);
  roots.Add(container);
  roots.Add(*key);
  Value r = CallUserSpecial(ts, *key, rt.names.__index__, nullptr, 0);
  if (r.IsError()) return false;
  if (IsBigInt(r)) {
    RaiseIndexOverflow(ts, /*index_error=*/true);
    return false;
  }
  if (!r.IsIntLike()) {
    RaiseFormat(ts, rt.exc.type_error, "__index__ returned non-int (type %s)",
                TypeName(ts, r));
    return false;
  }
  *key = Value::Int(r.AsInt());
  return true;
}

}  // namespace

Value GetItem(ThreadState& ts, Value container, Value key) {
  RuntimeState& rt = Rt(ts);
  bool handled;
  Value r = TryUserItem(ts, container, rt.names.__getitem__, &key, 1, &handled);
  if (handled) return r;
  Value target = MappingProxyTarget(container);
  if (!target.IsEmpty()) return GetItem(ts, target, key);
  if (!IndexKey(ts, container, &key)) return Value::Error();
  if (!container.IsObject()) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "'%s' object is not subscriptable",
                       TypeName(ts, container));
  }
  Object* o = container.AsObject();
  switch (o->kind) {
    case ObjKind::kList: {
      List* l = static_cast<List*>(o);
      if (key.IsIntLike()) {
        int64_t i = key.AsInt();
        if (!NormalizeIndex(&i, l->size)) {
          return RaiseIndexError(ts, "list index out of range");
        }
        return l->items[i];
      }
      if (IsKind(key, ObjKind::kSlice)) {
        int64_t start, stop, step, n;
        if (!SliceIndices(ts, As<Slice>(key), l->size, &start, &stop, &step,
                          &n)) {
          return Value::Error();
        }
        return ListSlice(ts, l, start, stop, step);
      }
      return IndexTypeError(ts, "list", key);
    }
    case ObjKind::kTuple: {
      Tuple* t = static_cast<Tuple*>(o);
      if (key.IsIntLike()) {
        int64_t i = key.AsInt();
        if (!NormalizeIndex(&i, t->size)) {
          return RaiseIndexError(ts, "tuple index out of range");
        }
        return t->items[i];
      }
      if (IsKind(key, ObjKind::kSlice)) {
        int64_t start, stop, step, n;
        if (!SliceIndices(ts, As<Slice>(key), t->size, &start, &stop, &step,
                          &n)) {
          return Value::Error();
        }
        return TupleSlice(ts, t, start, stop, step);
      }
      return IndexTypeError(ts, "tuple", key);
    }
    case ObjKind::kStr: {
      Str* s = static_cast<Str*>(o);
      if (key.IsIntLike()) {
        int64_t i = key.AsInt();
        if (!NormalizeIndex(&i, s->char_len)) {
          return RaiseIndexError(ts, "string index out of range");
        }
        return StrCharAt(ts, s, i);
      }
      if (IsKind(key, ObjKind::kSlice)) {
        int64_t start, stop, step, n;
        if (!SliceIndices(ts, As<Slice>(key), s->char_len, &start, &stop, &step,
                          &n)) {
          return Value::Error();
        }
        return StrSlice(ts, s, start, stop, step);
      }
      return RaiseFormat(ts, rt.exc.type_error,
                         "string indices must be integers, not '%s'",
                         TypeName(ts, key));
    }
    case ObjKind::kDict: {
      Value v = DictGet(ts, AsDict(container), key);
      if (v.IsEmpty()) {
        if (IsUserClass(o->cls)) return DictMissing(ts, container, key);
        return RaiseKeyError(ts, key);
      }
      return v;
    }
    case ObjKind::kRange: {
      Range* r = static_cast<Range*>(o);
      int64_t len = RangeLength(r);
      if (key.IsIntLike()) {
        int64_t i = key.AsInt();
        if (!NormalizeIndex(&i, len)) {
          return RaiseIndexError(ts, "range object index out of range");
        }
        return Value::Int(RangeItem(r, i));
      }
      if (IsKind(key, ObjKind::kSlice)) {
        int64_t start, stop, step, n;
        if (!SliceIndices(ts, As<Slice>(key), len, &start, &stop, &step, &n)) {
          return Value::Error();
        }
        // Like CPython: the slice's own bounds mapped through the range
        // (range(1, 4)[0::2] is range(1, 4, 2)), not start + n * step.
        // In 128 bits: a step up to 2**63 - 1 times the range's, or a bound
        // one past the end (range(-2**63, 2**63 - 1, 2**62)[:] ends at
        // 2**63), leaves int64. CPython's range holds any int; this one
        // holds int64 bounds, so such a result is the OverflowError that
        // range() raises for them.
        (void)n;
        using Wide = __int128;
        const Wide new_step = Wide{r->step} * step;
        const Wide new_start = r->start + Wide{start} * r->step;
        const Wide new_stop = r->start + Wide{stop} * r->step;
        auto fits = [](Wide w) { return w >= INT64_MIN && w <= INT64_MAX; };
        if (!fits(new_step) || !fits(new_start) || !fits(new_stop)) {
          return RaiseOverflowError(
              ts, "Python int too large to convert to C ssize_t");
        }
        Range* out = NewRange(ts, static_cast<int64_t>(new_start),
                              static_cast<int64_t>(new_stop),
                              static_cast<int64_t>(new_step));
        return out ? Value::Obj(out) : Value::Error();
      }
      return RaiseFormat(ts, rt.exc.type_error,
                         "range indices must be integers or slices, not %s",
                         TypeName(ts, key));
    }
    case ObjKind::kBytes:
    case ObjKind::kByteArray:
      return BytesGetItem(ts, container, key);
    case ObjKind::kClass: {
      auto* cls = static_cast<ClassObject*>(o);
      Value hook = LookupSpecial(cls, rt.names.__class_getitem__);
      if (!hook.IsEmpty()) {
        if (IsKind(hook, ObjKind::kClassMethod)) {
          hook = static_cast<ClassMethod*>(hook.AsObject())->func;
        }
        TempRoots roots(ts);
        roots.Add(hook);
        Value args[2] = {container, key};
        return CallValue(ts, hook, args, 2);
      }
      return RaiseFormat(ts, rt.exc.type_error,
                         "type '%s' is not subscriptable", cls->name->view());
    }
    default:
      return RaiseFormat(ts, rt.exc.type_error,
                         "'%s' object is not subscriptable",
                         TypeName(ts, container));
  }
}

Value SetItem(ThreadState& ts, Value container, Value key, Value value) {
  RuntimeState& rt = Rt(ts);
  bool handled;
  Value args[2] = {key, value};
  Value r = TryUserItem(ts, container, rt.names.__setitem__, args, 2, &handled);
  if (handled) return r.IsError() ? r : Value::None();
  {
    TempRoots value_root(ts);
    value_root.Add(value);
    if (!IndexKey(ts, container, &key)) return Value::Error();
  }
  if (container.IsObject()) {
    Object* o = container.AsObject();
    if (o->kind == ObjKind::kList) {
      List* l = static_cast<List*>(o);
      if (key.IsIntLike()) {
        int64_t i = key.AsInt();
        if (!NormalizeIndex(&i, l->size)) {
          return RaiseIndexError(ts, "list assignment index out of range");
        }
        l->items[i] = value;
        return Value::None();
      }
      if (IsKind(key, ObjKind::kSlice)) {
        int64_t start, stop, step, n;
        if (!SliceIndices(ts, As<Slice>(key), l->size, &start, &stop, &step,
                          &n)) {
          return Value::Error();
        }
        if (step != 1 && !IsKind(value, ObjKind::kList) &&
            !IsKind(value, ObjKind::kTuple)) {
          // Extended slices need a sized iterable; Materialize handles it.
        }
        if (step == 1 && !IsKind(value, ObjKind::kList) &&
            !IsKind(value, ObjKind::kTuple)) {
          Value it = GetIter(ts, value);
          if (it.IsError()) {
            TakePendingException(ts);
            return RaiseTypeError(ts, "can only assign an iterable");
          }
        }
        if (!ListSetSlice(ts, l, start, stop, step, n, value)) {
          return Value::Error();
        }
        return Value::None();
      }
      return IndexTypeError(ts, "list", key);
    }
    if (o->kind == ObjKind::kDict) {
      if (!DictSet(ts, AsDict(container), key, value)) return Value::Error();
      return Value::None();
    }
    if (o->kind == ObjKind::kByteArray) {
      return ByteArraySetItem(ts, static_cast<ByteArray*>(o), key, value);
    }
  }
  return RaiseFormat(ts, rt.exc.type_error,
                     "'%s' object does not support item assignment",
                     TypeName(ts, container));
}

Value DelItem(ThreadState& ts, Value container, Value key) {
  RuntimeState& rt = Rt(ts);
  bool handled;
  Value r = TryUserItem(ts, container, rt.names.__delitem__, &key, 1, &handled);
  if (handled) return r.IsError() ? r : Value::None();
  if (!IndexKey(ts, container, &key)) return Value::Error();
  if (container.IsObject()) {
    Object* o = container.AsObject();
    if (o->kind == ObjKind::kList) {
      List* l = static_cast<List*>(o);
      if (key.IsIntLike()) {
        int64_t i = key.AsInt();
        if (!NormalizeIndex(&i, l->size)) {
          return RaiseIndexError(ts, "list assignment index out of range");
        }
        std::memmove(static_cast<void*>(l->items + i), l->items + i + 1,
                     (l->size - i - 1) * sizeof(Value));
        ListResize(ts, l, l->size - 1);
        return Value::None();
      }
      if (IsKind(key, ObjKind::kSlice)) {
        int64_t start, stop, step, n;
        if (!SliceIndices(ts, As<Slice>(key), l->size, &start, &stop, &step,
                          &n)) {
          return Value::Error();
        }
        ListDelSlice(ts, l, start, step, n);
        return Value::None();
      }
      return IndexTypeError(ts, "list", key);
    }
    if (o->kind == ObjKind::kByteArray) {
      return ByteArrayDelItem(ts, static_cast<ByteArray*>(o), key);
    }
    if (o->kind == ObjKind::kDict) {
      int d = DictDel(ts, AsDict(container), key);
      if (d < 0) return Value::Error();
      if (d == 0) return RaiseKeyError(ts, key);
      return Value::None();
    }
  }
  // (CPython's mappingproxy words it its own way.)
  if (!MappingProxyTarget(container).IsEmpty()) {
    return RaiseTypeError(ts,
                          "'mappingproxy' object does not support item "
                          "deletion");
  }
  return RaiseFormat(ts, rt.exc.type_error,
                     "'%s' object doesn't support item deletion",
                     TypeName(ts, container));
}

int Contains(ThreadState& ts, Value container, Value item) {
  RuntimeState& rt = Rt(ts);
  Value target = MappingProxyTarget(container);
  if (!target.IsEmpty()) return Contains(ts, target, item);
  if (container.IsObject() && IsUserClass(container.AsObject()->cls)) {
    bool handled;
    Value r =
        TryUserItem(ts, container, rt.names.__contains__, &item, 1, &handled);
    if (handled) {
      if (r.IsError()) return -1;
      TempRoots roots(ts);
      roots.Add(r);
      return Truthy(ts, r);
    }
    if (!UserSpecial(rt, container, rt.names.__iter__).IsEmpty() ||
        !UserSpecial(rt, container, rt.names.__getitem__).IsEmpty()) {
      goto iterate;
    }
  }
  if (container.IsObject()) {
    Object* o = container.AsObject();
    switch (o->kind) {
      case ObjKind::kBytes:
      case ObjKind::kByteArray:
        return BytesContains(ts, container, item);
      case ObjKind::kList: {
        List* l = static_cast<List*>(o);
        TempRoots roots(ts);
        roots.Add(container);
        roots.Add(item);
        for (uint32_t i = 0; i < l->size; ++i) {
          int eq = Equals(ts, l->items[i], item);
          if (eq != 0) return eq;
        }
        return 0;
      }
      case ObjKind::kTuple: {
        Tuple* t = static_cast<Tuple*>(o);
        TempRoots roots(ts);
        roots.Add(container);
        roots.Add(item);
        for (uint32_t i = 0; i < t->size; ++i) {
          int eq = Equals(ts, t->items[i], item);
          if (eq != 0) return eq;
        }
        return 0;
      }
      case ObjKind::kStr: {
        if (!IsKind(item, ObjKind::kStr)) {
          RaiseFormat(ts, rt.exc.type_error,
                      "'in <string>' requires string as left operand, not %s",
                      TypeName(ts, item));
          return -1;
        }
        return static_cast<Str*>(o)->view().find(As<Str>(item)->view()) !=
               std::string_view::npos;
      }
      case ObjKind::kDict: {
        Value v = DictGet(ts, AsDict(container), item);
        if (v.IsError()) return -1;
        return !v.IsEmpty();
      }
      case ObjKind::kSet:
        return SetContains(ts, AsSet(container), item);
      case ObjKind::kRange: {
        Range* r = static_cast<Range*>(o);
        int64_t x;
        if (item.IsIntLike()) {
          x = item.AsInt();
        } else if (IsBigInt(item)) {
          // An int subclass's instance is compared item by item, as
          // CPython does (its __eq__ may decide).
          if (IsBoxedInt(item)) goto iterate;
          return 0;  // ranges hold 64-bit ints only
        } else if (item.IsFloat() &&
                   item.AsFloat() == static_cast<double>(static_cast<int64_t>(
                                         item.AsFloat()))) {
          x = static_cast<int64_t>(item.AsFloat());
        } else {
          goto iterate;
        }
        if (r->step > 0 ? (x < r->start || x >= r->stop)
                        : (x > r->start || x <= r->stop)) {
          return 0;
        }
        return (x - r->start) % r->step == 0;
      }
      case ObjKind::kIterator: {
        Iterator* it = static_cast<Iterator*>(o);
        if (it->ikind == IterKind::kDictKeysView) {
          Value v = DictGet(ts, AsDict(it->source), item);
          if (v.IsError()) return -1;
          return !v.IsEmpty();
        }
        if (it->ikind == IterKind::kDictItemsView) {
          if (!IsKind(item, ObjKind::kTuple) || As<Tuple>(item)->size != 2) {
            return 0;
          }
          Value v = DictGet(ts, AsDict(it->source), As<Tuple>(item)->items[0]);
          if (v.IsError()) return -1;
          if (v.IsEmpty()) return 0;
          return Equals(ts, v, As<Tuple>(item)->items[1]);
        }
        break;
      }
      default:
        break;
    }
  }
iterate : {
  TempRoots roots(ts);
  roots.Add(container);
  roots.Add(item);
  Value it = GetIter(ts, container);
  if (it.IsError()) {
    if (PendingExceptionMatches(ts, rt.exc.type_error)) {
      TakePendingException(ts);
      RaiseFormat(ts, rt.exc.type_error,
                  "argument of type '%s' is not iterable",
                  TypeName(ts, container));
    }
    return -1;
  }
  roots.Add(it);
  NativePoll poll(ts);
  for (;;) {
    if (!poll.Tick()) return -1;
    Value v = IterNext(ts, it);
    if (v.IsError()) return -1;
    if (v.IsEmpty()) return 0;
    int eq = Equals(ts, v, item);
    if (eq != 0) return eq;
  }
}
}

bool Length(ThreadState& ts, Value v, int64_t* out) {
  RuntimeState& rt = Rt(ts);
  Value target = MappingProxyTarget(v);
  if (!target.IsEmpty()) return Length(ts, target, out);
  if (v.IsObject()) {
    Object* o = v.AsObject();
    if (NativeDataLength(o, out)) return true;
    if (IsUserClass(o->cls) &&
        !UserSpecial(rt, v, rt.names.__len__).IsEmpty()) {
      TempRoots roots(ts);
      roots.Add(v);
      Value r = CallUserSpecial(ts, v, rt.names.__len__, nullptr, 0);
      if (r.IsError()) return false;
      if (IsBigInt(r)) {
        RaiseIndexOverflow(ts, /*index_error=*/false);
        return false;
      }
      if (!r.IsIntLike()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "'%s' object cannot be interpreted as an integer",
                    TypeName(ts, r));
        return false;
      }
      if (r.AsInt() < 0) {
        RaiseValueError(ts, "__len__() should return >= 0");
        return false;
      }
      *out = r.AsInt();
      return true;
    }
    switch (o->kind) {
      case ObjKind::kStr:
        *out = static_cast<Str*>(o)->char_len;
        return true;
      case ObjKind::kTuple:
        *out = static_cast<Tuple*>(o)->size;
        return true;
      case ObjKind::kList:
        *out = static_cast<List*>(o)->size;
        return true;
      case ObjKind::kDict:
        *out = DictSize(AsDict(v));
        return true;
      case ObjKind::kSet:
        *out = SetSize(AsSet(v));
        return true;
      case ObjKind::kRange:
        *out = RangeLength(static_cast<Range*>(o));
        return true;
      case ObjKind::kBytes:
        *out = static_cast<Bytes*>(o)->size;
        return true;
      case ObjKind::kByteArray:
        *out = static_cast<ByteArray*>(o)->size;
        return true;
      case ObjKind::kIterator:
        if (IsDictView(v)) {
          *out = DictSize(AsDict(As<Iterator>(v)->source));
          return true;
        }
        break;
      default:
        break;
    }
  }
  RaiseFormat(ts, rt.exc.type_error, "object of type '%s' has no len()",
              TypeName(ts, v));
  return false;
}

Value GetIter(ThreadState& ts, Value v) {
  RuntimeState& rt = Rt(ts);
  Value target = MappingProxyTarget(v);
  if (!target.IsEmpty()) return GetIter(ts, target);
  if (v.IsObject()) {
    Object* o = v.AsObject();
    if (IsUserClass(o->cls)) {
      if (!UserSpecial(rt, v, rt.names.__iter__).IsEmpty()) {
        TempRoots roots(ts);
        roots.Add(v);
        Value it = CallUserSpecial(ts, v, rt.names.__iter__, nullptr, 0);
        if (it.IsError()) return it;
        bool is_iter =
            (IsKind(it, ObjKind::kIterator) && !IsDictView(it)) ||
            !LookupSpecial(ClassOfValue(rt, it), rt.names.__next__).IsEmpty();
        if (!is_iter) {
          return RaiseFormat(ts, rt.exc.type_error,
                             "iter() returned non-iterator of type '%s'",
                             TypeName(ts, it));
        }
        return it;
      }
      if (o->kind == ObjKind::kInstance || o->kind == ObjKind::kException) {
        if (!UserSpecial(rt, v, rt.names.__getitem__).IsEmpty()) {
          return NewGetItemIterator(ts, v);
        }
      }
    }
    if (o->kind == ObjKind::kIterator && !IsDictView(v)) return v;
    if (o->kind == ObjKind::kGenerator && o->cls == rt.classes.generator) {
      return v;
    }
    Value it = NewSeqIterator(ts, v);
    if (!it.IsEmpty()) return it;
    // Other builtin kinds with their own __iter__ (files, ...).
    if (!IsUserClass(o->cls)) {
      Value m = LookupSpecial(o->cls, rt.names.__iter__);
      if (!m.IsEmpty() && !m.IsNone()) {
        TempRoots roots(ts);
        roots.Add(v);
        Value arg = v;
        return CallValue(ts, m, &arg, 1);
      }
    }
  }
  return RaiseFormat(ts, rt.exc.type_error, "'%s' object is not iterable",
                     TypeName(ts, v));
}

Value IterNext(ThreadState& ts, Value iterator) {
  RuntimeState& rt = Rt(ts);
  if (IsKind(iterator, ObjKind::kIterator) &&
      !IsUserClass(iterator.AsObject()->cls)) {
    return BuiltinIterNext(ts, As<Iterator>(iterator));
  }
  if (IsKind(iterator, ObjKind::kGenerator) &&
      iterator.AsObject()->cls == rt.classes.generator) {
    return GeneratorNext(ts, iterator.AsObject());
  }
  if (iterator.IsObject()) {
    Value m = LookupSpecial(iterator.AsObject()->cls, rt.names.__next__);
    if (!m.IsEmpty()) {
      TempRoots roots(ts);
      roots.Add(iterator);
      Value arg = iterator;
      Value r = CallValue(ts, m, &arg, 1);
      if (r.IsError() && PendingExceptionMatches(ts, rt.exc.stop_iteration)) {
        TakePendingException(ts);
        return Value::Empty();
      }
      return r;
    }
    if (IsKind(iterator, ObjKind::kIterator)) {
      return BuiltinIterNext(ts, As<Iterator>(iterator));
    }
  }
  return RaiseFormat(ts, rt.exc.type_error, "'%s' object is not an iterator",
                     TypeName(ts, iterator));
}

}  // namespace interp
