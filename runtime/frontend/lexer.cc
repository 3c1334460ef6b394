// Tokenizer (see lexer.h). Error messages and positions follow CPython
// 3.11's tokenizer so that tracebacks of bad scripts look the same.

#include "runtime/frontend/lexer.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/frontend/unicode_names.h"

namespace interp {
namespace {

struct Keyword {
  std::string_view text;
  Tok tok;
};

// Sorted by text for binary search.
constexpr Keyword kKeywords[] = {
    {"False", Tok::kFalse},
    {"None", Tok::kNone},
    {"True", Tok::kTrue},
    {"and", Tok::kAnd},
    {"as", Tok::kAs},
    {"assert", Tok::kAssert},
    {"async", Tok::kAsync},
    {"await", Tok::kAwait},
    {"break", Tok::kBreak},
    {"class", Tok::kClass},
    {"continue", Tok::kContinue},
    {"def", Tok::kDef},
    {"del", Tok::kDel},
    {"elif", Tok::kElif},
    {"else", Tok::kElse},
    {"except", Tok::kExcept},
    {"finally", Tok::kFinally},
    {"for", Tok::kFor},
    {"from", Tok::kFrom},
    {"global", Tok::kGlobal},
    {"if", Tok::kIf},
    {"import", Tok::kImport},
    {"in", Tok::kIn},
    {"is", Tok::kIs},
    {"lambda", Tok::kLambda},
    {"nonlocal", Tok::kNonlocal},
    {"not", Tok::kNot},
    {"or", Tok::kOr},
    {"pass", Tok::kPass},
    {"raise", Tok::kRaise},
    {"return", Tok::kReturn},
    {"try", Tok::kTry},
    {"while", Tok::kWhile},
    {"with", Tok::kWith},
    {"yield", Tok::kYield},
};

Tok KeywordOrName(std::string_view text) {
  if (text.size() < 2 || text.size() > 8) return Tok::kName;
  const Keyword* b = std::begin(kKeywords);
  const Keyword* e = std::end(kKeywords);
  const Keyword* it = std::lower_bound(
      b, e, text,
      [](const Keyword& k, std::string_view t) { return k.text < t; });
  if (it != e && it->text == text) return it->tok;
  return Tok::kName;
}

bool IsAsciiIdentStart(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool IsAsciiIdentChar(int c) {
  return IsAsciiIdentStart(c) || (c >= '0' && c <= '9');
}
bool IsDigit(int c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(int c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int HexValue(int c) {
  if (IsDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// Decodes one UTF-8 sequence at s[i] (already validated; defensive anyway).
uint32_t DecodeUtf8(std::string_view s, uint32_t i, uint32_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (c >= 0x80 && c < 0xC0) n = 1;
  if (i + n > s.size()) n = 1;
  uint32_t cp = n == 1   ? c
                : n == 2 ? (c & 0x1F)
                : n == 3 ? (c & 0x0F)
                         : (c & 0x07);
  for (int k = 1; k < n; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  *len = static_cast<uint32_t>(n);
  return cp;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Code points CPython reports as "invalid non-printable character".
bool IsNonPrintable(uint32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD ||
         (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
         (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
         (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE000 && cp <= 0xF8FF) ||
         cp >= 0xF0000;
}

}  // namespace

bool IsIdentifierCodePoint(uint32_t cp, bool start) {
  if (cp < 0x80) {
    return start ? IsAsciiIdentStart(static_cast<int>(cp))
                 : IsAsciiIdentChar(static_cast<int>(cp));
  }
  if (IsNonPrintable(cp)) return false;
  // Latin-1 punctuation and symbols, except the letters ª µ º.
  if (cp < 0xC0) {
    return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (!start && cp == 0xB7);
  }
  if (cp == 0xD7 || cp == 0xF7) return false;
  // General punctuation, super/subscripts, currency, letterlike... through
  // arrows, math operators, technical, box drawing, shapes, dingbats.
  if (cp >= 0x2010 && cp <= 0x2BFF) {
    // Letterlike symbols keep a few letters (e.g. U+2118 is XID_Start), but
    // being stricter than CPython here only rejects exotic identifiers.
    return false;
  }
  if (cp >= 0x2E00 && cp <= 0x2E7F) return false;  // supplemental punct.
  if (cp >= 0x3001 && cp <= 0x3004) return false;  // CJK punctuation
  if (cp >= 0x3008 && cp <= 0x3020) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;  // CJK compat forms
  if (cp >= 0xFF01 && cp <= 0xFF0F) return false;  // fullwidth punctuation
  if (cp >= 0xFF1A && cp <= 0xFF20) return false;
  if (cp >= 0xFF3B && cp <= 0xFF40 && cp != 0xFF3F) return false;
  if (cp >= 0xFF5B && cp <= 0xFF65) return false;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji, symbols
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  // Combining marks continue but do not start identifiers.
  if (start &&
      ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
       (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
       (cp >= 0xFE20 && cp <= 0xFE2F))) {
    return false;
  }
  return cp <= 0x10FFFF;
}

int Utf8Length(std::string_view text) {
  int n = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

const char* TokName(Tok t) {
  switch (t) {
    case Tok::kEndMarker:
      return "ENDMARKER";
    case Tok::kNewline:
      return "NEWLINE";
    case Tok::kIndent:
      return "INDENT";
    case Tok::kDedent:
      return "DEDENT";
    case Tok::kName:
      return "NAME";
    case Tok::kInt:
      return "NUMBER";
    case Tok::kFloat:
      return "NUMBER";
    case Tok::kString:
      return "STRING";
    case Tok::kErrorToken:
      return "ERRORTOKEN";
    case Tok::kFalse:
      return "'False'";
    case Tok::kNone:
      return "'None'";
    case Tok::kTrue:
      return "'True'";
    case Tok::kAnd:
      return "'and'";
    case Tok::kAs:
      return "'as'";
    case Tok::kAssert:
      return "'assert'";
    case Tok::kAsync:
      return "'async'";
    case Tok::kAwait:
      return "'await'";
    case Tok::kBreak:
      return "'break'";
    case Tok::kClass:
      return "'class'";
    case Tok::kContinue:
      return "'continue'";
    case Tok::kDef:
      return "'def'";
    case Tok::kDel:
      return "'del'";
    case Tok::kElif:
      return "'elif'";
    case Tok::kElse:
      return "'else'";
    case Tok::kExcept:
      return "'except'";
    case Tok::kFinally:
      return "'finally'";
    case Tok::kFor:
      return "'for'";
    case Tok::kFrom:
      return "'from'";
    case Tok::kGlobal:
      return "'global'";
    case Tok::kIf:
      return "'if'";
    case Tok::kImport:
      return "'import'";
    case Tok::kIn:
      return "'in'";
    case Tok::kIs:
      return "'is'";
    case Tok::kLambda:
      return "'lambda'";
    case Tok::kNonlocal:
      return "'nonlocal'";
    case Tok::kNot:
      return "'not'";
    case Tok::kOr:
      return "'or'";
    case Tok::kPass:
      return "'pass'";
    case Tok::kRaise:
      return "'raise'";
    case Tok::kReturn:
      return "'return'";
    case Tok::kTry:
      return "'try'";
    case Tok::kWhile:
      return "'while'";
    case Tok::kWith:
      return "'with'";
    case Tok::kYield:
      return "'yield'";
    case Tok::kLParen:
      return "'('";
    case Tok::kRParen:
      return "')'";
    case Tok::kLBracket:
      return "'['";
    case Tok::kRBracket:
      return "']'";
    case Tok::kLBrace:
      return "'{'";
    case Tok::kRBrace:
      return "'}'";
    case Tok::kColon:
      return "':'";
    case Tok::kComma:
      return "','";
    case Tok::kSemi:
      return "';'";
    case Tok::kDot:
      return "'.'";
    case Tok::kEllipsis:
      return "'...'";
    case Tok::kArrow:
      return "'->'";
    case Tok::kColonEqual:
      return "':='";
    case Tok::kPlus:
      return "'+'";
    case Tok::kMinus:
      return "'-'";
    case Tok::kStar:
      return "'*'";
    case Tok::kSlash:
      return "'/'";
    case Tok::kDoubleSlash:
      return "'//'";
    case Tok::kPercent:
      return "'%'";
    case Tok::kDoubleStar:
      return "'**'";
    case Tok::kAt:
      return "'@'";
    case Tok::kVBar:
      return "'|'";
    case Tok::kAmper:
      return "'&'";
    case Tok::kCircumflex:
      return "'^'";
    case Tok::kTilde:
      return "'~'";
    case Tok::kLeftShift:
      return "'<<'";
    case Tok::kRightShift:
      return "'>>'";
    case Tok::kLess:
      return "'<'";
    case Tok::kGreater:
      return "'>'";
    case Tok::kEqEqual:
      return "'=='";
    case Tok::kNotEqual:
      return "'!='";
    case Tok::kLessEqual:
      return "'<='";
    case Tok::kGreaterEqual:
      return "'>='";
    case Tok::kEqual:
      return "'='";
    case Tok::kPlusEqual:
      return "'+='";
    case Tok::kMinusEqual:
      return "'-='";
    case Tok::kStarEqual:
      return "'*='";
    case Tok::kSlashEqual:
      return "'/='";
    case Tok::kDoubleSlashEqual:
      return "'//='";
    case Tok::kPercentEqual:
      return "'%='";
    case Tok::kDoubleStarEqual:
      return "'**='";
    case Tok::kAtEqual:
      return "'@='";
    case Tok::kVBarEqual:
      return "'|='";
    case Tok::kAmperEqual:
      return "'&='";
    case Tok::kCircumflexEqual:
      return "'^='";
    case Tok::kLeftShiftEqual:
      return "'<<='";
    case Tok::kRightShiftEqual:
      return "'>>='";
    case Tok::kExclamation:
      return "'!'";
  }
  return "?";
}

Lexer::Lexer(std::string_view source, std::string_view filename)
    : src_(source), filename_(filename) {
  end_ = static_cast<uint32_t>(std::min<size_t>(source.size(), UINT32_MAX - 8));
  // A UTF-8 byte order mark is accepted and invisible to columns.
  if (src_.substr(0, 3) == "\xEF\xBB\xBF") {
    pos_ = 3;
    line_start_ = 3;
  }
}

Lexer::Lexer(std::string_view source, std::string_view filename, uint32_t begin,
             uint32_t end, int line, uint32_t line_start)
    : src_(source), filename_(filename) {
  end_ = static_cast<uint32_t>(std::min<size_t>(end, source.size()));
  pos_ = std::min(begin, end_);
  line_ = line;
  expr_mode_ = true;
  if (line_start <= pos_) {
    line_start_ = line_start;
  } else {
    uint32_t ls = pos_;
    while (ls > 0 && src_[ls - 1] != '\n' && src_[ls - 1] != '\r') --ls;
    line_start_ = ls;
  }
}

bool Lexer::Fail(std::string type, std::string message, int line, int col0,
                 int end_col0) {
  error_.type = std::move(type);
  error_.message = std::move(message);
  error_.filename = filename_;
  error_.line = line;
  error_.col = col0 + 1;
  error_.end_line = line;
  error_.end_col = end_col0 == kSameAsCol ? col0 + 1 : end_col0 + 1;
  error_.text = std::string(SourceLine(src_, line));
  return false;
}

Token Lexer::MakeToken(Tok kind, uint32_t begin, int line, int col) const {
  Token t;
  t.kind = kind;
  t.begin = begin;
  t.end = pos_;
  t.line = line;
  t.col = col;
  t.end_line = line_;
  t.end_col = col_of(pos_);
  t.depth = static_cast<uint8_t>(std::min<size_t>(brackets_.size(), 255));
  return t;
}

void Lexer::Push(std::vector<Token>* out, Tok kind, uint32_t begin) {
  out->push_back(MakeToken(kind, begin, line_, col_of(begin)));
}

bool Lexer::ConsumeNewline() {
  int c = peek();
  if (c == '\n') {
    ++pos_;
  } else if (c == '\r') {
    ++pos_;
    if (peek() == '\n') ++pos_;
  } else {
    return false;
  }
  NewLine(pos_);
  return true;
}

bool Lexer::Tokenize(std::vector<Token>* out) {
  out->reserve(out->size() + (end_ - pos_) / 3 + 4);
  return expr_mode_ ? LexExpr(out) : LexFile(out);
}

bool Lexer::LexExpr(std::vector<Token>* out) {
  while (true) {
    int c = peek();
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
      continue;
    }
    if (c == '\n' || c == '\r') {
      ConsumeNewline();
      continue;
    }
    if (c < 0) break;
    size_t before = out->size();
    if (!LexToken(out)) {
      if (!error_.message.empty()) {
        error_.message = absl::StrCat("f-string: ", error_.message);
      }
      return false;
    }
    if (out->size() > before && out->back().kind == Tok::kErrorToken) {
      return true;
    }
  }
  Push(out, Tok::kEndMarker, pos_);
  return true;
}

bool Lexer::LexIndentation(std::vector<Token>* out, bool* blank_line) {
  int col = 0;
  int altcol = 0;
  uint32_t start = pos_;
  while (true) {
    int c = peek();
    if (c == ' ') {
      ++col;
      ++altcol;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else {
      break;
    }
    ++pos_;
  }
  int c = peek();
  if (c == '#' || c == '\n' || c == '\r' || c < 0) {
    // Blank or comment-only line: no tokens, no indentation change.
    if (c == '#') {
      while (peek() >= 0 && peek() != '\n' && peek() != '\r') ++pos_;
    }
    *blank_line = true;
    if (peek() >= 0) ConsumeNewline();
    return true;
  }
  *blank_line = false;
  int indent_bytes = static_cast<int>(pos_ - start);
  auto tab_error = [&]() {
    return Fail("TabError",
                "inconsistent use of tabs and spaces in indentation", line_, 0,
                -1);
  };
  if (col == indents_.back()) {
    if (altcol != alt_indents_.back()) return tab_error();
  } else if (col > indents_.back()) {
    if (static_cast<int>(indents_.size()) >= kMaxIndentDepth) {
      return Fail("IndentationError", "too many levels of indentation", line_,
                  indent_bytes, kSameAsCol);
    }
    if (altcol <= alt_indents_.back()) return tab_error();
    indents_.push_back(col);
    alt_indents_.push_back(altcol);
    Token t = MakeToken(Tok::kIndent, start, line_, 0);
    t.end_col = indent_bytes;
    out->push_back(t);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      out->push_back(MakeToken(Tok::kDedent, pos_, line_, indent_bytes));
    }
    if (col != indents_.back()) {
      int len = static_cast<int>(SourceLine(src_, line_).size());
      return Fail("IndentationError",
                  "unindent does not match any outer indentation level", line_,
                  len, kEndUnknown);
    }
    if (altcol != alt_indents_.back()) return tab_error();
  }
  return true;
}

bool Lexer::LexFile(std::vector<Token>* out) {
  bool at_line_start = true;
  while (true) {
    if (at_line_start) {
      bool blank = false;
      if (!LexIndentation(out, &blank)) return false;
      if (blank) {
        if (peek() < 0) break;
        continue;
      }
      at_line_start = false;
    }
    int c = peek();
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
      continue;
    }
    if (c < 0) break;
    if (c == '#') {
      while (peek() >= 0 && peek() != '\n' && peek() != '\r') ++pos_;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (brackets_.empty()) {
        Token t = MakeToken(Tok::kNewline, pos_, line_, col_of(pos_));
        t.end = pos_;
        out->push_back(t);
        ConsumeNewline();
        at_line_start = true;
      } else {
        ConsumeNewline();
      }
      continue;
    }
    if (c == '\\') {
      int n = peek(1);
      if (n == '\n' || n == '\r') {
        ++pos_;
        ConsumeNewline();
        if (peek() < 0) {
          error_at_eof_ = true;
          return Fail("SyntaxError", "unexpected EOF while parsing", line_, 1,
                      kEndUnknown);
        }
        continue;
      }
      if (n < 0) {
        error_at_eof_ = true;
        return Fail("SyntaxError", "unexpected EOF while parsing", line_,
                    col_of(pos_) + 1, kEndUnknown);
      }
      return Fail("SyntaxError",
                  "unexpected character after line continuation character",
                  line_, col_of(pos_) + 1, -1);
    }
    size_t before = out->size();
    if (!LexToken(out)) return false;
    if (out->size() > before && out->back().kind == Tok::kErrorToken) {
      return true;
    }
  }
  // End of input.
  if (!brackets_.empty()) {
    const Bracket& b = brackets_.back();
    Token t;
    t.kind = b.ch == '('   ? Tok::kLParen
             : b.ch == '[' ? Tok::kLBracket
                           : Tok::kLBrace;
    t.begin = b.offset;
    t.end = b.offset + 1;
    t.line = t.end_line = b.line;
    t.col = b.col;
    t.end_col = b.col + 1;
    unclosed_bracket_ = t;
  }
  if (!out->empty() && out->back().kind != Tok::kNewline &&
      out->back().kind != Tok::kDedent && out->back().kind != Tok::kIndent) {
    Token t = MakeToken(Tok::kNewline, pos_, line_, col_of(pos_));
    out->push_back(t);
  }
  while (indents_.size() > 1) {
    indents_.pop_back();
    alt_indents_.pop_back();
    out->push_back(MakeToken(Tok::kDedent, pos_, line_, col_of(pos_)));
  }
  Push(out, Tok::kEndMarker, pos_);
  return true;
}

bool Lexer::FailInvalidCharacter(uint32_t offset) {
  uint32_t len = 1;
  uint32_t cp = DecodeUtf8(src_, offset, &len);
  if (IsNonPrintable(cp)) {
    return Fail("SyntaxError",
                absl::StrFormat("invalid non-printable character U+%04X", cp),
                line_, col_of(offset), kSameAsCol);
  }
  return Fail("SyntaxError",
              absl::StrFormat("invalid character '%s' (U+%04X)",
                              src_.substr(offset, len), cp),
              line_, col_of(offset), kSameAsCol);
}

bool Lexer::LexToken(std::vector<Token>* out) {
  int c = peek();
  if (IsAsciiIdentStart(c) || c >= 0x80) return LexName(out);
  if (IsDigit(c) || (c == '.' && IsDigit(peek(1)))) return LexNumber(out);
  if (c == '"' || c == '\'') return LexString(out, pos_, 0, 0);
  return LexOperator(out);
}

bool Lexer::LexName(std::vector<Token>* out) {
  uint32_t start = pos_;
  int col = col_of(start);
  bool first = true;
  while (pos_ < end_) {
    int c = peek();
    if (c < 0x80) {
      if (first ? IsAsciiIdentStart(c) : IsAsciiIdentChar(c)) {
        ++pos_;
        first = false;
        continue;
      }
      break;
    }
    uint32_t len = 1;
    uint32_t cp = DecodeUtf8(src_, pos_, &len);
    if (!IsIdentifierCodePoint(cp, first)) return FailInvalidCharacter(pos_);
    pos_ += len;
    first = false;
  }
  std::string_view text = src_.substr(start, pos_ - start);
  // String prefix?
  int q = peek();
  if ((q == '"' || q == '\'') && text.size() <= 2) {
    uint8_t flags = 0;
    bool ok = true;
    bool saw_u = false;
    for (char ch : text) {
      char l = static_cast<char>(ch | 0x20);
      uint8_t bit = l == 'r'   ? Token::kStrRaw
                    : l == 'f' ? Token::kStrF
                    : l == 'b' ? Token::kStrBytes
                               : 0;
      if (l == 'u' && text.size() == 1) {
        saw_u = true;
        continue;
      }
      if (bit == 0 || (flags & bit)) ok = false;
      flags |= bit;
    }
    if ((flags & Token::kStrF) && (flags & Token::kStrBytes)) ok = false;
    if (ok && (flags || saw_u)) {
      return LexString(out, start, static_cast<int>(text.size()), flags);
    }
  }
  Tok kind = KeywordOrName(text);
  out->push_back(MakeToken(kind, start, line_, col));
  return true;
}

bool Lexer::VerifyEndOfNumber(const char* kind_name) {
  int c = peek();
  // A keyword glued to a number (`1if x else y`) is accepted, like CPython.
  auto starts = [&](std::string_view kw) {
    return src_.substr(pos_, kw.size()) == kw;
  };
  if (starts("and") || starts("else") || starts("for") || starts("if") ||
      starts("in") || starts("is") || starts("not") || starts("or")) {
    return true;
  }
  if (IsAsciiIdentChar(c) || c >= 0x80) {
    return FailAtCur(absl::StrCat("invalid ", kind_name, " literal"), pos_);
  }
  return true;
}

// Digits with single underscores between them, after a first digit.
bool Lexer::DecimalTail() {
  while (true) {
    while (IsDigit(peek())) ++pos_;
    if (peek() != '_') return true;
    ++pos_;
    if (!IsDigit(peek())) return FailAtCur("invalid decimal literal", pos_);
  }
}

bool Lexer::LexNumber(std::vector<Token>* out) {
  uint32_t start = pos_;
  int col = col_of(start);
  bool is_float = false;
  bool imaginary = false;
  int base = 10;
  auto radix = [&](int b, const char* name) -> bool {
    base = b;
    pos_ += 2;
    bool any = false;
    while (true) {
      if (peek() == '_') ++pos_;
      int c = peek();
      bool ok = b == 16  ? IsHexDigit(c)
                : b == 8 ? (c >= '0' && c <= '7')
                         : (c == '0' || c == '1');
      if (!ok) {
        if (IsDigit(c)) {
          ++pos_;
          return FailAtCur(
              absl::StrFormat("invalid digit '%c' in %s literal", c, name),
              pos_);
        }
        if (!any || src_[pos_ - 1] == '_') {
          return FailAtCur(absl::StrCat("invalid ", name, " literal"), pos_);
        }
        break;
      }
      any = true;
      ++pos_;
    }
    return VerifyEndOfNumber(name);
  };
  if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
    if (!radix(16, "hexadecimal")) return false;
  } else if (peek() == '0' && (peek(1) == 'o' || peek(1) == 'O')) {
    if (!radix(8, "octal")) return false;
  } else if (peek() == '0' && (peek(1) == 'b' || peek(1) == 'B')) {
    if (!radix(2, "binary")) return false;
  } else {
    bool leading_zero_int = false;
    if (peek() == '.') {
      is_float = true;
    } else if (peek() == '0') {
      // Zeros only, unless it turns out to be a float.
      bool nonzero = false;
      uint32_t zeros_end = pos_;
      while (true) {
        while (peek() == '0') ++pos_;
        if (peek() == '_') {
          ++pos_;
          if (!IsDigit(peek()))
            return FailAtCur("invalid decimal literal", pos_);
          continue;
        }
        break;
      }
      zeros_end = pos_;
      if (IsDigit(peek())) {
        nonzero = true;
        if (!DecimalTail()) return false;
      }
      int c = peek();
      if (c != '.' && c != 'e' && c != 'E' && c != 'j' && c != 'J') {
        if (nonzero) {
          return Fail("SyntaxError",
                      "leading zeros in decimal integer literals are not "
                      "permitted; use an 0o prefix for octal integers",
                      line_, col, col_of(zeros_end));
        }
        leading_zero_int = true;
      }
    } else {
      if (!DecimalTail()) return false;
    }
    (void)leading_zero_int;
    if (peek() == '.') {
      is_float = true;
      ++pos_;
      if (IsDigit(peek()) && !DecimalTail()) return false;
    }
    int c = peek();
    if (c == 'e' || c == 'E') {
      uint32_t e_pos = pos_;
      ++pos_;
      c = peek();
      if (c == '+' || c == '-') {
        ++pos_;
        if (!IsDigit(peek())) {
          return FailAtCur("invalid decimal literal", pos_);
        }
      } else if (!IsDigit(c)) {
        // Not an exponent (`1else`, or the error in `1e`): checked below.
        pos_ = e_pos;
        c = -2;
      }
      if (c != -2) {
        if (!DecimalTail()) return false;
        is_float = true;
      }
    }
    c = peek();
    if (c == 'j' || c == 'J') {
      ++pos_;
      is_float = true;
      imaginary = true;
      if (!VerifyEndOfNumber("imaginary")) return false;
    } else if (!VerifyEndOfNumber("decimal")) {
      return false;
    }
  }

  Token t = MakeToken(is_float ? Tok::kFloat : Tok::kInt, start, line_, col);
  if (imaginary) t.flags = Token::kFloatImaginary;
  std::string digits;
  digits.reserve(pos_ - start);
  for (uint32_t i = start + (base == 10 ? 0 : 2); i < pos_; ++i) {
    if (src_[i] != '_') digits.push_back(src_[i]);
  }
  if (is_float) {
    t.float_value = std::strtod(digits.c_str(), nullptr);
  } else {
    uint64_t v = 0;
    bool overflow = false;
    for (char ch : digits) {
      uint64_t d = static_cast<uint64_t>(HexValue(ch));
      if (v > (UINT64_MAX - d) / static_cast<uint64_t>(base)) {
        overflow = true;
        break;
      }
      v = v * static_cast<uint64_t>(base) + d;
    }
    if (overflow || v > (uint64_t{1} << 63)) {
      t.flags = Token::kIntOverflow;
      t.int_value = 0;
    } else if (v == (uint64_t{1} << 63)) {
      t.flags = Token::kIntMinMagnitude;
      t.int_value = 0;
    } else {
      t.int_value = static_cast<int64_t>(v);
    }
  }
  out->push_back(t);
  return true;
}

bool Lexer::LexString(std::vector<Token>* out, uint32_t start, int prefix_len,
                      uint8_t flags) {
  int start_line = line_;
  int start_col = col_of(start);
  char q = src_[pos_];
  bool triple = peek(1) == q && peek(2) == q;
  pos_ += triple ? 3 : 1;
  if (triple) flags |= Token::kStrTriple;
  while (true) {
    int c = peek();
    if (c < 0) {
      if (triple) {
        error_at_eof_ = true;
        int detected = pos_ == line_start_ && line_ > 1 ? line_ - 1 : line_;
        return Fail("SyntaxError",
                    absl::StrFormat("unterminated triple-quoted string literal "
                                    "(detected at line %d)",
                                    detected),
                    start_line, start_col, kSameAsCol);
      }
      return Fail(
          "SyntaxError",
          absl::StrFormat("unterminated string literal (detected at line %d)",
                          line_),
          start_line, start_col, kSameAsCol);
    }
    if (c == '\n' || c == '\r') {
      if (!triple) {
        return Fail(
            "SyntaxError",
            absl::StrFormat("unterminated string literal (detected at line %d)",
                            line_),
            start_line, start_col, kSameAsCol);
      }
      ConsumeNewline();
      continue;
    }
    if (c == '\\') {
      ++pos_;
      if (peek() == '\n' || peek() == '\r') {
        ConsumeNewline();
      } else if (peek() >= 0) {
        ++pos_;
      }
      continue;
    }
    if (c == q) {
      if (!triple) {
        ++pos_;
        break;
      }
      if (peek(1) == q && peek(2) == q) {
        pos_ += 3;
        break;
      }
    }
    ++pos_;
  }
  Token t = MakeToken(Tok::kString, start, start_line, start_col);
  t.flags = flags;
  t.prefix_len = static_cast<uint8_t>(prefix_len);
  out->push_back(t);
  return true;
}

bool Lexer::LexOperator(std::vector<Token>* out) {
  uint32_t start = pos_;
  int c = peek();
  int c1 = peek(1);
  int c2 = peek(2);
  Tok kind;
  int len = 1;
  switch (c) {
    case '(':
    case '[':
    case '{': {
      if (static_cast<int>(brackets_.size()) >= kMaxParenDepth) {
        return Fail("SyntaxError", "too many nested parentheses", line_,
                    col_of(pos_), kSameAsCol);
      }
      brackets_.push_back(
          Bracket{static_cast<char>(c), line_, col_of(pos_), pos_});
      kind = c == '(' ? Tok::kLParen : c == '[' ? Tok::kLBracket : Tok::kLBrace;
      ++pos_;
      Token t = MakeToken(kind, start, line_, col_of(start));
      t.depth = static_cast<uint8_t>(brackets_.size() - 1);
      out->push_back(t);
      return true;
    }
    case ')':
    case ']':
    case '}': {
      char open = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (brackets_.empty()) {
        return Fail("SyntaxError", absl::StrFormat("unmatched '%c'", c), line_,
                    col_of(pos_), kSameAsCol);
      }
      const Bracket& b = brackets_.back();
      if (b.ch != open) {
        std::string msg = absl::StrFormat(
            "closing parenthesis '%c' does not match opening parenthesis '%c'",
            c, b.ch);
        if (b.line != line_) absl::StrAppend(&msg, " on line ", b.line);
        return Fail("SyntaxError", msg, line_, col_of(pos_), kSameAsCol);
      }
      brackets_.pop_back();
      kind = c == ')' ? Tok::kRParen : c == ']' ? Tok::kRBracket : Tok::kRBrace;
      ++pos_;
      Push(out, kind, start);
      return true;
    }
    case ':':
      if (c1 == '=') {
        kind = Tok::kColonEqual;
        len = 2;
      } else {
        kind = Tok::kColon;
      }
      break;
    case ',':
      kind = Tok::kComma;
      break;
    case ';':
      kind = Tok::kSemi;
      break;
    case '.':
      if (c1 == '.' && c2 == '.') {
        kind = Tok::kEllipsis;
        len = 3;
      } else {
        kind = Tok::kDot;
      }
      break;
    case '+':
      kind = c1 == '=' ? Tok::kPlusEqual : Tok::kPlus;
      break;
    case '-':
      kind = c1 == '='   ? Tok::kMinusEqual
             : c1 == '>' ? Tok::kArrow
                         : Tok::kMinus;
      break;
    case '*':
      if (c1 == '*') {
        kind = c2 == '=' ? Tok::kDoubleStarEqual : Tok::kDoubleStar;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = c1 == '=' ? Tok::kStarEqual : Tok::kStar;
      }
      break;
    case '/':
      if (c1 == '/') {
        kind = c2 == '=' ? Tok::kDoubleSlashEqual : Tok::kDoubleSlash;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = c1 == '=' ? Tok::kSlashEqual : Tok::kSlash;
      }
      break;
    case '%':
      kind = c1 == '=' ? Tok::kPercentEqual : Tok::kPercent;
      break;
    case '@':
      kind = c1 == '=' ? Tok::kAtEqual : Tok::kAt;
      break;
    case '|':
      kind = c1 == '=' ? Tok::kVBarEqual : Tok::kVBar;
      break;
    case '&':
      kind = c1 == '=' ? Tok::kAmperEqual : Tok::kAmper;
      break;
    case '^':
      kind = c1 == '=' ? Tok::kCircumflexEqual : Tok::kCircumflex;
      break;
    case '~':
      kind = Tok::kTilde;
      break;
    case '<':
      if (c1 == '<') {
        kind = c2 == '=' ? Tok::kLeftShiftEqual : Tok::kLeftShift;
        len = c2 == '=' ? 3 : 2;
      } else if (c1 == '>') {
        // `<>` only exists under barry_as_FLUFL; an ordinary syntax error.
        kind = Tok::kErrorToken;
        len = 2;
      } else {
        kind = c1 == '=' ? Tok::kLessEqual : Tok::kLess;
      }
      break;
    case '>':
      if (c1 == '>') {
        kind = c2 == '=' ? Tok::kRightShiftEqual : Tok::kRightShift;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = c1 == '=' ? Tok::kGreaterEqual : Tok::kGreater;
      }
      break;
    case '=':
      kind = c1 == '=' ? Tok::kEqEqual : Tok::kEqual;
      break;
    case '!':
      kind = c1 == '=' ? Tok::kNotEqual : Tok::kErrorToken;
      break;
    case '$':
    case '?':
    case '`':
      kind = Tok::kErrorToken;
      break;
    default:
      return FailInvalidCharacter(pos_);
  }
  if (len == 1 && c1 == '=' &&
      (kind == Tok::kPlusEqual || kind == Tok::kMinusEqual ||
       kind == Tok::kStarEqual || kind == Tok::kSlashEqual ||
       kind == Tok::kPercentEqual || kind == Tok::kAtEqual ||
       kind == Tok::kVBarEqual || kind == Tok::kAmperEqual ||
       kind == Tok::kCircumflexEqual || kind == Tok::kLessEqual ||
       kind == Tok::kGreaterEqual || kind == Tok::kEqEqual ||
       kind == Tok::kNotEqual)) {
    len = 2;
  }
  if (kind == Tok::kArrow) len = 2;
  pos_ += static_cast<uint32_t>(len);
  Push(out, kind, start);
  return true;
}

std::string_view SourceLine(std::string_view source, int line) {
  if (line < 1) return {};
  size_t pos = 0;
  int cur = 1;
  while (cur < line) {
    size_t nl = source.find_first_of("\r\n", pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
    if (source[nl] == '\r' && pos < source.size() && source[pos] == '\n') ++pos;
    ++cur;
  }
  size_t nl = source.find_first_of("\r\n", pos);
  if (nl == std::string_view::npos) nl = source.size();
  return source.substr(pos, nl - pos);
}

bool ValidateSourceEncoding(std::string_view source, std::string_view filename,
                            SyntaxErrorInfo* error) {
  int line = 1;
  size_t line_start = 0;
  size_t n = source.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = static_cast<unsigned char>(source[i]);
    if (c == '\n') {
      ++line;
      line_start = i + 1;
      ++i;
      continue;
    }
    if (c == 0) {
      error->type = "SyntaxError";
      error->message = "source code cannot contain null bytes";
      error->filename = std::string(filename);
      error->line = line;
      error->col = static_cast<int>(i - line_start) + 1;
      error->end_line = line;
      error->end_col = error->col;
      error->text.clear();
      return false;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = 0;
    uint32_t min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      min = 0x10000;
    }
    bool ok = len > 0 && i + len <= n;
    uint32_t cp = 0;
    if (ok) {
      cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
      for (int k = 1; k < len; ++k) {
        unsigned char cc = static_cast<unsigned char>(source[i + k]);
        if ((cc & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) {
        ok = false;
      }
    }
    if (!ok) {
      error->type = "SyntaxError";
      error->message = absl::StrFormat(
          "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but "
          "no encoding declared; see https://peps.python.org/pep-0263/ for "
          "details",
          c, filename, line);
      error->filename = std::string(filename);
      error->line = line;
      error->col = 0;
      error->end_line = line;
      error->end_col = 0;
      error->text.clear();
      return false;
    }
    i += static_cast<size_t>(len);
  }
  return true;
}

bool DecodeBytesBody(std::string_view body, bool raw, std::string* out,
                     std::string* error_message) {
  out->clear();
  size_t n = body.size();
  for (size_t i = 0; i < n;) {
    char c = body[i];
    if (c == '\r') {
      out->push_back('\n');
      ++i;
      if (i < n && body[i] == '\n') ++i;
      continue;
    }
    if (c != '\\' || raw) {
      out->push_back(c);
      ++i;
      if (raw && c == '\\' && i < n) out->push_back(body[i++]);
      continue;
    }
    size_t start = i;
    ++i;
    if (i >= n) {
      // Unreachable from the lexer (the quote would be escaped); kept as
      // the string decoder words it.
      *error_message = "(value error) \\ at end of string";
      return false;
    }
    char e = body[i++];
    switch (e) {
      case '\n':
        break;
      case '\r':
        if (i < n && body[i] == '\n') ++i;
        break;
      case '\\':
      case '\'':
      case '"':
        out->push_back(e);
        break;
      case 'a':
        out->push_back('\a');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'v':
        out->push_back('\v');
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7';
             ++k) {
          v = v * 8 + static_cast<uint32_t>(body[i++] - '0');
        }
        // CPython 3.11 keeps the low byte of an octal escape above 0o377
        // (with a DeprecationWarning).
        out->push_back(static_cast<char>(v & 0xFF));
        break;
      }
      case 'x': {
        if (i + 2 <= n && IsHexDigit(static_cast<unsigned char>(body[i])) &&
            IsHexDigit(static_cast<unsigned char>(body[i + 1]))) {
          out->push_back(static_cast<char>(HexValue(body[i]) * 16 +
                                           HexValue(body[i + 1])));
          i += 2;
          break;
        }
        *error_message = absl::StrFormat(
            "(value error) invalid \\x escape at position %d", start);
        return false;
      }
      default:
        // Unknown escapes (\u, \N, \q ...) are kept as written.
        out->push_back('\\');
        out->push_back(e);
        break;
    }
  }
  return true;
}

bool DecodeStringBody(std::string_view body, bool raw, std::string* out,
                      std::string* error_message, size_t* error_offset) {
  out->clear();
  out->reserve(body.size());
  size_t n = body.size();
  auto fail = [&](size_t start, size_t end_incl, const char* what) {
    *error_message = absl::StrFormat(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
        "%d-%d: %s",
        start, end_incl, what);
    *error_offset = start;
    return false;
  };
  for (size_t i = 0; i < n;) {
    char c = body[i];
    if (c == '\r') {
      out->push_back('\n');
      ++i;
      if (i < n && body[i] == '\n') ++i;
      continue;
    }
    if (c != '\\' || raw) {
      out->push_back(c);
      ++i;
      if (raw && c == '\\' && i < n) {
        // A raw string keeps the backslash and the next char verbatim
        // (an escaped quote does not end it).
        char d = body[i];
        if (d == '\r') {
          out->push_back('\n');
          ++i;
          if (i < n && body[i] == '\n') ++i;
        } else {
          out->push_back(d);
          ++i;
        }
      }
      continue;
    }
    size_t start = i;
    ++i;
    if (i >= n) {
      return fail(start, start, "\\ at end of string");
    }
    char e = body[i++];
    switch (e) {
      case '\n':
        break;
      case '\r':
        if (i < n && body[i] == '\n') ++i;
        break;
      case '\\':
        out->push_back('\\');
        break;
      case '\'':
        out->push_back('\'');
        break;
      case '"':
        out->push_back('"');
        break;
      case 'a':
        out->push_back('\a');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'v':
        out->push_back('\v');
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7';
             ++k) {
          v = v * 8 + static_cast<uint32_t>(body[i++] - '0');
        }
        AppendUtf8(v, out);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < digits; ++k) {
          if (i >= n || !IsHexDigit(static_cast<unsigned char>(body[i]))) {
            return fail(start, i > start ? i - 1 : start,
                        e == 'x'   ? "truncated \\xXX escape"
                        : e == 'u' ? "truncated \\uXXXX escape"
                                   : "truncated \\UXXXXXXXX escape");
          }
          v = v * 16 + static_cast<uint32_t>(HexValue(body[i++]));
        }
        if (v > 0x10FFFF) {
          return fail(start, i - 1, "illegal Unicode character");
        }
        if (v >= 0xD800 && v <= 0xDFFF) {
          // Our strings are always valid UTF-8 (documented divergence).
          *error_message =
              "(unicode error) surrogate code points are not supported";
          *error_offset = start;
          return false;
        }
        AppendUtf8(v, out);
        break;
      }
      case 'N': {
        size_t j = i;
        if (j < n && body[j] == '{') {
          while (j < n && body[j] != '}') ++j;
          if (j < n && j > i + 1) {
            int32_t cp = LookupUnicodeName(body.substr(i + 1, j - i - 1));
            if (cp < 0) {
              return fail(start, j, "unknown Unicode character name");
            }
            AppendUtf8(static_cast<uint32_t>(cp), out);
            i = j + 1;
            break;
          }
          // CPython's span: up to the `{` of `\N{}`, or to the end of the
          // string when the brace is never closed.
          return fail(start, j < n ? j - 1 : n - 1,
                      "malformed \\N character escape");
        }
        return fail(start, i - 1, "malformed \\N character escape");
      }
      default:
        // Unknown escapes are kept (CPython only warns).
        out->push_back('\\');
        out->push_back(e);
        break;
    }
  }
  return true;
}

}  // namespace interp
