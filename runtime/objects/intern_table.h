// RuntimeState::InternTable: the data layer's per-runtime state (interned
// strings, cached singletons). Defined in a header of its own because the
// file that defines ~RuntimeState (runtime_state.cc) must see the complete
// type for std::unique_ptr; nothing else should need its fields.
#ifndef INTERP_RUNTIME_OBJECTS_INTERN_TABLE_H_
#define INTERP_RUNTIME_OBJECTS_INTERN_TABLE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "runtime/object.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"

namespace interp {

// Extra special-method names the data layer dispatches on that are not in
// names.h (kept here so names.h stays the lead's list).
// clang-format off
#define INTERP_DATA_NAMES(X)                                               \
  X(__rlshift__) X(__rrshift__) X(__rand__) X(__ror__) X(__rxor__)         \
  X(__itruediv__) X(__ifloordiv__) X(__imod__) X(__ipow__)                 \
  X(__ilshift__) X(__irshift__) X(__iand__) X(__ior__) X(__ixor__)         \
  X(__missing__) X(__reversed__)                                         \
  X(__matmul__) X(__rmatmul__) X(__imatmul__)
// clang-format on

// The interned-string set holds the Str pointers alone (8-byte slots, where
// a map from a view to the Str took 24: bootstrap interns a few thousand
// names, and every page of the table it touches is resident), hashed as
// StrHash hashes the bytes, so a lookup by text hashes once and the new
// string keeps that hash.
struct InternedStrHash {
  using is_transparent = void;
  size_t operator()(std::string_view v) const {
    return static_cast<size_t>(StrHashOfBytes(v));
  }
  size_t operator()(const Str* s) const {
    return static_cast<size_t>(s->hash);  // set when interned
  }
};
struct InternedStrEq {
  using is_transparent = void;
  static std::string_view View(std::string_view v) { return v; }
  static std::string_view View(const Str* s) { return s->view(); }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const {
    return View(a) == View(b);
  }
};

// Owned by str.cc; lives as long as its runtime. Besides interned strings it
// holds the data layer's per-runtime singletons and counters.
struct RuntimeState::InternTable {
  // Interned strings are immortal roots; each has its hash cached.
  absl::flat_hash_set<Str*, InternedStrHash, InternedStrEq> set;
  Str* ascii_chars[128] = {};
  Str* empty_str = nullptr;
  Tuple* empty_tuple = nullptr;
  // Source of DictKeysVersion values: unique across the runtime, so an
  // inline cache keyed on (dict, version) never matches a recycled dict.
  uint64_t next_dict_version = 1;
#define INTERP_DATA_NAME_FIELD(n) Str* n = nullptr;
  INTERP_DATA_NAMES(INTERP_DATA_NAME_FIELD)
#undef INTERP_DATA_NAME_FIELD
  // Code-point indexes of long non-ASCII strings (str.cc): entry k is the
  // byte offset of code point k * kStrIndexStride. Keyed by address, so the
  // table is emptied whenever a collection starts (the only time a string
  // can die and its address be reused).
  absl::flat_hash_map<const Str*, std::vector<uint32_t>> char_index;
  size_t char_index_entries = 0;  // total vector elements, to bound memory
};

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_INTERN_TABLE_H_
