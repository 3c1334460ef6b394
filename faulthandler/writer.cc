// ASYNC-SIGNAL-SAFE: everything in this file runs inside signal handlers.
// The only system call is write(2); no allocation, no locks, no stdio.
#include "faulthandler/writer.h"

#include <errno.h>
#include <unistd.h>

#include "faulthandler/report_claim.h"

namespace interp::faulthandler {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr uint32_t kRawByteFlag = 0x80000000u;

}  // namespace

bool WriteAll(int fd, const char* p, size_t n) {
  int saved_errno = errno;
  bool ok = true;
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      ok = false;
      break;
    }
    if (w == 0) {
      ok = false;
      break;
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
  errno = saved_errno;
  return ok;
}

void Writer::WriteOut(size_t n) {
  if (n == 0) return;
  if (yields_ && !stopped_ && FatalReportStarted()) stopped_ = true;
  if (!stopped_ && fd_ >= 0 && !WriteAll(fd_, buf_, n) && yields_) {
    stopped_ = true;
  }
  if (stopped_) {
    len_ = line_end_ = 0;
    return;
  }
  for (size_t i = n; i < len_; ++i) buf_[i - n] = buf_[i];
  len_ -= n;
  line_end_ = line_end_ > n ? line_end_ - n : 0;
}

void Writer::EndLine() {
  line_end_ = len_;
  // Room for a typical next line; a longer one spills whole lines first.
  if (len_ > sizeof(buf_) - 512) WriteOut(len_);
}

void Writer::Flush() { WriteOut(len_); }

Writer& Writer::Bytes(const char* p, size_t n) {
  if (stopped_) return *this;
  while (n > 0) {
    if (len_ == sizeof(buf_)) {
      // Whole lines first; a single line longer than the buffer goes out
      // in pieces.
      WriteOut(line_end_ > 0 ? line_end_ : len_);
      if (stopped_) return *this;
    }
    size_t room = sizeof(buf_) - len_;
    size_t k = n < room ? n : room;
    for (size_t i = 0; i < k; ++i) buf_[len_ + i] = p[i];
    len_ += k;
    p += k;
    n -= k;
  }
  return *this;
}

Writer& Writer::Str(const char* s) {
  size_t n = 0;
  while (s[n] != '\0') ++n;
  return Bytes(s, n);
}

Writer& Writer::Char(char c) { return Bytes(&c, 1); }

Writer& Writer::Dec(uint64_t v) {
  char tmp[20];
  int i = sizeof(tmp);
  do {
    tmp[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  return Bytes(tmp + i, sizeof(tmp) - i);
}

Writer& Writer::DecSigned(int64_t v) {
  if (v < 0) {
    Char('-');
    // Negate in unsigned arithmetic so INT64_MIN works.
    return Dec(0 - static_cast<uint64_t>(v));
  }
  return Dec(static_cast<uint64_t>(v));
}

Writer& Writer::Hex(uint64_t v, int width) {
  char tmp[16];
  if (width > 16) width = 16;
  int i = sizeof(tmp);
  do {
    tmp[--i] = kHexDigits[v & 15];
    v >>= 4;
  } while (v != 0 || static_cast<int>(sizeof(tmp)) - i < width);
  return Bytes(tmp + i, sizeof(tmp) - i);
}

size_t DecodeUtf8(const unsigned char* s, size_t n, uint32_t* cp) {
  unsigned char c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t need;
  uint32_t v;
  uint32_t min;
  if ((c & 0xe0) == 0xc0) {
    need = 2;
    v = c & 0x1f;
    min = 0x80;
  } else if ((c & 0xf0) == 0xe0) {
    need = 3;
    v = c & 0x0f;
    min = 0x800;
  } else if ((c & 0xf8) == 0xf0) {
    need = 4;
    v = c & 0x07;
    min = 0x10000;
  } else {
    *cp = kRawByteFlag | c;
    return 1;
  }
  if (n < need) {
    *cp = kRawByteFlag | c;
    return 1;
  }
  for (size_t i = 1; i < need; ++i) {
    if ((s[i] & 0xc0) != 0x80) {
      *cp = kRawByteFlag | c;
      return 1;
    }
    v = (v << 6) | (s[i] & 0x3f);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
    *cp = kRawByteFlag | c;
    return 1;
  }
  *cp = v;
  return need;
}

Writer& Writer::Escaped(const char* s, size_t n, size_t full_len) {
  const auto* u = reinterpret_cast<const unsigned char*>(s);
  size_t pos = 0;
  size_t chars = 0;
  while (pos < n && chars < kMaxStringChars) {
    uint32_t cp;
    pos += DecodeUtf8(u + pos, n - pos, &cp);
    ++chars;
    if ((cp & kRawByteFlag) != 0) {
      Str("\\x").Hex(cp & 0xff, 2);
    } else if (cp >= 0x20 && cp <= 0x7e) {
      Char(static_cast<char>(cp));
    } else if (cp <= 0xff) {
      Str("\\x").Hex(cp, 2);
    } else if (cp <= 0xffff) {
      Str("\\u").Hex(cp, 4);
    } else {
      Str("\\U").Hex(cp, 8);
    }
  }
  if (pos < n || full_len > n) Str("...");
  return *this;
}

Writer& Writer::JsonString(const char* s, size_t n, size_t full_len) {
  const auto* u = reinterpret_cast<const unsigned char*>(s);
  size_t pos = 0;
  size_t chars = 0;
  Char('"');
  while (pos < n && chars < kMaxStringChars) {
    uint32_t cp;
    pos += DecodeUtf8(u + pos, n - pos, &cp);
    ++chars;
    if ((cp & kRawByteFlag) != 0) {
      Str("\\ufffd");
    } else if (cp == '"' || cp == '\\') {
      Char('\\').Char(static_cast<char>(cp));
    } else if (cp >= 0x20 && cp <= 0x7e) {
      Char(static_cast<char>(cp));
    } else if (cp <= 0xffff) {
      Str("\\u").Hex(cp, 4);
    } else {
      uint32_t v = cp - 0x10000;
      Str("\\u").Hex(0xd800 + (v >> 10), 4);
      Str("\\u").Hex(0xdc00 + (v & 0x3ff), 4);
    }
  }
  if (pos < n || full_len > n) Str("...");
  return Char('"');
}

Writer& Writer::JsonString(const char* s) {
  if (s == nullptr) return Str("null");
  size_t n = 0;
  while (s[n] != '\0' && n < 4096) ++n;
  return JsonString(s, n);
}

Writer& Writer::Seconds(int64_t ns, int digits) {
  if (ns < 0) ns = 0;
  if (digits < 1) digits = 1;
  if (digits > 9) digits = 9;
  uint64_t unit = 1;
  for (int i = 0; i < 9 - digits; ++i) unit *= 10;
  uint64_t scaled = (static_cast<uint64_t>(ns) + unit / 2) / unit;
  uint64_t div = 1;
  for (int i = 0; i < digits; ++i) div *= 10;
  Dec(scaled / div).Char('.');
  uint64_t frac = scaled % div;
  for (uint64_t d = div / 10; d > 0; d /= 10) Dec(frac / d % 10);
  return *this;
}

}  // namespace interp::faulthandler
