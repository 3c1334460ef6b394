// A minimal line editor for the interactive prompt (no readline
// dependency): raw-mode terminal input with left/right, Home/End
// (Ctrl-A/Ctrl-E), backspace/delete, Ctrl-U/Ctrl-K, and up/down history.
#ifndef INTERP_INTERP_LINE_EDITOR_H_
#define INTERP_INTERP_LINE_EDITOR_H_

#include <string>
#include <string_view>
#include <vector>

namespace interp::cli {

class LineEditor {
 public:
  enum class Result { kLine, kEof, kInterrupt };

  // Reads one line from fd 0 (a terminal), echoing to fd 1. Falls back to
  // plain reading when the terminal cannot be put in raw mode.
  Result ReadLine(std::string_view prompt, std::string* line);
  void AddHistory(const std::string& line);

 private:
  Result ReadPlain(std::string_view prompt, std::string* line);
  std::vector<std::string> history_;
};

}  // namespace interp::cli

#endif  // INTERP_INTERP_LINE_EDITOR_H_
