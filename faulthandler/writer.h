// The async-signal-safe writer: the only way faulthandler reports produce
// output. Formats decimal, hex and escaped text into a fixed buffer on the
// caller's stack and hands it to write(2) (looping over partial writes and
// EINTR). No allocation, no locks, no stdio, no exceptions.
#ifndef INTERP_FAULTHANDLER_WRITER_H_
#define INTERP_FAULTHANDLER_WRITER_H_

#include <cstddef>
#include <cstdint>

namespace interp::faulthandler {

// Names and file names are cut after this many characters (code points),
// then "..." is written, like CPython's faulthandler.
inline constexpr size_t kMaxStringChars = 500;

// Writes all of [p, p + n) to fd, retrying on EINTR and partial writes.
// Returns false on any other error. Preserves errno. Async-signal-safe.
bool WriteAll(int fd, const char* p, size_t n);

class Writer {
 public:
  explicit Writer(int fd) : fd_(fd) {}
  ~Writer() { Flush(); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  int fd() const { return fd_; }

  Writer& Bytes(const char* p, size_t n);
  // A NUL-terminated literal or string.
  Writer& Str(const char* s);
  Writer& Char(char c);
  Writer& Dec(uint64_t v);
  Writer& DecSigned(int64_t v);
  // Lowercase hex, at least `width` digits (zero padded), no "0x".
  Writer& Hex(uint64_t v, int width = 1);
  // UTF-8 text, escaped like CPython's faulthandler: printable ASCII
  // (0x20..0x7e) as is, other code points as \xhh, \uhhhh or \Uhhhhhhhh,
  // bytes that are not valid UTF-8 as \xhh. At most kMaxStringChars code
  // points; if the text is longer -- more bytes in [s, s + n), or
  // `full_len` larger than n (the caller copied only a prefix) -- "..."
  // follows.
  Writer& Escaped(const char* s, size_t n, size_t full_len);
  Writer& Escaped(const char* s, size_t n) { return Escaped(s, n, n); }

  // Writes the buffered bytes. Called at every line end by the dumpers so
  // that a fault in the middle of a report loses at most one line.
  void Flush();

 private:
  int fd_;
  size_t len_ = 0;
  char buf_[512];
};

// Decodes one UTF-8 code point from [s, s + n) (n > 0). Returns the number
// of bytes consumed (1..4) and sets *cp; an invalid or truncated sequence
// consumes one byte and sets *cp to that byte | 0x80000000 (an "escaped
// raw byte"). Pure; async-signal-safe.
size_t DecodeUtf8(const unsigned char* s, size_t n, uint32_t* cp);

}  // namespace interp::faulthandler

#endif  // INTERP_FAULTHANDLER_WRITER_H_
