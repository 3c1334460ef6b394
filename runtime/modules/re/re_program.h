// The compiled form of a regular expression and the two halves that make
// and run it: the compiler (re_compile.cc: Python's pattern syntax and
// sre_parse's error messages, to a flat instruction list) and the matcher
// (re_match.cc: a backtracking machine with an explicit stack, so a deep or
// catastrophic pattern never grows the C stack; it polls the host limits).
//
// The design follows CPython's sre in spirit (compile to a program, match
// with a backtracking VM, single-character repeats as one instruction)
// with code of our own.
#ifndef INTERP_RUNTIME_MODULES_RE_RE_PROGRAM_H_
#define INTERP_RUNTIME_MODULES_RE_RE_PROGRAM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "runtime/frames/thread_state.h"

namespace interp {
namespace re {

// CPython's flag values (re.I == 2, ...).
enum Flags : uint32_t {
  kTemplate = 1,
  kIgnoreCase = 2,
  kLocale = 4,
  kMultiline = 8,
  kDotAll = 16,
  kUnicode = 32,
  kVerbose = 64,
  kDebug = 128,
  kAscii = 256,
};

enum class Op : uint8_t {
  kChar,         // a: code point
  kCharIgnore,   // a: lowercase code point; compares lower(c)
  kAny,          // any but '\n'
  kAnyAll,       // any
  kSet,          // a: index into Program::sets
  kAt,           // a: AtKind
  kSplit,        // try a, on failure b
  kJmp,          // a
  kSave,         // a: slot (2g start, 2g+1 end)
  kMatch,        // success (top level) / end of a sub-program
  kBackref,      // a: group; flag: ignore case
  kAssert,       // sub-program at pc+1; b: pc after it; c: lookbehind width
                 // or -1 for lookahead; flag: negated
  kAtomic,       // sub-program at pc+1, b: pc after it; continues where the
                 // sub-program ended
  kRepeatOne,    // item at pc+1, continue at pc+2; b..c: min..max (-1: no
                 // limit); flag: RepeatMode
  kRepInit,      // a: counter
  kRepCheck,     // a: counter, b..c: min..max, d: exit pc; body at pc+1;
                 // flag: RepeatMode
  kGroupExists,  // a: group; b: pc of the "no" branch
  kFail,
};

enum class AtKind : uint8_t {
  kBeginning,      // ^ (and \A)
  kBeginningLine,  // ^ with MULTILINE
  kEnd,            // $: end, or before a final newline
  kEndLine,        // $ with MULTILINE
  kEndString,      // \Z
  kBoundary,       // \b
  kNonBoundary,    // \B
};

enum RepeatMode : uint8_t { kGreedy = 0, kLazy = 1, kPossessive = 2 };

struct Inst {
  Op op;
  uint8_t flag = 0;
  int32_t a = 0, b = 0, c = 0, d = 0;
};

// Categories a class may hold (\d, \D, \w, ...).
enum Category : uint8_t {
  kCatDigit = 1,
  kCatNotDigit = 2,
  kCatWord = 4,
  kCatNotWord = 8,
  kCatSpace = 16,
  kCatNotSpace = 32,
};

struct CharSet {
  bool negate = false;
  bool ignore = false;
  bool ascii = false;  // categories with ASCII semantics
  uint8_t categories = 0;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;  // inclusive
  uint64_t low_bits[2] = {0, 0};  // the answer for code points < 128

  bool Contains(uint32_t c) const {
    if (c < 128) return (low_bits[c >> 6] >> (c & 63)) & 1;
    return ContainsSlow(c);
  }
  bool ContainsSlow(uint32_t c) const;
  void Finish();  // fills low_bits
};

class Runner;

struct Program {
  std::vector<Inst> code;
  std::vector<CharSet> sets;
  uint32_t flags = 0;  // the final flags (with inline global flags)
  int groups = 0;      // capture groups, group 0 excluded
  int counters = 0;
  std::vector<std::pair<std::u32string, int>> group_names;  // in order
  // A cheap filter for search: the first character of any match (when
  // known): either a literal (first_char >= 0) or a set (first_set >= 0).
  int64_t first_char = -1;
  int first_set = -1;
  bool anchored_start = false;  // begins with \A or ^ (no MULTILINE)
  // Idle runners (ASCII subjects, decoded subjects) kept between calls so
  // a pattern matched line by line does not reallocate its buffers; a
  // call takes one (nested calls find none and make their own).
  mutable std::unique_ptr<Runner> spare[2];
};

// A compile error: CPython's message and position (-1: none).
struct CompileError {
  std::string msg;
  int64_t pos = -1;
  bool overflow = false;   // OverflowError rather than re.error
  bool recursion = false;  // RecursionError rather than re.error
};

// Compiles `pattern` (code points) with `flags`. False with *err set.
// Groups nest at most `max_nesting` deep (the parser and code generator
// recurse per level); deeper is err->recursion.
bool Compile(const std::u32string& pattern, uint32_t flags, int max_nesting,
             Program* out, CompileError* err);

// Character predicates shared by the compiler and the matcher.
bool IsWordChar(uint32_t c, bool ascii);
uint32_t SimpleLower(uint32_t c, bool ascii);
uint32_t SimpleUpper(uint32_t c, bool ascii);

// Slots: 2 * (groups + 1) positions, -1 when unset.
struct MatchResult {
  std::vector<int64_t> slots;
  int lastindex = -1;
};

// Runs a program over one subject, text[0 .. endpos), trying start
// positions from `pos` (`search`) or only `pos`. `full`: the match must
// end at endpos. `must_advance`: an empty match at `pos` itself is
// rejected (finditer/sub after an empty match). Returns 1 on a match, 0 on
// none, -1 with an exception pending (host limits). A Runner is reused
// across the successive searches of findall/sub/split, so its buffers are
// allocated once.
class Runner {
 public:
  virtual ~Runner() = default;
  virtual int Run(int64_t endpos, int64_t pos, bool search, bool full,
                  bool must_advance, MatchResult* result) = 0;
  // Points the runner at another subject of its character type (reuse of
  // its buffers across calls on the same thread).
  virtual void Rebind(const void* text) = 0;
  virtual const ThreadState* thread() const = 0;
};
std::unique_ptr<Runner> NewRunner(ThreadState& ts, const Program& prog,
                                  const uint8_t* text);
std::unique_ptr<Runner> NewRunner(ThreadState& ts, const Program& prog,
                                  const uint32_t* text);

}  // namespace re
}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_RE_RE_PROGRAM_H_
