// Sets: open addressing over a power-of-two table with short linear probe
// runs, then perturbed probing; iteration walks the table. The probe
// sequence, growth policy and merge strategy follow CPython's design so
// that iteration order (observable through print) matches it for ints,
// whose hash is the value itself.
#include "runtime/objects/set.h"

#include <cstring>

#include "runtime/builtins/errors.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/native_poll.h"

namespace interp {

namespace {

constexpr uint32_t kMinSize = 8;
constexpr uint32_t kLinearProbes = 9;

// Unused: key Empty. Deleted ("dummy"): key Error (never a stored value).
struct SetEntry {
  Value key;
  int64_t hash;
};

bool IsUnused(const SetEntry& e) { return e.key.IsEmpty(); }
bool IsDummy(const SetEntry& e) { return e.key.IsError(); }
bool IsActive(const SetEntry& e) { return !IsUnused(e) && !IsDummy(e); }

}  // namespace

struct Set : Object {
  SetEntry* table;  // mask + 1 entries, or null (an empty 8-slot table)
  uint32_t mask;
  uint32_t fill;    // active + dummy
  uint32_t used;    // active
  uint32_t finger;  // where pop() resumes
};

namespace {

SetEntry* AllocTable(ThreadState& ts, uint32_t size) {
  void* p = Rt(ts).heap.AllocBuffer(size * sizeof(SetEntry));
  if (p == nullptr) return nullptr;
  SetEntry* t = static_cast<SetEntry*>(p);
  for (uint32_t i = 0; i < size; ++i) t[i] = SetEntry{Value::Empty(), 0};
  return t;
}

bool EnsureTable(ThreadState& ts, Set* s) {
  if (s->table != nullptr) return true;
  s->table = AllocTable(ts, kMinSize);
  if (s->table == nullptr) {
    RaiseMemoryError(ts);
    return false;
  }
  s->mask = kMinSize - 1;
  return true;
}

// Insert into a table known to hold no equal key and no dummies.
void InsertClean(SetEntry* table, uint32_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    if (IsUnused(*e)) {
      *e = SetEntry{key, hash};
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (uint32_t j = 0; j < kLinearProbes; ++j) {
        ++e;
        if (IsUnused(*e)) {
          *e = SetEntry{key, hash};
          return;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool Resize(ThreadState& ts, Set* s, uint64_t min_used) {
  uint64_t size = kMinSize;
  while (size <= min_used) {
    size <<= 1;
    if (size > (1u << 30)) {
      RaiseMemoryError(ts);
      return false;
    }
  }
  SetEntry* table = AllocTable(ts, static_cast<uint32_t>(size));
  if (table == nullptr) {
    RaiseMemoryError(ts);
    return false;
  }
  uint32_t mask = static_cast<uint32_t>(size - 1);
  if (s->table != nullptr) {
    for (uint32_t i = 0; i <= s->mask; ++i) {
      if (IsActive(s->table[i])) {
        InsertClean(table, mask, s->table[i].key, s->table[i].hash);
      }
    }
    Rt(ts).heap.FreeBuffer(s->table, (s->mask + 1) * sizeof(SetEntry));
  }
  s->table = table;
  s->mask = mask;
  s->fill = s->used;
  return true;
}

int QuickEquals(Value a, Value b) {
  if (a.Is(b)) return 1;
  if (IsKind(a, ObjKind::kStr) && IsKind(b, ObjKind::kStr)) {
    return StrEquals(As<Str>(a), As<Str>(b));
  }
  if (a.IsIntLike() && b.IsIntLike()) return a.AsInt() == b.AsInt();
  if ((a.IsIntLike() || a.IsFloat()) && (b.IsIntLike() || b.IsFloat())) {
    if (a.IsFloat() && b.IsFloat()) return a.AsFloat() == b.AsFloat();
    // Exact, like CPython: 2**53 + 1 != 2.0**53.
    return a.IsFloat() ? IntCompareDouble(b, a.AsFloat()) == 0
                       : IntCompareDouble(a, b.AsFloat()) == 0;
  }
  if (!a.IsObject() && !b.IsObject()) return 0;
  return -2;
}

bool HashItem(ThreadState& ts, Value key, int64_t* h) {
  if (IsKind(key, ObjKind::kStr)) {
    *h = StrHash(As<Str>(key));
    return true;
  }
  return Hash(ts, key, h);
}

// Finds an active entry equal to key: its index, -1 when absent, -2 on
// error.
int64_t Find(ThreadState& ts, Set* s, Value key, int64_t hash) {
restart:
  if (s->table == nullptr) return -1;
  uint32_t mask = s->mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    uint32_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (uint64_t j = i;; ++j) {
      SetEntry& e = s->table[j];
      if (IsUnused(e)) return -1;
      if (!IsDummy(e) && e.hash == hash) {
        int eq = QuickEquals(e.key, key);
        if (eq == -2) {
          SetEntry* saved_table = s->table;
          Value saved_key = e.key;
          eq = Equals(ts, saved_key, key);
          if (eq < 0) return -2;
          if (s->table != saved_table || !s->table[j].key.Is(saved_key)) {
            goto restart;
          }
        }
        if (eq) return static_cast<int64_t>(j);
      }
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Adds a hashed key: 1 added, 0 present, -1 error.
int AddHashed(ThreadState& ts, Set* s, Value key, int64_t hash) {
  if (!EnsureTable(ts, s)) return -1;
restart:
  uint32_t mask = s->mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  // Like CPython 3.11, the key goes to the last dummy met on its probe
  // path (once it is known to be absent), else to the never-used slot that
  // ends the path; which one decides iteration order.
  SetEntry* unused = nullptr;
  SetEntry* freeslot = nullptr;
  for (;;) {
    uint32_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (uint64_t j = i;; ++j) {
      SetEntry& e = s->table[j];
      if (IsUnused(e)) {
        unused = &e;
        goto found_unused;
      }
      if (!IsDummy(e) && e.hash == hash) {
        int eq = QuickEquals(e.key, key);
        if (eq == -2) {
          SetEntry* saved_table = s->table;
          Value saved_key = e.key;
          eq = Equals(ts, saved_key, key);
          if (eq < 0) return -1;
          if (s->table != saved_table || !s->table[j].key.Is(saved_key)) {
            goto restart;
          }
        }
        if (eq) return 0;
      } else if (IsDummy(e)) {
        freeslot = &e;
      }
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused:
  if (freeslot != nullptr) {
    // Reusing a dummy leaves `fill` unchanged and never triggers a resize.
    *freeslot = SetEntry{key, hash};
    s->used++;
    return 1;
  }
  *unused = SetEntry{key, hash};
  s->fill++;
  s->used++;
  if (static_cast<uint64_t>(s->fill) * 5 < static_cast<uint64_t>(mask) * 3) {
    return 1;
  }
  if (!Resize(ts, s, s->used > 50000 ? s->used * 2ull : s->used * 4ull)) {
    return -1;
  }
  return 1;
}

// Adds every item of `other` (a set): copies the table wholesale when
// possible, which is what keeps copies' iteration order identical.
bool MergeSet(ThreadState& ts, Set* s, Set* other) {
  if (other == s || other->used == 0) return true;
  if (!EnsureTable(ts, s)) return false;
  if ((static_cast<uint64_t>(s->fill) + other->used) * 5 >=
      static_cast<uint64_t>(s->mask) * 3) {
    if (!Resize(ts, s, (static_cast<uint64_t>(s->used) + other->used) * 2)) {
      return false;
    }
  }
  if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
    std::memcpy(static_cast<void*>(s->table), other->table,
                (other->mask + 1) * sizeof(SetEntry));
    s->fill = other->fill;
    s->used = other->used;
    return true;
  }
  if (s->fill == 0) {
    for (uint32_t i = 0; i <= other->mask; ++i) {
      if (IsActive(other->table[i])) {
        InsertClean(s->table, s->mask, other->table[i].key,
                    other->table[i].hash);
      }
    }
    s->fill = s->used = other->used;
    return true;
  }
  TempRoots roots(ts);
  roots.Add(Value::Obj(s));
  roots.Add(Value::Obj(other));
  for (uint32_t i = 0; i <= other->mask; ++i) {
    if (other->table == nullptr || i > other->mask) break;
    SetEntry e = other->table[i];
    if (IsActive(e) && AddHashed(ts, s, e.key, e.hash) < 0) return false;
  }
  return true;
}

void TraceSet(Object* o, Tracer& t) {
  Set* s = static_cast<Set*>(o);
  if (s->table == nullptr) return;
  for (uint32_t i = 0; i <= s->mask; ++i) {
    if (IsActive(s->table[i])) t.Mark(s->table[i].key);
  }
}

void FinalizeSet(Object* o) {
  Set* s = static_cast<Set*>(o);
  if (s->table != nullptr) {
    Heap::Finalizing()->FreeBuffer(s->table, (s->mask + 1) * sizeof(SetEntry));
    s->table = nullptr;
  }
}

}  // namespace

Set* NewSet(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  Set* s = rt.heap.New<Set>(ts, ObjKind::kSet, rt.classes.set);
  if (s == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  s->mask = kMinSize - 1;
  return s;
}

int SetAdd(ThreadState& ts, Set* s, Value item) {
  int64_t h;
  if (!HashItem(ts, item, &h)) return -1;
  int r = AddHashed(ts, s, item, h);
  return r < 0 ? -1 : 1;
}

int SetContains(ThreadState& ts, Set* s, Value item) {
  int64_t h;
  if (!HashItem(ts, item, &h)) return -1;
  int64_t r = Find(ts, s, item, h);
  if (r == -2) return -1;
  return r >= 0 ? 1 : 0;
}

int SetDiscard(ThreadState& ts, Set* s, Value item) {
  int64_t h;
  if (!HashItem(ts, item, &h)) return -1;
  int64_t r = Find(ts, s, item, h);
  if (r == -2) return -1;
  if (r < 0) return 0;
  s->table[r] = SetEntry{Value::Error(), -1};
  s->used--;
  return 1;
}

uint32_t SetSize(Set* s) { return s->used; }

bool SetNext(Set* s, uint32_t* pos, Value* item) {
  if (s->table == nullptr) return false;
  while (*pos <= s->mask) {
    SetEntry& e = s->table[(*pos)++];
    if (IsActive(e)) {
      *item = e.key;
      return true;
    }
  }
  return false;
}

Set* SetCopy(ThreadState& ts, Set* s) {
  Set* c = NewSet(ts);
  if (c == nullptr) return nullptr;
  if (!MergeSet(ts, c, s)) return nullptr;
  return c;
}

Set* SetRebuilt(ThreadState& ts, Set* s) {
  Set* r = NewSet(ts);
  if (r == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(SetValue(r));
  roots.Add(SetValue(s));
  uint32_t pos = 0;
  Value item;
  while (SetNext(s, &pos, &item)) {
    if (SetAdd(ts, r, item) < 0) return nullptr;
  }
  return r;
}

bool SetUpdate(ThreadState& ts, Set* s, Value iterable) {
  if (IsKind(iterable, ObjKind::kSet)) {
    return MergeSet(ts, s, AsSet(iterable));
  }
  TempRoots roots(ts);
  roots.Add(Value::Obj(s));
  Value it = GetIter(ts, iterable);
  if (it.IsError()) return false;
  roots.Add(it);
  NativePoll poll(ts);
  for (;;) {
    if (!poll.Tick()) return false;
    Value v = IterNext(ts, it);
    if (v.IsError()) return false;
    if (v.IsEmpty()) return true;
    if (SetAdd(ts, s, v) < 0) return false;
  }
}

Value SetPop(ThreadState& ts, Set* s) {
  if (s->used == 0) {
    return RaiseWithMessage(ts, Rt(ts).exc.key_error, "pop from an empty set");
  }
  uint32_t i = s->finger & s->mask;
  while (!IsActive(s->table[i])) i = (i + 1) & s->mask;
  Value key = s->table[i].key;
  s->table[i] = SetEntry{Value::Error(), -1};
  s->used--;
  s->finger = i + 1;
  return key;
}

void SetClear(ThreadState& ts, Set* s) {
  if (s->table != nullptr) {
    Rt(ts).heap.FreeBuffer(s->table, (s->mask + 1) * sizeof(SetEntry));
  }
  s->table = nullptr;
  s->mask = kMinSize - 1;
  s->fill = s->used = 0;
  s->finger = 0;
}

void RegisterSetKindOps() {
  RegisterKindOps(ObjKind::kSet, KindOps{TraceSet, FinalizeSet});
}

}  // namespace interp
