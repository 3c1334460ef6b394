// The layout of Dict, shared by dict.cc and the interpreter loop's inline
// caches. Everyone else uses the functions in runtime/dict.h.
//
// Why a header: the VM's hottest paths (global loads, instance attribute
// hits, method-shadowing checks) read a dict entry by index or look up an
// interned name. As out-of-line calls those cost a call/return per access
// (several per bytecode in oop/fib); inlined they are one or two loads.
#ifndef INTERP_RUNTIME_OBJECTS_DICT_LAYOUT_H_
#define INTERP_RUNTIME_OBJECTS_DICT_LAYOUT_H_

#include <cstdint>

#include "runtime/object.h"
#include "runtime/objects/str.h"
#include "runtime/value.h"

namespace interp {

struct DictEntry {
  Value key;  // Empty for a deleted entry
  Value value;
  int64_t hash;
};

// One buffer holds an index table (int32 slots: -1 empty, -2 deleted, else
// an entry number) followed by the dense entry array.
struct Dict : Object {
  int32_t* slots;       // table_size slots, then the entries
  DictEntry* entries;   // entry_cap entries (inside the same buffer)
  uint32_t table_size;  // 0 (no buffer yet) or a power of two
  uint32_t entry_cap;   // table_size * 2 / 3
  uint32_t used;        // live entries
  uint32_t nentries;    // entries in use, including deleted ones
  uint64_t version;     // DictKeysVersion
};

namespace dict_inline {

inline constexpr int32_t kSlotEmpty = -1;

inline uint64_t KeysVersion(const Dict* d) { return d->version; }
inline uint32_t Size(const Dict* d) { return d->used; }
// Entries below nentries; deleted ones have an Empty key.
inline uint32_t EntryCount(const Dict* d) { return d->nentries; }
inline Value KeyAt(const Dict* d, int32_t i) { return d->entries[i].key; }
inline Value ValueAt(const Dict* d, int32_t i) { return d->entries[i].value; }
inline void SetValueAt(Dict* d, int32_t i, Value v) { d->entries[i].value = v; }

// DictFindStrIndex, inline: the entry index of Str `key` (whose hash is
// `hash`), or -1. Identity is tested first (interned names); an equal,
// non-identical key is found through the out-of-line StrEquals.
inline int32_t FindStr(const Dict* d, Str* key, int64_t hash) {
  if (d->table_size == 0) return -1;
  uint32_t mask = d->table_size - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint32_t i = static_cast<uint32_t>(hash) & mask;
  for (;;) {
    int32_t ix = d->slots[i];
    if (ix == kSlotEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.key.IsObject() && e.key.AsObject() == key) return ix;
      if (e.hash == hash && e.key.IsObject() &&
          e.key.AsObject()->kind == ObjKind::kStr &&
          StrEquals(static_cast<const Str*>(e.key.AsObject()), key)) {
        return ix;
      }
    }
    perturb >>= 5;
    i = static_cast<uint32_t>(i * 5 + perturb + 1) & mask;
  }
}

}  // namespace dict_inline
}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_DICT_LAYOUT_H_
