// A minimal line editor for the interactive prompt (no readline
// dependency): raw-mode terminal input with left/right, Home/End
// (Ctrl-A/Ctrl-E), backspace/delete, Ctrl-U/Ctrl-K, and up/down history.
#ifndef INTERP_INTERP_LINE_EDITOR_H_
#define INTERP_INTERP_LINE_EDITOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "interp/repl.h"

namespace interp::cli {

class LineEditor : public LineSource {
 public:
  // Reads from `in_fd` (a terminal) and echoes to `out_fd`.
  explicit LineEditor(int in_fd = 0, int out_fd = 1)
      : in_fd_(in_fd), out_fd_(out_fd) {}

  // Falls back to plain reading when the terminal cannot be put in raw
  // mode.
  Result ReadLine(std::string_view prompt, std::string* line) override;
  void AddHistory(const std::string& line) override;

 private:
  Result ReadPlain(std::string_view prompt, std::string* line);
  void WriteAll(std::string_view s);
  bool ReadByte(unsigned char* c);

  int in_fd_;
  int out_fd_;
  std::vector<std::string> history_;
};

}  // namespace interp::cli

#endif  // INTERP_INTERP_LINE_EDITOR_H_
