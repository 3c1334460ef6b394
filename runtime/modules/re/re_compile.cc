// Pattern syntax to program. Parsing builds a small tree (so repeats know
// their item, lookbehinds their width) with sre_parse's rules and error
// messages at the same positions; code generation then flattens it.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/frontend/unicode_names.h"
#include "runtime/modules/re/re_program.h"
#include "runtime/objects/str.h"
#include "runtime/objects/unicode.h"

namespace interp {
namespace re {

bool IsWordChar(uint32_t c, bool ascii) {
  if (c < 128) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_';
  }
  return !ascii && unicode::IsAlnum(c);
}

namespace {

bool IsDigitChar(uint32_t c, bool ascii) {
  if (c < 128) return c >= '0' && c <= '9';
  return !ascii && unicode::IsDecimal(c);
}

bool IsSpaceChar(uint32_t c, bool ascii) {
  if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r');
  // CPython's ASCII \s also has \x1c-\x1f? No: only [ \t\n\r\f\v].
  return !ascii && unicode::IsSpace(c);
}

uint32_t SingleCodePoint(const std::string& s, uint32_t fallback) {
  if (s.empty()) return fallback;
  uint32_t len = 0;
  uint32_t cp = DecodeUtf8(s.data(), &len);
  return len == s.size() ? cp : fallback;
}

}  // namespace

uint32_t SimpleLower(uint32_t c, bool ascii) {
  if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (ascii) return c;
  std::string s;
  unicode::AppendLower(c, &s);
  return SingleCodePoint(s, c);
}

uint32_t SimpleUpper(uint32_t c, bool ascii) {
  if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  if (ascii) return c;
  std::string s;
  unicode::AppendUpper(c, &s);
  return SingleCodePoint(s, c);
}

bool CharSet::ContainsSlow(uint32_t c) const {
  auto in = [&](uint32_t x) {
    for (const auto& r : ranges) {
      if (x >= r.first && x <= r.second) return true;
    }
    if (categories != 0) {
      if ((categories & kCatDigit) && IsDigitChar(x, ascii)) return true;
      if ((categories & kCatNotDigit) && !IsDigitChar(x, ascii)) return true;
      if ((categories & kCatWord) && IsWordChar(x, ascii)) return true;
      if ((categories & kCatNotWord) && !IsWordChar(x, ascii)) return true;
      if ((categories & kCatSpace) && IsSpaceChar(x, ascii)) return true;
      if ((categories & kCatNotSpace) && !IsSpaceChar(x, ascii)) return true;
    }
    return false;
  };
  bool found = in(c);
  if (!found && ignore) {
    uint32_t lo = SimpleLower(c, ascii), up = SimpleUpper(c, ascii);
    found = (lo != c && in(lo)) || (up != c && in(up));
  }
  return found != negate;
}

void CharSet::Finish() {
  low_bits[0] = low_bits[1] = 0;
  for (uint32_t c = 0; c < 128; ++c) {
    if (ContainsSlow(c)) low_bits[c >> 6] |= uint64_t{1} << (c & 63);
  }
}

namespace {

constexpr int64_t kMaxRepeat = 4294967295LL;  // CPython's MAXREPEAT

enum class NodeKind {
  kEmpty,
  kLiteral,
  kAny,
  kSet,
  kAt,
  kSeq,
  kAlt,
  kGroup,  // capture group (index) or non-capturing (index 0)
  kRepeat,
  kBackref,
  kAssert,
  kAtomic,
  kGroupExists,
};

struct Node {
  NodeKind kind;
  uint32_t flags = 0;  // flags in effect where the node was parsed
  uint32_t ch = 0;
  int index = 0;  // group, set index, AtKind, backref group
  int64_t min = 0, max = 0;
  RepeatMode mode = kGreedy;
  int dir = 1;  // assert direction: 1 ahead, -1 behind
  bool negate = false;
  std::vector<std::unique_ptr<Node>> kids;
};

using NodePtr = std::unique_ptr<Node>;

NodePtr MakeNode(NodeKind kind, uint32_t flags) {
  auto n = std::make_unique<Node>();
  n->kind = kind;
  n->flags = flags;
  return n;
}

bool IsAsciiLetter(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDec(uint32_t c) { return c >= '0' && c <= '9'; }
bool IsOct(uint32_t c) { return c >= '0' && c <= '7'; }
int HexVal(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

std::string Utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(&out, c);
  return out;
}

bool IsIdentifier(const std::u32string& s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    uint32_t c = s[i];
    bool ok = c == '_' ||
              (c < 128 ? IsAsciiLetter(c) || (i > 0 && IsDec(c))
                       : unicode::IsAlpha(c) || (i > 0 && unicode::IsAlnum(c)));
    if (!ok) return false;
  }
  return true;
}

// Python's repr() of a str, for messages like "unknown group name 'x'".
std::string PyRepr(const std::u32string& s) {
  bool has_single = s.find(U'\'') != std::u32string::npos;
  bool has_double = s.find(U'"') != std::u32string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out(1, q);
  for (char32_t c : s) {
    if (c == static_cast<char32_t>(q) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      out += absl::StrFormat("\\x%02x", static_cast<uint32_t>(c));
    } else {
      AppendUtf8(&out, c);
    }
  }
  out.push_back(q);
  return out;
}

class Parser {
 public:
  Parser(const std::u32string& p, uint32_t flags, int max_nesting,
         Program* prog)
      : p_(p), flags_(flags), max_nesting_(max_nesting), prog_(prog) {}

  bool Parse(NodePtr* out, CompileError* err);

 private:
  // sre_parse's "source": pos_ is the index of the next character.
  bool AtEnd() const { return pos_ >= p_.size(); }
  int64_t Next() const { return AtEnd() ? -1 : static_cast<int64_t>(p_[pos_]); }
  bool Match(uint32_t c) {
    if (!AtEnd() && p_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool Error(std::string msg, int64_t offset = 0) {
    err_->msg = std::move(msg);
    err_->pos = static_cast<int64_t>(pos_) - offset;
    return false;
  }

  bool ParseSub(bool verbose, int nested, NodePtr* out);
  bool ParseSeq(bool verbose, int nested, bool first, NodePtr* out);
  bool ParseEscape(uint32_t flags, NodePtr* out, std::u32string* raw);
  bool ParseClassEscape(uint32_t flags, CharSet* set, int64_t* literal,
                        std::u32string* raw);
  bool ParseClass(uint32_t flags, size_t here, NodePtr* out);
  bool ParseFlags(uint32_t c, uint32_t* add, uint32_t* del, bool* global);
  bool GetUntil(uint32_t terminator, const char* name, std::u32string* out);
  bool ParseHex(std::u32string* raw, int digits, uint32_t* value);
  bool ParseNamed(uint32_t* value);  // after "\N"
  NodePtr Category(uint8_t cat, uint32_t flags);

  const std::u32string& p_;
  uint32_t flags_;
  int max_nesting_;
  Program* prog_;
  size_t pos_ = 0;
  CompileError* err_ = nullptr;
  int groups_ = 1;          // next group number (group 0 is the whole match)
  std::vector<bool> open_;  // open_[g]: group g still being parsed
  std::vector<std::pair<int, int64_t>> cond_refs_;  // (group, position)
};

NodePtr Parser::Category(uint8_t cat, uint32_t flags) {
  CharSet set;
  set.categories = cat;
  set.ascii = flags & kAscii;
  set.Finish();
  prog_->sets.push_back(std::move(set));
  NodePtr n = MakeNode(NodeKind::kSet, flags);
  n->index = static_cast<int>(prog_->sets.size() - 1);
  return n;
}

bool Parser::GetUntil(uint32_t terminator, const char* name,
                      std::u32string* out) {
  out->clear();
  for (;;) {
    if (AtEnd()) {
      if (out->empty()) return Error(absl::StrCat("missing ", name));
      return Error(absl::StrCat("missing ", std::string(1, char(terminator)),
                                ", unterminated name"),
                   static_cast<int64_t>(out->size()));
    }
    uint32_t c = p_[pos_++];
    if (c == terminator) {
      if (out->empty()) return Error(absl::StrCat("missing ", name), 1);
      return true;
    }
    out->push_back(c);
  }
}

bool Parser::ParseHex(std::u32string* raw, int digits, uint32_t* value) {
  uint32_t v = 0;
  int got = 0;
  while (got < digits && !AtEnd() && HexVal(p_[pos_]) >= 0) {
    v = v * 16 + static_cast<uint32_t>(HexVal(p_[pos_]));
    raw->push_back(p_[pos_++]);
    ++got;
  }
  if (got != digits) {
    return Error(absl::StrCat("incomplete escape ", Utf8(*raw)),
                 static_cast<int64_t>(raw->size()));
  }
  *value = v;
  return true;
}

bool Parser::ParseNamed(uint32_t* value) {
  if (!Match('{')) return Error("missing {");
  std::u32string name;
  if (!GetUntil('}', "character name", &name)) return false;
  std::string utf8 = Utf8(name);
  int32_t cp = LookupUnicodeName(utf8);
  if (cp < 0) {
    return Error(absl::StrCat("undefined character name ", PyRepr(name)),
                 static_cast<int64_t>(name.size()) + 4);
  }
  *value = static_cast<uint32_t>(cp);
  return true;
}

// After a backslash outside a class. `raw` receives the escape's text.
bool Parser::ParseEscape(uint32_t flags, NodePtr* out, std::u32string* raw) {
  *raw = U"\\";
  if (AtEnd()) return Error("bad escape (end of pattern)", 1);
  uint32_t c = p_[pos_++];
  raw->push_back(c);
  auto at = [&](AtKind k) {
    NodePtr n = MakeNode(NodeKind::kAt, flags);
    n->index = static_cast<int>(k);
    *out = std::move(n);
    return true;
  };
  auto literal = [&](uint32_t v) {
    NodePtr n = MakeNode(NodeKind::kLiteral, flags);
    n->ch = v;
    *out = std::move(n);
    return true;
  };
  switch (c) {
    case 'A':
      return at(AtKind::kBeginning);
    case 'Z':
      return at(AtKind::kEndString);
    case 'b':
      return at(AtKind::kBoundary);
    case 'B':
      return at(AtKind::kNonBoundary);
    case 'd':
      *out = Category(kCatDigit, flags);
      return true;
    case 'D':
      *out = Category(kCatNotDigit, flags);
      return true;
    case 's':
      *out = Category(kCatSpace, flags);
      return true;
    case 'S':
      *out = Category(kCatNotSpace, flags);
      return true;
    case 'w':
      *out = Category(kCatWord, flags);
      return true;
    case 'W':
      *out = Category(kCatNotWord, flags);
      return true;
    case 'a':
      return literal(7);
    case 'f':
      return literal(12);
    case 'n':
      return literal(10);
    case 'r':
      return literal(13);
    case 't':
      return literal(9);
    case 'v':
      return literal(11);
    case '\\':
      return literal('\\');
    case 'x': {
      uint32_t v;
      if (!ParseHex(raw, 2, &v)) return false;
      return literal(v);
    }
    case 'u': {
      uint32_t v;
      if (!ParseHex(raw, 4, &v)) return false;
      return literal(v);
    }
    case 'N': {
      uint32_t v;
      if (!ParseNamed(&v)) return false;
      return literal(v);
    }
    case 'U': {
      uint32_t v;
      if (!ParseHex(raw, 8, &v)) return false;
      if (v > 0x10FFFF) {
        return Error(absl::StrCat("bad escape ", Utf8(*raw)),
                     static_cast<int64_t>(raw->size()));
      }
      return literal(v);
    }
    case '0': {
      uint32_t v = 0;
      for (int k = 0; k < 2 && !AtEnd() && IsOct(p_[pos_]); ++k) {
        v = v * 8 + (p_[pos_] - '0');
        raw->push_back(p_[pos_++]);
      }
      return literal(v);
    }
    default:
      break;
  }
  if (IsDec(c)) {
    if (!AtEnd() && IsDec(p_[pos_])) {
      raw->push_back(p_[pos_++]);
      if (IsOct((*raw)[1]) && IsOct((*raw)[2]) && !AtEnd() && IsOct(p_[pos_])) {
        raw->push_back(p_[pos_++]);
        uint32_t v =
            ((*raw)[1] - '0') * 64 + ((*raw)[2] - '0') * 8 + ((*raw)[3] - '0');
        if (v > 0377) {
          return Error(absl::StrCat("octal escape value ", Utf8(*raw),
                                    " outside of range 0-0o377"),
                       static_cast<int64_t>(raw->size()));
        }
        return literal(v);
      }
    }
    int group = 0;
    for (size_t k = 1; k < raw->size(); ++k)
      group = group * 10 + ((*raw)[k] - '0');
    if (group < groups_) {
      if (open_[group]) {
        return Error("cannot refer to an open group",
                     static_cast<int64_t>(raw->size()));
      }
      NodePtr n = MakeNode(NodeKind::kBackref, flags);
      n->index = group;
      *out = std::move(n);
      return true;
    }
    return Error(absl::StrCat("invalid group reference ", group),
                 static_cast<int64_t>(raw->size()) - 1);
  }
  if (IsAsciiLetter(c)) {
    return Error(absl::StrCat("bad escape ", Utf8(*raw)),
                 static_cast<int64_t>(raw->size()));
  }
  return literal(c);
}

// After a backslash inside a class: a literal (*literal >= 0) or
// categories added to `set`.
bool Parser::ParseClassEscape(uint32_t flags, CharSet* set, int64_t* literal,
                              std::u32string* raw) {
  *raw = U"\\";
  *literal = -1;
  if (AtEnd()) return Error("bad escape (end of pattern)", 1);
  uint32_t c = p_[pos_++];
  raw->push_back(c);
  switch (c) {
    case 'a':
      *literal = 7;
      return true;
    case 'b':
      *literal = 8;
      return true;
    case 'f':
      *literal = 12;
      return true;
    case 'n':
      *literal = 10;
      return true;
    case 'r':
      *literal = 13;
      return true;
    case 't':
      *literal = 9;
      return true;
    case 'v':
      *literal = 11;
      return true;
    case '\\':
      *literal = '\\';
      return true;
    case 'd':
      set->categories |= kCatDigit;
      return true;
    case 'D':
      set->categories |= kCatNotDigit;
      return true;
    case 's':
      set->categories |= kCatSpace;
      return true;
    case 'S':
      set->categories |= kCatNotSpace;
      return true;
    case 'w':
      set->categories |= kCatWord;
      return true;
    case 'W':
      set->categories |= kCatNotWord;
      return true;
    case 'N': {
      uint32_t v;
      if (!ParseNamed(&v)) return false;
      *literal = v;
      return true;
    }
    case 'x':
    case 'u':
    case 'U': {
      uint32_t v;
      if (!ParseHex(raw, c == 'x' ? 2 : c == 'u' ? 4 : 8, &v)) return false;
      if (v > 0x10FFFF) {
        return Error(absl::StrCat("bad escape ", Utf8(*raw)),
                     static_cast<int64_t>(raw->size()));
      }
      *literal = v;
      return true;
    }
    default:
      break;
  }
  if (IsOct(c)) {
    uint32_t v = c - '0';
    for (int k = 0; k < 2 && !AtEnd() && IsOct(p_[pos_]); ++k) {
      v = v * 8 + (p_[pos_] - '0');
      raw->push_back(p_[pos_++]);
    }
    if (v > 0377) {
      return Error(absl::StrCat("octal escape value ", Utf8(*raw),
                                " outside of range 0-0o377"),
                   static_cast<int64_t>(raw->size()));
    }
    *literal = v;
    return true;
  }
  if (IsDec(c) || IsAsciiLetter(c)) {
    return Error(absl::StrCat("bad escape ", Utf8(*raw)),
                 static_cast<int64_t>(raw->size()));
  }
  *literal = c;
  return true;
}

bool Parser::ParseClass(uint32_t flags, size_t here, NodePtr* out) {
  CharSet set;
  set.negate = Match('^');
  set.ignore = flags & kIgnoreCase;
  set.ascii = flags & kAscii;
  const size_t start = pos_;
  for (;;) {
    if (AtEnd()) {
      return Error("unterminated character set",
                   static_cast<int64_t>(pos_ - here));
    }
    size_t item_start = pos_;
    uint32_t c = p_[pos_++];
    if (c == ']' && item_start != start) break;
    int64_t lo;
    std::u32string this_raw;
    if (c == '\\') {
      if (!ParseClassEscape(flags, &set, &lo, &this_raw)) return false;
    } else {
      lo = c;
      this_raw = std::u32string(1, c);
    }
    if (Match('-')) {
      if (AtEnd()) {
        return Error("unterminated character set",
                     static_cast<int64_t>(pos_ - here));
      }
      uint32_t c2 = p_[pos_++];
      if (c2 == ']') {
        if (lo >= 0) set.ranges.emplace_back(lo, lo);
        set.ranges.emplace_back('-', '-');
        break;
      }
      int64_t hi;
      std::u32string that_raw;
      CharSet scratch;
      if (c2 == '\\') {
        if (!ParseClassEscape(flags, &scratch, &hi, &that_raw)) return false;
      } else {
        hi = c2;
        that_raw = std::u32string(1, c2);
      }
      if (lo < 0 || hi < 0 || hi < lo) {
        return Error(
            absl::StrCat("bad character range ", Utf8(this_raw), "-",
                         Utf8(that_raw)),
            static_cast<int64_t>(this_raw.size() + 1 + that_raw.size()));
      }
      set.ranges.emplace_back(lo, hi);
    } else if (lo >= 0) {
      set.ranges.emplace_back(lo, lo);
    }
  }
  // A one-character class without case folding is a literal (faster).
  if (!set.negate && set.categories == 0 && set.ranges.size() == 1 &&
      set.ranges[0].first == set.ranges[0].second) {
    NodePtr n = MakeNode(NodeKind::kLiteral, flags);
    n->ch = set.ranges[0].first;
    *out = std::move(n);
    return true;
  }
  set.Finish();
  prog_->sets.push_back(std::move(set));
  NodePtr n = MakeNode(NodeKind::kSet, flags);
  n->index = static_cast<int>(prog_->sets.size() - 1);
  *out = std::move(n);
  return true;
}

int FlagOf(uint32_t c) {
  switch (c) {
    case 'i':
      return kIgnoreCase;
    case 'L':
      return kLocale;
    case 'm':
      return kMultiline;
    case 's':
      return kDotAll;
    case 'x':
      return kVerbose;
    case 'a':
      return kAscii;
    case 't':
      return kTemplate;
    case 'u':
      return kUnicode;
    default:
      return 0;
  }
}

constexpr uint32_t kTypeFlags = kAscii | kLocale | kUnicode;
constexpr uint32_t kGlobalFlags = kDebug | kTemplate;

bool IsAlphaChar(uint32_t c) {
  return c < 128 ? IsAsciiLetter(c) : unicode::IsAlpha(c);
}

// `c` is the first flag character (or '-'). *global: "(?flags)".
bool Parser::ParseFlags(uint32_t c, uint32_t* add, uint32_t* del,
                        bool* global) {
  *add = *del = 0;
  *global = false;
  if (c != '-') {
    for (;;) {
      uint32_t flag = FlagOf(c);
      if (c == 'L') {
        return Error(
            "bad inline flags: cannot use 'L' flag with a str "
            "pattern");
      }
      *add |= flag;
      if ((flag & kTypeFlags) && (*add & kTypeFlags) != flag) {
        return Error(
            "bad inline flags: flags 'a', 'u' and 'L' are "
            "incompatible");
      }
      if (AtEnd()) return Error("missing -, : or )");
      c = p_[pos_++];
      if (c == ')' || c == '-' || c == ':') break;
      if (FlagOf(c) == 0) {
        return Error(IsAlphaChar(c) ? "unknown flag" : "missing -, : or )", 1);
      }
    }
  }
  if (c == ')') {
    *global = true;
    return true;
  }
  if (*add & kGlobalFlags) {
    return Error("bad inline flags: cannot turn on global flag", 1);
  }
  if (c == '-') {
    if (AtEnd()) return Error("missing flag");
    c = p_[pos_++];
    if (FlagOf(c) == 0) {
      return Error(IsAlphaChar(c) ? "unknown flag" : "missing flag", 1);
    }
    for (;;) {
      uint32_t flag = FlagOf(c);
      if (flag & kTypeFlags) {
        return Error(
            "bad inline flags: cannot turn off flags 'a', 'u' and "
            "'L'");
      }
      *del |= flag;
      if (AtEnd()) return Error("missing :");
      c = p_[pos_++];
      if (c == ':') break;
      if (FlagOf(c) == 0) {
        return Error(IsAlphaChar(c) ? "unknown flag" : "missing :", 1);
      }
    }
  }
  if (*del & kGlobalFlags) {
    return Error("bad inline flags: cannot turn off global flag", 1);
  }
  if (*add & *del) {
    return Error("bad inline flags: flag turned on and off", 1);
  }
  return true;
}

bool Parser::ParseSub(bool verbose, int nested, NodePtr* out) {
  if (nested > max_nesting_) {
    err_->msg = "maximum recursion depth exceeded";
    err_->recursion = true;
    return false;
  }
  std::vector<NodePtr> items;
  for (;;) {
    NodePtr seq;
    if (!ParseSeq(verbose, nested, nested == 0 && items.empty(), &seq)) {
      return false;
    }
    items.push_back(std::move(seq));
    if (!Match('|')) break;
  }
  if (items.size() == 1) {
    *out = std::move(items[0]);
    return true;
  }
  NodePtr alt = MakeNode(NodeKind::kAlt, flags_);
  alt->kids = std::move(items);
  *out = std::move(alt);
  return true;
}

bool IsRepeatNode(const Node& n) { return n.kind == NodeKind::kRepeat; }

bool Parser::ParseSeq(bool verbose, int nested, bool first, NodePtr* out) {
  NodePtr seq = MakeNode(NodeKind::kSeq, flags_);
  std::vector<NodePtr>& items = seq->kids;
  const uint32_t flags = flags_;
  for (;;) {
    if (AtEnd()) break;
    uint32_t c = p_[pos_];
    if (c == '|' || c == ')') break;
    ++pos_;
    if (verbose) {
      if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
      if (c == '#') {
        while (!AtEnd() && p_[pos_++] != '\n') {
        }
        continue;
      }
    }
    uint32_t cur = flags_;
    if (c == '\\') {
      NodePtr n;
      std::u32string raw;
      if (!ParseEscape(cur, &n, &raw)) return false;
      items.push_back(std::move(n));
    } else if (c == '[') {
      NodePtr n;
      if (!ParseClass(cur, pos_ - 1, &n)) return false;
      items.push_back(std::move(n));
    } else if (c == '.') {
      items.push_back(MakeNode(NodeKind::kAny, cur));
    } else if (c == '^') {
      NodePtr n = MakeNode(NodeKind::kAt, cur);
      n->index = static_cast<int>((cur & kMultiline) ? AtKind::kBeginningLine
                                                     : AtKind::kBeginning);
      items.push_back(std::move(n));
    } else if (c == '$') {
      NodePtr n = MakeNode(NodeKind::kAt, cur);
      n->index = static_cast<int>((cur & kMultiline) ? AtKind::kEndLine
                                                     : AtKind::kEnd);
      items.push_back(std::move(n));
    } else if (c == '*' || c == '+' || c == '?' || c == '{') {
      const size_t here = pos_;
      int64_t min = 0, max = kMaxRepeat;
      if (c == '?') {
        max = 1;
      } else if (c == '+') {
        min = 1;
      } else if (c == '{') {
        if (Next() == '}') {
          NodePtr n = MakeNode(NodeKind::kLiteral, cur);
          n->ch = '{';
          items.push_back(std::move(n));
          continue;
        }
        std::string lo, hi;
        while (!AtEnd() && IsDec(p_[pos_])) lo.push_back(char(p_[pos_++]));
        if (Match(',')) {
          while (!AtEnd() && IsDec(p_[pos_])) hi.push_back(char(p_[pos_++]));
        } else {
          hi = lo;
        }
        if (!Match('}')) {
          NodePtr n = MakeNode(NodeKind::kLiteral, cur);
          n->ch = '{';
          items.push_back(std::move(n));
          pos_ = here;
          continue;
        }
        auto number = [](const std::string& s) {
          // Saturates: anything this large is an error below.
          int64_t v = 0;
          for (char d : s) {
            v = v * 10 + (d - '0');
            if (v > kMaxRepeat) return kMaxRepeat + 1;
          }
          return v;
        };
        if (!lo.empty()) {
          min = number(lo);
          if (min >= kMaxRepeat) {
            err_->msg = "the repetition number is too large";
            err_->overflow = true;
            return false;
          }
        }
        if (!hi.empty()) {
          max = number(hi);
          if (max >= kMaxRepeat) {
            err_->msg = "the repetition number is too large";
            err_->overflow = true;
            return false;
          }
          if (max < min) {
            return Error("min repeat greater than max repeat",
                         static_cast<int64_t>(pos_ - here));
          }
        }
      }
      const int64_t offset = static_cast<int64_t>(pos_ - here) + 1;
      if (items.empty() || items.back()->kind == NodeKind::kAt) {
        return Error("nothing to repeat", offset);
      }
      if (IsRepeatNode(*items.back())) {
        return Error("multiple repeat", offset);
      }
      NodePtr rep = MakeNode(NodeKind::kRepeat, cur);
      rep->min = min;
      rep->max = max;
      if (Match('?')) {
        rep->mode = kLazy;
      } else if (Match('+')) {
        rep->mode = kPossessive;
      }
      rep->kids.push_back(std::move(items.back()));
      items.back() = std::move(rep);
    } else if (c == '(') {
      const size_t start = pos_ - 1;
      bool capture = true, atomic = false;
      std::u32string name;
      bool named = false;
      uint32_t add = 0, del = 0;
      if (Match('?')) {
        if (AtEnd()) return Error("unexpected end of pattern");
        uint32_t ch = p_[pos_++];
        if (ch == 'P') {
          if (Match('<')) {
            if (!GetUntil('>', "group name", &name)) return false;
            if (!IsIdentifier(name)) {
              return Error(
                  absl::StrCat("bad character in group name ", PyRepr(name)),
                  static_cast<int64_t>(name.size()) + 1);
            }
            named = true;
          } else if (Match('=')) {
            if (!GetUntil(')', "group name", &name)) return false;
            if (!IsIdentifier(name)) {
              return Error(
                  absl::StrCat("bad character in group name ", PyRepr(name)),
                  static_cast<int64_t>(name.size()) + 1);
            }
            int gid = -1;
            for (const auto& gn : prog_->group_names) {
              if (gn.first == name) gid = gn.second;
            }
            if (gid < 0) {
              return Error(absl::StrCat("unknown group name ", PyRepr(name)),
                           static_cast<int64_t>(name.size()) + 1);
            }
            if (open_[gid]) {
              return Error("cannot refer to an open group",
                           static_cast<int64_t>(name.size()) + 1);
            }
            NodePtr n = MakeNode(NodeKind::kBackref, cur);
            n->index = gid;
            items.push_back(std::move(n));
            continue;
          } else {
            if (AtEnd()) return Error("unexpected end of pattern");
            uint32_t c2 = p_[pos_++];
            std::string ext = "unknown extension ?P";
            AppendUtf8(&ext, c2);
            return Error(ext, 3);
          }
        } else if (ch == ':') {
          capture = false;
        } else if (ch == '#') {
          for (;;) {
            if (AtEnd()) {
              return Error("missing ), unterminated comment",
                           static_cast<int64_t>(pos_ - start));
            }
            if (p_[pos_++] == ')') break;
          }
          continue;
        } else if (ch == '=' || ch == '!' || ch == '<') {
          int dir = 1;
          if (ch == '<') {
            if (AtEnd()) return Error("unexpected end of pattern");
            ch = p_[pos_++];
            if (ch != '=' && ch != '!') {
              std::string ext = "unknown extension ?<";
              AppendUtf8(&ext, ch);
              return Error(ext, 3);
            }
            dir = -1;
          }
          NodePtr sub;
          if (!ParseSub(verbose, nested + 1, &sub)) return false;
          if (!Match(')')) {
            return Error("missing ), unterminated subpattern",
                         static_cast<int64_t>(pos_ - start));
          }
          NodePtr n = MakeNode(NodeKind::kAssert, cur);
          n->dir = dir;
          n->negate = ch == '!';
          n->kids.push_back(std::move(sub));
          items.push_back(std::move(n));
          continue;
        } else if (ch == '(') {
          std::u32string cond;
          if (!GetUntil(')', "group name", &cond)) return false;
          int gid = -1;
          if (IsIdentifier(cond)) {
            for (const auto& gn : prog_->group_names) {
              if (gn.first == cond) gid = gn.second;
            }
            if (gid < 0) {
              return Error(absl::StrCat("unknown group name ", PyRepr(cond)),
                           static_cast<int64_t>(cond.size()) + 1);
            }
          } else {
            bool digits = !cond.empty() && cond.size() < 10;
            for (char32_t d : cond) digits = digits && IsDec(d);
            if (!digits) {
              return Error(
                  absl::StrCat("bad character in group name ", PyRepr(cond)),
                  static_cast<int64_t>(cond.size()) + 1);
            }
            gid = std::stoi(Utf8(cond));
            if (gid == 0) {
              return Error("bad group number",
                           static_cast<int64_t>(cond.size()) + 1);
            }
            // Checked once the whole pattern is parsed (the group may be
            // defined later).
            cond_refs_.emplace_back(
                gid, static_cast<int64_t>(pos_ - cond.size() - 1));
          }
          NodePtr yes, no;
          if (!ParseSeq(verbose, nested + 1, false, &yes)) return false;
          if (Match('|')) {
            if (!ParseSeq(verbose, nested + 1, false, &no)) return false;
            if (Next() == '|') {
              return Error("conditional backref with more than two branches");
            }
          }
          if (!Match(')')) {
            return Error("missing ), unterminated subpattern",
                         static_cast<int64_t>(pos_ - start));
          }
          NodePtr n = MakeNode(NodeKind::kGroupExists, cur);
          n->index = gid;
          n->kids.push_back(std::move(yes));
          n->kids.push_back(no ? std::move(no)
                               : MakeNode(NodeKind::kEmpty, cur));
          items.push_back(std::move(n));
          continue;
        } else if (ch == '>') {
          capture = false;
          atomic = true;
        } else if (FlagOf(ch) != 0 || ch == '-') {
          bool global;
          if (!ParseFlags(ch, &add, &del, &global)) return false;
          if (global) {
            if (!first || !items.empty()) {
              return Error("global flags not at the start of the expression",
                           static_cast<int64_t>(pos_ - start));
            }
            flags_ |= add;
            verbose = flags_ & kVerbose;
            continue;
          }
          capture = false;
        } else {
          std::string ext = "unknown extension ?";
          AppendUtf8(&ext, ch);
          return Error(ext, 2);
        }
      }
      int group = 0;
      if (capture) {
        group = groups_++;
        open_.resize(groups_, false);
        open_[group] = true;
        if (named) {
          for (const auto& gn : prog_->group_names) {
            if (gn.first == name) {
              return Error(absl::StrFormat("redefinition of group name %s as "
                                           "group %d; was group %d",
                                           PyRepr(name), group, gn.second),
                           static_cast<int64_t>(name.size()) + 1);
            }
          }
          prog_->group_names.emplace_back(name, group);
        }
      }
      const uint32_t saved = flags_;
      flags_ = (flags_ | add) & ~del;
      bool sub_verbose = flags_ & kVerbose;
      NodePtr sub;
      bool ok = ParseSub(sub_verbose, nested + 1, &sub);
      flags_ = saved;
      if (!ok) return false;
      if (!Match(')')) {
        return Error("missing ), unterminated subpattern",
                     static_cast<int64_t>(pos_ - start));
      }
      if (capture) open_[group] = false;
      NodePtr n = MakeNode(atomic ? NodeKind::kAtomic : NodeKind::kGroup, cur);
      n->index = group;
      n->kids.push_back(std::move(sub));
      items.push_back(std::move(n));
    } else {
      NodePtr n = MakeNode(NodeKind::kLiteral, cur);
      n->ch = c;
      items.push_back(std::move(n));
    }
  }
  (void)flags;
  if (items.size() == 1 && nested >= 0) {
    *out = std::move(items[0]);
  } else {
    *out = std::move(seq);
  }
  return true;
}

bool Parser::Parse(NodePtr* out, CompileError* err) {
  err_ = err;
  open_.assign(1, false);
  const bool verbose = flags_ & kVerbose;
  if (!ParseSub(verbose, 0, out)) return false;
  if (!AtEnd()) return Error("unbalanced parenthesis");
  for (const auto& ref : cond_refs_) {
    if (ref.first >= groups_) {
      err_->msg = absl::StrCat("invalid group reference ", ref.first);
      err_->pos = ref.second;
      return false;
    }
  }
  prog_->groups = groups_ - 1;
  prog_->flags = flags_;
  return true;
}

// Width bounds of a node (for lookbehind), CPython's getwidth: max is
// capped at kMaxRepeat.
void Width(const Program& prog, const Node& n, int64_t* lo, int64_t* hi) {
  auto cap = [](int64_t v) { return v > kMaxRepeat ? kMaxRepeat : v; };
  switch (n.kind) {
    case NodeKind::kLiteral:
    case NodeKind::kAny:
    case NodeKind::kSet:
      *lo = *hi = 1;
      return;
    case NodeKind::kEmpty:
    case NodeKind::kAt:
    case NodeKind::kAssert:
      *lo = *hi = 0;
      return;
    case NodeKind::kBackref:
      // Unknown width: CPython treats it as 0..MAXREPEAT.
      *lo = 0;
      *hi = kMaxRepeat;
      return;
    case NodeKind::kSeq: {
      int64_t a = 0, b = 0;
      for (const auto& k : n.kids) {
        int64_t l, h;
        Width(prog, *k, &l, &h);
        a = cap(a + l);
        b = cap(b + h);
      }
      *lo = a;
      *hi = b;
      return;
    }
    case NodeKind::kAlt: {
      int64_t a = kMaxRepeat, b = 0;
      for (const auto& k : n.kids) {
        int64_t l, h;
        Width(prog, *k, &l, &h);
        a = std::min(a, l);
        b = std::max(b, h);
      }
      *lo = a;
      *hi = b;
      return;
    }
    case NodeKind::kGroup:
    case NodeKind::kAtomic:
      Width(prog, *n.kids[0], lo, hi);
      return;
    case NodeKind::kRepeat: {
      int64_t l, h;
      Width(prog, *n.kids[0], &l, &h);
      *lo = cap(l * n.min);
      *hi = (n.max >= kMaxRepeat && h > 0)
                ? kMaxRepeat
                : cap(h * std::max<int64_t>(n.max, 0));
      return;
    }
    case NodeKind::kGroupExists: {
      int64_t l1, h1, l2, h2;
      Width(prog, *n.kids[0], &l1, &h1);
      Width(prog, *n.kids[1], &l2, &h2);
      *lo = std::min(l1, l2);
      *hi = std::max(h1, h2);
      return;
    }
  }
}

class CodeGen {
 public:
  CodeGen(Program* prog, CompileError* err) : prog_(prog), err_(err) {}

  bool Emit(const Node& n);

 private:
  int Pc() const { return static_cast<int>(prog_->code.size()); }
  Inst& At(int pc) { return prog_->code[pc]; }
  void Add(Op op, int a = 0, int b = 0, int c = 0, int d = 0,
           uint8_t flag = 0) {
    Inst i;
    i.op = op;
    i.a = a;
    i.b = b;
    i.c = c;
    i.d = d;
    i.flag = flag;
    prog_->code.push_back(i);
  }
  bool EmitSingle(const Node& n);  // one-character item as one instruction
  // A repeat of a multi-character item: `?` as a split, others as a
  // counted loop.
  bool EmitLoop(const Node& item, int min, int max, RepeatMode mode);
  static bool IsSingle(const Node& n) {
    return n.kind == NodeKind::kLiteral || n.kind == NodeKind::kAny ||
           n.kind == NodeKind::kSet;
  }

  Program* prog_;
  CompileError* err_;
};

bool CodeGen::EmitSingle(const Node& n) {
  const bool ignore = n.flags & kIgnoreCase;
  const bool ascii = n.flags & kAscii;
  switch (n.kind) {
    case NodeKind::kLiteral:
      if (ignore && (SimpleLower(n.ch, ascii) != n.ch ||
                     SimpleUpper(n.ch, ascii) != n.ch)) {
        Add(Op::kCharIgnore, static_cast<int>(SimpleLower(n.ch, ascii)), 0, 0,
            0, ascii ? 1 : 0);
      } else {
        Add(Op::kChar, static_cast<int>(n.ch));
      }
      return true;
    case NodeKind::kAny:
      Add((n.flags & kDotAll) ? Op::kAnyAll : Op::kAny);
      return true;
    case NodeKind::kSet: {
      // Case folding applies to classes parsed under IGNORECASE, and to
      // category escapes (their sets were made without it).
      CharSet& set = prog_->sets[n.index];
      if (ignore && !set.ignore) {
        set.ignore = true;
        set.Finish();
      }
      Add(Op::kSet, n.index);
      return true;
    }
    default:
      return false;
  }
}

bool CodeGen::Emit(const Node& n) {
  switch (n.kind) {
    case NodeKind::kEmpty:
      return true;
    case NodeKind::kLiteral:
    case NodeKind::kAny:
    case NodeKind::kSet:
      return EmitSingle(n);
    case NodeKind::kAt:
      Add(Op::kAt, n.index);
      return true;
    case NodeKind::kSeq:
      for (const auto& k : n.kids) {
        if (!Emit(*k)) return false;
      }
      return true;
    case NodeKind::kAlt: {
      std::vector<int> to_end;
      for (size_t i = 0; i < n.kids.size(); ++i) {
        int split = -1;
        if (i + 1 < n.kids.size()) {
          split = Pc();
          Add(Op::kSplit, Pc() + 1, 0);
        }
        if (!Emit(*n.kids[i])) return false;
        if (i + 1 < n.kids.size()) {
          to_end.push_back(Pc());
          Add(Op::kJmp, 0);
          At(split).b = Pc();
        }
      }
      for (int pc : to_end) At(pc).a = Pc();
      return true;
    }
    case NodeKind::kGroup:
      if (n.index > 0) Add(Op::kSave, 2 * n.index);
      if (!Emit(*n.kids[0])) return false;
      if (n.index > 0) Add(Op::kSave, 2 * n.index + 1);
      return true;
    case NodeKind::kBackref:
      Add(Op::kBackref, n.index, 0, 0, 0, (n.flags & kIgnoreCase) ? 1 : 0);
      return true;
    case NodeKind::kAssert: {
      int c = -1;
      if (n.dir < 0) {
        int64_t lo, hi;
        Width(*prog_, *n.kids[0], &lo, &hi);
        if (lo != hi) {
          err_->msg = "look-behind requires fixed-width pattern";
          err_->pos = -1;
          return false;
        }
        c = static_cast<int>(lo);
      }
      int at = Pc();
      Add(Op::kAssert, 0, 0, c, 0, n.negate ? 1 : 0);
      if (!Emit(*n.kids[0])) return false;
      Add(Op::kMatch);
      At(at).b = Pc();
      return true;
    }
    case NodeKind::kAtomic: {
      int at = Pc();
      Add(Op::kAtomic);
      if (!Emit(*n.kids[0])) return false;
      Add(Op::kMatch);
      At(at).b = Pc();
      return true;
    }
    case NodeKind::kGroupExists: {
      int at = Pc();
      Add(Op::kGroupExists, n.index);
      if (!Emit(*n.kids[0])) return false;
      int jmp = Pc();
      Add(Op::kJmp, 0);
      At(at).b = Pc();
      if (!Emit(*n.kids[1])) return false;
      At(jmp).a = Pc();
      return true;
    }
    case NodeKind::kRepeat: {
      const Node& item = *n.kids[0];
      const int max = n.max >= kMaxRepeat ? -1 : static_cast<int>(n.max);
      const int min = static_cast<int>(n.min);
      if (IsSingle(item)) {
        Add(Op::kRepeatOne, 0, min, max, 0, n.mode);
        return EmitSingle(item);
      }
      if (n.mode == kPossessive) {
        // An atomic group around the greedy repeat.
        int at = Pc();
        Add(Op::kAtomic);
        if (!EmitLoop(item, min, max, kGreedy)) return false;
        Add(Op::kMatch);
        At(at).b = Pc();
        return true;
      }
      return EmitLoop(item, min, max, n.mode);
    }
  }
  return false;
}

bool CodeGen::EmitLoop(const Node& item, int min, int max, RepeatMode mode) {
  if (min == 0 && max == 1) {
    int split = Pc();
    Add(Op::kSplit, 0, 0);
    if (!Emit(item)) return false;
    if (mode == kLazy) {
      At(split).a = Pc();
      At(split).b = split + 1;
    } else {
      At(split).a = split + 1;
      At(split).b = Pc();
    }
    return true;
  }
  int counter = prog_->counters++;
  Add(Op::kRepInit, counter);
  int check = Pc();
  Add(Op::kRepCheck, counter, min, max, 0, mode);
  if (!Emit(item)) return false;
  Add(Op::kJmp, check);
  At(check).d = Pc();
  return true;
}

}  // namespace

bool Compile(const std::u32string& pattern, uint32_t flags, int max_nesting,
             Program* out, CompileError* err) {
  Parser parser(pattern, flags, max_nesting, out);
  NodePtr root;
  if (!parser.Parse(&root, err)) return false;
  CodeGen gen(out, err);
  if (!gen.Emit(*root)) return false;
  Inst m;
  m.op = Op::kMatch;
  out->code.push_back(m);
  // A single-character repeat followed (past capture marks) by a literal
  // only stops where that literal is next: d = literal + 1, 0 if none.
  for (size_t pc = 0; pc < out->code.size(); ++pc) {
    Inst& in = out->code[pc];
    if (in.op != Op::kRepeatOne) continue;
    size_t next = pc + 2;
    while (next < out->code.size() && out->code[next].op == Op::kSave) ++next;
    if (next < out->code.size() && out->code[next].op == Op::kChar) {
      in.d = out->code[next].a + 1;
    }
  }
  // Search filters from the first instruction.
  const Inst& first = out->code[0];
  if (first.op == Op::kChar) {
    out->first_char = first.a;
  } else if (first.op == Op::kSet) {
    out->first_set = first.a;
  } else if (first.op == Op::kRepeatOne && first.b >= 1) {
    const Inst& item = out->code[1];
    if (item.op == Op::kChar) out->first_char = item.a;
    if (item.op == Op::kSet) out->first_set = item.a;
  } else if (first.op == Op::kAt &&
             first.a == static_cast<int>(AtKind::kBeginning)) {
    out->anchored_start = true;
  }
  return true;
}

}  // namespace re
}  // namespace interp
