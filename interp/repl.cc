#include "interp/repl.h"

#include <cstdio>
#include <string>

#include "runtime/frontend/parser.h"

namespace interp::cli {

bool ReplInputComplete(const std::string& source,
                       const std::string& last_line) {
  // A blank line always ends the input (it closes an open block; at the
  // first prompt there is nothing to run).
  if (last_line.find_first_not_of(" \t\f") == std::string::npos) return true;
  if (!IsIncompleteInput(source)) return true;
  // More lines may complete it, unless it already has an error before its
  // end (CPython's parser reports `def f(:` at once, not after a blank
  // line).
  ParseResult parsed = Parse(source, "<stdin>", ParseMode::kInteractive);
  if (parsed.module != nullptr) return false;
  const SyntaxErrorInfo& e = parsed.error;
  if (e.type == "IndentationError" ||
      e.message.find("was never closed") != std::string::npos ||
      e.message.find("unterminated triple-quoted") != std::string::npos ||
      e.message.find("unexpected EOF") != std::string::npos) {
    return false;
  }
  int lines = 0;
  for (char c : source) lines += c == '\n';
  return e.line <= lines;
}

absl::Status RunRepl(Runtime& rt, LineSource& input,
                     const ReplOptions& options) {
  if (options.banner) {
    // CPython writes its banner to stderr, keeping stdout for results.
    fprintf(stderr, "%s (a Python 3 subset) on linux\n", kVersion);
    fprintf(stderr, "Type \"exit()\" or Ctrl-D to leave.\n");
    fflush(stderr);
  }
  for (;;) {
    std::string source;
    std::string line;
    const char* prompt = ">>> ";
    bool eof = false;
    bool interrupted = false;
    for (;;) {
      LineSource::Result r = input.ReadLine(prompt, &line);
      if (r == LineSource::Result::kEof) {
        eof = true;
        break;
      }
      if (r == LineSource::Result::kInterrupt) {
        interrupted = true;
        break;
      }
      input.AddHistory(line);
      source += line;
      source += "\n";
      if (ReplInputComplete(source, line)) break;
      prompt = "... ";
    }
    if (interrupted) {
      // Like CPython: the pending input is dropped, the loop goes on.
      fputs("KeyboardInterrupt\n", stderr);
      fflush(stderr);
      continue;
    }
    // Ctrl-D on an empty prompt leaves; in the middle of a statement it
    // runs what was typed first, as CPython does.
    if (source.find_first_not_of(" \t\f\n") != std::string::npos) {
      absl::Status s = rt.RunInteractive(source);
      fflush(stdout);
      if (!s.ok()) {
        if (s.GetPayload(kSystemExitPayload).has_value()) return s;
        rt.PrintError(s);
        fflush(stderr);
      }
    }
    if (eof) return absl::OkStatus();
  }
}

}  // namespace interp::cli
