// The async-signal-safe writer: the only way faulthandler reports produce
// output. Formats decimal, hex and escaped text into a fixed buffer on the
// caller's stack and hands it to write(2) (looping over partial writes and
// EINTR). No allocation, no locks, no stdio, no exceptions.
//
// Few system calls: text is written only in whole lines, when the buffer is
// nearly full or when the dumper ends a unit (a thread block, the header,
// the report). An all-thread dump of 100 threads x 100 frames is about a
// hundred write(2) calls instead of ten thousand; a fault inside the dumper
// loses at most the thread block being formatted. Text is never written in
// the middle of a line unless one line alone is longer than the buffer.
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

// The buffer lives on the handler's stack; every runtime thread's alternate
// signal stack is 256 KiB.
inline constexpr size_t kWriterBufferSize = 8192;

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
  // The same text as a JSON string, quotes included: pure ASCII out
  // (other code points as \uhhhh, surrogate pairs past U+FFFF), bytes that
  // are not valid UTF-8 as \ufffd, the same 500-character cut ("...").
  Writer& JsonString(const char* s, size_t n, size_t full_len);
  Writer& JsonString(const char* s, size_t n) { return JsonString(s, n, n); }
  Writer& JsonString(const char* s);
  // A non-negative duration in nanoseconds as seconds with `digits`
  // decimals (1..9), e.g. 12.4 or 0.250000.
  Writer& Seconds(int64_t ns, int digits);

  // Marks a line boundary (the dumpers call it after every '\n'): the
  // buffered whole lines are written when the buffer is nearly full.
  void EndLine();
  // Writes everything buffered now (end of a thread block or report).
  void Flush();

  // For a dump that is not a fatal report (watchdog, user signal,
  // dump_traceback): once a fatal report has started (FatalReportStarted()
  // in report_claim.h), the next write drops what is buffered and the
  // writer writes nothing more -- the dump stops at a line boundary and
  // never resumes into the fatal report.
  void YieldToFatalReport() { yields_ = true; }
  // True once the writer stopped for a fatal report (or hit a write error
  // on a yielding writer); the dumpers then end their walk early.
  bool stopped() const { return stopped_; }

 private:
  // Writes buf_[0, n) and moves the rest to the front.
  void WriteOut(size_t n);

  int fd_;
  size_t len_ = 0;
  size_t line_end_ = 0;  // buf_[0, line_end_) holds whole lines
  bool yields_ = false;
  bool stopped_ = false;
  char buf_[kWriterBufferSize];
};

// Decodes one UTF-8 code point from [s, s + n) (n > 0). Returns the number
// of bytes consumed (1..4) and sets *cp; an invalid or truncated sequence
// consumes one byte and sets *cp to that byte | 0x80000000 (an "escaped
// raw byte"). Pure; async-signal-safe.
size_t DecodeUtf8(const unsigned char* s, size_t n, uint32_t* cp);

}  // namespace interp::faulthandler

#endif  // INTERP_FAULTHANDLER_WRITER_H_
