// The interactive prompt's line editor (line_editor.h). Works on bytes and
// treats UTF-8 continuation bytes as part of the preceding character when
// moving the cursor, so non-ASCII input edits sensibly.
#include "interp/line_editor.h"

#include <errno.h>
#include <termios.h>
#include <unistd.h>

#include <string>

namespace interp::cli {
namespace {

bool IsCont(unsigned char c) { return (c & 0xc0) == 0x80; }

// Restores the terminal mode when the read ends, however it ends.
class RawMode {
 public:
  explicit RawMode(int fd) : fd_(fd) {
    if (tcgetattr(fd_, &saved_) != 0) return;
    termios raw = saved_;
    raw.c_iflag &=
        ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    ok_ = tcsetattr(fd_, TCSADRAIN, &raw) == 0;
  }
  ~RawMode() {
    if (ok_) tcsetattr(fd_, TCSADRAIN, &saved_);
  }
  bool ok() const { return ok_; }

 private:
  int fd_;
  termios saved_{};
  bool ok_ = false;
};

}  // namespace

void LineEditor::WriteAll(std::string_view s) {
  while (!s.empty()) {
    ssize_t n = write(out_fd_, s.data(), s.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    s.remove_prefix(static_cast<size_t>(n));
  }
}

bool LineEditor::ReadByte(unsigned char* c) {
  for (;;) {
    ssize_t n = read(in_fd_, c, 1);
    if (n == 1) return true;
    if (n < 0 && errno == EINTR) continue;
    return false;
  }
}

void LineEditor::AddHistory(const std::string& line) {
  if (line.empty()) return;
  if (!history_.empty() && history_.back() == line) return;
  history_.push_back(line);
  if (history_.size() > 1000) history_.erase(history_.begin());
}

LineEditor::Result LineEditor::ReadPlain(std::string_view prompt,
                                         std::string* line) {
  WriteAll(prompt);
  line->clear();
  unsigned char c;
  for (;;) {
    if (!ReadByte(&c)) return line->empty() ? Result::kEof : Result::kLine;
    if (c == '\n') return Result::kLine;
    line->push_back(static_cast<char>(c));
  }
}

LineEditor::Result LineEditor::ReadLine(std::string_view prompt,
                                        std::string* line) {
  RawMode raw(in_fd_);
  if (!raw.ok()) return ReadPlain(prompt, line);
  std::string buf;
  size_t pos = 0;
  size_t hist = history_.size();
  std::string pending;  // the line being edited while browsing history

  auto refresh = [&]() {
    std::string out = "\r";
    out += prompt;
    out += buf;
    out += "\x1b[K";
    // Move the cursor back over the characters after pos.
    size_t chars_after = 0;
    for (size_t i = pos; i < buf.size(); ++i) {
      if (!IsCont(static_cast<unsigned char>(buf[i]))) ++chars_after;
    }
    if (chars_after > 0) out += "\x1b[" + std::to_string(chars_after) + "D";
    WriteAll(out);
  };
  auto left = [&]() {
    if (pos == 0) return;
    --pos;
    while (pos > 0 && IsCont(static_cast<unsigned char>(buf[pos]))) --pos;
  };
  auto right = [&]() {
    if (pos >= buf.size()) return;
    ++pos;
    while (pos < buf.size() && IsCont(static_cast<unsigned char>(buf[pos])))
      ++pos;
  };

  WriteAll(prompt);
  for (;;) {
    unsigned char c;
    if (!ReadByte(&c)) {
      WriteAll("\r\n");
      return Result::kEof;
    }
    switch (c) {
      case '\r':
      case '\n':
        WriteAll("\r\n");
        *line = buf;
        return Result::kLine;
      case 3:  // Ctrl-C
        WriteAll("\r\n");
        return Result::kInterrupt;
      case 4:  // Ctrl-D: EOF on an empty line, else delete
        if (buf.empty()) {
          WriteAll("\r\n");
          return Result::kEof;
        }
        if (pos < buf.size()) {
          size_t start = pos;
          right();
          buf.erase(start, pos - start);
          pos = start;
          refresh();
        }
        break;
      case 1:  // Ctrl-A
        pos = 0;
        refresh();
        break;
      case 5:  // Ctrl-E
        pos = buf.size();
        refresh();
        break;
      case 2:  // Ctrl-B
        left();
        refresh();
        break;
      case 6:  // Ctrl-F
        right();
        refresh();
        break;
      case 11:  // Ctrl-K
        buf.erase(pos);
        refresh();
        break;
      case 21:  // Ctrl-U
        buf.erase(0, pos);
        pos = 0;
        refresh();
        break;
      case 12:  // Ctrl-L
        WriteAll("\x1b[H\x1b[2J");
        refresh();
        break;
      case 8:
      case 127: {  // backspace
        if (pos == 0) break;
        size_t end = pos;
        left();
        buf.erase(pos, end - pos);
        refresh();
        break;
      }
      case 27: {  // escape sequences
        unsigned char s0, s1;
        if (!ReadByte(&s0) || !ReadByte(&s1)) break;
        if (s0 != '[' && s0 != 'O') break;
        if (s1 >= '0' && s1 <= '9') {
          unsigned char s2;
          if (!ReadByte(&s2)) break;
          if (s2 == '~') {
            if (s1 == '3' && pos < buf.size()) {  // Delete
              size_t start = pos;
              right();
              buf.erase(start, pos - start);
              pos = start;
            } else if (s1 == '1' || s1 == '7') {
              pos = 0;
            } else if (s1 == '4' || s1 == '8') {
              pos = buf.size();
            }
            refresh();
          }
          break;
        }
        switch (s1) {
          case 'A':  // up
            if (hist > 0) {
              if (hist == history_.size()) pending = buf;
              --hist;
              buf = history_[hist];
              pos = buf.size();
              refresh();
            }
            break;
          case 'B':  // down
            if (hist < history_.size()) {
              ++hist;
              buf = hist == history_.size() ? pending : history_[hist];
              pos = buf.size();
              refresh();
            }
            break;
          case 'C':
            right();
            refresh();
            break;
          case 'D':
            left();
            refresh();
            break;
          case 'H':
            pos = 0;
            refresh();
            break;
          case 'F':
            pos = buf.size();
            refresh();
            break;
          default:
            break;
        }
        break;
      }
      case '\t':
        // Indentation matters in this language: a tab inserts 4 spaces.
        buf.insert(pos, "    ");
        pos += 4;
        refresh();
        break;
      default:
        if (c >= 32) {
          buf.insert(buf.begin() + static_cast<std::ptrdiff_t>(pos),
                     static_cast<char>(c));
          ++pos;
          refresh();
        }
        break;
    }
  }
}

}  // namespace interp::cli
