// Truth, hashing, equality and rich comparison (protocols.h).
#include <cmath>
#include <cstring>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float_box.h"
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

namespace interp {

namespace {
thread_local int t_recursion_depth = 0;

constexpr uint64_t kHashModulus = (1ull << 61) - 1;
constexpr int kHashBits = 61;
constexpr int64_t kHashInf = 314159;
}  // namespace

RecursionGuard::RecursionGuard(ThreadState& ts, const char* what) {
  int64_t limit = Rt(ts).recursion_limit;
  if (limit > 20000) limit = 20000;  // the C stack is the real bound
  ok_ = ++t_recursion_depth <= limit;
  if (!ok_) {
    RaiseFormat(ts, Rt(ts).exc.recursion_error,
                "maximum recursion depth exceeded%s", what);
  }
}
RecursionGuard::~RecursionGuard() { --t_recursion_depth; }

// CPython's frozenset hash: independent of the table layout (an xor of
// each item's hash with its bits shuffled), then mixed with the size.
bool HashFrozenset(ThreadState& ts, Set* s, int64_t* out) {
  auto shuffle = [](uint64_t h) {
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
  };
  uint64_t h = 0;
  uint32_t pos = 0;
  Value item;
  while (SetNext(s, &pos, &item)) {
    int64_t ih;
    if (!Hash(ts, item, &ih)) return false;
    h ^= shuffle(static_cast<uint64_t>(ih));
  }
  h ^= (static_cast<uint64_t>(SetSize(s)) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  if (h == static_cast<uint64_t>(-1)) h = 590923713ull;
  *out = static_cast<int64_t>(h);
  return true;
}

Value UserSpecial(RuntimeState& rt, Value v, Str* name) {
  if (!v.IsObject()) return Value::Empty();
  ClassObject* cls = v.AsObject()->cls;
  if (!IsUserClass(cls)) return Value::Empty();
  Value m = LookupSpecial(cls, name);
  if (m.IsEmpty()) return m;
  ClassObject* b = cls->base;
  while (b != nullptr && IsUserClass(b)) b = b->base;
  if (b != nullptr) {
    Value bm = LookupSpecial(b, name);
    if (!bm.IsEmpty() && bm.Is(m)) return Value::Empty();
  }
  (void)rt;
  return m;
}

Value CallUserSpecial(ThreadState& ts, Value self, Str* name, const Value* args,
                      uint32_t nargs) {
  bool found = false;
  Value r = CallSpecial(ts, self, name, args, nargs, &found);
  if (!found) {
    return RaiseFormat(ts, Rt(ts).exc.type_error, "'%s' object has no '%s'",
                       TypeName(ts, self), name->view());
  }
  return r;
}

// ---------------------------------------------------------------------------
// Truth.

int Truthy(ThreadState& ts, Value v) {
  switch (v.tag()) {
    case Value::kNone:
      return 0;
    case Value::kBool:
    case Value::kInt:
      return v.AsInt() != 0;
    case Value::kFloat:
      return v.AsFloat() != 0.0;
    case Value::kObject:
      break;
    default:
      return 1;
  }
  RuntimeState& rt = Rt(ts);
  Object* o = v.AsObject();
  if (int64_t n; NativeDataLength(o, &n)) return n != 0;
  if (IsUserClass(o->cls)) {
    Value m = UserSpecial(rt, v, rt.names.__bool__);
    if (!m.IsEmpty()) {
      TempRoots roots(ts);
      roots.Add(v);
      Value r = CallUserSpecial(ts, v, rt.names.__bool__, nullptr, 0);
      if (r.IsError()) return -1;
      if (!r.IsBool()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "__bool__ should return bool, returned %s",
                    TypeName(ts, r));
        return -1;
      }
      return r.AsBool();
    }
    if (!UserSpecial(rt, v, rt.names.__len__).IsEmpty()) {
      int64_t n;
      if (!Length(ts, v, &n)) return -1;
      return n != 0;
    }
  }
  switch (o->kind) {
    case ObjKind::kStr:
      return static_cast<Str*>(o)->byte_len != 0;
    case ObjKind::kTuple:
      return static_cast<Tuple*>(o)->size != 0;
    case ObjKind::kList:
      return static_cast<List*>(o)->size != 0;
    case ObjKind::kDict:
      return DictSize(AsDict(v)) != 0;
    case ObjKind::kSet:
      return SetSize(AsSet(v)) != 0;
    case ObjKind::kRange:
      return RangeLength(static_cast<Range*>(o)) != 0;
    case ObjKind::kBigInt:  // an int subclass's instance may be zero
      return IntSign(v) != 0;
    case ObjKind::kBytes:
      return static_cast<Bytes*>(o)->size != 0;
    case ObjKind::kByteArray:
      return static_cast<ByteArray*>(o)->size != 0;
    case ObjKind::kIterator:
      if (IsDictView(v)) return DictSize(AsDict(As<Iterator>(v)->source)) != 0;
      return 1;
    case ObjKind::kNativeData: {
      if (IsBoxedFloat(v)) return BoxedFloatValue(v) != 0.0;
      Value target = MappingProxyTarget(v);
      return target.IsEmpty() ? 1 : Truthy(ts, target);
    }
    default:
      return 1;
  }
}

// ---------------------------------------------------------------------------
// Hashing: CPython's numeric hash (reduction modulo 2**61 - 1), so equal
// numbers of different types hash alike and small ints hash to themselves
// (which set iteration order exposes).

namespace {

int64_t HashInt(int64_t i) {
  if (i == INT64_MIN) {
    // |INT64_MIN| = 2**63 = 4 * 2**61 -> 4 (mod 2**61 - 1).
    return -4;
  }
  uint64_t a = static_cast<uint64_t>(i < 0 ? -i : i) % kHashModulus;
  int64_t h = i < 0 ? -static_cast<int64_t>(a) : static_cast<int64_t>(a);
  return h == -1 ? -2 : h;
}

int64_t HashDouble(double d) {
  if (std::isinf(d)) return d > 0 ? kHashInf : -kHashInf;
  if (std::isnan(d)) return 0;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

int64_t HashPointer(const void* p) {
  uint64_t a = reinterpret_cast<uintptr_t>(p);
  int64_t h = static_cast<int64_t>((a >> 4) | (a << 60));
  return h == -1 ? -2 : h;
}

// CPython's tuple hash (an xxHash-style lane combination).
constexpr uint64_t kXXPrime1 = 11400714785074694791ull;
constexpr uint64_t kXXPrime2 = 14029467366897019727ull;
constexpr uint64_t kXXPrime5 = 2870177450012600261ull;

bool HashSequence(ThreadState& ts, const Value* items, uint32_t n,
                  int64_t* out) {
  RecursionGuard guard(ts, " while hashing");
  if (!guard.ok()) return false;
  uint64_t acc = kXXPrime5;
  for (uint32_t i = 0; i < n; ++i) {
    int64_t lane;
    if (!Hash(ts, items[i], &lane)) return false;
    acc += static_cast<uint64_t>(lane) * kXXPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kXXPrime1;
  }
  acc += n ^ (kXXPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) {
    *out = 1546275796;
    return true;
  }
  *out = static_cast<int64_t>(acc);
  return true;
}

}  // namespace

bool Hash(ThreadState& ts, Value v, int64_t* out) {
  switch (v.tag()) {
    case Value::kNone:
      *out = 0xFCA86420;  // a fixed value, as CPython 3.12 has
      return true;
    case Value::kBool:
    case Value::kInt:
      *out = HashInt(v.AsInt());
      return true;
    case Value::kFloat:
      *out = HashDouble(v.AsFloat());
      return true;
    case Value::kObject:
      break;
    default:
      *out = 0;
      return true;
  }
  RuntimeState& rt = Rt(ts);
  Object* o = v.AsObject();
  if (IsUserClass(o->cls)) {
    Value m = LookupSpecial(o->cls, rt.names.__hash__);
    if (m.IsNone()) {
      RaiseFormat(ts, rt.exc.type_error, "unhashable type: '%s'",
                  TypeName(ts, v));
      return false;
    }
    if (!UserSpecial(rt, v, rt.names.__hash__).IsEmpty()) {
      TempRoots roots(ts);
      roots.Add(v);
      Value r = CallUserSpecial(ts, v, rt.names.__hash__, nullptr, 0);
      if (r.IsError()) return false;
      if (IsBigInt(r)) {
        *out = IntHash(r);  // a big result is reduced like the int's hash
        return true;
      }
      if (!r.IsIntLike()) {
        RaiseTypeError(ts, "__hash__ method should return an integer");
        return false;
      }
      // Like CPython, a result that fits a machine word is the hash as is
      // (not re-hashed like an int), so `return hash(self.name)` makes an
      // object collide with, and find, the string it equals.
      int64_t h = r.AsInt();
      *out = h == -1 ? -2 : h;
      return true;
    }
    // (A class defining __eq__ without __hash__ has __hash__ = None,
    // handled above.)
  }
  if (IsBoxedFloat(v)) {
    *out = HashDouble(BoxedFloatValue(v));
    return true;
  }
  switch (o->kind) {
    case ObjKind::kStr:
      *out = StrHash(static_cast<Str*>(o));
      return true;
    case ObjKind::kBigInt:
      *out = IntHash(v);
      return true;
    case ObjKind::kTuple: {
      Tuple* t = static_cast<Tuple*>(o);
      if (t->hash != -1) {
        *out = t->hash;
        return true;
      }
      if (!HashSequence(ts, t->items, t->size, out)) return false;
      t->hash = *out;
      return true;
    }
    case ObjKind::kRange: {
      Range* r = static_cast<Range*>(o);
      int64_t n = RangeLength(r);
      Value parts[3] = {Value::Int(n), Value::Int(r->start),
                        Value::Int(r->step)};
      if (n == 0) parts[1] = parts[2] = Value::None();
      if (n == 1) parts[2] = Value::None();
      return HashSequence(ts, parts, 3, out);
    }
    case ObjKind::kBytes:
      *out = BytesHash(static_cast<Bytes*>(o));
      return true;
    case ObjKind::kSet:
      if (rt.classes.frozenset != nullptr &&
          IsSubclass(o->cls, rt.classes.frozenset)) {
        return HashFrozenset(ts, AsSet(v), out);
      }
      [[fallthrough]];
    case ObjKind::kList:
    case ObjKind::kDict:
    case ObjKind::kSlice:
    case ObjKind::kByteArray:
      RaiseFormat(ts, rt.exc.type_error, "unhashable type: '%s'",
                  TypeName(ts, v));
      return false;
    case ObjKind::kIterator:
      if (IsDictView(v) && !IsIterKind(v, IterKind::kDictKeysView) &&
          !IsIterKind(v, IterKind::kDictItemsView)) {
        *out = HashPointer(o);
        return true;
      }
      if (IsDictView(v)) {
        RaiseFormat(ts, rt.exc.type_error, "unhashable type: '%s'",
                    TypeName(ts, v));
        return false;
      }
      *out = HashPointer(o);
      return true;
    case ObjKind::kBoundMethod: {
      // Consistent with ==: the self's identity and the function's hash.
      auto* m = static_cast<BoundMethod*>(o);
      int64_t fh;
      if (!Hash(ts, m->func, &fh)) return false;
      int64_t sh = m->self.IsObject() ? HashPointer(m->self.AsObject()) : 0;
      if (!m->self.IsObject() && !Hash(ts, m->self, &sh)) return false;
      int64_t h = sh ^ fh;
      *out = h == -1 ? -2 : h;
      return true;
    }
    default:
      *out = HashPointer(o);
      return true;
  }
}

// ---------------------------------------------------------------------------
// Comparison.

namespace {

const char* OpSymbol(CmpOp op) {
  switch (op) {
    case CmpOp::kEq:
      return "==";
    case CmpOp::kNe:
      return "!=";
    case CmpOp::kLt:
      return "<";
    case CmpOp::kLe:
      return "<=";
    case CmpOp::kGt:
      return ">";
    case CmpOp::kGe:
      return ">=";
    case CmpOp::kIs:
      return "is";
    case CmpOp::kIsNot:
      return "is not";
    case CmpOp::kIn:
      return "in";
    case CmpOp::kNotIn:
      return "not in";
  }
  return "?";
}

CmpOp Reflect(CmpOp op) {
  switch (op) {
    case CmpOp::kLt:
      return CmpOp::kGt;
    case CmpOp::kLe:
      return CmpOp::kGe;
    case CmpOp::kGt:
      return CmpOp::kLt;
    case CmpOp::kGe:
      return CmpOp::kLe;
    default:
      return op;
  }
}

Str* OpName(RuntimeState& rt, CmpOp op) {
  switch (op) {
    case CmpOp::kEq:
      return rt.names.__eq__;
    case CmpOp::kNe:
      return rt.names.__ne__;
    case CmpOp::kLt:
      return rt.names.__lt__;
    case CmpOp::kLe:
      return rt.names.__le__;
    case CmpOp::kGt:
      return rt.names.__gt__;
    case CmpOp::kGe:
      return rt.names.__ge__;
    default:
      return nullptr;
  }
}

// -1, 0, 1 from a three-way comparison into the op's bool.
bool Order(CmpOp op, int c) {
  switch (op) {
    case CmpOp::kEq:
      return c == 0;
    case CmpOp::kNe:
      return c != 0;
    case CmpOp::kLt:
      return c < 0;
    case CmpOp::kLe:
      return c <= 0;
    case CmpOp::kGt:
      return c > 0;
    case CmpOp::kGe:
      return c >= 0;
    default:
      return false;
  }
}

bool IsNumber(Value v) { return IsInteger(v) || v.IsFloat(); }

// Numeric comparison of two numbers (int/float comparisons are exact).
bool CompareNumbers(CmpOp op, Value a, Value b) {
  if (a.IsFloat() && b.IsFloat()) {
    double x = a.AsFloat(), y = b.AsFloat();
    switch (op) {
      case CmpOp::kEq:
        return x == y;
      case CmpOp::kNe:
        return x != y;
      case CmpOp::kLt:
        return x < y;
      case CmpOp::kLe:
        return x <= y;
      case CmpOp::kGt:
        return x > y;
      case CmpOp::kGe:
        return x >= y;
      default:
        return false;
    }
  }
  int c;
  if (!a.IsFloat() && !b.IsFloat()) {
    c = IntCompare(a, b);
  } else {
    c = a.IsFloat() ? IntCompareDouble(b, a.AsFloat())
                    : IntCompareDouble(a, b.AsFloat());
    if (c == 2) return op == CmpOp::kNe;
    if (a.IsFloat()) c = -c;
  }
  return Order(op, c);
}

int StrCompare(const Str* a, const Str* b) {
  uint32_t n = a->byte_len < b->byte_len ? a->byte_len : b->byte_len;
  int c = std::memcmp(a->data, b->data, n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a->byte_len < b->byte_len ? -1 : a->byte_len > b->byte_len ? 1 : 0;
}

// Lexicographic comparison of two sequences (lists/tuples); the item
// arrays are re-read after each comparison since user __eq__ may mutate
// lists.
Value CompareSequences(ThreadState& ts, CmpOp op, Value a, Value b) {
  auto items = [](Value v, uint32_t* n) -> const Value* {
    if (IsKind(v, ObjKind::kList)) {
      *n = As<List>(v)->size;
      return As<List>(v)->items;
    }
    *n = As<Tuple>(v)->size;
    return As<Tuple>(v)->items;
  };
  RecursionGuard guard(ts, " in comparison");
  if (!guard.ok()) return Value::Error();
  uint32_t na, nb;
  items(a, &na);
  items(b, &nb);
  if ((op == CmpOp::kEq || op == CmpOp::kNe) && na != nb) {
    return Value::Bool(op == CmpOp::kNe);
  }
  TempRoots roots(ts);
  roots.Add(a);
  roots.Add(b);
  uint32_t i = 0;
  for (;; ++i) {
    const Value* ia = items(a, &na);
    const Value* ib = items(b, &nb);
    if (i >= na || i >= nb) break;
    Value x = ia[i], y = ib[i];
    int eq = Equals(ts, x, y);
    if (eq < 0) return Value::Error();
    if (!eq) {
      if (op == CmpOp::kEq) return Value::Bool(false);
      if (op == CmpOp::kNe) return Value::Bool(true);
      return Compare(ts, op, x, y);
    }
  }
  return Value::Bool(Order(op, na < nb ? -1 : na > nb ? 1 : 0));
}

// a <= b as sets (every item of a in b).
int SetIsSubset(ThreadState& ts, Value a, Value b) {
  Set* sa = AsSet(a);
  Set* sb = AsSet(b);
  if (SetSize(sa) > SetSize(sb)) return 0;
  TempRoots roots(ts);
  roots.Add(a);
  roots.Add(b);
  uint32_t pos = 0;
  Value item;
  while (SetNext(sa, &pos, &item)) {
    int r = SetContains(ts, sb, item);
    if (r <= 0) return r;
  }
  return 1;
}

int DictEquals(ThreadState& ts, Value a, Value b) {
  Dict* da = AsDict(a);
  Dict* db = AsDict(b);
  if (DictSize(da) != DictSize(db)) return 0;
  RecursionGuard guard(ts, " in comparison");
  if (!guard.ok()) return -1;
  TempRoots roots(ts);
  roots.Add(a);
  roots.Add(b);
  uint32_t pos = 0;
  Value k, v;
  while (DictNext(da, &pos, &k, &v)) {
    roots.Add(k);
    roots.Add(v);
    Value w = DictGet(ts, db, k);
    if (w.IsError()) return -1;
    if (w.IsEmpty()) return 0;
    int eq = Equals(ts, v, w);
    if (eq <= 0) return eq;
  }
  return 1;
}

bool IsSetLikeView(Value v) {
  return IsIterKind(v, IterKind::kDictKeysView) ||
         IsIterKind(v, IterKind::kDictItemsView);
}

// A set of a keys/items view's items (other values unchanged), so views
// compare with sets and each other like sets do.
Value AsComparableSet(ThreadState& ts, Value v) {
  if (!IsSetLikeView(v)) return v;
  Set* s = NewSet(ts);
  if (s == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(SetValue(s));
  if (!SetUpdate(ts, s, v)) return Value::Error();
  return SetValue(s);
}

Value BuiltinCompare(ThreadState& ts, CmpOp op, Value a, Value b);

Value CompareViews(ThreadState& ts, CmpOp op, Value a, Value b) {
  TempRoots roots(ts);
  roots.Add(a);
  roots.Add(b);
  Value sa = AsComparableSet(ts, a);
  if (sa.IsError()) return sa;
  roots.Add(sa);
  Value sb = AsComparableSet(ts, b);
  if (sb.IsError()) return sb;
  roots.Add(sb);
  return BuiltinCompare(ts, op, sa, sb);
}

// Builtin comparison; Empty means NotImplemented.
Value BuiltinCompare(ThreadState& ts, CmpOp op, Value a, Value b) {
  if (IsNumber(a) && IsNumber(b)) return Value::Bool(CompareNumbers(op, a, b));
  if (!a.IsObject() || !b.IsObject()) return Value::Empty();
  // A mappingproxy compares as its mapping.
  Value ta = MappingProxyTarget(a), tb = MappingProxyTarget(b);
  if (!ta.IsEmpty() || !tb.IsEmpty()) {
    return Compare(ts, op, ta.IsEmpty() ? a : ta, tb.IsEmpty() ? b : tb);
  }
  ObjKind ka = a.AsObject()->kind, kb = b.AsObject()->kind;
  if (ka == ObjKind::kBoundMethod && kb == ObjKind::kBoundMethod &&
      (op == CmpOp::kEq || op == CmpOp::kNe)) {
    // Equal when bound to the same object and equal functions (CPython
    // 3.8+ compares the selves by identity).
    auto* ma = static_cast<BoundMethod*>(a.AsObject());
    auto* mb = static_cast<BoundMethod*>(b.AsObject());
    int e = 0;
    if (ma->self.Is(mb->self)) {
      e = Equals(ts, ma->func, mb->func);
      if (e < 0) return Value::Error();
    }
    return Value::Bool(op == CmpOp::kEq ? e != 0 : e == 0);
  }
  bool eq_op = op == CmpOp::kEq || op == CmpOp::kNe;
  if (ka == ObjKind::kStr && kb == ObjKind::kStr) {
    if (eq_op) {
      bool e = StrEquals(As<Str>(a), As<Str>(b));
      return Value::Bool(op == CmpOp::kEq ? e : !e);
    }
    return Value::Bool(Order(op, StrCompare(As<Str>(a), As<Str>(b))));
  }
  if ((ka == ObjKind::kList && kb == ObjKind::kList) ||
      (ka == ObjKind::kTuple && kb == ObjKind::kTuple)) {
    return CompareSequences(ts, op, a, b);
  }
  if ((ka == ObjKind::kBytes || ka == ObjKind::kByteArray) &&
      (kb == ObjKind::kBytes || kb == ObjKind::kByteArray)) {
    return BytesCompare(op, a, b);
  }
  if (ka == ObjKind::kDict && kb == ObjKind::kDict) {
    if (!eq_op) return Value::Empty();
    int e = DictEquals(ts, a, b);
    if (e < 0) return Value::Error();
    return Value::Bool(op == CmpOp::kEq ? e : !e);
  }
  if ((IsSetLikeView(a) && (kb == ObjKind::kSet || IsSetLikeView(b))) ||
      (IsSetLikeView(b) && ka == ObjKind::kSet)) {
    return CompareViews(ts, op, a, b);
  }
  if (ka == ObjKind::kSet && kb == ObjKind::kSet) {
    uint32_t na = SetSize(AsSet(a)), nb = SetSize(AsSet(b));
    int r;
    switch (op) {
      case CmpOp::kEq:
      case CmpOp::kNe:
        r = na == nb ? SetIsSubset(ts, a, b) : 0;
        if (r < 0) return Value::Error();
        return Value::Bool(op == CmpOp::kEq ? r : !r);
      case CmpOp::kLe:
        r = SetIsSubset(ts, a, b);
        break;
      case CmpOp::kLt:
        r = na < nb ? SetIsSubset(ts, a, b) : 0;
        break;
      case CmpOp::kGe:
        r = SetIsSubset(ts, b, a);
        break;
      case CmpOp::kGt:
        r = nb < na ? SetIsSubset(ts, b, a) : 0;
        break;
      default:
        return Value::Empty();
    }
    if (r < 0) return Value::Error();
    return Value::Bool(r);
  }
  if (ka == ObjKind::kRange && kb == ObjKind::kRange && eq_op) {
    Range* x = As<Range>(a);
    Range* y = As<Range>(b);
    int64_t n = RangeLength(x);
    bool e =
        n == RangeLength(y) &&
        (n == 0 || (x->start == y->start && (n == 1 || x->step == y->step)));
    return Value::Bool(op == CmpOp::kEq ? e : !e);
  }
  if (IsDictView(a) && IsDictView(b) && eq_op &&
      IsIterKind(a, IterKind::kDictKeysView) &&
      IsIterKind(b, IterKind::kDictKeysView)) {
    // keys views compare like sets of keys.
    Dict* da = AsDict(As<Iterator>(a)->source);
    Dict* db = AsDict(As<Iterator>(b)->source);
    bool e = DictSize(da) == DictSize(db);
    uint32_t pos = 0;
    Value k;
    while (e && DictNext(da, &pos, &k, nullptr)) {
      Value w = DictGet(ts, db, k);
      if (w.IsError()) return w;
      e = !w.IsEmpty();
    }
    return Value::Bool(op == CmpOp::kEq ? e : !e);
  }
  return Value::Empty();
}

// Calls a user comparison method; Empty when it returned NotImplemented.
Value TryUser(ThreadState& ts, Value self, Str* name, Value other) {
  RuntimeState& rt = Rt(ts);
  Value r = CallUserSpecial(ts, self, name, &other, 1);
  if (IsNotImplemented(rt, r)) return Value::Empty();
  return r;
}

// One side's user method for `op` (including __ne__ derived from a user
// __eq__); Empty when it has none or it returned NotImplemented.
Value UserSide(ThreadState& ts, CmpOp op, Value self, Value other,
               bool* had_method) {
  RuntimeState& rt = Rt(ts);
  Str* name = OpName(rt, op);
  *had_method = false;
  if (!UserSpecial(rt, self, name).IsEmpty()) {
    *had_method = true;
    return TryUser(ts, self, name, other);
  }
  if (op == CmpOp::kNe && !UserSpecial(rt, self, rt.names.__eq__).IsEmpty()) {
    *had_method = true;
    Value r = TryUser(ts, self, rt.names.__eq__, other);
    if (r.IsEmpty() || r.IsError()) return r;
    int t = Truthy(ts, r);
    if (t < 0) return Value::Error();
    return Value::Bool(!t);
  }
  return Value::Empty();
}

}  // namespace

Value Compare(ThreadState& ts, CmpOp op, Value a, Value b) {
  switch (op) {
    case CmpOp::kIs:
      return Value::Bool(a.Is(b));
    case CmpOp::kIsNot:
      return Value::Bool(!a.Is(b));
    case CmpOp::kIn:
    case CmpOp::kNotIn: {
      int r = Contains(ts, b, a);
      if (r < 0) return Value::Error();
      return Value::Bool(op == CmpOp::kIn ? r : !r);
    }
    default:
      break;
  }
  if (IsNumber(a) && IsNumber(b) && !IsBoxedInt(a) && !IsBoxedInt(b)) {
    return Value::Bool(CompareNumbers(op, a, b));
  }
  RuntimeState& rt = Rt(ts);
  bool user_a = a.IsObject() && IsUserClass(a.AsObject()->cls);
  bool user_b = b.IsObject() && IsUserClass(b.AsObject()->cls);
  if (user_a || user_b) {
    TempRoots roots(ts);
    roots.Add(a);
    roots.Add(b);
    ClassObject* ca = ClassOfValue(rt, a);
    ClassObject* cb = ClassOfValue(rt, b);
    CmpOp rop = Reflect(op);
    bool checked_reverse = false;
    bool had;
    // A subclass's reflected method goes first (it knows its parent).
    if (user_b && ca != cb && IsSubclass(cb, ca)) {
      Value r = UserSide(ts, rop, b, a, &had);
      if (!r.IsEmpty()) return r;
      checked_reverse = true;
    }
    if (user_a) {
      Value r = UserSide(ts, op, a, b, &had);
      if (!r.IsEmpty()) return r;
    }
    if (user_b && !checked_reverse) {
      Value r = UserSide(ts, rop, b, a, &had);
      if (!r.IsEmpty()) return r;
    }
  }
  if (IsBoxedFloat(a) || IsBoxedFloat(b)) {
    Value pa = FloatPlain(a), pb = FloatPlain(b);
    if (IsNumber(pa) && IsNumber(pb) && !IsBoxedInt(pa) && !IsBoxedInt(pb)) {
      return Value::Bool(CompareNumbers(op, pa, pb));
    }
  }
  Value r = BuiltinCompare(ts, op, a, b);
  if (!r.IsEmpty()) return r;
  if (op == CmpOp::kEq) return Value::Bool(a.Is(b));
  if (op == CmpOp::kNe) return Value::Bool(!a.Is(b));
  return RaiseFormat(ts, rt.exc.type_error,
                     "'%s' not supported between instances of '%s' and '%s'",
                     OpSymbol(op), TypeName(ts, a), TypeName(ts, b));
}

int CompareBool(ThreadState& ts, CmpOp op, Value a, Value b) {
  if (IsNumber(a) && IsNumber(b)) return CompareNumbers(op, a, b);
  if (IsKind(a, ObjKind::kStr) && IsKind(b, ObjKind::kStr) &&
      !IsUserClass(a.AsObject()->cls) && !IsUserClass(b.AsObject()->cls)) {
    if (op == CmpOp::kEq) return StrEquals(As<Str>(a), As<Str>(b));
    if (op == CmpOp::kNe) return !StrEquals(As<Str>(a), As<Str>(b));
    return Order(op, StrCompare(As<Str>(a), As<Str>(b)));
  }
  Value r = Compare(ts, op, a, b);
  if (r.IsError()) return -1;
  if (r.IsBool()) return r.AsBool();
  TempRoots roots(ts);
  roots.Add(r);
  return Truthy(ts, r);
}

int Equals(ThreadState& ts, Value a, Value b) {
  // Identity implies equality for containers' purposes (CPython's
  // PyObject_RichCompareBool). Floats are unboxed: two bit-identical
  // floats count as the same object, so a NaN finds itself in a list
  // (`n in [n]`) as in CPython; two NaNs CPython made separately
  // (`[float('nan')] == [float('nan')]`) are equal here (README).
  if (a.Is(b)) return 1;
  // Inline ints and bools compare by value and nothing can override it:
  // list.count(True) over a sieve's flags spent most of its time in the
  // general comparison.
  if (a.IsIntLike() && b.IsIntLike()) return a.AsInt() == b.AsInt() ? 1 : 0;
  return CompareBool(ts, CmpOp::kEq, a, b);
}

}  // namespace interp
