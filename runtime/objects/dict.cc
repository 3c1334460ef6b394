// Dicts: a compact, insertion-ordered hash table. One buffer holds an index
// table (int32 slots: -1 empty, -2 deleted, else an entry number) followed
// by the dense entry array, so iteration order is insertion order and small
// dicts cost a single allocation.
#include "runtime/objects/dict.h"

#include <cstring>

#include "runtime/builtins/errors.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/dict_layout.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"

namespace interp {

namespace {

constexpr int32_t kSlotEmpty = -1;
constexpr int32_t kSlotDeleted = -2;
constexpr uint32_t kMinTable = 8;

// DictEntry and Dict are defined in dict_layout.h (the VM inlines reads).

size_t BufferBytes(uint32_t table_size, uint32_t entry_cap) {
  return table_size * sizeof(int32_t) + entry_cap * sizeof(DictEntry);
}

uint32_t CapFor(uint32_t table_size) { return table_size * 2 / 3; }

void InsertSlot(Dict* d, int64_t hash, int32_t index) {
  uint32_t mask = d->table_size - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint32_t i = static_cast<uint32_t>(hash) & mask;
  while (d->slots[i] != kSlotEmpty) {
    perturb >>= 5;
    i = static_cast<uint32_t>(i * 5 + perturb + 1) & mask;
  }
  d->slots[i] = index;
}

// Rebuilds the table with room for at least `min_used` live entries,
// compacting out deleted entries.
bool Rebuild(ThreadState& ts, Dict* d, uint32_t min_used) {
  uint32_t size = kMinTable;
  while (CapFor(size) < min_used) {
    if (size >= (1u << 30)) {
      RaiseMemoryError(ts);
      return false;
    }
    size <<= 1;
  }
  uint32_t cap = CapFor(size);
  Heap& heap = Rt(ts).heap;
  void* buf = heap.AllocBuffer(BufferBytes(size, cap));
  if (buf == nullptr) {
    RaiseMemoryError(ts);
    return false;
  }
  int32_t* slots = static_cast<int32_t*>(buf);
  DictEntry* entries = reinterpret_cast<DictEntry*>(slots + size);
  std::memset(slots, 0xFF, size * sizeof(int32_t));  // all kSlotEmpty
  uint32_t n = 0;
  for (uint32_t i = 0; i < d->nentries; ++i) {
    if (!d->entries[i].key.IsEmpty()) entries[n++] = d->entries[i];
  }
  if (d->slots != nullptr) {
    heap.FreeBuffer(d->slots, BufferBytes(d->table_size, d->entry_cap));
  }
  d->slots = slots;
  d->entries = entries;
  d->table_size = size;
  d->entry_cap = cap;
  d->nentries = n;
  d->used = n;
  for (uint32_t i = 0; i < n; ++i) {
    InsertSlot(d, entries[i].hash, static_cast<int32_t>(i));
  }
  return true;
}

// Key equality without script code, or -2 when only the protocol can tell.
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
  if (IsKind(a, ObjKind::kStr) || IsKind(b, ObjKind::kStr)) {
    // A str never equals a non-str builtin value; user classes decide
    // for themselves below.
    Value other = IsKind(a, ObjKind::kStr) ? b : a;
    if (!other.IsObject()) return 0;
  }
  if (!a.IsObject() && !b.IsObject()) return 0;
  return -2;
}

// Finds `key`: returns the slot position holding it (with *entry set) or -1
// (with *free_slot set to where it would go). -2 on error.
int64_t Lookup(ThreadState* ts, Dict* d, Value key, int64_t hash,
               int32_t* entry, uint32_t* free_slot) {
restart:
  if (d->table_size == 0) {
    *free_slot = 0;
    return -1;
  }
  uint32_t mask = d->table_size - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint32_t i = static_cast<uint32_t>(hash) & mask;
  int64_t first_deleted = -1;
  for (;;) {
    int32_t ix = d->slots[i];
    if (ix == kSlotEmpty) {
      *free_slot =
          first_deleted >= 0 ? static_cast<uint32_t>(first_deleted) : i;
      return -1;
    }
    if (ix == kSlotDeleted) {
      if (first_deleted < 0) first_deleted = i;
    } else {
      DictEntry& e = d->entries[ix];
      if (e.key.Is(key)) {
        *entry = ix;
        return i;
      }
      if (e.hash == hash) {
        int eq = QuickEquals(e.key, key);
        if (eq == -2) {
          if (ts == nullptr) {
            eq = 0;
          } else {
            // The protocol may run script code that mutates the dict.
            DictEntry* saved_entries = d->entries;
            Value saved_key = e.key;
            eq = Equals(*ts, saved_key, key);
            if (eq < 0) return -2;
            if (d->entries != saved_entries ||
                !d->entries[ix].key.Is(saved_key)) {
              goto restart;
            }
          }
        }
        if (eq) {
          *entry = ix;
          return i;
        }
      }
    }
    perturb >>= 5;
    i = static_cast<uint32_t>(i * 5 + perturb + 1) & mask;
  }
}

// The probe of the common keys (str and int), which never runs script
// code: 1 found (*entry, *slot set), 0 missing (*free_slot set), -1 when an
// entry with the same hash needs the general protocol (Lookup). Kept free
// of calls except StrEquals so that the loop stays in registers.
inline int FindSimple(const Dict* d, Value key, int64_t hash, int32_t* entry,
                      uint32_t* free_slot) {
  if (d->table_size == 0) {
    *free_slot = 0;
    return 0;
  }
  const bool key_str = IsKind(key, ObjKind::kStr);
  const bool key_int = key.IsInt();
  uint32_t mask = d->table_size - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint32_t i = static_cast<uint32_t>(hash) & mask;
  int64_t first_deleted = -1;
  for (;;) {
    int32_t ix = d->slots[i];
    if (ix == kSlotEmpty) {
      *free_slot =
          first_deleted >= 0 ? static_cast<uint32_t>(first_deleted) : i;
      return 0;
    }
    if (ix == kSlotDeleted) {
      if (first_deleted < 0) first_deleted = i;
    } else {
      const DictEntry& e = d->entries[ix];
      if (e.key.Is(key)) {
        *entry = ix;
        return 1;
      }
      if (e.hash == hash) {
        if (key_str && IsKind(e.key, ObjKind::kStr)) {
          if (StrEquals(As<Str>(e.key), As<Str>(key))) {
            *entry = ix;
            return 1;
          }
        } else if (!(key_int && e.key.IsInt())) {
          // (Two distinct ints with one hash are simply unequal.)
          return -1;
        }
      }
    }
    perturb >>= 5;
    i = static_cast<uint32_t>(i * 5 + perturb + 1) & mask;
  }
}

bool HashKey(ThreadState& ts, Value key, int64_t* h) {
  if (IsKind(key, ObjKind::kStr)) {
    Str* s = As<Str>(key);
    *h = s->hash != -1 ? s->hash : StrHash(s);  // cached after the first
    return true;
  }
  return Hash(ts, key, h);
}

bool InsertNew(ThreadState& ts, Dict* d, Value key, Value value, int64_t hash,
               uint32_t free_slot) {
  if (d->nentries >= d->entry_cap) {
    if (!Rebuild(ts, d,
                 d->used + 1 > d->used * 2 ? d->used + 1 : d->used * 2)) {
      return false;
    }
    int32_t dummy;
    Lookup(nullptr, d, key, hash, &dummy, &free_slot);
  }
  uint32_t ix = d->nentries++;
  d->entries[ix] = DictEntry{key, value, hash};
  d->slots[free_slot] = static_cast<int32_t>(ix);
  d->used++;
  d->version = NextDictVersion(ts);
  return true;
}

void TraceDict(Object* o, Tracer& t) {
  Dict* d = static_cast<Dict*>(o);
  for (uint32_t i = 0; i < d->nentries; ++i) {
    t.Mark(d->entries[i].key);
    t.Mark(d->entries[i].value);
  }
}

void FinalizeDict(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  if (d->slots != nullptr) {
    Heap::Finalizing()->FreeBuffer(d->slots,
                                   BufferBytes(d->table_size, d->entry_cap));
    d->slots = nullptr;
  }
}

}  // namespace

Dict* NewDict(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  Dict* d = rt.heap.New<Dict>(ts, ObjKind::kDict, rt.classes.dict);
  if (d == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  d->version = NextDictVersion(ts);
  return d;
}

Value DictGet(ThreadState& ts, Dict* d, Value key) {
  int64_t h;
  if (!HashKey(ts, key, &h)) return Value::Error();
  int32_t ix;
  uint32_t free_slot;
  if (IsKind(key, ObjKind::kStr) || key.IsInt()) {
    int found = FindSimple(d, key, h, &ix, &free_slot);
    if (found == 1) return d->entries[ix].value;
    if (found == 0) return Value::Empty();
  }
  int64_t r = Lookup(&ts, d, key, h, &ix, &free_slot);
  if (r == -2) return Value::Error();
  if (r < 0) return Value::Empty();
  return d->entries[ix].value;
}

bool DictSet(ThreadState& ts, Dict* d, Value key, Value value) {
  int64_t h;
  if (!HashKey(ts, key, &h)) return false;
  int32_t ix;
  uint32_t free_slot;
  if (IsKind(key, ObjKind::kStr) || key.IsInt()) {
    int found = FindSimple(d, key, h, &ix, &free_slot);
    if (found == 1) {
      d->entries[ix].value = value;
      return true;
    }
    if (found == 0) return InsertNew(ts, d, key, value, h, free_slot);
  }
  int64_t r = Lookup(&ts, d, key, h, &ix, &free_slot);
  if (r == -2) return false;
  if (r >= 0) {
    d->entries[ix].value = value;
    return true;
  }
  return InsertNew(ts, d, key, value, h, free_slot);
}

int DictDel(ThreadState& ts, Dict* d, Value key) {
  int64_t h;
  if (!HashKey(ts, key, &h)) return -1;
  int32_t ix;
  uint32_t free_slot;
  int64_t r = Lookup(&ts, d, key, h, &ix, &free_slot);
  if (r == -2) return -1;
  if (r < 0) return 0;
  d->slots[r] = kSlotDeleted;
  d->entries[ix].key = Value::Empty();
  d->entries[ix].value = Value::Empty();
  d->used--;
  d->version = NextDictVersion(ts);
  // Deleted entries are not reclaimed here, not even trailing ones: their
  // slots stay kSlotDeleted, and only nentries reaching entry_cap (2/3 of
  // the table) triggers the Rebuild that clears them. Reclaiming would let
  // insert/delete cycles fill the whole table with deleted slots, and a
  // probe for a missing key would then never meet an empty slot.
  return 1;
}

Value DictGetStr(Dict* d, Str* key) {
  int32_t ix = DictFindStrIndex(d, key);
  return ix < 0 ? Value::Empty() : d->entries[ix].value;
}

bool DictSetStr(ThreadState& ts, Dict* d, Str* key, Value value) {
  // One probe finds either the key or where it goes. Without a ThreadState
  // Lookup never runs script code (a str key only equals str keys here).
  int64_t h = StrHash(key);
  int32_t ix;
  uint32_t free_slot;
  if (Lookup(nullptr, d, Value::Obj(key), h, &ix, &free_slot) >= 0) {
    d->entries[ix].value = value;
    return true;
  }
  return InsertNew(ts, d, Value::Obj(key), value, h, free_slot);
}

uint32_t DictSize(Dict* d) { return d->used; }

bool DictNext(Dict* d, uint32_t* pos, Value* key, Value* value) {
  while (*pos < d->nentries) {
    DictEntry& e = d->entries[(*pos)++];
    if (!e.key.IsEmpty()) {
      if (key) *key = e.key;
      if (value) *value = e.value;
      return true;
    }
  }
  return false;
}

void DictClear(ThreadState& ts, Dict* d) {
  if (d->slots != nullptr) {
    Rt(ts).heap.FreeBuffer(d->slots, BufferBytes(d->table_size, d->entry_cap));
  }
  d->slots = nullptr;
  d->entries = nullptr;
  d->table_size = d->entry_cap = d->used = d->nentries = 0;
  d->version = NextDictVersion(ts);
}

Dict* DictCopy(ThreadState& ts, Dict* d) {
  Dict* c = NewDict(ts);
  if (c == nullptr) return nullptr;
  if (d->used == 0) return c;
  if (d->used == d->nentries) {
    // No holes: the table can be copied as is.
    size_t bytes = BufferBytes(d->table_size, d->entry_cap);
    void* buf = Rt(ts).heap.AllocBuffer(bytes);
    if (buf == nullptr) {
      RaiseMemoryError(ts);
      return nullptr;
    }
    std::memcpy(buf, d->slots, bytes);
    c->slots = static_cast<int32_t*>(buf);
    c->entries = reinterpret_cast<DictEntry*>(c->slots + d->table_size);
    c->table_size = d->table_size;
    c->entry_cap = d->entry_cap;
    c->used = d->used;
    c->nentries = d->nentries;
    return c;
  }
  if (!Rebuild(ts, c, d->used)) return nullptr;
  for (uint32_t i = 0; i < d->nentries; ++i) {
    DictEntry& e = d->entries[i];
    if (e.key.IsEmpty()) continue;
    uint32_t ix = c->nentries++;
    c->entries[ix] = e;
    InsertSlot(c, e.hash, static_cast<int32_t>(ix));
    c->used++;
  }
  return c;
}

int32_t DictFindStrIndex(Dict* d, Str* key) {
  if (d->table_size == 0) return -1;
  int64_t hash = StrHash(key);
  uint32_t mask = d->table_size - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint32_t i = static_cast<uint32_t>(hash) & mask;
  for (;;) {
    int32_t ix = d->slots[i];
    if (ix == kSlotEmpty) return -1;
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (e.key.IsObject() && e.key.AsObject() == key) return ix;
      if (e.hash == hash && IsKind(e.key, ObjKind::kStr) &&
          StrEquals(As<Str>(e.key), key)) {
        return ix;
      }
    }
    perturb >>= 5;
    i = static_cast<uint32_t>(i * 5 + perturb + 1) & mask;
  }
}

Value DictKeyAt(Dict* d, int32_t index) { return d->entries[index].key; }
Value DictValueAt(Dict* d, int32_t index) { return d->entries[index].value; }
void DictSetValueAt(Dict* d, int32_t index, Value v) {
  d->entries[index].value = v;
}
uint64_t DictKeysVersion(Dict* d) { return d->version; }

void RegisterDictKindOps() {
  RegisterKindOps(ObjKind::kDict, KindOps{TraceDict, FinalizeDict});
}

}  // namespace interp
