// `_csv`, the native half of csv (runtime/lib/csv.py): the record parser.
// csv.reader feeds it lines; it splits them into fields with CPython's
// state machine (quotes, doubled quotes, escapes, skipinitialspace,
// strict), reporting when a quoted field continues on the next line.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/list.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

enum State {
  kStartRecord,
  kStartField,
  kEscapedChar,
  kInField,
  kInQuotedField,
  kEscapeInQuotedField,
  kQuoteInQuotedField,
  kEatCrnl,
};

constexpr int kQuoteNonNumeric = 2;
constexpr int kQuoteNone = 3;

// One code point of `s` from byte `i` (UTF-8), advancing `i`.
std::string_view NextChar(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  size_t len = c < 0x80             ? 1
               : (c & 0xE0) == 0xC0 ? 2
               : (c & 0xF0) == 0xE0 ? 3
                                    : 4;
  if (*i + len > s.size()) len = s.size() - *i;
  std::string_view r = s.substr(*i, len);
  *i += len;
  return r;
}

// Dialect characters arrive as one-character str or None ("" here).
bool CharArg(ThreadState& ts, Value v, std::string* out) {
  if (v.IsNone()) {
    out->clear();
    return true;
  }
  if (!IsStr(v)) {
    RaiseTypeError(ts, "dialect character must be str or None");
    return false;
  }
  *out = std::string(AsStr(v)->view());
  return true;
}

Value RaiseCsvError(ThreadState& ts, Value error_cls, std::string_view msg) {
  Value m = StrValue(ts, msg);
  if (m.IsError()) return m;
  TempRoots roots(ts);
  roots.Add(m);
  Value exc = CallValue(ts, error_cls, &m, 1);
  if (exc.IsError()) return exc;
  return RaiseValue(ts, exc);
}

struct Dialect {
  std::string delim, quote, esc;
  bool doublequote, skipspace, strict;
  int64_t quoting;
  Value error_cls;
};

// Reads the dialect from args[0..7] (delimiter ... quoting, error class).
bool DialectArgs(ThreadState& ts, const Value* args, Dialect* d) {
  if (!CharArg(ts, args[0], &d->delim) || !CharArg(ts, args[1], &d->quote) ||
      !CharArg(ts, args[2], &d->esc)) {
    return false;
  }
  int dq = Truthy(ts, args[3]);
  int sp = Truthy(ts, args[4]);
  int st = Truthy(ts, args[5]);
  if (dq < 0 || sp < 0 || st < 0 || !ToInt64(ts, args[6], &d->quoting)) {
    return false;
  }
  d->doublequote = dq != 0;
  d->skipspace = sp != 0;
  d->strict = st != 0;
  d->error_cls = args[7];
  if (d->quoting == kQuoteNone) d->quote.clear();
  return true;
}

enum class Parsed { kRow, kIncomplete, kError };

// Splits one record. kRow: `*out` is a new list of fields; kIncomplete: a
// quoted field is still open at the end of `text`.
Parsed ParseRecord(ThreadState& ts, const Dialect& d, std::string_view text,
                   Value* out) {
  List* fields = NewList(ts, 0);
  if (fields == nullptr) return Parsed::kError;
  TempRoots roots(ts);
  roots.Add(Value::Obj(fields));
  std::string field;
  bool quoted = false;
  State state = kStartRecord;
  const int64_t quoting = d.quoting;
  const bool doublequote = d.doublequote, skipspace = d.skipspace,
             strict = d.strict;
  const std::string &delim = d.delim, &quote = d.quote, &esc = d.esc;

  auto save_field = [&]() -> bool {
    Value v;
    if (quoting == kQuoteNonNumeric && !quoted && !field.empty()) {
      Value s = StrValue(ts, field);
      if (s.IsError()) return false;
      TempRoots r(ts);
      r.Add(s);
      v = CallValue(ts, Value::Obj(Rt(ts).classes.float_), &s, 1);
    } else {
      v = StrValue(ts, field);
    }
    field.clear();
    quoted = false;
    return !v.IsError() && ListAppend(ts, fields, v);
  };
  auto is = [](std::string_view c, const std::string& x) {
    return !x.empty() && c == x;
  };
  auto fail = [&](std::string_view msg) {
    RaiseCsvError(ts, d.error_cls, msg);
    return Parsed::kError;
  };

  // Bytes that can start a character the state machine treats specially;
  // runs of other bytes inside a field are copied in one step (fields are
  // mostly plain text). A multi-byte special character marks its lead
  // byte, which never occurs as a continuation byte.
  bool special[256] = {};
  special[static_cast<unsigned char>('\n')] = true;
  special[static_cast<unsigned char>('\r')] = true;
  for (const std::string* x : {&delim, &quote, &esc}) {
    if (!x->empty()) special[static_cast<unsigned char>((*x)[0])] = true;
  }

  size_t i = 0;
  while (i < text.size()) {
    if ((state == kInField || state == kInQuotedField) &&
        !special[static_cast<unsigned char>(text[i])]) {
      size_t j = i + 1;
      while (j < text.size() && !special[static_cast<unsigned char>(text[j])]) {
        ++j;
      }
      field.append(text.data() + i, j - i);
      i = j;
      continue;
    }
    std::string_view c = NextChar(text, &i);
    bool eol = c == "\n" || c == "\r";
    switch (state) {
      case kStartRecord:
        if (eol) {
          state = kEatCrnl;
          break;
        }
        state = kStartField;
        [[fallthrough]];
      case kStartField:
        if (eol) {
          if (!save_field()) return Parsed::kError;
          state = kEatCrnl;
        } else if (is(c, quote)) {
          quoted = true;
          state = kInQuotedField;
        } else if (is(c, esc)) {
          state = kEscapedChar;
        } else if (c == " " && skipspace) {
        } else if (is(c, delim)) {
          if (!save_field()) return Parsed::kError;
        } else {
          field.append(c);
          state = kInField;
        }
        break;
      case kEscapedChar:
        field.append(c);
        state = kInField;
        break;
      case kInField:
        if (eol) {
          if (!save_field()) return Parsed::kError;
          state = kEatCrnl;
        } else if (is(c, esc)) {
          state = kEscapedChar;
        } else if (is(c, delim)) {
          if (!save_field()) return Parsed::kError;
          state = kStartField;
        } else {
          field.append(c);
        }
        break;
      case kInQuotedField:
        if (is(c, esc)) {
          state = kEscapeInQuotedField;
        } else if (is(c, quote)) {
          state = doublequote ? kQuoteInQuotedField : kInField;
        } else {
          field.append(c);
        }
        break;
      case kEscapeInQuotedField:
        field.append(c);
        state = kInQuotedField;
        break;
      case kQuoteInQuotedField:
        if (is(c, quote)) {
          field.append(c);
          state = kInQuotedField;
        } else if (is(c, delim)) {
          if (!save_field()) return Parsed::kError;
          state = kStartField;
        } else if (eol) {
          if (!save_field()) return Parsed::kError;
          state = kEatCrnl;
        } else if (!strict) {
          field.append(c);
          state = kInField;
        } else {
          return fail(
              absl::StrCat("'", delim, "' expected after '", quote, "'"));
        }
        break;
      case kEatCrnl:
        if (!eol) {
          return fail(
              "new-line character seen in unquoted field - do you need to "
              "open the file with newline=''?");
        }
        break;
    }
  }
  switch (state) {
    case kInQuotedField:
    case kEscapeInQuotedField:
      return Parsed::kIncomplete;
    case kEscapedChar:
      if (strict) return Parsed::kIncomplete;
      if (!save_field()) return Parsed::kError;
      break;
    case kStartRecord:
    case kEatCrnl:
      break;
    default:
      if (!save_field()) return Parsed::kError;
  }
  *out = Value::Obj(fields);
  return Parsed::kRow;
}

// parse(text, delimiter, quotechar, escapechar, doublequote,
//       skipinitialspace, strict, quoting, error_cls)
//   -> list of fields, or None when a quoted field is still open at the
//      end of `text` (the caller appends the next line and parses again).
Value Parse(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "parse", kw) || !CheckArgCount(ts, "parse", nargs, 9, 9)) {
    return Value::Error();
  }
  if (!IsStr(args[0])) return RaiseTypeError(ts, "parse() needs a str");
  Dialect d;
  if (!DialectArgs(ts, args + 1, &d)) return Value::Error();
  Value row;
  switch (ParseRecord(ts, d, AsStr(args[0])->view(), &row)) {
    case Parsed::kRow:
      return row;
    case Parsed::kIncomplete:
      return Value::None();
    case Parsed::kError:
      break;
  }
  return Value::Error();
}

// parse_many(iterator, max_rows, <dialect as for parse>)
//   -> (rows, line_counts, pending, pending_lines)
// Reads up to `max_rows` records from an iterator of lines, the loop
// csv.reader would otherwise run per row in Python. line_counts[i] is the
// number of lines record i took; `pending` is the text of a record still
// open when the iterator ended (None otherwise).
Value ParseMany(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "parse_many", kw) ||
      !CheckArgCount(ts, "parse_many", nargs, 10, 10)) {
    return Value::Error();
  }
  int64_t max_rows;
  if (!ToInt64(ts, args[1], &max_rows)) return Value::Error();
  Dialect d;
  if (!DialectArgs(ts, args + 2, &d)) return Value::Error();
  TempRoots roots(ts);
  roots.Add(args[0]);
  roots.Add(d.error_cls);
  List* rows = NewList(ts, 0);
  if (rows == nullptr) return Value::Error();
  roots.Add(Value::Obj(rows));
  List* counts = NewList(ts, 0);
  if (counts == nullptr) return Value::Error();
  roots.Add(Value::Obj(counts));
  std::string pending;
  int64_t lines = 0;
  NativePoll poll(ts);
  while (static_cast<int64_t>(rows->size) < max_rows) {
    if (!poll.Tick()) return Value::Error();
    Value line = IterNext(ts, args[0]);
    if (line.IsError()) return line;
    if (line.IsEmpty()) break;
    if (!IsStr(line)) {
      return RaiseCsvError(
          ts, d.error_cls,
          absl::StrCat("iterator should return strings, not ",
                       AV(TypeName(ts, line)),
                       " (the file should be opened in text mode)"));
    }
    TempRoots line_root(ts);
    line_root.Add(line);
    ++lines;
    std::string_view text = AsStr(line)->view();
    if (!pending.empty()) {
      pending.append(text);
      text = pending;
    }
    Value row;
    Parsed p = ParseRecord(ts, d, text, &row);
    if (p == Parsed::kError) return Value::Error();
    if (p == Parsed::kIncomplete) {
      if (pending.empty()) pending = std::string(text);
      continue;
    }
    pending.clear();
    if (!ListAppend(ts, rows, row) ||
        !ListAppend(ts, counts, Value::Int(lines))) {
      return Value::Error();
    }
    lines = 0;
  }
  Value items[4] = {Value::Obj(rows), Value::Obj(counts), Value::None(),
                    Value::Int(lines)};
  if (!pending.empty()) {
    items[2] = StrValue(ts, pending);
    if (items[2].IsError()) return Value::Error();
  }
  roots.Add(items[2]);
  Tuple* t = NewTupleFrom(ts, items, 4);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// format_row(row, delimiter, quotechar, escapechar, doublequote,
//            lineterminator, quoting, error_cls) -> str
// One record as csv.writer writes it (CPython's join rules: quoting
// modes, doubled or escaped quotes, a lone empty field quoted).
Value FormatRow(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "format_row", kw) ||
      !CheckArgCount(ts, "format_row", nargs, 8, 8)) {
    return Value::Error();
  }
  std::string delim, quote, esc, term;
  if (!CharArg(ts, args[1], &delim) || !CharArg(ts, args[2], &quote) ||
      !CharArg(ts, args[3], &esc) || !CharArg(ts, args[5], &term)) {
    return Value::Error();
  }
  int doublequote = Truthy(ts, args[4]);
  int64_t quoting;
  if (doublequote < 0 || !ToInt64(ts, args[6], &quoting)) {
    return Value::Error();
  }
  Value error_cls = args[7];
  TempRoots roots(ts);
  List* fields = IterableToList(ts, args[0]);
  if (fields == nullptr) {
    if (PendingExceptionMatches(ts, Rt(ts).exc.type_error)) {
      TakePendingException(ts);
      return RaiseCsvError(
          ts, error_cls,
          absl::StrCat("iterable expected, not ", AV(TypeName(ts, args[0]))));
    }
    return Value::Error();
  }
  roots.Add(Value::Obj(fields));
  // Whether a field holds any byte of a set: a table lookup per byte (the
  // writer asks twice per field).
  struct ByteSet {
    bool has[256] = {};
    explicit ByteSet(std::string_view chars) {
      for (char c : chars) has[static_cast<unsigned char>(c)] = true;
    }
    bool In(std::string_view s) const {
      for (char c : s) {
        if (has[static_cast<unsigned char>(c)]) return true;
      }
      return false;
    }
  };
  // As CPython 3.11: under QUOTE_NONE the delimiter, quote, escape and
  // line terminator characters are escaped; otherwise the delimiter and
  // line terminator characters (and the quote, when doubled) make a field
  // quoted, while an escape character or an escaped quote does not.
  const ByteSet special(absl::StrCat(delim, quote, esc, term));
  const ByteSet quoting_chars(absl::StrCat(delim, term));
  const ByteSet quote_set(quote);
  const ByteSet quote_esc(absl::StrCat(quote, esc));
  std::string line;
  NativePoll poll(ts);
  for (uint32_t i = 0; i < fields->size; ++i) {
    if (!poll.Tick()) return Value::Error();
    Value f = fields->items[i];
    std::string text;
    if (f.IsNone()) {
      // Empty.
    } else if (IsStr(f)) {
      text = std::string(AsStr(f)->view());
    } else {
      Value s = ToStr(ts, f);
      if (s.IsError()) return s;
      text = std::string(AsStr(s)->view());
    }
    bool need;
    if (quoting == 1) {  // QUOTE_ALL
      need = true;
    } else if (quoting == kQuoteNonNumeric) {
      need = !(f.IsIntLike() || f.IsFloat());
    } else {
      need = quoting_chars.In(text) || (doublequote && quote_set.In(text)) ||
             (fields->size == 1 && text.empty() && quoting != kQuoteNone);
    }
    if (i > 0) line.append(delim);
    if (quoting == kQuoteNone) {
      if (special.In(text)) {
        if (esc.empty()) {
          return RaiseCsvError(ts, error_cls,
                               "need to escape, but no escapechar set");
        }
        for (size_t k = 0; k < text.size();) {
          std::string_view c = NextChar(text, &k);
          if (c == delim || c == esc || c == quote ||
              term.find(c) != std::string::npos) {
            line.append(esc);
          }
          line.append(c);
        }
      } else {
        line.append(text);
      }
      continue;
    }
    std::string body;
    // Without a quote or escape character in it, the text is its own body.
    if (!quote_esc.In(text)) {
      body = std::move(text);
      text.clear();
    }
    for (size_t k = 0; k < text.size();) {
      std::string_view c = NextChar(text, &k);
      if (!esc.empty() && c == esc) {
        body.append(esc);
      } else if (!quote.empty() && c == quote) {
        if (doublequote) {
          body.append(quote);
        } else if (!esc.empty()) {
          body.append(esc);
        } else {
          return RaiseCsvError(ts, error_cls,
                               "need to escape, but no escapechar set");
        }
      }
      body.append(c);
    }
    if (need) {
      line.append(quote);
      line.append(body);
      line.append(quote);
    } else {
      line.append(body);
    }
  }
  line.append(term);
  return StrValue(ts, line);
}

}  // namespace

Module* InitCsvModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_csv"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!AddFunction(ts, m, "parse", Parse) ||
      !AddFunction(ts, m, "parse_many", ParseMany) ||
      !AddFunction(ts, m, "format_row", FormatRow)) {
    return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("_csv", InitCsvModule);

}  // namespace builtins
}  // namespace interp
