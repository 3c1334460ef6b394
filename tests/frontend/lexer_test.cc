// Lexer tests: token kinds and values, indentation, string tokens, number
// literals, tokenizer errors located like CPython's, and the helpers
// (SourceLine, ValidateSourceEncoding, DecodeStringBody).

#include "runtime/frontend/lexer.h"

#include <cmath>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace interp {
namespace {

std::vector<Token> Lex(std::string_view src, bool* ok = nullptr,
                       SyntaxErrorInfo* err = nullptr) {
  Lexer lexer(src, "t.py");
  std::vector<Token> out;
  bool result = lexer.Tokenize(&out);
  if (ok) *ok = result;
  if (err) *err = lexer.error();
  return out;
}

std::vector<Tok> Kinds(std::string_view src) {
  std::vector<Tok> kinds;
  for (const Token& t : Lex(src)) kinds.push_back(t.kind);
  return kinds;
}

TEST(LexerTest, SimpleStatement) {
  std::string src = "x = foo(1, 'a')\n";
  std::vector<Token> toks = Lex(src);
  std::vector<Tok> want = {
      Tok::kName,  Tok::kEqual,  Tok::kName,   Tok::kLParen,  Tok::kInt,
      Tok::kComma, Tok::kString, Tok::kRParen, Tok::kNewline, Tok::kEndMarker};
  ASSERT_EQ(toks.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(toks[i].kind, want[i]) << i << " " << TokName(toks[i].kind);
  }
  EXPECT_EQ(src.substr(toks[2].begin, toks[2].end - toks[2].begin), "foo");
  EXPECT_EQ(toks[2].line, 1);
  EXPECT_EQ(toks[2].col, 4);
  EXPECT_EQ(toks[2].end_col, 7);
  EXPECT_EQ(toks[4].int_value, 1);
  EXPECT_EQ(toks[4].depth, 1);
  EXPECT_EQ(toks[0].depth, 0);
  EXPECT_EQ(toks[8].col, 15);  // NEWLINE sits at the newline character
}

TEST(LexerTest, Keywords) {
  std::vector<Tok> k = Kinds("if not x is None and y or z: pass");
  EXPECT_EQ(k[0], Tok::kIf);
  EXPECT_EQ(k[1], Tok::kNot);
  EXPECT_EQ(k[3], Tok::kIs);
  EXPECT_EQ(k[4], Tok::kNone);
  EXPECT_EQ(k[5], Tok::kAnd);
  EXPECT_EQ(k[7], Tok::kOr);
  EXPECT_EQ(k[9], Tok::kColon);
  EXPECT_EQ(k[10], Tok::kPass);
  // Soft keywords are names.
  EXPECT_EQ(Kinds("match case _")[0], Tok::kName);
  EXPECT_EQ(Kinds("match case _")[1], Tok::kName);
  EXPECT_EQ(Kinds("yield await async")[0], Tok::kYield);
  EXPECT_EQ(Kinds("yield await async")[1], Tok::kAwait);
  EXPECT_EQ(Kinds("yield await async")[2], Tok::kAsync);
}

TEST(LexerTest, Operators) {
  std::vector<Tok> k = Kinds(
      "a **= b //= c >>= d <<= e -> f := g ... != == <= >= ** // << >> @");
  std::vector<Tok> ops;
  for (Tok t : k) {
    if (t != Tok::kName && t != Tok::kNewline && t != Tok::kEndMarker) {
      ops.push_back(t);
    }
  }
  std::vector<Tok> want = {Tok::kDoubleStarEqual, Tok::kDoubleSlashEqual,
                           Tok::kRightShiftEqual, Tok::kLeftShiftEqual,
                           Tok::kArrow,           Tok::kColonEqual,
                           Tok::kEllipsis,        Tok::kNotEqual,
                           Tok::kEqEqual,         Tok::kLessEqual,
                           Tok::kGreaterEqual,    Tok::kDoubleStar,
                           Tok::kDoubleSlash,     Tok::kLeftShift,
                           Tok::kRightShift,      Tok::kAt};
  EXPECT_EQ(ops, want);
}

TEST(LexerTest, Indentation) {
  std::vector<Tok> k = Kinds(
      "if x:\n"
      "    y\n"
      "\n"
      "    # comment only\n"
      "    if z:\n"
      "        w\n"
      "v\n");
  std::vector<Tok> want = {
      Tok::kIf,      Tok::kName,    Tok::kColon,   Tok::kNewline,  Tok::kIndent,
      Tok::kName,    Tok::kNewline, Tok::kIf,      Tok::kName,     Tok::kColon,
      Tok::kNewline, Tok::kIndent,  Tok::kName,    Tok::kNewline,  Tok::kDedent,
      Tok::kDedent,  Tok::kName,    Tok::kNewline, Tok::kEndMarker};
  EXPECT_EQ(k, want);
  // Dedents are emitted at end of file; a final NEWLINE is implied.
  EXPECT_EQ(Kinds("if x:\n  y"),
            (std::vector<Tok>{Tok::kIf, Tok::kName, Tok::kColon, Tok::kNewline,
                              Tok::kIndent, Tok::kName, Tok::kNewline,
                              Tok::kDedent, Tok::kEndMarker}));
}

TEST(LexerTest, ImplicitAndExplicitLineJoining) {
  EXPECT_EQ(Kinds("x = (1,\n  2)\n"),
            (std::vector<Tok>{Tok::kName, Tok::kEqual, Tok::kLParen, Tok::kInt,
                              Tok::kComma, Tok::kInt, Tok::kRParen,
                              Tok::kNewline, Tok::kEndMarker}));
  EXPECT_EQ(Kinds("x = 1 + \\\n    2\n"),
            (std::vector<Tok>{Tok::kName, Tok::kEqual, Tok::kInt, Tok::kPlus,
                              Tok::kInt, Tok::kNewline, Tok::kEndMarker}));
}

TEST(LexerTest, Numbers) {
  struct {
    const char* src;
    int64_t value;
  } ints[] = {{"0", 0},
              {"00", 0},
              {"0_0", 0},
              {"42", 42},
              {"1_000", 1000},
              {"0xff", 255},
              {"0XdEaD_bEeF", 0xdeadbeef},
              {"0o17", 15},
              {"0b1010_1010", 170},
              {"0b_1", 1},
              {"9223372036854775807", INT64_MAX}};
  for (const auto& c : ints) {
    std::vector<Token> t = Lex(c.src);
    ASSERT_EQ(t[0].kind, Tok::kInt) << c.src;
    EXPECT_EQ(t[0].int_value, c.value) << c.src;
    EXPECT_EQ(t[0].flags, 0) << c.src;
  }
  EXPECT_EQ(Lex("9223372036854775808")[0].flags, Token::kIntMinMagnitude);
  EXPECT_EQ(Lex("9223372036854775809")[0].flags, Token::kIntOverflow);
  EXPECT_EQ(Lex("0x1_0000_0000_0000_0000")[0].flags, Token::kIntOverflow);
  struct {
    const char* src;
    double value;
  } floats[] = {{"1.5", 1.5},    {"1e-3", 1e-3},  {".5", 0.5},   {"5.", 5.0},
                {"1_0.5", 10.5}, {"1E+2", 100.0}, {"09.5", 9.5}, {"0e0", 0.0}};
  for (const auto& c : floats) {
    std::vector<Token> t = Lex(c.src);
    ASSERT_EQ(t[0].kind, Tok::kFloat) << c.src;
    EXPECT_EQ(t[0].float_value, c.value) << c.src;
  }
  EXPECT_TRUE(std::isinf(Lex("1e400")[0].float_value));
  // A keyword glued to a number is two tokens, like CPython.
  EXPECT_EQ(Kinds("1if x else 2")[1], Tok::kIf);
  EXPECT_EQ(Kinds("1else")[1], Tok::kElse);
}

TEST(LexerTest, Strings) {
  std::string src = "'a' \"b\" r'\\d' f'{x}' '''t\nq''' Rb'z' u'v' rF\"w\"";
  std::vector<Token> t = Lex(src);
  ASSERT_GE(t.size(), 8u);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(t[i].kind, Tok::kString) << i;
  EXPECT_EQ(t[0].flags, 0);
  EXPECT_EQ(t[2].flags, Token::kStrRaw);
  EXPECT_EQ(t[2].prefix_len, 1);
  EXPECT_EQ(t[3].flags, Token::kStrF);
  EXPECT_EQ(t[4].flags, Token::kStrTriple);
  EXPECT_EQ(t[4].end_line, 2);
  EXPECT_EQ(t[5].flags, Token::kStrRaw | Token::kStrBytes);
  EXPECT_EQ(t[6].flags, 0);
  EXPECT_EQ(t[6].prefix_len, 1);
  EXPECT_EQ(t[7].flags, Token::kStrRaw | Token::kStrF);
  EXPECT_EQ(src.substr(t[3].begin, t[3].end - t[3].begin), "f'{x}'");
  // Escaped quotes do not end a string; an escaped newline continues it.
  EXPECT_EQ(Kinds("'a\\'b'")[0], Tok::kString);
  EXPECT_EQ(Kinds("'a\\'b'")[1], Tok::kNewline);
  EXPECT_EQ(Kinds("'a\\\nb'")[1], Tok::kNewline);
  // Not a prefix: names.
  EXPECT_EQ(Kinds("ur'x'")[0], Tok::kName);
}

TEST(LexerTest, UnicodeIdentifiers) {
  std::vector<Token> t = Lex("\xC3\xA9t\xC3\xA9 = \xE5\x90\x8D\xE5\x89\x8D");
  EXPECT_EQ(t[0].kind, Tok::kName);
  EXPECT_EQ(t[0].end_col, 5);  // byte columns
  EXPECT_EQ(t[2].kind, Tok::kName);
  bool ok = true;
  SyntaxErrorInfo err;
  Lex("\xE2\x82\xAC = 1", &ok, &err);  // euro sign
  EXPECT_FALSE(ok);
  EXPECT_EQ(err.message, "invalid character '\xE2\x82\xAC' (U+20AC)");
  Lex("x = \xC2\xA0 1", &ok, &err);  // no-break space
  EXPECT_FALSE(ok);
  EXPECT_EQ(err.message, "invalid non-printable character U+00A0");
}

struct LexError {
  const char* src;
  const char* type;
  const char* message;
  int line;
  int col;
};

TEST(LexerTest, Errors) {
  const LexError cases[] = {
      {"1abc", "SyntaxError", "invalid decimal literal", 1, 1},
      {"0x", "SyntaxError", "invalid hexadecimal literal", 1, 2},
      {"0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3},
      {"0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3},
      {"1__0", "SyntaxError", "invalid decimal literal", 1, 2},
      {"1e+", "SyntaxError", "invalid decimal literal", 1, 3},
      {"012", "SyntaxError",
       "leading zeros in decimal integer literals are not permitted; use an "
       "0o prefix for octal integers",
       1, 1},
      {"x = 'abc\n", "SyntaxError",
       "unterminated string literal (detected at line 1)", 1, 5},
      {"x = '''abc\n\n", "SyntaxError",
       "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
      {")", "SyntaxError", "unmatched ')'", 1, 1},
      {"(]", "SyntaxError",
       "closing parenthesis ']' does not match opening parenthesis '('", 1, 2},
      {"(\n]", "SyntaxError",
       "closing parenthesis ']' does not match opening parenthesis '(' on "
       "line 1",
       2, 1},
      {"if x:\n\tpass\n        pass", "TabError",
       "inconsistent use of tabs and spaces in indentation", 3, 1},
      {"if x:\n    a\n  b", "IndentationError",
       "unindent does not match any outer indentation level", 3, 4},
      {"x = \\ 1", "SyntaxError",
       "unexpected character after line continuation character", 1, 6},
      {"x = 1\n\\", "SyntaxError", "unexpected EOF while parsing", 2, 2},
  };
  for (const LexError& c : cases) {
    bool ok = true;
    SyntaxErrorInfo err;
    Lex(c.src, &ok, &err);
    EXPECT_FALSE(ok) << c.src;
    EXPECT_EQ(err.type, c.type) << c.src;
    EXPECT_EQ(err.message, c.message) << c.src;
    EXPECT_EQ(err.line, c.line) << c.src;
    EXPECT_EQ(err.col, c.col) << c.src;
    EXPECT_EQ(err.filename, "t.py") << c.src;
  }
}

TEST(LexerTest, ErrorTokenStopsTokenizing) {
  bool ok = false;
  std::vector<Token> t = Lex("a $ 'unterminated", &ok);
  EXPECT_TRUE(ok);
  EXPECT_EQ(t.back().kind, Tok::kErrorToken);
}

TEST(LexerTest, UnclosedBracket) {
  Lexer lexer("x = [1,\n (2,\n", "t.py");
  std::vector<Token> out;
  ASSERT_TRUE(lexer.Tokenize(&out));
  ASSERT_TRUE(lexer.unclosed_bracket().has_value());
  EXPECT_EQ(lexer.unclosed_bracket()->kind, Tok::kLParen);
  EXPECT_EQ(lexer.unclosed_bracket()->line, 2);
  EXPECT_EQ(lexer.unclosed_bracket()->col, 1);
}

TEST(LexerTest, ExpressionMode) {
  std::string src = "f'{a +\n b}'";
  Lexer lexer(src, "t.py", 3, 9, 1);
  std::vector<Token> out;
  ASSERT_TRUE(lexer.Tokenize(&out));
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].kind, Tok::kName);
  EXPECT_EQ(out[0].col, 3);
  EXPECT_EQ(out[1].kind, Tok::kPlus);
  EXPECT_EQ(out[2].kind, Tok::kName);
  EXPECT_EQ(out[2].line, 2);
  EXPECT_EQ(out[2].col, 1);
  EXPECT_EQ(out[3].kind, Tok::kEndMarker);
}

TEST(LexerTest, SourceLine) {
  std::string_view src = "a\nbb\r\nccc\rdddd";
  EXPECT_EQ(SourceLine(src, 1), "a");
  EXPECT_EQ(SourceLine(src, 2), "bb");
  EXPECT_EQ(SourceLine(src, 3), "ccc");
  EXPECT_EQ(SourceLine(src, 4), "dddd");
  EXPECT_EQ(SourceLine(src, 5), "");
  EXPECT_EQ(SourceLine(src, 0), "");
}

TEST(LexerTest, ValidateSourceEncoding) {
  SyntaxErrorInfo err;
  EXPECT_TRUE(
      ValidateSourceEncoding("x = '\xC3\xA9\xF0\x9F\x98\x80'", "t.py", &err));
  EXPECT_FALSE(ValidateSourceEncoding("x\ny = '\xC3'", "t.py", &err));
  EXPECT_EQ(err.line, 2);
  EXPECT_FALSE(
      ValidateSourceEncoding("\xED\xA0\x80", "t.py", &err));       // surrogate
  EXPECT_FALSE(ValidateSourceEncoding("\xC0\x80", "t.py", &err));  // overlong
  EXPECT_FALSE(
      ValidateSourceEncoding(std::string_view("a\0b", 3), "t.py", &err));
  EXPECT_EQ(err.message, "source code cannot contain null bytes");
}

TEST(LexerTest, DecodeStringBody) {
  std::string out, msg;
  size_t off = 0;
  ASSERT_TRUE(
      DecodeStringBody("a\\n\\t\\\\\\'\\\"\\x41\\u00e9\\U0001F600\\0\\101\\q",
                       false, &out, &msg, &off));
  EXPECT_EQ(out, "a\n\t\\'\"A\xC3\xA9\xF0\x9F\x98\x80" + std::string(1, '\0') +
                     "A\\q");
  ASSERT_TRUE(DecodeStringBody("a\\\nb\r\nc", false, &out, &msg, &off));
  EXPECT_EQ(out, "ab\nc");
  ASSERT_TRUE(DecodeStringBody("\\d\\n", true, &out, &msg, &off));
  EXPECT_EQ(out, "\\d\\n");
  EXPECT_FALSE(DecodeStringBody("ab\\x4", false, &out, &msg, &off));
  EXPECT_EQ(msg,
            "(unicode error) 'unicodeescape' codec can't decode bytes in "
            "position 2-4: truncated \\xXX escape");
  EXPECT_EQ(off, 2u);
  EXPECT_FALSE(DecodeStringBody("\\U00110000", false, &out, &msg, &off));
  EXPECT_FALSE(DecodeStringBody("\\N{DASH}", false, &out, &msg, &off));
}

}  // namespace
}  // namespace interp
