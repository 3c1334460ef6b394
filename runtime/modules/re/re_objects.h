// The script objects of the re module: compiled patterns (re.Pattern) and
// match results (re.Match), and the subject text helper both use.
#ifndef INTERP_RUNTIME_MODULES_RE_RE_OBJECTS_H_
#define INTERP_RUNTIME_MODULES_RE_RE_OBJECTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/frames/thread_state.h"
#include "runtime/modules/re/re_program.h"
#include "runtime/object.h"

namespace interp {
namespace re {

struct PatternData {
  Program prog;
  // The source (traced); for a bytes pattern its bytes decoded as Latin-1
  // (one code point per byte), which is what the program matches.
  Str* pattern = nullptr;
  // A bytes pattern's own source object (traced); null for str patterns.
  Object* bytes_source = nullptr;
  Dict* groupindex = nullptr;  // name -> group number (traced)
  // prog.flags has ASCII because the pattern is bytes, not because the
  // caller asked (pattern.flags and repr leave it out, as CPython's do).
  bool implicit_ascii = false;
  bool is_bytes() const { return bytes_source != nullptr; }
};

struct MatchData {
  Value string;   // the subject (a Str)
  Value pattern;  // the Pattern object
  int64_t pos = 0, endpos = 0;
  std::vector<int64_t> slots;
  int lastindex = -1;
};

PatternData* AsPattern(Value v);
MatchData* AsMatch(Value v);

// A subject as code units the matcher runs over: a str's UTF-8 bytes
// themselves when the string is ASCII, decoded code points otherwise; a
// bytes-like subject's bytes as code points 0-255 (Latin-1), whose slices
// are bytes again.
class Subject {
 public:
  explicit Subject(Str* s);
  explicit Subject(std::string_view bytes);
  // A str or bytes-like value (checked by the caller).
  explicit Subject(Value string);
  ~Subject();  // gives the runner back to its program
  bool is_bytes() const { return bytes_; }
  int64_t length() const { return length_; }
  // Runs the program; see re::Execute.
  int Run(ThreadState& ts, const Program& prog, int64_t endpos, int64_t pos,
          bool search, bool full, bool must_advance, MatchResult* r) const;
  // text[b, e) as a new str, Error on failure.
  Value Slice(ThreadState& ts, int64_t b, int64_t e) const;
  // Appends text[b, e) as UTF-8.
  void Append(int64_t b, int64_t e, std::string* out) const;

 private:
  void InitStr(Str* s);
  void InitBytes(std::string_view bytes);

  Str* s_ = nullptr;
  bool bytes_ = false;
  bool ascii_;
  int64_t length_;
  std::vector<uint32_t> wide_;
  // The matcher for the last program run (reused by successive searches).
  mutable const Program* runner_prog_ = nullptr;
  mutable std::unique_ptr<Runner> runner_;
};

// Bytes patterns run as text whose code points are the bytes (Latin-1):
// `bytes` as such a str, and such text (UTF-8, every code point below 256)
// back as bytes. Error on failure.
Value Latin1Str(ThreadState& ts, std::string_view bytes);
Value Latin1Bytes(ThreadState& ts, std::string_view utf8);

// A new Match object for a successful run.
Value NewMatch(ThreadState& ts, Value pattern, Value string, int64_t pos,
               int64_t endpos, const MatchResult& r);

// The Match class (methods, properties), created at module init.
ClassObject* MakeMatchClass(ThreadState& ts);

// A parsed replacement template: literal pieces and group references.
struct Template {
  std::vector<std::string> literals;  // literals[i] precedes groups[i]
  std::vector<int> groups;            // -1 after the last literal
  bool literal_only = false;
};
// Parses `repl` against the pattern (group names, counts); false with
// re.error / IndexError pending.
bool ParseTemplate(ThreadState& ts, const PatternData& pat, Str* repl,
                   Template* out);
// Appends the expansion for a match given by slots over `subject`
// (UTF-8; a bytes subject's code points are all below 256).
bool ExpandTemplate(ThreadState& ts, const Template& t, const Subject& subject,
                    const std::vector<int64_t>& slots, std::string* out);

// Raises re.error(msg, pattern, pos) with CPython's attributes and text.
Value RaiseReError(ThreadState& ts, const std::string& msg, Str* pattern,
                   int64_t pos);

}  // namespace re
}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_RE_RE_OBJECTS_H_
