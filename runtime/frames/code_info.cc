// CodeInfo / NativeInfo allocation (see code_info.h for the protocols).
//
// Readers (faulthandler/frame_reader.cc) load every field of a CodeInfo and
// of its line table with relaxed atomic loads, and this file stores them
// with relaxed atomic stores inside the generation seqlock, so the
// read-while-recycled case is a race the protocol detects, not undefined
// behaviour.
#include "runtime/frames/code_info.h"

#include <cstring>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "runtime/frames/stable_arena.h"

namespace interp {
namespace {

template <typename T>
void StoreRelaxed(T* field, T value) {
  __atomic_store_n(field, value, __ATOMIC_RELAXED);
}

std::string_view NameOf(const NativeInfo* info) {
  return {info->qualified_name, info->qualified_name_len};
}

// A word-at-a-time multiply-xorshift hash of the name: the table's lookups
// are most of bootstrap's hashing, and absl::Hash of a string_view went
// through libstdc++'s byte-wise _Hash_bytes.
struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view v) const {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ v.size();
    size_t i = 0;
    for (; i + 8 <= v.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, v.data() + i, 8);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i < v.size(); ++i, ++k) {
      tail |= uint64_t{static_cast<unsigned char>(v[i])} << (8 * k);
    }
    h = (h ^ tail) * 0x94D049BB133111EBull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
  size_t operator()(const NativeInfo* info) const {
    return (*this)(NameOf(info));
  }
};
struct NameEq {
  using is_transparent = void;
  static std::string_view View(std::string_view v) { return v; }
  static std::string_view View(const NativeInfo* info) { return NameOf(info); }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const {
    return View(a) == View(b);
  }
};

struct InfoPools {
  std::mutex mu;
  // Retired CodeInfo records. Kept outside the records so that a retired
  // record's fields stay CodeInfo-shaped (no free-list link over them).
  std::vector<CodeInfo*> free_code_infos;
  // The records themselves, looked up by name: 8-byte slots where a map
  // from the name took 24 (the table is sized for bootstrap, and each of
  // its pages bootstrap touches stays resident).
  absl::flat_hash_set<const NativeInfo*, NameHash, NameEq> natives;
  // NativeInfo records and their names are carved from blocks of stable
  // memory: bootstrap interns ~2,000 of them, and one arena allocation plus
  // one string interning (two locks, two hash tables) each was a third of
  // the instructions of `interp -c pass`.
  char* carve = nullptr;
  char* carve_end = nullptr;
};

constexpr size_t kCarveBlock = 16 << 10;

InfoPools& Pools() {
  static InfoPools* pools = [] {
    auto* p = new InfoPools();
    // Bootstrap interns ~150 since builtin classes make their natives
    // lazily (lazy_natives.h); each page of a larger table that inserts
    // touch is a fault at start. It grows with the classes a program uses.
    p->natives.reserve(448);
    // Keep the pool lock consistent across fork (see stable_arena.cc).
    pthread_atfork([] { Pools().mu.lock(); }, [] { Pools().mu.unlock(); },
                   [] { Pools().mu.unlock(); });
    return p;
  }();
  return *pools;
}

}  // namespace

const NativeInfo* InternNativeInfo(std::string_view name) {
  InfoPools& pools = Pools();
  std::lock_guard<std::mutex> lock(pools.mu);
  auto it = pools.natives.find(name);
  if (it != pools.natives.end()) return *it;
  // Records are 8-aligned (their widest field is a pointer).
  size_t need = (sizeof(NativeInfo) + name.size() + 1 + 7) & ~size_t{7};
  char* p;
  if (need > kCarveBlock / 4) {
    p = static_cast<char*>(stable::Allocate(need));
  } else {
    if (pools.carve == nullptr || pools.carve + need > pools.carve_end) {
      // The tail of the previous block is abandoned (under a quarter).
      pools.carve = static_cast<char*>(stable::Allocate(kCarveBlock));
      pools.carve_end = pools.carve + kCarveBlock;
    }
    p = pools.carve;  // zero-filled by the arena, never reused
    pools.carve += need;
  }
  auto* info = reinterpret_cast<NativeInfo*>(p);
  char* text = p + sizeof(NativeInfo);
  // Never recycled, and published to readers only through frame records
  // (release stores): plain writes suffice.
  std::memcpy(text, name.data(), name.size());
  text[name.size()] = '\0';
  StoreRelaxed<const char*>(&info->qualified_name, text);
  StoreRelaxed(&info->qualified_name_len, static_cast<uint32_t>(name.size()));
  StoreRelaxed(&info->magic, kNativeInfoMagic);
  pools.natives.insert(info);
  return info;
}

CodeInfo* NewCodeInfo(std::string_view name, std::string_view filename,
                      const LineEntry* lines, uint32_t n, int32_t first_line) {
  // Everything that takes the arena lock happens before the record is
  // claimed, so the pool lock is never held across it.
  const char* iname = stable::InternString(name);
  const char* ifile = stable::InternString(filename);
  LineEntry* table = nullptr;
  if (n > 0) {
    table = static_cast<LineEntry*>(stable::Allocate(n * sizeof(LineEntry)));
    for (uint32_t i = 0; i < n; ++i) {
      StoreRelaxed(&table[i].start_pc, lines[i].start_pc);
      StoreRelaxed(&table[i].line, lines[i].line);
    }
  }

  CodeInfo* info = nullptr;
  {
    InfoPools& pools = Pools();
    std::lock_guard<std::mutex> lock(pools.mu);
    if (!pools.free_code_infos.empty()) {
      info = pools.free_code_infos.back();
      pools.free_code_infos.pop_back();
    }
  }
  uint32_t gen;
  if (info == nullptr) {
    info = static_cast<CodeInfo*>(stable::Allocate(sizeof(CodeInfo)));
    gen = 1;  // odd: being filled
    info->generation.store(gen, std::memory_order_relaxed);
  } else {
    gen = info->generation.load(std::memory_order_relaxed);  // odd (retired)
  }
  std::atomic_thread_fence(std::memory_order_release);
  StoreRelaxed(&info->name, iname);
  StoreRelaxed(&info->name_len, static_cast<uint32_t>(name.size()));
  StoreRelaxed(&info->filename, ifile);
  StoreRelaxed(&info->filename_len, static_cast<uint32_t>(filename.size()));
  StoreRelaxed<const LineEntry*>(&info->lines, table);
  StoreRelaxed(&info->num_lines, n);
  StoreRelaxed(&info->first_line, first_line);
  info->generation.store(gen + 1, std::memory_order_release);
  info->magic.store(kCodeInfoMagic, std::memory_order_release);
  return info;
}

void FreeCodeInfo(CodeInfo* info) {
  if (info == nullptr) return;
  uint32_t gen = info->generation.load(std::memory_order_relaxed);
  info->magic.store(0, std::memory_order_relaxed);
  info->generation.store(gen + 1, std::memory_order_relaxed);  // odd
  // Readers that copied fields before this point see the changed
  // generation; nothing below may become visible before it.
  std::atomic_thread_fence(std::memory_order_release);
  const LineEntry* table = __atomic_load_n(&info->lines, __ATOMIC_RELAXED);
  uint32_t n = __atomic_load_n(&info->num_lines, __ATOMIC_RELAXED);
  if (table != nullptr) {
    stable::Free(const_cast<LineEntry*>(table), n * sizeof(LineEntry));
  }
  InfoPools& pools = Pools();
  std::lock_guard<std::mutex> lock(pools.mu);
  pools.free_code_infos.push_back(info);
}

}  // namespace interp
