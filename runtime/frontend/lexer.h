// Tokenizer for the language of SPEC 1.1 (a Python 3.11 subset).
//
// The whole file is tokenized up front into a vector (the parser needs a few
// tokens of lookahead, and CPython reports a tokenizer error anywhere in the
// file in preference to a parser error, which an eager lexer gives us for
// free). Tokens refer to the source by byte offsets; string literal tokens
// keep their raw text (prefix and quotes included) and are decoded by the
// parser (see DecodeStringBody), so no text is copied here.
#ifndef INTERP_RUNTIME_FRONTEND_LEXER_H_
#define INTERP_RUNTIME_FRONTEND_LEXER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/frontend/syntax_error.h"

namespace interp {

enum class Tok : uint8_t {
  kEndMarker,
  kNewline,
  kIndent,
  kDedent,
  kName,
  kInt,     // Token::int_value (see Token::kIntOverflow / kIntMinMagnitude)
  kFloat,   // Token::float_value
  kString,  // raw text incl. prefix and quotes; flags: kStr* bits
  // A character that cannot start any token ('$', '?', '`'). Tokenizing
  // stops after it; the parser reports "invalid syntax" if it gets there.
  kErrorToken,

  // Keywords.
  kFalse,
  kNone,
  kTrue,
  kAnd,
  kAs,
  kAssert,
  kAsync,
  kAwait,
  kBreak,
  kClass,
  kContinue,
  kDef,
  kDel,
  kElif,
  kElse,
  kExcept,
  kFinally,
  kFor,
  kFrom,
  kGlobal,
  kIf,
  kImport,
  kIn,
  kIs,
  kLambda,
  kNonlocal,
  kNot,
  kOr,
  kPass,
  kRaise,
  kReturn,
  kTry,
  kWhile,
  kWith,
  kYield,

  // Operators and delimiters.
  kLParen,
  kRParen,
  kLBracket,
  kRBracket,
  kLBrace,
  kRBrace,
  kColon,
  kComma,
  kSemi,
  kDot,
  kEllipsis,
  kArrow,
  kColonEqual,
  kPlus,
  kMinus,
  kStar,
  kSlash,
  kDoubleSlash,
  kPercent,
  kDoubleStar,
  kAt,
  kVBar,
  kAmper,
  kCircumflex,
  kTilde,
  kLeftShift,
  kRightShift,
  kLess,
  kGreater,
  kEqEqual,
  kNotEqual,
  kLessEqual,
  kGreaterEqual,
  kEqual,
  kPlusEqual,
  kMinusEqual,
  kStarEqual,
  kSlashEqual,
  kDoubleSlashEqual,
  kPercentEqual,
  kDoubleStarEqual,
  kAtEqual,
  kVBarEqual,
  kAmperEqual,
  kCircumflexEqual,
  kLeftShiftEqual,
  kRightShiftEqual,
  kExclamation,  // reserved; a lone "!" is a kErrorToken (f-string
                 // conversions are scanned by the parser)
};

// Spelling for diagnostics: "'('", "NAME", "NEWLINE", "'if'", ...
const char* TokName(Tok t);

struct Token {
  // Flags for kInt.
  static constexpr uint8_t kIntOverflow = 1;      // does not fit in int64
  static constexpr uint8_t kIntMinMagnitude = 2;  // exactly 2**63
  // Flags for kFloat.
  static constexpr uint8_t kFloatImaginary = 1;  // `2j`: float_value is 2
  // Flags for kString.
  static constexpr uint8_t kStrRaw = 1;
  static constexpr uint8_t kStrF = 2;
  static constexpr uint8_t kStrTriple = 4;
  static constexpr uint8_t kStrBytes = 8;  // b"..."

  Tok kind = Tok::kEndMarker;
  uint8_t flags = 0;
  uint8_t prefix_len = 0;  // kString: letters before the opening quote
  uint8_t depth = 0;       // bracket nesting level at this token
  uint32_t begin = 0;      // byte offsets of the token text in the source
  uint32_t end = 0;
  int line = 0;  // 1-based
  int col = 0;   // 0-based byte column
  int end_line = 0;
  int end_col = 0;
  union {
    int64_t int_value;
    double float_value;
  };

  Token() : int_value(0) {}
};

class Lexer {
 public:
  // Limits shared with CPython.
  static constexpr int kMaxParenDepth = 200;
  static constexpr int kMaxIndentDepth = 100;

  // Tokenizes a whole file. `source` must outlive the lexer and its tokens.
  Lexer(std::string_view source, std::string_view filename);

  // Tokenizes source[begin, end) as an expression already inside brackets
  // (an f-string replacement field): no NEWLINE/INDENT/DEDENT tokens.
  // `line` is the line number of source[begin].
  // `line_start` (offset of the first byte of that line) is found by
  // scanning back when not given.
  Lexer(std::string_view source, std::string_view filename, uint32_t begin,
        uint32_t end, int line, uint32_t line_start = UINT32_MAX);

  // Appends tokens to *out, ending with kEndMarker (or kErrorToken).
  // Returns false on a hard tokenizer error (see error()); the tokens before
  // the error are still appended.
  bool Tokenize(std::vector<Token>* out);

  const SyntaxErrorInfo& error() const { return error_; }

  // When the file ended inside brackets: the innermost unclosed bracket
  // (its token). The parser decides whether to report "'(' was never closed".
  const std::optional<Token>& unclosed_bracket() const {
    return unclosed_bracket_;
  }

  // True when the error is one that more input could fix (unterminated
  // triple-quoted string, backslash continuation at end of input).
  bool error_at_eof() const { return error_at_eof_; }

 private:
  struct Bracket {
    char ch;
    int line;
    int col;
    uint32_t offset;
  };

  bool LexFile(std::vector<Token>* out);
  bool LexExpr(std::vector<Token>* out);
  // At the start of a logical line outside brackets: measures indentation
  // and emits INDENT/DEDENT. Sets *blank_line (and consumes the line) when
  // the line holds only whitespace/comment.
  bool LexIndentation(std::vector<Token>* out, bool* blank_line);
  bool LexToken(std::vector<Token>* out);
  bool LexName(std::vector<Token>* out);
  bool LexNumber(std::vector<Token>* out);
  bool LexString(std::vector<Token>* out, uint32_t start, int prefix_len,
                 uint8_t flags);
  bool LexOperator(std::vector<Token>* out);
  // After a number literal: fails on an identifier character glued to it.
  bool VerifyEndOfNumber(const char* kind_name);
  bool DecimalTail();
  bool FailInvalidCharacter(uint32_t offset);

  int peek(uint32_t ahead = 0) const {
    uint32_t p = pos_ + ahead;
    return p < end_ ? static_cast<unsigned char>(src_[p]) : -1;
  }
  // Consumes a newline sequence at pos_ (\n, \r\n or \r), if any.
  bool ConsumeNewline();
  void NewLine(uint32_t next_line_start) {
    ++line_;
    line_start_ = next_line_start;
  }
  int col_of(uint32_t offset) const {
    return static_cast<int>(offset - line_start_);
  }
  Token MakeToken(Tok kind, uint32_t begin, int line, int col) const;
  void Push(std::vector<Token>* out, Tok kind, uint32_t begin);

  // col0/end_col0 are 0-based byte columns; error_ gets CPython's 1-based
  // offsets (so kEndUnknown gives CPython's end_offset -1).
  static constexpr int kSameAsCol = -1000;
  static constexpr int kEndUnknown = -2;
  bool Fail(std::string type, std::string message, int line, int col0,
            int end_col0 = kSameAsCol);
  // A tokenizer error located like CPython's: `cur` is the offset of the
  // tokenizer's read position (CPython reports cur - line_start as offset).
  bool FailAtCur(std::string message, uint32_t cur) {
    return Fail("SyntaxError", std::move(message), line_, col_of(cur) - 1);
  }

  std::string_view src_;
  std::string filename_;
  uint32_t pos_ = 0;
  uint32_t end_ = 0;
  int line_ = 1;
  uint32_t line_start_ = 0;  // offset of the first byte of the current line
  bool expr_mode_ = false;

  std::vector<Bracket> brackets_;
  std::vector<int> indents_{0};      // columns, tabs to multiples of 8
  std::vector<int> alt_indents_{0};  // columns, tabs counted as 1
  std::optional<Token> unclosed_bracket_;
  SyntaxErrorInfo error_;
  bool error_at_eof_ = false;
};

// The text of the 1-based `line` of `source`, without its newline.
std::string_view SourceLine(std::string_view source, int line);

// Validates that `source` is UTF-8 without NUL bytes; on failure fills
// *error (type, message, line, col, text) and returns false.
bool ValidateSourceEncoding(std::string_view source, std::string_view filename,
                            SyntaxErrorInfo* error);

// Decodes the body of a string literal (between the quotes) into UTF-8,
// processing escapes unless `raw`. CRLF/CR line ends become \n. On error
// returns false and sets *error_message (CPython's "(unicode error) ..."
// wording) and *error_offset (offset of the bad escape within body).
bool DecodeStringBody(std::string_view body, bool raw, std::string* out,
                      std::string* error_message, size_t* error_offset);

// Decodes the body of a bytes literal (ASCII text) into its bytes,
// processing the escapes bytes literals have unless `raw` (no \u, \U or
// \N: those stay as written). On error returns false with CPython's
// message in *error_message.
bool DecodeBytesBody(std::string_view body, bool raw, std::string* out,
                     std::string* error_message);

// Number of code points in the UTF-8 text (invalid bytes count as one).
int Utf8Length(std::string_view text);

// Whether code point `cp` may start (start=true) or continue an identifier.
// ASCII exactly like Python; non-ASCII approximates XID_Start/XID_Continue
// by excluding the punctuation, symbol and space blocks.
bool IsIdentifierCodePoint(uint32_t cp, bool start);

}  // namespace interp

#endif  // INTERP_RUNTIME_FRONTEND_LEXER_H_
