// The part of a code object that crash reporters read: a plain-data header
// in type-stable memory (stable_arena.h), validated by a magic word and a
// generation counter, with names and the line table reached only through it.
//
// Reader protocol (async-signal-safe, see faulthandler/frame_reader):
//   1. stable::Contains(info, sizeof(CodeInfo)) or give up;
//   2. g = generation (acquire); magic == kCodeInfoMagic or give up;
//   3. copy name/filename (each checked with stable::Contains) and look up
//      the line for a pc in the line table (bounds-checked);
//   4. re-read magic and generation; if either changed, the copy is torn.
// Writers (the owning runtime, holding its global lock) fill every field
// before publishing the CodeInfo in a frame record, and on free clear the
// magic and bump the generation before releasing the line table.
#ifndef INTERP_RUNTIME_FRAMES_CODE_INFO_H_
#define INTERP_RUNTIME_FRAMES_CODE_INFO_H_

#include <atomic>
#include <cstdint>
#include <string_view>

namespace interp {

inline constexpr uint32_t kCodeInfoMagic = 0xC0DE1A7Eu;
inline constexpr uint32_t kNativeInfoMagic = 0x4E41F1FEu;

// One run of the line table: instructions [start_pc, next.start_pc) belong
// to `line`. Sorted by start_pc; the first entry has start_pc == 0.
struct LineEntry {
  uint32_t start_pc;
  int32_t line;
};

struct CodeInfo {
  std::atomic<uint32_t> magic;
  std::atomic<uint32_t> generation;
  // Immortal strings from stable::InternString.
  const char* name;  // "<module>", "f", "<lambda>", "<listcomp>", ...
  uint32_t name_len;
  const char* filename;
  uint32_t filename_len;
  // Line table in stable memory, freed (to the arena) with the code.
  const LineEntry* lines;
  uint32_t num_lines;
  int32_t first_line;
};

// Describes a native function for reports: "<native> <module>.<name>".
// Allocated once per distinct qualified name in stable memory; immortal.
struct NativeInfo {
  uint32_t magic;  // kNativeInfoMagic
  uint32_t qualified_name_len;
  const char* qualified_name;  // e.g. "faulthandler._sigsegv", "builtins.len"
};

// Immortal, deduplicated NativeInfo for `qualified_name` (thread-safe, not
// for signal handlers).
const NativeInfo* InternNativeInfo(std::string_view qualified_name);

// A live CodeInfo for a code object: `name` and `filename` interned (immortal),
// the `n` line entries copied into stable memory. Thread-safe (takes the
// arena lock), not for signal handlers. Freed CodeInfo records are recycled
// only as CodeInfos, so a stale pointer always reaches a CodeInfo-shaped
// record whose magic/generation tell it apart from the one it meant.
//
// Generation protocol (a seqlock per record): `generation` is odd while the
// record is free or being (re)filled and even while it is live; the fields
// are written with relaxed atomic stores between the two generation stores,
// and `magic` is kCodeInfoMagic exactly while the record is live.
CodeInfo* NewCodeInfo(std::string_view name, std::string_view filename,
                      const LineEntry* lines, uint32_t n, int32_t first_line);

// Retires `info`: clears the magic and bumps the generation (to odd), then
// returns the line table to the arena and the record to the CodeInfo free
// list. The caller guarantees no frame record of a *running* frame still
// names it (stale records are fine: readers validate). Null is a no-op.
void FreeCodeInfo(CodeInfo* info);

// Line for `pc`, or -1 when the table has no entry. Pure and
// async-signal-safe given a validated table.
inline int32_t LineForPc(const LineEntry* lines, uint32_t n, uint32_t pc) {
  int32_t line = -1;
  for (uint32_t lo = 0, hi = n; lo < hi;) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (lines[mid].start_pc <= pc) {
      line = lines[mid].line;
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return line;
}

}  // namespace interp

#endif  // INTERP_RUNTIME_FRAMES_CODE_INFO_H_
