// Set operators on dict key and item views (`d.keys() & other`, `|`, `-`,
// `^`), which accept any iterable on the other side and return sets. The
// order items are inserted in follows CPython, so printed results match.
#include "runtime/builtins/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/set.h"

namespace interp {

namespace {

bool IsSetLikeView(Value v) {
  return IsIterKind(v, IterKind::kDictKeysView) ||
         IsIterKind(v, IterKind::kDictItemsView);
}

// A new set of the items of iterable `v` (in its iteration order).
Set* SetOf(ThreadState& ts, Value v, TempRoots& roots) {
  Set* s = NewSet(ts);
  if (s == nullptr) return nullptr;
  roots.Add(SetValue(s));
  if (!SetUpdate(ts, s, v)) return nullptr;
  return s;
}

int64_t SizeOf(ThreadState& ts, Value v) {
  int64_t n = 0;
  if (!Length(ts, v, &n)) return -1;
  return n;
}

// CPython's view intersection: when the other side is a set at least as
// large, it is set.intersection(view); otherwise the larger operand is
// iterated and its items looked up in the smaller view.
Value Intersect(ThreadState& ts, Value view, Value other, TempRoots& roots) {
  int64_t len_view = SizeOf(ts, view);
  if (len_view < 0) return Value::Error();
  Set* r = NewSet(ts);
  if (r == nullptr) return Value::Error();
  roots.Add(SetValue(r));
  Value probe = view, iterated = other;
  if (IsKind(other, ObjKind::kSet) && len_view <= SetSize(AsSet(other))) {
    probe = other;
    iterated = view;
  } else if (IsSetLikeView(other)) {
    int64_t len_other = SizeOf(ts, other);
    if (len_other < 0) return Value::Error();
    if (len_other > len_view) {
      probe = other;
      iterated = view;
    }
  }
  Value it = GetIter(ts, iterated);
  if (it.IsError()) return it;
  roots.Add(it);
  for (;;) {
    Value item = IterNext(ts, it);
    if (item.IsError()) return item;
    if (item.IsEmpty()) break;
    roots.Add(item);
    int c = Contains(ts, probe, item);
    if (c < 0) return Value::Error();
    if (c && SetAdd(ts, r, item) < 0) return Value::Error();
  }
  return SetValue(r);
}

}  // namespace

Value DictViewSetOp(ThreadState& ts, BinOp op, Value a, Value b) {
  if (op != BinOp::kBitAnd && op != BinOp::kBitOr && op != BinOp::kSub &&
      op != BinOp::kBitXor) {
    return Value::Empty();
  }
  if (!IsSetLikeView(a) && !IsSetLikeView(b)) return Value::Empty();
  // The other operand must be iterable; otherwise the operator is
  // unsupported (NotImplemented in CPython).
  Value other = IsSetLikeView(a) ? b : a;
  if (!IsSetLikeView(other)) {
    Value probe = GetIter(ts, other);
    if (probe.IsError()) {
      if (PendingExceptionMatches(ts, Rt(ts).exc.type_error)) {
        TakePendingException(ts);
        return Value::Empty();
      }
      return probe;
    }
  }
  TempRoots roots(ts);
  roots.Add(a);
  roots.Add(b);
  if (op == BinOp::kBitAnd) {
    return IsSetLikeView(a) ? Intersect(ts, a, b, roots)
                            : Intersect(ts, b, a, roots);
  }
  Set* r = SetOf(ts, a, roots);
  if (r == nullptr) return Value::Error();
  if (op == BinOp::kBitOr) {
    if (!SetUpdate(ts, r, b)) return Value::Error();
    return SetValue(r);
  }
  Set* o = SetOf(ts, b, roots);
  if (o == nullptr) return Value::Error();
  uint32_t pos = 0;
  Value item;
  while (SetNext(o, &pos, &item)) {
    int c = SetDiscard(ts, r, item);
    if (c < 0) return Value::Error();
    if (op == BinOp::kBitXor && c == 0 && SetAdd(ts, r, item) < 0) {
      return Value::Error();
    }
  }
  return SetValue(r);
}

}  // namespace interp
