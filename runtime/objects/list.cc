// Lists: a heap buffer of Values growing by 1.5x; slice assignment; sort.
#include "runtime/objects/list.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {

namespace {

constexpr uint32_t kMaxListSize = (1u << 31) / sizeof(Value);

bool Reserve(ThreadState& ts, List* list, uint32_t needed) {
  if (needed <= list->capacity) return true;
  if (needed > kMaxListSize) {
    RaiseMemoryError(ts);
    return false;
  }
  uint64_t cap = list->capacity + (list->capacity >> 1);
  if (cap < needed) cap = needed;
  if (cap < 4) cap = 4;
  if (cap > kMaxListSize) cap = kMaxListSize;
  Heap& heap = Rt(ts).heap;
  void* p =
      list->items == nullptr
          ? heap.AllocBuffer(cap * sizeof(Value))
          : heap.ReallocBuffer(list->items, list->capacity * sizeof(Value),
                               cap * sizeof(Value));
  if (p == nullptr) {
    RaiseMemoryError(ts);
    return false;
  }
  list->items = static_cast<Value*>(p);
  list->capacity = static_cast<uint32_t>(cap);
  return true;
}

void TraceList(Object* o, Tracer& t) {
  List* l = static_cast<List*>(o);
  if (l->items != nullptr) t.MarkRange(l->items, l->items + l->size);
}

void FinalizeList(Object* o) {
  List* l = static_cast<List*>(o);
  if (l->items != nullptr) {
    Heap::Finalizing()->FreeBuffer(l->items, l->capacity * sizeof(Value));
    l->items = nullptr;
  }
}

// Items of `iterable` in a rooted list (the list itself when it is one and
// is not `avoid`, so slice assignment from the target list copies first).
List* Materialize(ThreadState& ts, Value iterable, List* avoid) {
  RuntimeState& rt = Rt(ts);
  const bool items =
      iterable.IsObject() && IteratesAsItems(iterable.AsObject());
  if (IsKind(iterable, ObjKind::kList) && items &&
      iterable.AsObject() != avoid) {
    return As<List>(iterable);
  }
  List* out;
  if (IsKind(iterable, ObjKind::kList) && items) {
    List* src = As<List>(iterable);
    out = NewListFrom(ts, src->items, src->size);
  } else if (IsKind(iterable, ObjKind::kTuple) && items) {
    Tuple* src = As<Tuple>(iterable);
    out = NewListFrom(ts, src->items, src->size);
  } else {
    out = NewList(ts, 0);
    if (out == nullptr) return nullptr;
    TempRoots roots(ts);
    roots.Add(Value::Obj(out));
    if (!ListExtend(ts, out, iterable)) return nullptr;
  }
  (void)rt;
  return out;
}

}  // namespace

List* NewList(ThreadState& ts, uint32_t size) {
  RuntimeState& rt = Rt(ts);
  List* l = rt.heap.New<List>(ts, ObjKind::kList, rt.classes.list);
  if (l == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  if (size > 0) {
    if (!Reserve(ts, l, size)) return nullptr;
    // None is all-zero bits.
    std::memset(static_cast<void*>(l->items), 0, size * sizeof(Value));
    l->size = size;
  }
  return l;
}

List* NewListUninit(ThreadState& ts, uint32_t size) {
  List* l = NewList(ts, 0);
  if (l == nullptr) return nullptr;
  if (size > 0) {
    if (!Reserve(ts, l, size)) return nullptr;
    l->size = size;
  }
  return l;
}

List* NewListFrom(ThreadState& ts, const Value* items, uint32_t n) {
  List* l = NewList(ts, 0);
  if (l == nullptr) return nullptr;
  if (n > 0) {
    if (!Reserve(ts, l, n)) return nullptr;
    std::memcpy(static_cast<void*>(l->items), items, n * sizeof(Value));
    l->size = n;
  }
  return l;
}

bool ListAppend(ThreadState& ts, List* list, Value v) {
  if (list->size == list->capacity && !Reserve(ts, list, list->size + 1)) {
    return false;
  }
  list->items[list->size++] = v;
  return true;
}

bool ListResize(ThreadState& ts, List* list, uint32_t size) {
  if (size > list->size) {
    if (!Reserve(ts, list, size)) return false;
    std::memset(static_cast<void*>(list->items + list->size), 0,
                (size - list->size) * sizeof(Value));
  } else if (size < list->capacity / 4 && list->capacity > 16) {
    // Give memory back when a list shrinks a lot (pop-heavy queues).
    uint32_t cap = std::max<uint32_t>(size + size / 2, 8);
    void* p = Rt(ts).heap.ReallocBuffer(
        list->items, list->capacity * sizeof(Value), cap * sizeof(Value));
    if (p != nullptr) {
      list->items = static_cast<Value*>(p);
      list->capacity = cap;
    }
  }
  list->size = size;
  return true;
}

bool UserLengthHint(ThreadState& ts, Value obj, int64_t* out) {
  RuntimeState& rt = Rt(ts);
  *out = 0;
  ClassObject* cls = obj.AsObject()->cls;
  TempRoots roots(ts);
  roots.Add(obj);
  // __len__ first, as CPython's PyObject_LengthHint: its TypeError means
  // "no length", any other error propagates.
  if (!LookupSpecial(cls, rt.names.__len__).IsEmpty()) {
    if (Length(ts, obj, out)) return true;
    if (!PendingExceptionMatches(ts, rt.exc.type_error)) return false;
    TakePendingException(ts);
  }
  Str* name = InternStr(ts, "__length_hint__");
  if (name == nullptr) return false;
  Value hook = LookupSpecial(cls, name);
  if (hook.IsEmpty()) return true;
  Value r = CallValue(ts, hook, &obj, 1);
  if (r.IsError()) {
    if (!PendingExceptionMatches(ts, rt.exc.type_error)) return false;
    TakePendingException(ts);
    return true;
  }
  if (r.IsObject() && r.AsObject() == rt.not_implemented) return true;
  if (!r.IsIntLike()) {
    RaiseFormat(ts, rt.exc.type_error,
                "__length_hint__ must be an integer, not %s", TypeName(ts, r));
    return false;
  }
  if (r.AsInt() < 0) {
    RaiseValueError(ts, "__length_hint__() should return >= 0");
    return false;
  }
  *out = r.AsInt();
  return true;
}

bool ListExtend(ThreadState& ts, List* list, Value iterable) {
  const Value* src = nullptr;
  uint32_t n = 0;
  const bool items =
      iterable.IsObject() && IteratesAsItems(iterable.AsObject());
  if (IsKind(iterable, ObjKind::kList) && items) {
    List* l = As<List>(iterable);
    src = l->items;
    n = l->size;
  } else if (IsKind(iterable, ObjKind::kTuple) && items) {
    Tuple* t = As<Tuple>(iterable);
    src = t->items;
    n = t->size;
  } else {
    TempRoots roots(ts);
    roots.Add(Value::Obj(list));
    if (iterable.IsObject() && IsUserClass(iterable.AsObject()->cls)) {
      int64_t hint = 0;
      if (!UserLengthHint(ts, iterable, &hint)) return false;
      // Only a hint: the iterator decides the length, and a wild hint
      // must not allocate more than the first items need.
      constexpr int64_t kMaxPresize = 1 << 16;
      int64_t want = static_cast<int64_t>(list->size) +
                     std::min<int64_t>(hint, kMaxPresize);
      if (want > list->capacity && want <= kMaxListSize &&
          !Reserve(ts, list, static_cast<uint32_t>(want))) {
        return false;
      }
    }
    Value it = GetIter(ts, iterable);
    if (it.IsError()) return false;
    roots.Add(it);
    NativePoll poll(ts);  // list(range(10**12)) and the like
    for (;;) {
      if (!poll.Tick()) return false;
      Value v = IterNext(ts, it);
      if (v.IsError()) return false;
      if (v.IsEmpty()) return true;
      if (!ListAppend(ts, list, v)) return false;
    }
  }
  if (n == 0) return true;
  uint32_t old = list->size;
  if (static_cast<uint64_t>(old) + n > kMaxListSize) {
    RaiseMemoryError(ts);
    return false;
  }
  // Reserve may move `src` when extending a list with itself.
  bool self = iterable.AsObject() == list;
  if (!Reserve(ts, list, old + n)) return false;
  if (self) src = list->items;
  // Extending with an empty list: src may be null, which memmove must not
  // see even for 0 bytes.
  if (n > 0) {
    std::memmove(static_cast<void*>(list->items + old), src, n * sizeof(Value));
  }
  list->size = old + n;
  return true;
}

bool ListInsert(ThreadState& ts, List* list, int64_t index, Value v) {
  int64_t n = list->size;
  if (index < 0) {
    index += n;
    if (index < 0) index = 0;
  } else if (index > n) {
    index = n;
  }
  if (list->size == list->capacity && !Reserve(ts, list, list->size + 1)) {
    return false;
  }
  std::memmove(static_cast<void*>(list->items + index + 1), list->items + index,
               (n - index) * sizeof(Value));
  list->items[index] = v;
  list->size++;
  return true;
}

Value ListSlice(ThreadState& ts, List* list, int64_t start, int64_t stop,
                int64_t step) {
  int64_t count;
  if (step > 0) {
    count = stop > start ? (stop - start - 1) / step + 1 : 0;
  } else {
    count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  }
  if (step == 1) {
    List* r =
        NewListFrom(ts, list->items + start, static_cast<uint32_t>(count));
    return r ? Value::Obj(r) : Value::Error();
  }
  List* r = NewList(ts, static_cast<uint32_t>(count));
  if (r == nullptr) return Value::Error();
  for (int64_t k = 0; k < count; ++k) {
    const int64_t i = start + k * step;
    r->items[k] = list->items[i];
  }
  return Value::Obj(r);
}

bool ListSetSlice(ThreadState& ts, List* list, int64_t start, int64_t stop,
                  int64_t step, int64_t count, Value iterable) {
  if (!iterable.IsObject()) {
    // Numbers, None and bools are never iterable: CPython's own wording.
    RaiseTypeError(ts, step == 1 ? "can only assign an iterable"
                                 : "must assign iterable to extended slice");
    return false;
  }
  TempRoots roots(ts);
  roots.Add(Value::Obj(list));
  List* src = Materialize(ts, iterable, list);
  if (src == nullptr) return false;
  roots.Add(Value::Obj(src));
  int64_t n = src->size;
  if (step == 1) {
    if (stop < start) stop = start;
    int64_t removed = stop - start;
    int64_t size = list->size;
    int64_t new_size = size - removed + n;
    if (new_size > kMaxListSize) {
      RaiseMemoryError(ts);
      return false;
    }
    if (new_size > size &&
        !Reserve(ts, list, static_cast<uint32_t>(new_size))) {
      return false;
    }
    // An empty list or source may have no buffer: the mem* functions must
    // not see null, even for 0 bytes.
    if (size > stop) {
      std::memmove(static_cast<void*>(list->items + start + n),
                   list->items + stop, (size - stop) * sizeof(Value));
    }
    if (n > 0) {
      std::memcpy(static_cast<void*>(list->items + start), src->items,
                  n * sizeof(Value));
    }
    list->size = static_cast<uint32_t>(new_size);
    return true;
  }
  if (n != count) {
    RaiseFormat(ts, Rt(ts).exc.value_error,
                "attempt to assign sequence of size %d to extended slice of "
                "size %d",
                n, count);
    return false;
  }
  for (int64_t k = 0; k < count; ++k) {
    const int64_t i = start + k * step;
    list->items[i] = src->items[k];
  }
  return true;
}

void ListDelSlice(ThreadState& ts, List* list, int64_t start, int64_t step,
                  int64_t count) {
  if (count <= 0) return;
  if (step < 0) {
    start = start + step * (count - 1);
    step = -step;
  }
  int64_t size = list->size;
  if (step == 1) {
    std::memmove(static_cast<void*>(list->items + start),
                 list->items + start + count,
                 (size - start - count) * sizeof(Value));
  } else {
    int64_t w = start;
    int64_t next_del = start;
    int64_t deleted = 0;
    for (int64_t r = start; r < size; ++r) {
      if (deleted < count && r == next_del) {
        ++deleted;
        // Past the last deleted index the next one may not be
        // representable (del l[::-2**63]: step is 2**63 - 1).
        if (deleted < count) next_del += step;
        continue;
      }
      list->items[w++] = list->items[r];
    }
  }
  ListResize(ts, list, static_cast<uint32_t>(size - count));
}

// ---------------------------------------------------------------------------
// Sorting: a stable bottom-up merge sort over a permutation, so comparison
// callbacks that raise (or misbehave) can abort at any point without
// corrupting anything; homogeneous int/float/str keys skip the protocol.

namespace {

enum class KeyClass { kInts, kFloats, kStrs, kGeneral };

KeyClass Classify(RuntimeState& rt, const Value* keys, uint32_t n) {
  bool ints = true, floats = true, strs = true;
  for (uint32_t i = 0; i < n; ++i) {
    Value k = keys[i];
    if (!k.IsIntLike()) ints = false;
    if (!k.IsFloat()) floats = false;
    if (!(IsKind(k, ObjKind::kStr) && k.AsObject()->cls == rt.classes.str)) {
      strs = false;
    }
    if (!ints && !floats && !strs) return KeyClass::kGeneral;
  }
  if (ints) return KeyClass::kInts;
  if (floats) return KeyClass::kFloats;
  return KeyClass::kStrs;
}

int StrLess(Str* a, Str* b) {
  uint32_t n = std::min(a->byte_len, b->byte_len);
  int c = std::memcmp(a->data, b->data, n);
  if (c != 0) return c < 0;
  return a->byte_len < b->byte_len;
}

template <typename Less>
bool MergeSort(std::vector<uint32_t>& perm, NativePoll& poll, Less less) {
  size_t n = perm.size();
  // Insertion-sort runs of 16.
  constexpr size_t kRun = 16;
  for (size_t lo = 0; lo < n; lo += kRun) {
    size_t hi = std::min(lo + kRun, n);
    for (size_t i = lo + 1; i < hi; ++i) {
      if (!poll.Tick()) return false;
      uint32_t x = perm[i];
      size_t j = i;
      while (j > lo) {
        int c = less(x, perm[j - 1]);
        if (c < 0) return false;
        if (!c) break;
        perm[j] = perm[j - 1];
        --j;
      }
      perm[j] = x;
    }
  }
  std::vector<uint32_t> tmp(n);
  for (size_t width = kRun; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      if (mid >= hi) {
        std::copy(perm.begin() + lo, perm.begin() + hi, tmp.begin() + lo);
        continue;
      }
      // Already ordered: skip the merge.
      int c = less(perm[mid], perm[mid - 1]);
      if (c < 0) return false;
      if (!c) {
        std::copy(perm.begin() + lo, perm.begin() + hi, tmp.begin() + lo);
        continue;
      }
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (!poll.Tick()) return false;
        int r = less(perm[j], perm[i]);
        if (r < 0) return false;
        tmp[k++] = r ? perm[j++] : perm[i++];
      }
      while (i < mid) tmp[k++] = perm[i++];
      while (j < hi) tmp[k++] = perm[j++];
    }
    perm.swap(tmp);
  }
  return true;
}

}  // namespace

namespace {

bool ListRestore(ThreadState& ts, List* list, List* items,
                 const std::vector<uint32_t>* perm) {
  uint32_t n = items->size;
  if (!ListResize(ts, list, n)) return false;
  for (uint32_t i = 0; i < n; ++i) {
    list->items[i] = items->items[perm != nullptr ? (*perm)[i] : i];
  }
  return true;
}

}  // namespace

bool ListSort(ThreadState& ts, List* list, Value key, bool reverse) {
  RuntimeState& rt = Rt(ts);
  uint32_t n = list->size;
  TempRoots roots(ts);
  roots.Add(Value::Obj(list));
  List* items = NewListFrom(ts, list->items, n);
  if (items == nullptr) return false;
  roots.Add(Value::Obj(items));
  // Like CPython, the list looks empty while it is being sorted; key and
  // comparison callbacks that change it make the sort fail.
  if (!ListResize(ts, list, 0)) return false;
  List* keys = items;
  if (!key.IsNone()) {
    keys = NewList(ts, n);
    if (keys == nullptr) return false;
    roots.Add(Value::Obj(keys));
    roots.Add(key);
    NativePoll key_poll(ts);
    for (uint32_t i = 0; i < n; ++i) {
      if (!key_poll.Tick()) return false;
      Value arg = items->items[i];
      Value k = CallValue(ts, key, &arg, 1);
      if (k.IsError()) {
        ListRestore(ts, list, items, nullptr);
        return false;
      }
      keys->items[i] = k;
    }
  }
  std::vector<uint32_t> perm(n);
  for (uint32_t i = 0; i < n; ++i) perm[i] = i;
  bool ok = true;
  // Everything the sort reads is rooted (list, items, keys) or plain
  // indices, and key/compare callbacks may run script code anyway.
  NativePoll poll(ts);
  if (n > 1) {
    const Value* kv = keys->items;
    switch (Classify(rt, kv, n)) {
      case KeyClass::kInts:
        ok = reverse ? MergeSort(perm, poll,
                                 [&](uint32_t a, uint32_t b) {
                                   return static_cast<int>(kv[b].AsInt() <
                                                           kv[a].AsInt());
                                 })
                     : MergeSort(perm, poll, [&](uint32_t a, uint32_t b) {
                         return static_cast<int>(kv[a].AsInt() < kv[b].AsInt());
                       });
        break;
      case KeyClass::kFloats:
        ok = reverse
                 ? MergeSort(perm, poll,
                             [&](uint32_t a, uint32_t b) {
                               return static_cast<int>(kv[b].AsFloat() <
                                                       kv[a].AsFloat());
                             })
                 : MergeSort(perm, poll, [&](uint32_t a, uint32_t b) {
                     return static_cast<int>(kv[a].AsFloat() < kv[b].AsFloat());
                   });
        break;
      case KeyClass::kStrs:
        ok = MergeSort(perm, poll, [&](uint32_t a, uint32_t b) {
          if (reverse) std::swap(a, b);
          return StrLess(As<Str>(kv[a]), As<Str>(kv[b]));
        });
        break;
      case KeyClass::kGeneral:
        // keys->items stays valid: `keys` is private and rooted.
        ok = MergeSort(perm, poll, [&](uint32_t a, uint32_t b) {
          if (reverse) std::swap(a, b);
          return CompareBool(ts, CmpOp::kLt, keys->items[a], keys->items[b]);
        });
        break;
    }
  }
  bool modified = list->size != 0;
  // The sorted items (the original order when the sort failed) replace
  // whatever the callbacks put in the list.
  if (!ListRestore(ts, list, items, ok ? &perm : nullptr)) return false;
  if (!ok) return false;
  if (modified) {
    RaiseFormat(ts, rt.exc.value_error, "list modified during sort");
    return false;
  }
  return true;
}

void RegisterListKindOps() {
  RegisterKindOps(ObjKind::kList, KindOps{TraceList, FinalizeList});
}

}  // namespace interp
