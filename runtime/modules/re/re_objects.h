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
  Str* pattern = nullptr;      // the source (traced)
  Dict* groupindex = nullptr;  // name -> group number (traced)
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

// A str subject as code units the matcher runs over: the UTF-8 bytes
// themselves when the string is ASCII, decoded code points otherwise.
class Subject {
 public:
  explicit Subject(Str* s);
  ~Subject();  // gives the runner back to its program
  Str* str() const { return s_; }
  int64_t length() const { return length_; }
  // Runs the program; see re::Execute.
  int Run(ThreadState& ts, const Program& prog, int64_t endpos, int64_t pos,
          bool search, bool full, bool must_advance, MatchResult* r) const;
  // text[b, e) as a new str, Error on failure.
  Value Slice(ThreadState& ts, int64_t b, int64_t e) const;
  // Appends text[b, e) as UTF-8.
  void Append(int64_t b, int64_t e, std::string* out) const;

 private:
  Str* s_;
  bool ascii_;
  int64_t length_;
  std::vector<uint32_t> wide_;
  // The matcher for the last program run (reused by successive searches).
  mutable const Program* runner_prog_ = nullptr;
  mutable std::unique_ptr<Runner> runner_;
};

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
// Appends the expansion for a match given by slots over `subject`.
bool ExpandTemplate(ThreadState& ts, const Template& t, const Subject& subject,
                    const std::vector<int64_t>& slots, std::string* out);

// Raises re.error(msg, pattern, pos) with CPython's attributes and text.
Value RaiseReError(ThreadState& ts, const std::string& msg, Str* pattern,
                   int64_t pos);

}  // namespace re
}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_RE_RE_OBJECTS_H_
