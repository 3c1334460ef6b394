// String literals: implicit concatenation, escape decoding and f-strings
// (Python 3.11 rules: the replacement field is scanned here, then lexed and
// parsed in place by a nested Lexer/Parser so positions are real).

#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/frontend/parser_internal.h"

namespace interp::parser_internal {
namespace {

struct Body {
  uint32_t begin;
  uint32_t end;
};

Body BodyOf(const Token& t) {
  uint32_t q = (t.flags & Token::kStrTriple) ? 3 : 1;
  uint32_t b = t.begin + t.prefix_len + q;
  uint32_t e = t.end >= q ? t.end - q : t.end;
  if (e < b) e = b;
  return {b, e};
}

Span AtEnd(const Token& t) {
  return {t.end_line, t.end_col, t.end_line, t.end_col};
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

}  // namespace

int Parser::LineOfOffset(const Token& tok, uint32_t offset,
                         uint32_t* line_start) {
  // Fields of one string are visited in order: resume from the last one so
  // a long f-string costs linear time.
  if (line_cache_.token_begin != tok.begin || line_cache_.offset > offset) {
    uint32_t ls = tok.begin;
    while (ls > 0 && src_[ls - 1] != '\n' && src_[ls - 1] != '\r') --ls;
    line_cache_ = {tok.begin, tok.begin, tok.line, ls};
  }
  for (uint32_t i = line_cache_.offset; i < offset && i < src_.size(); ++i) {
    char c = src_[i];
    if (c == '\n' ||
        (c == '\r' && (i + 1 >= src_.size() || src_[i + 1] != '\n'))) {
      ++line_cache_.line;
      line_cache_.line_start = i + 1;
    }
  }
  line_cache_.offset = offset;
  *line_start = line_cache_.line_start;
  return line_cache_.line;
}

void Parser::FlushLiteral(const Token& tok, std::vector<ast::ExprPtr>* values,
                          std::string* pending) {
  if (pending->empty()) return;
  auto c = New<ast::Constant>(tok);
  c->end_line = tok.end_line;
  c->end_col = tok.end_col;
  c->ckind = ast::ConstKind::kStr;
  c->str_value = std::move(*pending);
  pending->clear();
  values->push_back(std::move(c));
}

ast::ExprPtr Parser::ParseStrings() {
  const Token& first = Cur();
  bool any_f = false;
  bool any_bytes = false, any_text = false;
  size_t last = pos_;
  for (size_t i = pos_; i < toks_.size() && toks_[i].kind == Tok::kString;
       ++i) {
    const Token& t = toks_[i];
    if (t.flags & Token::kStrBytes) {
      any_bytes = true;
    } else {
      any_text = true;
    }
    if (t.flags & Token::kStrF) any_f = true;
    last = i;
  }
  const Token& last_tok = toks_[last];
  if (any_bytes && any_text) {
    Error("cannot mix bytes and nonbytes literals", AtEnd(last_tok));
    return nullptr;
  }
  if (any_bytes) return ParseBytes(last);
  std::vector<ast::ExprPtr> values;
  std::string pending;
  std::string decoded;
  for (size_t i = pos_; i <= last; ++i) {
    const Token& t = toks_[i];
    if (t.flags & Token::kStrF) {
      if (!ParseFString(t, &values, &pending)) return nullptr;
      continue;
    }
    Body body = BodyOf(t);
    std::string message;
    size_t bad = 0;
    if (!DecodeStringBody(src_.substr(body.begin, body.end - body.begin),
                          (t.flags & Token::kStrRaw) != 0, &decoded, &message,
                          &bad)) {
      Error(std::move(message), AtEnd(t));
      return nullptr;
    }
    pending += decoded;
  }
  pos_ = last;
  Advance();
  if (!any_f) {
    auto c = New<ast::Constant>(first);
    c->ckind = ast::ConstKind::kStr;
    c->str_value = std::move(pending);
    c->end_line = last_tok.end_line;
    c->end_col = last_tok.end_col;
    return Seal(std::move(c));
  }
  FlushLiteral(last_tok, &values, &pending);
  auto j = New<ast::JoinedStr>(first);
  j->values = std::move(values);
  j->end_line = last_tok.end_line;
  j->end_col = last_tok.end_col;
  return Seal(std::move(j));
}

ast::ExprPtr Parser::ParseBytes(size_t last) {
  const Token& first = Cur();
  std::string value;
  std::string decoded;
  for (size_t i = pos_; i <= last; ++i) {
    const Token& t = toks_[i];
    Body body = BodyOf(t);
    std::string_view text = src_.substr(body.begin, body.end - body.begin);
    for (char ch : text) {
      if (static_cast<unsigned char>(ch) >= 0x80) {
        ErrorAt(t, "bytes can only contain ASCII literal characters");
        return nullptr;
      }
    }
    std::string message;
    if (!DecodeBytesBody(text, (t.flags & Token::kStrRaw) != 0, &decoded,
                         &message)) {
      Error(std::move(message), AtEnd(t));
      return nullptr;
    }
    value += decoded;
  }
  const Token& last_tok = toks_[last];
  pos_ = last;
  Advance();
  auto c = New<ast::Constant>(first);
  c->ckind = ast::ConstKind::kBytes;
  c->str_value = std::move(value);
  c->end_line = last_tok.end_line;
  c->end_col = last_tok.end_col;
  return Seal(std::move(c));
}

bool Parser::ParseFString(const Token& tok, std::vector<ast::ExprPtr>* values,
                          std::string* pending) {
  Body body = BodyOf(tok);
  uint32_t s = body.begin;
  bool raw = (tok.flags & Token::kStrRaw) != 0;
  return ParseFStringPart(tok, &s, body.end, raw, 0, values, pending);
}

bool Parser::ParseFStringPart(const Token& tok, uint32_t* s, uint32_t end,
                              bool raw, int recurse_lvl,
                              std::vector<ast::ExprPtr>* values,
                              std::string* pending) {
  std::string decoded;
  while (*s < end) {
    uint32_t lit_start = *s;
    uint32_t p = *s;
    bool at_brace = false;
    bool doubled = false;
    bool backslash_before_brace = false;
    while (p < end) {
      char ch = src_[p++];
      bool escaped = false;
      if (!raw && ch == '\\' && p < end) {
        ch = src_[p++];
        if (ch == 'N') {
          // \N{NAME}: the braces belong to the escape.
          if (p < end && src_[p] == '{') {
            ++p;
            while (p < end && src_[p++] != '}') {
            }
          }
          continue;
        }
        if (ch != '{' && ch != '}') continue;
        escaped = true;
      }
      if (ch == '{' || ch == '}') {
        if (recurse_lvl == 0) {
          if (p < end && src_[p] == ch) {
            doubled = true;
            break;
          }
          if (ch == '}') {
            Error("f-string: single '}' is not allowed", AtEnd(tok));
            return false;
          }
        }
        --p;
        at_brace = true;
        backslash_before_brace = escaped;
        break;
      }
    }
    // The literal text before the brace (with one brace when doubled).
    uint32_t lit_end = backslash_before_brace ? p - 1 : p;
    if (lit_end > lit_start) {
      std::string message;
      size_t bad = 0;
      if (raw) {
        decoded.clear();
        for (uint32_t i = lit_start; i < lit_end; ++i) {
          char c = src_[i];
          if (c == '\r') {
            decoded.push_back('\n');
            if (i + 1 < lit_end && src_[i + 1] == '\n') ++i;
          } else {
            decoded.push_back(c);
          }
        }
      } else if (!DecodeStringBody(src_.substr(lit_start, lit_end - lit_start),
                                   false, &decoded, &message, &bad)) {
        Error(std::move(message), AtEnd(tok));
        return false;
      }
      *pending += decoded;
    }
    if (backslash_before_brace) pending->push_back('\\');
    if (doubled) {
      *s = p + 1;
      continue;
    }
    *s = p;
    if (!at_brace) break;
    if (src_[p] == '}') return true;  // end of a nested format spec
    if (!ParseFStringField(tok, s, end, raw, recurse_lvl, values, pending)) {
      return false;
    }
  }
  return true;
}

bool Parser::ParseFStringField(const Token& tok, uint32_t* s, uint32_t end,
                               bool raw, int recurse_lvl,
                               std::vector<ast::ExprPtr>* values,
                               std::string* pending) {
  auto fail = [&](std::string msg) {
    Error(std::move(msg), AtEnd(tok));
    return false;
  };
  if (recurse_lvl >= 2) return fail("f-string: expressions nested too deeply");
  // CPython 3.11 parses a replacement field as `(expr)` on its own, so a
  // syntax error in it shows that text, with the columns counted in it.
  auto ShowAsParenthesized = [&](uint32_t from, uint32_t to, int line,
                                 uint32_t line_start) {
    std::string_view expr = src_.substr(from, to - from);
    if (expr.find('\n') != std::string_view::npos || err_.line != line) return;
    // Columns are byte offsets until Parse converts them against `text`.
    int before = static_cast<int>(from - line_start);
    err_.text = "(" + std::string(expr) + ")";
    if (err_.col > 0) err_.col = err_.col - before + 1;
    if (err_.end_col > 0 && err_.end_line == line) {
      err_.end_col = err_.end_col - before + 1;
    }
  };
  uint32_t p = *s + 1;  // after '{'
  uint32_t expr_start = p;
  char quote = 0;
  int quote_len = 0;
  std::string stack;
  for (; p < end;) {
    char ch = src_[p];
    if (ch == '\\') {
      return fail("f-string expression part cannot include a backslash");
    }
    if (quote != 0) {
      if (ch == quote &&
          (quote_len == 1 ||
           (p + 2 < end && src_[p + 1] == quote && src_[p + 2] == quote))) {
        p += static_cast<uint32_t>(quote_len);
        quote = 0;
        continue;
      }
      ++p;
      continue;
    }
    if (ch == '\'' || ch == '"') {
      quote = ch;
      quote_len =
          (p + 2 < end && src_[p + 1] == ch && src_[p + 2] == ch) ? 3 : 1;
      p += static_cast<uint32_t>(quote_len);
      continue;
    }
    if (ch == '[' || ch == '(' || ch == '{') {
      if (stack.size() >= static_cast<size_t>(Lexer::kMaxParenDepth)) {
        return fail("f-string: too many nested parenthesis");
      }
      stack.push_back(ch);
      ++p;
      continue;
    }
    if (ch == '#') return fail("f-string expression part cannot include '#'");
    if (stack.empty()) {
      bool two = p + 1 < end && src_[p + 1] == '=';
      if ((ch == '!' || ch == '<' || ch == '>' || ch == '=') && two) {
        p += 2;  // != <= >= ==
        continue;
      }
      if (ch == '!' || ch == ':' || ch == '}' || ch == '=') break;
    }
    if (ch == ']' || ch == ')' || ch == '}') {
      if (stack.empty()) {
        return fail(absl::StrFormat("f-string: unmatched '%c'", ch));
      }
      char open = stack.back();
      char want = open == '(' ? ')' : open == '[' ? ']' : '}';
      if (ch != want) {
        return fail(absl::StrFormat(
            "f-string: closing parenthesis '%c' does not match opening "
            "parenthesis '%c'",
            ch, open));
      }
      stack.pop_back();
    }
    ++p;
  }
  if (quote != 0) return fail("f-string: unterminated string");
  if (p >= end) return fail("f-string: expecting '}'");
  uint32_t expr_end = p;
  bool blank = true;
  for (uint32_t i = expr_start; i < expr_end; ++i) {
    if (!IsSpace(src_[i])) blank = false;
  }
  if (blank) return fail("f-string: empty expression not allowed");

  // Lex and parse the expression where it stands in the source.
  uint32_t line_start = 0;
  int line = LineOfOffset(tok, expr_start, &line_start);
  Lexer lexer(src_, filename_, expr_start, expr_end, line, line_start);
  std::vector<Token> toks;
  if (!lexer.Tokenize(&toks)) {
    if (!failed_) {
      failed_ = true;
      err_ = lexer.error();
      err_tok_ = pos_;
    }
    return false;
  }
  Parser sub(src_, filename_, std::move(toks), depth_ + 1, true);
  ast::ExprPtr value = sub.ParseFStringField();
  if (!value) {
    if (!failed_) {
      failed_ = true;
      err_ = sub.error();
      err_tok_ = pos_;
      ShowAsParenthesized(expr_start, expr_end, line, line_start);
    }
    return false;
  }

  bool debug = false;
  uint32_t debug_end = 0;
  if (src_[p] == '=') {
    ++p;
    while (p < end && IsSpace(src_[p])) ++p;
    debug = true;
    debug_end = p;
  }
  int conversion = -1;
  if (p < end && src_[p] == '!') {
    ++p;
    if (p >= end) return fail("f-string: expecting '}'");
    char c = src_[p++];
    if (c != 's' && c != 'r' && c != 'a') {
      return fail(
          "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = c;
  }
  if (p >= end) return fail("f-string: expecting '}'");
  ast::ExprPtr spec;
  if (src_[p] == ':') {
    ++p;
    std::vector<ast::ExprPtr> spec_values;
    std::string spec_pending;
    if (!ParseFStringPart(tok, &p, end, raw, recurse_lvl + 1, &spec_values,
                          &spec_pending)) {
      return false;
    }
    FlushLiteral(tok, &spec_values, &spec_pending);
    auto j = New<ast::JoinedStr>(tok);
    j->end_line = tok.end_line;
    j->end_col = tok.end_col;
    j->values = std::move(spec_values);
    spec = Seal(std::move(j));
    if (!spec) return false;
  }
  if (p >= end || src_[p] != '}') return fail("f-string: expecting '}'");
  ++p;
  if (debug) {
    pending->append(src_.substr(expr_start, debug_end - expr_start));
    if (conversion == -1 && !spec) conversion = 'r';
  }
  FlushLiteral(tok, values, pending);
  auto fv = New<ast::FormattedValue>(tok);
  fv->end_line = tok.end_line;
  fv->end_col = tok.end_col;
  fv->value = std::move(value);
  fv->conversion = conversion;
  fv->format_spec = std::move(spec);
  ast::ExprPtr sealed = Seal(std::move(fv));
  if (!sealed) return false;
  values->push_back(std::move(sealed));
  *s = p;
  return true;
}

}  // namespace interp::parser_internal
