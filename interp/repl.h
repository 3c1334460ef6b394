// The interactive prompt (SPEC 4): `>>> ` / `... ` prompts, expression
// values echoed with repr (None is not), errors reported and the loop goes
// on, end of input (Ctrl-D) leaves with status 0, sys.exit() with its code.
//
// Input comes through LineSource so the loop can be driven by the terminal
// line editor or, in tests, by a scripted sequence of lines.
#ifndef INTERP_INTERP_REPL_H_
#define INTERP_INTERP_REPL_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "runtime/embed/runtime.h"

namespace interp::cli {

class LineSource {
 public:
  enum class Result { kLine, kEof, kInterrupt };
  virtual ~LineSource() = default;
  // Shows `prompt` and reads one line (without its newline).
  virtual Result ReadLine(std::string_view prompt, std::string* line) = 0;
  // Remembers an entered line for recall (terminal sources).
  virtual void AddHistory(const std::string& line) {}
};

struct ReplOptions {
  bool banner = true;  // print the version banner first (to stderr)
};

// Runs the read-eval-print loop until end of input (OK) or a SystemExit
// (its status, as Runtime::RunInteractive returned it: the caller turns it
// into the exit status). Every other error is reported and the loop goes
// on.
absl::Status RunRepl(Runtime& rt, LineSource& input,
                     const ReplOptions& options = {});

// True when `source` (lines entered so far, each ending in '\n') is a
// complete interactive input: CPython's rules (a compound statement ends
// with a blank line; open brackets, backslashes and unterminated
// triple-quoted strings continue).
bool ReplInputComplete(const std::string& source, const std::string& last_line);

// The version string `interp -V` prints.
inline constexpr char kVersion[] = "interp 0.1.0";

}  // namespace interp::cli

#endif  // INTERP_INTERP_REPL_H_
