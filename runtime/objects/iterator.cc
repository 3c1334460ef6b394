// Builtin iterators and dict views (iterator.h).
#include "runtime/objects/iterator.h"

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
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

ClassObject* ClassFor(RuntimeState& rt, IterKind k) {
  const BuiltinClasses& c = rt.classes;
  ClassObject* specific = nullptr;
  switch (k) {
    case IterKind::kList:
      specific = c.list_iterator;
      break;
    case IterKind::kTuple:
      specific = c.tuple_iterator;
      break;
    case IterKind::kStr:
      specific = c.str_iterator;
      break;
    case IterKind::kRange:
      specific = c.range_iterator;
      break;
    case IterKind::kDictKeys:
      specific = c.dict_keyiterator;
      break;
    case IterKind::kDictValues:
      specific = c.dict_valueiterator;
      break;
    case IterKind::kDictItems:
      specific = c.dict_itemiterator;
      break;
    case IterKind::kSet:
      specific = c.set_iterator;
      break;
    case IterKind::kEnumerate:
      specific = c.enumerate;
      break;
    case IterKind::kZip:
      specific = c.zip;
      break;
    case IterKind::kMap:
      specific = c.map;
      break;
    case IterKind::kFilter:
      specific = c.filter;
      break;
    case IterKind::kReversed:
      specific = c.reversed;
      break;
    case IterKind::kCall:
      specific = c.callable_iterator;
      break;
    case IterKind::kGetItem:
      break;
    case IterKind::kDictKeysView:
      specific = c.dict_keys;
      break;
    case IterKind::kDictValuesView:
      specific = c.dict_values;
      break;
    case IterKind::kDictItemsView:
      specific = c.dict_items;
      break;
    case IterKind::kBytes:
      break;  // NewSeqIterator picks bytes_iterator or bytearray_iterator
  }
  return specific != nullptr ? specific : c.iterator;
}

Iterator* NewIter(ThreadState& ts, IterKind k, Value source) {
  RuntimeState& rt = Rt(ts);
  Iterator* it = rt.heap.New<Iterator>(ts, ObjKind::kIterator, ClassFor(rt, k));
  if (it == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  it->ikind = k;
  it->source = source;
  return it;
}

Value Finish(Iterator* it) {
  // Drop the source so an exhausted iterator keeps nothing alive (and
  // stays exhausted even if the source grows, like CPython).
  it->exhausted = true;
  it->source = Value::None();
  it->func = Value::None();
  it->extra = Value::None();
  return Value::Empty();
}

void TraceIterator(Object* o, Tracer& t) {
  Iterator* it = static_cast<Iterator*>(o);
  t.Mark(it->source);
  t.Mark(it->func);
  t.Mark(it->extra);
}

// Iterators over each of `iterables` in a tuple (zip, map).
Tuple* IterTuple(ThreadState& ts, const Value* iterables, uint32_t n) {
  TempRoots roots(ts);
  Tuple* its = NewTuple(ts, n);
  if (its == nullptr) return nullptr;
  roots.Add(Value::Obj(its));
  for (uint32_t i = 0; i < n; ++i) {
    Value it = GetIter(ts, iterables[i]);
    if (it.IsError()) return nullptr;
    its->items[i] = it;
  }
  return its;
}

// Next item of every iterator in `its` into the rooted `out` tuple; false
// (Empty in *status) when one is exhausted, or Error.
Value NextOfEach(ThreadState& ts, Tuple* its, Tuple* out) {
  for (uint32_t i = 0; i < its->size; ++i) {
    Value v = IterNext(ts, its->items[i]);
    if (v.IsError() || v.IsEmpty()) return v;
    out->items[i] = v;
  }
  return Value::None();
}

// "arguments 1-2" / "argument 1": the iterables before the i-th (0-based).
std::string ZipPeers(uint32_t i) {
  return i == 1 ? std::string("argument 1")
                : "arguments 1-" + std::to_string(i);
}

// zip(..., strict=True): the iterables must end together (ValueError
// naming the first one that does not, like CPython).
Value ZipStrictNext(ThreadState& ts, Iterator* it, Tuple* out) {
  RuntimeState& rt = Rt(ts);
  Tuple* its = As<Tuple>(it->source);
  for (uint32_t i = 0; i < its->size; ++i) {
    Value v = IterNext(ts, its->items[i]);
    if (v.IsError()) return v;
    if (!v.IsEmpty()) {
      out->items[i] = v;
      continue;
    }
    if (i > 0) {
      Finish(it);
      return RaiseFormat(ts, rt.exc.value_error,
                         "zip() argument %d is shorter than %s", i + 1,
                         ZipPeers(i));
    }
    for (uint32_t j = 1; j < its->size; ++j) {
      Value w = IterNext(ts, its->items[j]);
      if (w.IsError()) return w;
      if (!w.IsEmpty()) {
        Finish(it);
        return RaiseFormat(ts, rt.exc.value_error,
                           "zip() argument %d is longer than %s", j + 1,
                           ZipPeers(j));
      }
    }
    return Finish(it);
  }
  return Value::Obj(out);
}

}  // namespace

Value NewZipStrict(ThreadState& ts, const Value* iterables, uint32_t n) {
  Value z = NewZip(ts, iterables, n);
  if (z.IsObject()) As<Iterator>(z)->extra = Value::Bool(true);
  return z;
}

Value NewSeqIterator(ThreadState& ts, Value seq) {
  if (!seq.IsObject()) return Value::Empty();
  IterKind k;
  Value source = seq;
  switch (seq.AsObject()->kind) {
    case ObjKind::kList:
      k = IterKind::kList;
      break;
    case ObjKind::kTuple:
      k = IterKind::kTuple;
      break;
    case ObjKind::kStr:
      k = IterKind::kStr;
      break;
    case ObjKind::kRange: {
      Range* r = As<Range>(seq);
      Iterator* it = NewIter(ts, IterKind::kRange, Value::None());
      if (it == nullptr) return Value::Error();
      it->index = r->start;
      it->step = r->step;
      it->remaining = RangeLength(r);
      return Value::Obj(it);
    }
    case ObjKind::kDict:
      k = IterKind::kDictKeys;
      break;
    case ObjKind::kSet:
      k = IterKind::kSet;
      break;
    case ObjKind::kBytes:
    case ObjKind::kByteArray: {
      Iterator* it = NewIter(ts, IterKind::kBytes, seq);
      if (it == nullptr) return Value::Error();
      ClassObject* cls = seq.AsObject()->kind == ObjKind::kBytes
                             ? Rt(ts).classes.bytes_iterator
                             : Rt(ts).classes.bytearray_iterator;
      if (cls != nullptr) it->cls = cls;
      return Value::Obj(it);
    }
    case ObjKind::kIterator: {
      Iterator* view = As<Iterator>(seq);
      if (view->ikind == IterKind::kDictKeysView) {
        k = IterKind::kDictKeys;
      } else if (view->ikind == IterKind::kDictValuesView) {
        k = IterKind::kDictValues;
      } else if (view->ikind == IterKind::kDictItemsView) {
        k = IterKind::kDictItems;
      } else {
        return Value::Empty();
      }
      source = view->source;
      break;
    }
    default:
      return Value::Empty();
  }
  Iterator* it = NewIter(ts, k, source);
  if (it == nullptr) return Value::Error();
  RuntimeState& rt = Rt(ts);
  if (k == IterKind::kStr && !As<Str>(source)->is_ascii &&
      rt.classes.str_unicode_iterator != nullptr) {
    it->cls = rt.classes.str_unicode_iterator;
  }
  if (k == IterKind::kDictKeys || k == IterKind::kDictValues ||
      k == IterKind::kDictItems) {
    it->expect_size = DictSize(AsDict(source));
  } else if (k == IterKind::kSet) {
    it->expect_size = SetSize(AsSet(source));
  }
  return Value::Obj(it);
}

Value NewDictView(ThreadState& ts, Dict* d, IterKind view) {
  Iterator* it = NewIter(ts, view, DictValue(d));
  return it ? Value::Obj(it) : Value::Error();
}

Value NewEnumerate(ThreadState& ts, Value iterable, int64_t start) {
  Value inner = GetIter(ts, iterable);
  if (inner.IsError()) return inner;
  Iterator* it = NewIter(ts, IterKind::kEnumerate, inner);
  if (it == nullptr) return Value::Error();
  it->index = start;
  return Value::Obj(it);
}

Value NewZip(ThreadState& ts, const Value* iterables, uint32_t n) {
  Tuple* its = IterTuple(ts, iterables, n);
  if (its == nullptr) return Value::Error();
  Iterator* it = NewIter(ts, IterKind::kZip, Value::Obj(its));
  return it ? Value::Obj(it) : Value::Error();
}

Value NewMap(ThreadState& ts, Value func, const Value* iterables, uint32_t n) {
  TempRoots roots(ts);
  roots.Add(func);
  Tuple* its = IterTuple(ts, iterables, n);
  if (its == nullptr) return Value::Error();
  Iterator* it = NewIter(ts, IterKind::kMap, Value::Obj(its));
  if (it == nullptr) return Value::Error();
  it->func = func;
  return Value::Obj(it);
}

Value NewFilter(ThreadState& ts, Value func, Value iterable) {
  TempRoots roots(ts);
  roots.Add(func);
  Value inner = GetIter(ts, iterable);
  if (inner.IsError()) return inner;
  Iterator* it = NewIter(ts, IterKind::kFilter, inner);
  if (it == nullptr) return Value::Error();
  it->func = func;
  return Value::Obj(it);
}

Value NewReversed(ThreadState& ts, Value seq) {
  Value target = MappingProxyTarget(seq);
  if (!target.IsEmpty()) return NewReversed(ts, target);
  RuntimeState& rt = Rt(ts);
  if (seq.IsObject()) {
    Object* o = seq.AsObject();
    bool builtin_cls = !IsUserClass(o->cls);
    if (!builtin_cls) {
      bool found = false;
      Value r =
          CallSpecial(ts, seq, rt.interned->__reversed__, nullptr, 0, &found);
      if (found) return r;
    }
    switch (o->kind) {
      case ObjKind::kList:
      case ObjKind::kTuple:
      case ObjKind::kStr: {
        int64_t len = o->kind == ObjKind::kList    ? As<List>(seq)->size
                      : o->kind == ObjKind::kTuple ? As<Tuple>(seq)->size
                                                   : As<Str>(seq)->char_len;
        Iterator* it = NewIter(ts, IterKind::kReversed, seq);
        if (it == nullptr) return Value::Error();
        it->index = len - 1;
        if (o->kind == ObjKind::kList &&
            rt.classes.list_reverseiterator != nullptr) {
          it->cls = rt.classes.list_reverseiterator;
        }
        return Value::Obj(it);
      }
      case ObjKind::kRange: {
        Range* r = As<Range>(seq);
        int64_t n = RangeLength(r);
        Iterator* it = NewIter(ts, IterKind::kRange, Value::None());
        if (it == nullptr) return Value::Error();
        it->remaining = n;
        it->step = -r->step;
        it->index = n > 0 ? RangeItem(r, n - 1) : r->start;
        return Value::Obj(it);
      }
      case ObjKind::kDict:
      case ObjKind::kIterator: {
        // A dict or its keys()/values()/items() view: reverse insertion
        // order over a snapshot of the entries.
        IterKind view = IterKind::kDictKeysView;
        Dict* d;
        if (o->kind == ObjKind::kDict) {
          d = AsDict(seq);
        } else if (IsDictView(seq)) {
          view = static_cast<Iterator*>(o)->ikind;
          d = AsDict(static_cast<Iterator*>(o)->source);
        } else {
          break;
        }
        List* entries = NewList(ts, 0);
        if (entries == nullptr) return Value::Error();
        TempRoots roots(ts);
        roots.Add(Value::Obj(entries));
        uint32_t pos = 0;
        Value k, v;
        while (DictNext(d, &pos, &k, &v)) {
          Value entry = k;
          if (view == IterKind::kDictValuesView) {
            entry = v;
          } else if (view == IterKind::kDictItemsView) {
            Value pair[2] = {k, v};
            Tuple* t = NewTupleFrom(ts, pair, 2);
            if (t == nullptr) return Value::Error();
            entry = Value::Obj(t);
          }
          if (!ListAppend(ts, entries, entry)) return Value::Error();
        }
        Iterator* it = NewIter(ts, IterKind::kReversed, Value::Obj(entries));
        if (it == nullptr) return Value::Error();
        if (view == IterKind::kDictKeysView &&
            rt.classes.dict_reversekeyiterator != nullptr) {
          it->cls = rt.classes.dict_reversekeyiterator;
        }
        it->index = static_cast<int64_t>(entries->size) - 1;
        return Value::Obj(it);
      }
      default:
        break;
    }
    if (!builtin_cls && !LookupSpecial(o->cls, rt.names.__len__).IsEmpty() &&
        !LookupSpecial(o->cls, rt.names.__getitem__).IsEmpty()) {
      int64_t len;
      if (!Length(ts, seq, &len)) return Value::Error();
      Iterator* it = NewIter(ts, IterKind::kGetItem, seq);
      if (it == nullptr) return Value::Error();
      it->index = len - 1;
      it->step = -1;
      return Value::Obj(it);
    }
  }
  return RaiseFormat(ts, rt.exc.type_error, "'%s' object is not reversible",
                     TypeName(ts, seq));
}

Value NewCallIterator(ThreadState& ts, Value callable, Value sentinel) {
  Iterator* it = NewIter(ts, IterKind::kCall, Value::None());
  if (it == nullptr) return Value::Error();
  it->func = callable;
  it->extra = sentinel;
  return Value::Obj(it);
}

Value NewGetItemIterator(ThreadState& ts, Value seq) {
  Iterator* it = NewIter(ts, IterKind::kGetItem, seq);
  if (it == nullptr) return Value::Error();
  it->step = 1;
  return Value::Obj(it);
}

Value BuiltinIterNext(ThreadState& ts, Iterator* it) {
  if (it->exhausted) return Value::Empty();
  RuntimeState& rt = Rt(ts);
  switch (it->ikind) {
    case IterKind::kList: {
      List* l = As<List>(it->source);
      if (it->index < static_cast<int64_t>(l->size)) {
        return l->items[it->index++];
      }
      return Finish(it);
    }
    case IterKind::kTuple: {
      Tuple* t = As<Tuple>(it->source);
      if (it->index < static_cast<int64_t>(t->size)) {
        return t->items[it->index++];
      }
      return Finish(it);
    }
    case IterKind::kStr: {
      Str* s = As<Str>(it->source);
      if (it->index >= static_cast<int64_t>(s->byte_len)) return Finish(it);
      uint32_t len;
      uint32_t cp = DecodeUtf8(s->data + it->index, &len);
      it->index += len;
      if (cp < 128) return StrFromCodePoint(ts, cp);
      return StrValue(ts, std::string_view(s->data + it->index - len, len));
    }
    case IterKind::kRange: {
      if (it->remaining <= 0) return Finish(it);
      int64_t v = it->index;
      it->remaining--;
      if (it->remaining > 0) it->index += it->step;
      return Value::Int(v);
    }
    case IterKind::kDictKeys:
    case IterKind::kDictValues:
    case IterKind::kDictItems: {
      Dict* d = AsDict(it->source);
      if (DictSize(d) != it->expect_size) {
        it->expect_size = UINT32_MAX;  // keep failing, like CPython
        return RaiseRuntimeError(ts,
                                 "dictionary changed size during iteration");
      }
      uint32_t pos = static_cast<uint32_t>(it->index);
      Value k, v;
      if (!DictNext(d, &pos, &k, &v)) return Finish(it);
      it->index = pos;
      if (it->ikind == IterKind::kDictKeys) return k;
      if (it->ikind == IterKind::kDictValues) return v;
      Tuple* t = NewTuple(ts, 2);
      if (t == nullptr) return Value::Error();
      t->items[0] = k;
      t->items[1] = v;
      return Value::Obj(t);
    }
    case IterKind::kSet: {
      Set* s = AsSet(it->source);
      if (SetSize(s) != it->expect_size) {
        it->expect_size = UINT32_MAX;
        return RaiseRuntimeError(ts, "Set changed size during iteration");
      }
      uint32_t pos = static_cast<uint32_t>(it->index);
      Value v;
      if (!SetNext(s, &pos, &v)) return Finish(it);
      it->index = pos;
      return v;
    }
    case IterKind::kEnumerate: {
      TempRoots roots(ts);
      roots.Add(Value::Obj(it));
      Value v = IterNext(ts, it->source);
      if (v.IsError()) return v;
      if (v.IsEmpty()) return Finish(it);
      Tuple* t = NewTuple(ts, 2);
      if (t == nullptr) return Value::Error();
      t->items[0] = Value::Int(it->index++);
      t->items[1] = v;
      return Value::Obj(t);
    }
    case IterKind::kZip: {
      TempRoots roots(ts);
      roots.Add(Value::Obj(it));
      Tuple* its = As<Tuple>(it->source);
      if (its->size == 0) return Finish(it);
      Tuple* out = NewTuple(ts, its->size);
      if (out == nullptr) return Value::Error();
      roots.Add(Value::Obj(out));
      if (it->extra.IsBool() && it->extra.AsBool())
        return ZipStrictNext(ts, it, out);
      Value r = NextOfEach(ts, its, out);
      if (r.IsError()) return r;
      if (r.IsEmpty()) return Finish(it);
      return Value::Obj(out);
    }
    case IterKind::kMap: {
      TempRoots roots(ts);
      roots.Add(Value::Obj(it));
      Tuple* its = As<Tuple>(it->source);
      Tuple* args = NewTuple(ts, its->size);
      if (args == nullptr) return Value::Error();
      roots.Add(Value::Obj(args));
      Value r = NextOfEach(ts, its, args);
      if (r.IsError()) return r;
      if (r.IsEmpty()) return Finish(it);
      std::vector<Value> argv(args->items, args->items + args->size);
      return CallValue(ts, it->func, argv.data(),
                       static_cast<uint32_t>(argv.size()));
    }
    case IterKind::kFilter: {
      TempRoots roots(ts);
      roots.Add(Value::Obj(it));
      // next(filter(None, range(-10**12, 1))) skips items natively.
      NativePoll poll(ts);
      for (;;) {
        if (!poll.Tick()) return Value::Error();
        if (it->exhausted) return Value::Empty();
        Value v = IterNext(ts, it->source);
        if (v.IsError()) return v;
        if (v.IsEmpty()) return Finish(it);
        // Rooted for this item only: a long run of rejected items must not
        // grow the root stack.
        TempRoots item_root(ts);
        item_root.Add(v);
        int keep;
        if (it->func.IsNone()) {
          keep = Truthy(ts, v);
        } else {
          Value arg = v;
          Value r = CallValue(ts, it->func, &arg, 1);
          if (r.IsError()) return r;
          keep = Truthy(ts, r);
        }
        if (keep < 0) return Value::Error();
        if (keep) return v;
      }
    }
    case IterKind::kReversed: {
      Value src = it->source;
      int64_t i = it->index;
      if (i < 0) return Finish(it);
      Object* o = src.AsObject();
      if (o->kind == ObjKind::kList) {
        List* l = As<List>(src);
        if (i >= static_cast<int64_t>(l->size)) return Finish(it);
        it->index--;
        return l->items[i];
      }
      if (o->kind == ObjKind::kTuple) {
        it->index--;
        return As<Tuple>(src)->items[i];
      }
      it->index--;
      return StrCharAt(ts, As<Str>(src), i);
    }
    case IterKind::kCall: {
      TempRoots roots(ts);
      roots.Add(Value::Obj(it));
      Value v = CallValue(ts, it->func, nullptr, 0);
      if (v.IsError()) {
        if (PendingExceptionMatches(ts, rt.exc.stop_iteration)) {
          TakePendingException(ts);
          return Finish(it);
        }
        return v;
      }
      roots.Add(v);
      int eq = Equals(ts, v, it->extra);
      if (eq < 0) return Value::Error();
      if (eq) return Finish(it);
      return v;
    }
    case IterKind::kGetItem: {
      TempRoots roots(ts);
      roots.Add(Value::Obj(it));
      if (it->index < 0) return Finish(it);
      Value v = GetItem(ts, it->source, Value::Int(it->index));
      if (v.IsError()) {
        if (PendingExceptionMatches(ts, rt.exc.index_error) ||
            PendingExceptionMatches(ts, rt.exc.stop_iteration)) {
          TakePendingException(ts);
          return Finish(it);
        }
        return v;
      }
      it->index += it->step;
      return v;
    }
    case IterKind::kBytes: {
      std::string_view s = BytesLikeView(it->source);
      if (it->index >= static_cast<int64_t>(s.size())) return Finish(it);
      return Value::Int(static_cast<unsigned char>(s[it->index++]));
    }
    case IterKind::kDictKeysView:
    case IterKind::kDictValuesView:
    case IterKind::kDictItemsView:
      break;
  }
  return RaiseFormat(ts, rt.exc.type_error, "'%s' object is not an iterator",
                     TypeName(ts, Value::Obj(it)));
}

int64_t IteratorLengthHint(Iterator* it) {
  if (it->exhausted) return 0;
  switch (it->ikind) {
    case IterKind::kList:
      return std::max<int64_t>(0, As<List>(it->source)->size - it->index);
    case IterKind::kTuple:
      return As<Tuple>(it->source)->size - it->index;
    case IterKind::kStr: {
      // Code points left: the bytes from `index` that start one.
      Str* s = As<Str>(it->source);
      int64_t n = 0;
      for (uint32_t i = static_cast<uint32_t>(it->index); i < s->byte_len;
           ++i) {
        n += (static_cast<unsigned char>(s->data[i]) & 0xC0) != 0x80;
      }
      return n;
    }
    case IterKind::kBytes:
      return std::max<int64_t>(
          0,
          static_cast<int64_t>(BytesLikeView(it->source).size()) - it->index);
    case IterKind::kRange:
      return std::max<int64_t>(0, it->remaining);
    case IterKind::kDictKeys:
    case IterKind::kDictValues:
    case IterKind::kDictItems: {
      // A dict that changed size answers 0, as CPython's iterators do.
      Dict* d = AsDict(it->source);
      if (DictSize(d) != it->expect_size) return 0;
      uint32_t pos = static_cast<uint32_t>(it->index);
      Value k, v;
      int64_t n = 0;
      while (DictNext(d, &pos, &k, &v)) ++n;
      return n;
    }
    case IterKind::kSet: {
      Set* s = AsSet(it->source);
      if (SetSize(s) != it->expect_size) return 0;
      uint32_t pos = static_cast<uint32_t>(it->index);
      Value v;
      int64_t n = 0;
      while (SetNext(s, &pos, &v)) ++n;
      return n;
    }
    case IterKind::kReversed: {
      if (it->index < 0) return 0;
      if (IsKind(it->source, ObjKind::kList) &&
          it->index >= static_cast<int64_t>(As<List>(it->source)->size)) {
        return 0;
      }
      return it->index + 1;
    }
    default:
      return -1;
  }
}

void RegisterIteratorKindOps() {
  RegisterKindOps(ObjKind::kIterator, KindOps{TraceIterator, nullptr});
}

}  // namespace interp
