// Internal to the parser (parser.cc, parser_expr.cc, parser_string.cc): the
// recursive-descent Parser class. Not for use outside the front end; the
// public API is parser.h.
//
// Error handling without exceptions: every parse function returns null/false
// once an error is recorded, and only the first error is kept. Speculative
// parses (error hints, parenthesized with-items) save and restore the state.
#ifndef INTERP_RUNTIME_FRONTEND_PARSER_INTERNAL_H_
#define INTERP_RUNTIME_FRONTEND_PARSER_INTERNAL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "runtime/frontend/ast.h"
#include "runtime/frontend/lexer.h"
#include "runtime/frontend/parser.h"
#include "runtime/frontend/syntax_error.h"

namespace interp::parser_internal {

// Bound on parser recursion and on expression height. Below
// ast::kMaxAstDepth so that statements (nested at most
// Lexer::kMaxIndentDepth deep) wrapping expressions stay under it too.
inline constexpr int kMaxNesting = 1000;

struct Span {
  int line = 0;
  int col = 0;  // 0-based bytes
  int end_line = 0;
  int end_col = 0;
};

inline Span SpanOf(const Token& t) {
  return {t.line, t.col, t.end_line, t.end_col};
}
inline Span SpanOf(const ast::Node& n) {
  return {n.line, n.col, n.end_line, n.end_col};
}
inline Span Join(const Span& a, const Span& b) {
  return {a.line, a.col, b.end_line, b.end_col};
}

// What a target is being validated for (selects CPython's wording).
enum class TargetUse { kAssign, kDelete, kFor, kWith, kComprehension };

class Parser {
 public:
  // `tokens` must end with kEndMarker or kErrorToken. `base_depth` counts
  // the nesting of an enclosing parser (f-string fields).
  Parser(std::string_view source, std::string_view filename,
         std::vector<Token> tokens, int base_depth, bool in_fstring);

  std::unique_ptr<ast::Module> ParseModule(ParseMode mode);
  // An f-string replacement field: star_expressions, then the end.
  ast::ExprPtr ParseFStringField();

  bool failed() const { return failed_; }
  const SyntaxErrorInfo& error() const { return err_; }
  // Index of the token the error was reported at.
  size_t error_token() const { return err_tok_; }
  size_t token_count() const { return toks_.size(); }
  // The furthest token the parser looked at (speculation included): like
  // the last token CPython's lazy tokenizer produced.
  size_t furthest_token() const { return max_pos_; }
  const Token& token(size_t i) const { return toks_[i]; }

 private:
  friend class DepthGuard;
  struct Snapshot {
    size_t pos;
    bool failed;
    SyntaxErrorInfo err;
    size_t err_tok;
    size_t last_disj_start;
    size_t last_disj_end;
  };
  Snapshot Save() const {
    return {pos_, failed_, err_, err_tok_, last_disj_start_, last_disj_end_};
  }
  void Restore(const Snapshot& s) {
    pos_ = s.pos;
    failed_ = s.failed;
    err_ = s.err;
    err_tok_ = s.err_tok;
    last_disj_start_ = s.last_disj_start;
    last_disj_end_ = s.last_disj_end;
  }

  // ---- tokens
  const Token& Cur() const { return toks_[pos_]; }
  const Token& Peek(size_t n) const {
    size_t i = pos_ + n;
    return toks_[i < toks_.size() ? i : toks_.size() - 1];
  }
  const Token& Prev() const { return toks_[pos_ > 0 ? pos_ - 1 : 0]; }
  bool At(Tok k) const { return Cur().kind == k; }
  void Advance() {
    if (pos_ + 1 < toks_.size()) ++pos_;
    if (pos_ > max_pos_) max_pos_ = pos_;
  }
  bool Accept(Tok k) {
    if (!At(k)) return false;
    Advance();
    return true;
  }
  std::string_view Text(const Token& t) const {
    return src_.substr(t.begin, t.end - t.begin);
  }
  bool AtName(std::string_view name) const {
    return At(Tok::kName) && Text(Cur()) == name;
  }
  bool CanStartExpression(const Token& t) const;

  // ---- errors (parser.cc)
  void Error(std::string msg, const Span& where,
             const char* type = "SyntaxError");
  void ErrorAt(const Token& t, std::string msg) {
    Error(std::move(msg), SpanOf(t));
  }
  // "invalid syntax" at the current token, or a better CPython hint.
  void ErrorInvalidSyntax();
  void ErrorUnsupported(const Token& t);  // yield/async/await
  bool Expect(Tok k);
  // End of input, located like CPython (last line, its length).
  Span EofSpan() const;  // generic error unless the current token is k
  bool ExpectColon(bool forced);

  // ---- nodes
  template <typename T>
  std::unique_ptr<T> New(const Token& start) {
    auto n = std::make_unique<T>();
    n->line = start.line;
    n->col = start.col;
    return n;
  }
  template <typename T>
  std::unique_ptr<T> New(const ast::Node& start) {
    auto n = std::make_unique<T>();
    n->line = start.line;
    n->col = start.col;
    // A node built on a parenthesized operand starts at its `(`, as in
    // CPython (traceback markers re-parse exactly that source text).
    auto it = group_start_.find(&start);
    if (it != group_start_.end() && it->second.node_line == start.line &&
        it->second.node_col == start.col) {
      n->line = it->second.line;
      n->col = it->second.col;
    }
    return n;
  }
  void EndAtPrev(ast::Node* n) const {
    n->end_line = Prev().end_line;
    n->end_col = Prev().end_col;
  }
  // Computes the height of a finished node; fails when too deep.
  ast::ExprPtr Seal(ast::ExprPtr e);
  ast::StmtPtr Seal(ast::StmtPtr s);
  // Seal with the end taken from the previous token.
  template <typename T>
  ast::ExprPtr Finish(std::unique_ptr<T> n) {
    EndAtPrev(n.get());
    return Seal(ast::ExprPtr(std::move(n)));
  }
  template <typename T>
  ast::StmtPtr FinishStmt(std::unique_ptr<T> n) {
    EndAtPrev(n.get());
    return Seal(ast::StmtPtr(std::move(n)));
  }
  // A compound statement ends where `last_block` (its last block) does,
  // not at the NEWLINE/DEDENT token before: CPython reports a loop's
  // iteration, a `with` entry and a class creation at the statement's
  // span, so a one-line `for x in y: pass  # c` is marked up to `pass`.
  template <typename T>
  ast::StmtPtr FinishCompound(std::unique_ptr<T> n,
                              const ast::StmtList& last_block) {
    EndAtPrev(n.get());
    if (!last_block.empty() && last_block.back() != nullptr) {
      n->end_line = last_block.back()->end_line;
      n->end_col = last_block.back()->end_col;
    }
    return Seal(ast::StmtPtr(std::move(n)));
  }

  // ---- statements (parser.cc)
  bool ParseStatement(ast::StmtList* out);
  bool ParseSimpleStatements(ast::StmtList* out);
  ast::StmtPtr ParseSimpleStatement();
  ast::StmtPtr ParseExpressionStatement();
  ast::StmtPtr ParseImport();
  ast::StmtPtr ParseFromImport();
  ast::StmtPtr ParseIf();
  ast::StmtPtr ParseWhile();
  ast::StmtPtr ParseFor();
  ast::StmtPtr ParseTry();
  ast::StmtPtr ParseWith();
  ast::StmtPtr ParseDecorated();
  ast::StmtPtr ParseFunctionDef(std::vector<ast::ExprPtr> decorators);
  ast::StmtPtr ParseClassDef(std::vector<ast::ExprPtr> decorators);
  ast::StmtPtr ParseAsyncStatement(std::vector<ast::ExprPtr> decorators);
  // `what` names the statement for "expected an indented block after ...".
  bool ParseBlock(ast::StmtList* body, const char* what, int header_line);
  bool LooksLikeMatchStatement() const;

  // ---- match statements (parser_match.cc)
  ast::StmtPtr ParseMatch();
  ast::ExprPtr ParseMatchSubject();
  bool ParseMatchCase(ast::MatchCase* out);
  // `patterns` after `case`: an open sequence `a, *b` or one pattern.
  ast::PatternPtr ParsePatterns();
  ast::PatternPtr ParsePattern();  // or-pattern [as NAME]
  ast::PatternPtr ParseOrPattern();
  ast::PatternPtr ParseClosedPattern();
  ast::PatternPtr ParseMaybeStarPattern();
  // Items up to `close` (exclusive) of a [..] or (..) sequence pattern.
  bool ParseSequencePatternItems(Tok close, std::vector<ast::PatternPtr>* out);
  ast::PatternPtr ParseMappingPattern();
  ast::PatternPtr ParseClassPattern(ast::ExprPtr cls);
  ast::ExprPtr ParseLiteralPatternValue();
  // A dotted name `a.b.c` as Name/Attribute loads.
  ast::ExprPtr ParseNameOrAttr();
  ast::PatternPtr SealPattern(ast::PatternPtr p);
  // CPython's compile-time checks of one case's pattern (names bound once,
  // star and key rules); false with the error recorded.
  bool CheckPatternNames(const ast::Pattern& p,
                         std::vector<std::string>* names);
  bool ParseDottedName(std::string* out);

  // ---- expressions (parser_expr.cc)
  ast::ExprPtr ParseStarExpressions();  // a, *b, c  (Tuple when commas)
  // `yield [star_expressions]` / `yield from expression` (at kYield).
  ast::ExprPtr ParseYieldExpr();
  // A yield expression when at `yield`, else ParseStarExpressions().
  ast::ExprPtr ParseStarExpressionsOrYield();
  ast::ExprPtr ParseStarExpression();
  ast::ExprPtr ParseStarNamedExpression();
  // An expression in a position where `x = 1` is a likely typo for `==`.
  ast::ExprPtr ParseNamedExpression();
  ast::ExprPtr ParseWalrus(ast::ExprPtr target);
  ast::ExprPtr ParseExpression();
  ast::ExprPtr ParseLambda();
  ast::ExprPtr ParseDisjunction();
  ast::ExprPtr ParseConjunction();
  ast::ExprPtr ParseInversion();
  ast::ExprPtr ParseComparison();
  ast::ExprPtr ParseBitOr() { return ParseBinary(1); }
  ast::ExprPtr ParseBinary(int min_prec);
  ast::ExprPtr ParseFactor();
  ast::ExprPtr ParsePower();
  ast::ExprPtr ParsePrimary();
  ast::ExprPtr ParseAtom();
  ast::ExprPtr ParseParenthesized();
  ast::ExprPtr ParseListDisplay();
  ast::ExprPtr ParseBraceDisplay();
  bool ValueAfterDictColon();  // consumes ':'; fails on `{k: }`
  ast::ExprPtr ParseSubscript(ast::ExprPtr value);
  ast::ExprPtr ParseSlice();
  bool ParseCallArguments(std::vector<ast::ExprPtr>* args,
                          std::vector<ast::Keyword>* keywords);
  bool ParseComprehensionClauses(std::vector<ast::Comprehension>* out);
  bool ParseParameters(ast::Arguments* args, bool is_lambda);
  // Star targets for `for`, comprehensions: `a, (b, *c)` without `in`.
  ast::ExprPtr ParseTargetList(TargetUse use);
  ast::ExprPtr ParseStarTarget();
  // Sets ctx on a target; on failure records CPython's error and returns
  // false.
  bool SetTargetContext(ast::Expr* e, TargetUse use);
  void CheckNoStarredValue(const ast::Expr* e);
  // A bitwise_or-level expression that is not a display/True/False/None:
  // CPython's "cannot assign to %s here. Maybe you meant '=='" cases.
  static bool IsBitwiseOrExpr(const ast::Expr& e);

  // ---- strings (parser_string.cc)
  ast::ExprPtr ParseStrings();
  // A run of bytes literals ending at token `last` (b"..." b"...").
  ast::ExprPtr ParseBytes(size_t last);
  bool ParseFString(const Token& tok, std::vector<ast::ExprPtr>* values,
                    std::string* pending);
  // Parses literal text and fields of source[*s, end) until `end` or (when
  // recurse_lvl > 0) an unmatched '}'. Literal text accumulates in *pending
  // and is flushed as a Constant before each field.
  bool ParseFStringPart(const Token& tok, uint32_t* s, uint32_t end, bool raw,
                        int recurse_lvl, std::vector<ast::ExprPtr>* values,
                        std::string* pending);
  bool ParseFStringField(const Token& tok, uint32_t* s, uint32_t end, bool raw,
                         int recurse_lvl, std::vector<ast::ExprPtr>* values,
                         std::string* pending);
  void FlushLiteral(const Token& tok, std::vector<ast::ExprPtr>* values,
                    std::string* pending);
  // Line number and line start offset of `offset` inside string token tok.
  int LineOfOffset(const Token& tok, uint32_t offset, uint32_t* line_start);

  std::string_view src_;
  std::string filename_;
  std::vector<Token> toks_;
  size_t pos_ = 0;
  size_t max_pos_ = 0;
  int depth_ = 0;
  bool in_fstring_ = false;
  bool failed_ = false;
  SyntaxErrorInfo err_;
  size_t err_tok_ = 0;
  // Outermost `(` of each parenthesized group, keyed by the group's node
  // (which keeps its own span); node_line/node_col guard against a freed
  // node's address being reused.
  struct GroupStart {
    int node_line, node_col, line, col;
  };
  absl::flat_hash_map<const ast::Node*, GroupStart> group_start_;
  // Token range of the last complete disjunction (for "forgot a comma?").
  struct LineCache {
    uint32_t token_begin = UINT32_MAX;
    uint32_t offset = 0;
    int line = 0;
    uint32_t line_start = 0;
  };
  LineCache line_cache_;  // see LineOfOffset
  size_t last_disj_start_ = SIZE_MAX;
  size_t last_disj_end_ = SIZE_MAX;
};

// Counts recursion; reports "too many nested expressions" past kMaxNesting.
class DepthGuard {
 public:
  explicit DepthGuard(Parser* p) : p_(p) { ++p_->depth_; }
  ~DepthGuard() { --p_->depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  // False (with the error recorded) when too deep.
  bool ok() {
    if (p_->depth_ <= kMaxNesting) return true;
    p_->Error("too many nested expressions", SpanOf(p_->Cur()));
    return false;
  }

 private:
  Parser* p_;
};

// Height of a statement's tallest child (0 for leaves).
int ChildHeight(const ast::Stmt& s);
int ChildHeight(const ast::Pattern& p);

// CPython's name for an expression in "cannot assign to %s".
const char* ExprName(const ast::Expr& e);

}  // namespace interp::parser_internal

#endif  // INTERP_RUNTIME_FRONTEND_PARSER_INTERNAL_H_
