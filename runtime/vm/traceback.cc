// Uncaught-exception reports in CPython 3.11's format: chained exceptions
// (__cause__ / __context__), "Traceback (most recent call last):", one
// `File "f", line N, in name` entry per frame with its source line (the
// indentation removed) and the `~~~^^^` position markers under it,
// recursion collapse ("[Previous line repeated N more times]"), the final
// "Type: message" line and the exception's notes; SyntaxErrors get the
// file/line/caret block instead. The reference is the CPython 3.11.2 the
// differential tests run (tools/gen_expected.py).
#include <unistd.h>

#include <fstream>
#include <new>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/frontend/parser.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/exception_group.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/suggestions.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace {

std::string_view StripWs(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' ||
                        s.front() == '\f' || s.front() == '\v')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' ||
          s.back() == '\r' || s.back() == '\f' || s.back() == '\v')) {
    s.remove_suffix(1);
  }
  return s;
}

// A source line as CPython 3.11 shows it under a frame: without its
// indentation and line ending, but with any trailing blanks.
std::string_view StripIndent(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\f')) {
    s.remove_prefix(1);
  }
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

// Source files read once per report.
class SourceCache {
 public:
  // The whole line `line` (1-based) without its newline; false when the
  // file or line is unavailable.
  bool RawLine(std::string_view filename, int line, std::string* out) {
    if (line <= 0 || filename.empty() || filename.front() == '<') return false;
    std::string key(filename);
    auto it = files_.find(key);
    if (it == files_.end()) {
      std::vector<std::string> lines;
      // Out of memory (a MemoryError being reported under ulimit -v): the
      // traceback goes without source lines rather than not at all.
      try {
        std::ifstream in{std::string(filename)};
        std::string l;
        while (in && std::getline(in, l)) lines.push_back(l);
      } catch (const std::bad_alloc&) {
        return false;
      }
      it = files_.emplace(key, std::move(lines)).first;
    }
    if (static_cast<size_t>(line) > it->second.size()) return false;
    *out = it->second[line - 1];
    return true;
  }

  std::string Line(std::string_view filename, int line) {
    std::string raw;
    if (!RawLine(filename, line, &raw)) return "";
    return std::string(StripWs(raw));
  }

 private:
  absl::flat_hash_map<std::string, std::vector<std::string>> files_;
};

// Code points in the first `bytes` bytes of UTF-8 `s`: CPython records
// columns in bytes but lines markers up per character.
int64_t CharOffset(std::string_view s, int64_t bytes) {
  if (bytes > static_cast<int64_t>(s.size())) {
    bytes = static_cast<int64_t>(s.size());
  }
  int64_t n = 0;
  for (int64_t i = 0; i < bytes; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

bool IsMarkerWs(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// CPython 3.11 re-parses the failing expression's source text and, for a
// binary operation or a subscript, highlights the operator / `[...]` with
// `^` and the rest with `~`. Sets [*left, *right) as byte offsets into
// `segment`; false when the segment is not such an expression.
bool SegmentAnchors(std::string_view segment, int64_t* left, int64_t* right) {
  ParseResult r = Parse(segment, "<segment>");
  if (r.module == nullptr || r.module->body.size() != 1) return false;
  const ast::Stmt& st = *r.module->body[0];
  if (!st.Is<ast::ExprStmt>()) return false;
  const ast::Expr& e = *st.As<ast::ExprStmt>().value;
  if (e.line != 1) return false;
  if (e.Is<ast::BinOp>()) {
    const ast::BinOp& b = e.As<ast::BinOp>();
    // The first non-blank byte between the operands is taken for the
    // operator: CPython 3.11 does not skip a closing parenthesis of the
    // left operand, so `(a + b) % c` marks the `)`.
    if (b.left->end_line != 1 || b.right->line != 1) return true;
    for (int64_t i = b.left->end_col; i < b.right->col; ++i) {
      if (IsMarkerWs(segment[i])) continue;
      *left = i;
      *right = i + 1;
      if (i + 1 < b.right->col && !IsMarkerWs(segment[i + 1])) ++*right;
      return true;
    }
    return true;  // no operator found: plain carets
  }
  if (e.Is<ast::Subscript>()) {
    const ast::Subscript& sub = e.As<ast::Subscript>();
    if (sub.value->end_line != 1 || sub.slice->end_line != 1) return false;
    // CPython 3.11 marks from the end of the value to one past the end of
    // the index, blanks included: `a [ i ]` shows `~^^^^^~`.
    *left = sub.value->end_col;
    *right = sub.slice->end_col + 1;
    int64_t n = static_cast<int64_t>(segment.size());
    if (*right > n) *right = n;
    return true;
  }
  return false;
}

// The `~~~^^^` line CPython 3.11 prints under a frame's source line, or ""
// when it prints none. `raw` is the unstripped source line.
std::string PositionMarkers(std::string_view raw, const PosEntry& pos) {
  if (pos.col == kNoCol || pos.end_col == kNoCol || pos.end_line < pos.line) {
    return "";
  }
  int64_t start = CharOffset(raw, pos.col);
  int64_t end = CharOffset(raw, pos.end_col);
  int64_t left = -1, right = -1;
  if (pos.line == pos.end_line) {
    if (pos.end_col > raw.size() || pos.col > pos.end_col) return "";
    std::string_view segment =
        raw.substr(pos.col, static_cast<size_t>(pos.end_col - pos.col));
    int64_t l = -1, r = -1;
    if (SegmentAnchors(segment, &l, &r) && l >= 0) {
      left = CharOffset(segment, l) + start;
      right = CharOffset(segment, r) + start;
    }
  } else {
    // Spanning lines: highlighted to the last non-blank character of this
    // one. CPython 3.11 scans the UTF-8 bytes backwards from the line's
    // length in characters, so a line with non-ASCII text is marked
    // short; kept, since its output is the reference.
    std::string_view line = raw;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    int64_t i = CharOffset(line, static_cast<int64_t>(line.size()));
    while (--i >= 0 && IsMarkerWs(line[i])) {
    }
    end = i + 1;
  }
  size_t indent = 0;
  while (indent < raw.size() && IsMarkerWs(raw[indent])) ++indent;
  std::string_view stripped = StripIndent(raw);
  int64_t stripped_len = CharOffset(stripped, stripped.size());
  int64_t truncation = static_cast<int64_t>(indent);
  bool anchors = left != -1 || right != -1;
  if (end - start == stripped_len && !anchors) return "";
  std::string out = "    ";
  for (int64_t off = truncation + 1; off <= end; ++off) {
    if (off <= start) {
      out += ' ';
    } else if (anchors && left < off && off <= right) {
      out += '^';
    } else {
      out += anchors ? '~' : '^';
    }
  }
  out += '\n';
  return out;
}

struct Entry {
  std::string_view filename;
  int line;
  std::string_view name;
  const PosEntry* pos;  // span of the failing instruction, or null
};

// str() (or repr()) of `v` for the report; *failed when it raised (the
// exception is discarded, like CPython's printer does).
std::string ReportText(ThreadState& ts, Value v, bool repr, bool* failed) {
  Value saved = ts.pending_exception;
  ts.pending_exception = Value::None();
  TempRoots roots(ts);
  roots.Add(saved);
  roots.Add(v);
  Value s = repr ? Repr(ts, v) : ToStr(ts, v);
  *failed = false;
  std::string out;
  if (s.IsError() || !IsKind(s, ObjKind::kStr)) {
    *failed = true;
  } else {
    out = std::string(vm::AsStr(s)->view());
  }
  ts.pending_exception = saved;
  return out;
}

std::string ExcStr(ThreadState& ts, Value exc, bool* failed) {
  return ReportText(ts, exc, false, failed);
}

// The notes of PEP 678 after the exception line, as CPython 3.11.2 prints
// them: each item of a sequence __notes__ (a str's characters too) on its
// own line, str() of non-strings; any other __notes__ as its repr with no
// line end.
void FormatNotes(ThreadState& ts, Value exc, std::string* out) {
  Value saved = ts.pending_exception;
  ts.pending_exception = Value::None();
  TempRoots roots(ts);
  roots.Add(saved);
  Str* key = InternStr(ts, "__notes__");
  Value notes = key != nullptr ? GetAttrOrEmpty(ts, exc, key) : Value::Error();
  ts.pending_exception = saved;  // a failed lookup shows no notes
  if (notes.IsError() || notes.IsEmpty()) return;
  roots.Add(notes);
  bool failed;
  auto add_note = [&](Value note) {
    if (IsKind(note, ObjKind::kStr)) {
      absl::StrAppend(out, vm::AV(vm::AsStr(note)->view()), "\n");
      return;
    }
    std::string text = ReportText(ts, note, false, &failed);
    absl::StrAppend(out, failed ? "<note str() failed>" : text, "\n");
  };
  if (IsKind(notes, ObjKind::kList) || IsKind(notes, ObjKind::kTuple)) {
    for (uint32_t i = 0;; ++i) {
      // Re-read each time: str() of a note may change the list.
      Value note;
      if (IsKind(notes, ObjKind::kList)) {
        List* l = As<List>(notes);
        if (i >= l->size) break;
        note = l->items[i];
      } else {
        Tuple* t = As<Tuple>(notes);
        if (i >= t->size) break;
        note = t->items[i];
      }
      add_note(note);
    }
  } else if (IsKind(notes, ObjKind::kStr)) {
    std::string_view text = vm::AsStr(notes)->view();
    for (size_t i = 0; i < text.size();) {
      uint32_t len;
      DecodeUtf8(text.data() + i, &len);
      if (len == 0) len = 1;
      absl::StrAppend(out, vm::AV(text.substr(i, len)), "\n");
      i += len;
    }
  } else {
    std::string text = ReportText(ts, notes, true, &failed);
    absl::StrAppend(out, failed ? "<__notes__ repr() failed>" : text);
  }
}

Value AttrOf(ThreadState& ts, ExceptionObject* e, Str* name) {
  if (e->attrs == nullptr) return Value::Empty();
  return DictGetStr(e->attrs, name);
}

// The File/line/caret block of a SyntaxError, following CPython 3.11's
// default excepthook (print_error_text): the line without its leading
// whitespace, then carets from `offset` to `end_offset` (one when the range
// is empty, spans lines, or the error is an IndentationError, whose range
// CPython does not report when it runs a file).
void FormatSyntaxError(ThreadState& ts, ExceptionObject* e, std::string* out,
                       const std::string& type_name, bool indentation) {
  const CommonNames& n = vm::Rt(ts).names;
  Value filename = AttrOf(ts, e, n.filename);
  Value lineno = AttrOf(ts, e, n.lineno);
  Value offset = AttrOf(ts, e, n.offset);
  Value end_offset = AttrOf(ts, e, n.end_offset);
  Value end_lineno = AttrOf(ts, e, n.end_lineno);
  Value text = AttrOf(ts, e, n.text);
  Value msg = AttrOf(ts, e, n.msg);
  std::string fname = IsKind(filename, ObjKind::kStr)
                          ? std::string(vm::AsStr(filename)->view())
                          : "<string>";
  if (lineno.IsInt()) {
    absl::StrAppend(out, "  File \"", fname, "\", line ", lineno.AsInt(), "\n");
  }
  if (IsKind(text, ObjKind::kStr)) {
    // Offsets count code points; the text is UTF-8.
    std::vector<uint32_t> cps;
    std::string_view t = vm::AsStr(text)->view();
    for (size_t i = 0; i < t.size();) {
      uint32_t len;
      cps.push_back(DecodeUtf8(t.data() + i, &len));
      i += len ? len : 1;
    }
    int64_t line_size = static_cast<int64_t>(cps.size());
    int64_t off = offset.IsInt() ? offset.AsInt() : -1;
    int64_t end = end_offset.IsInt() ? end_offset.AsInt() : -1;
    if (end_lineno.IsInt() && lineno.IsInt() &&
        end_lineno.AsInt() > lineno.AsInt()) {
      // A range running onto later lines is underlined to the end of this
      // one (CPython: its length without the newline, plus one).
      bool nl = !cps.empty() && cps.back() == '\n';
      end = line_size - (nl ? 1 : 0) + 1;
    }
    if (end > line_size + 1) end = line_size + 1;
    int64_t carets = (!indentation && end > 0 && end > off) ? end - off : 1;
    int64_t col = off - 1;
    size_t first = 0;
    while (first < cps.size() &&
           (cps[first] == ' ' || cps[first] == '\t' || cps[first] == '\f')) {
      ++first;
      --col;
    }
    size_t last = cps.size();
    if (last > first && cps[last - 1] == '\n') --last;
    int64_t len = static_cast<int64_t>(last - first);
    if (col > len) col = len;
    std::string shown;
    for (size_t i = first; i < last; ++i) AppendUtf8(&shown, cps[i]);
    absl::StrAppend(out, "    ", shown, "\n");
    if (offset.IsInt() && col >= 0) {
      std::string line = "    ";
      line.append(static_cast<size_t>(col), ' ');
      line.append(static_cast<size_t>(carets), '^');
      absl::StrAppend(out, line, "\n");
    }
  }
  std::string m = IsKind(msg, ObjKind::kStr)
                      ? std::string(vm::AsStr(msg)->view())
                      : "<no detail available>";
  absl::StrAppend(out, type_name, ": ", m, "\n");
}

// The entries of traceback `tb` (entry list or chain), outermost first;
// *innermost is the code of the last one.
std::vector<Entry> EntriesOf(Value tb, Code** innermost) {
  std::vector<Entry> entries;
  std::vector<vm::TbEntry> raw;
  vm::CollectTracebackEntries(tb, &raw);
  if (!raw.empty() && innermost != nullptr) *innermost = raw.back().code;
  for (const vm::TbEntry& t : raw) {
    CodeBody* body = t.code->body;
    entries.push_back(Entry{
        body->filename != nullptr ? body->filename->view() : "<unknown>",
        t.lineno, body->name != nullptr ? body->name->view() : "<unknown>",
        PosForPc(body->positions, t.pc)});
  }
  return entries;
}

// One `File ...` block per entry (source line and markers included), with
// CPython's collapse of more than three identical ones.
void AppendEntries(const std::vector<Entry>& entries, SourceCache& src,
                   std::string* out) {
  const Entry* last = nullptr;
  int count = 0;
  auto flush_repeats = [&]() {
    if (count > 3) {
      int more = count - 3;
      absl::StrAppend(out, "  [Previous line repeated ", more, " more time",
                      more > 1 ? "s" : "", "]\n");
    }
  };
  for (const Entry& en : entries) {
    if (last == nullptr || last->filename != en.filename ||
        last->line != en.line || last->name != en.name) {
      flush_repeats();
      last = &en;
      count = 0;
    }
    ++count;
    if (count > 3) continue;
    if (en.line >= 0) {
      absl::StrAppend(out, "  File \"", vm::AV(en.filename), "\", line ",
                      en.line, ", in ", vm::AV(en.name), "\n");
    } else {
      absl::StrAppend(out, "  File \"", vm::AV(en.filename), "\", in ",
                      vm::AV(en.name), "\n");
    }
    std::string raw;
    if (!src.RawLine(en.filename, en.line, &raw)) continue;
    if (StripWs(raw).empty()) continue;
    absl::StrAppend(out, "    ", vm::AV(StripIndent(raw)), "\n");
    if (en.pos != nullptr && en.pos->line == en.line) {
      absl::StrAppend(out, PositionMarkers(raw, *en.pos));
    }
  }
  flush_repeats();
}

void FormatOne(ThreadState& ts, Value exc, SourceCache& src, std::string* out,
               bool group) {
  RuntimeState& rt = vm::Rt(ts);
  ClassObject* cls = ClassOf(rt, exc);
  if (!IsKind(exc, ObjKind::kException)) {
    bool failed;
    std::string s = ExcStr(ts, exc, &failed);
    absl::StrAppend(out, vm::ExceptionTypeName(cls), ": ", s, "\n");
    return;
  }
  auto* e = static_cast<ExceptionObject*>(exc.AsObject());
  Code* innermost = nullptr;
  std::vector<Entry> entries = EntriesOf(e->traceback, &innermost);
  if (!entries.empty()) {
    absl::StrAppend(out, group ? "Exception Group " : "",
                    "Traceback (most recent call last):\n");
    AppendEntries(entries, src, out);
  }
  std::string type_name = vm::ExceptionTypeName(cls);
  if (rt.exc.syntax_error != nullptr && IsSubclass(cls, rt.exc.syntax_error) &&
      e->attrs != nullptr) {
    FormatSyntaxError(ts, e, out, type_name,
                      rt.exc.indentation_error != nullptr &&
                          IsSubclass(cls, rt.exc.indentation_error));
    // The reference CPython (3.11.2) prints no notes of a SyntaxError.
    return;
  }
  bool failed;
  std::string s = ExcStr(ts, exc, &failed);
  if (!failed) s += SuggestionSuffix(ts, exc, innermost);
  if (failed) {
    absl::StrAppend(out, type_name, ": <exception str() failed>\n");
  } else if (s.empty()) {
    absl::StrAppend(out, type_name, "\n");
  } else {
    absl::StrAppend(out, type_name, ": ", s, "\n");
  }
  FormatNotes(ts, exc, out);
}

// The printing state of CPython's print_exception_recursive: the depth of
// exception group nesting (its blocks are indented and start with "| ")
// and whether the innermost group still owes its closing line.
struct PrintCtx {
  SourceCache& src;
  absl::flat_hash_set<Object*> seen;
  int depth = 0;
  bool need_close = false;
};

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

std::string Indent(const PrintCtx& c) {
  return std::string(static_cast<size_t>(2 * c.depth), ' ');
}
std::string Margin(const PrintCtx& c) {
  return c.depth > 0 ? Indent(c) + "| " : "";
}

// `text` with every line prefixed by the margin (the first by `first`).
void AppendMargined(const PrintCtx& c, std::string_view text,
                    const std::string& first, std::string* out) {
  std::string margin = Margin(c);
  bool at_start = true;
  bool first_line = true;
  for (char ch : text) {
    if (at_start) {
      out->append(first_line ? first : margin);
      at_start = false;
      first_line = false;
    }
    out->push_back(ch);
    if (ch == '\n') at_start = true;
  }
}

void PrintRecursive(ThreadState& ts, Value exc, PrintCtx& c, std::string* out,
                    int chain_depth);

void PrintGroup(ThreadState& ts, Value exc, PrintCtx& c, std::string* out) {
  if (c.depth > kMaxGroupDepth) {
    absl::StrAppend(out, Margin(c), "... (max_group_depth is ", kMaxGroupDepth,
                    ")\n");
    return;
  }
  if (c.depth == 0) c.depth = 1;
  auto* e = static_cast<ExceptionObject*>(exc.AsObject());
  std::string block;
  FormatOne(ts, exc, c.src, &block, true);
  bool has_tb = absl::StartsWith(block, "Exception Group Traceback");
  AppendMargined(c, block,
                 has_tb && c.depth == 1 ? Indent(c) + "+ " : Margin(c), out);
  Value members = IsKind(e->group, ObjKind::kTuple)
                      ? As<Tuple>(e->group)->items[1]
                      : Value::None();
  if (IsKind(members, ObjKind::kTuple)) {
    Tuple* t = As<Tuple>(members);
    TempRoots roots(ts);
    roots.Add(members);
    int total = static_cast<int>(t->size);
    int n = total <= kMaxGroupWidth ? total : kMaxGroupWidth + 1;
    c.need_close = false;
    for (int i = 0; i < n; ++i) {
      bool last = i == n - 1;
      if (last) c.need_close = true;
      bool truncated = i >= kMaxGroupWidth;
      absl::StrAppend(out, Indent(c), i == 0 ? "+-" : "  ",
                      "+---------------- ");
      if (truncated) {
        absl::StrAppend(out, "...");
      } else {
        absl::StrAppend(out, i + 1);
      }
      absl::StrAppend(out, " ----------------\n");
      ++c.depth;
      if (!truncated) {
        PrintRecursive(ts, t->items[i], c, out, 0);
      } else {
        int remaining = total - kMaxGroupWidth;
        absl::StrAppend(out, Margin(c), "and ", remaining, " more exception",
                        remaining > 1 ? "s" : "", "\n");
      }
      if (last && c.need_close) {
        absl::StrAppend(out, Indent(c),
                        "+------------------------------------\n");
        c.need_close = false;
      }
      --c.depth;
    }
  }
  if (c.depth == 1) c.depth = 0;
}

void PrintRecursive(ThreadState& ts, Value exc, PrintCtx& c, std::string* out,
                    int chain_depth) {
  if (exc.IsObject()) c.seen.insert(exc.AsObject());
  if (IsKind(exc, ObjKind::kException) && chain_depth < 100) {
    auto* e = static_cast<ExceptionObject*>(exc.AsObject());
    const char* message = nullptr;
    if (IsKind(e->cause, ObjKind::kException) &&
        !c.seen.contains(e->cause.AsObject())) {
      PrintRecursive(ts, e->cause, c, out, chain_depth + 1);
      message =
          "The above exception was the direct cause of the following "
          "exception:\n";
    } else if (IsKind(e->context, ObjKind::kException) &&
               !e->suppress_context &&
               !c.seen.contains(e->context.AsObject())) {
      PrintRecursive(ts, e->context, c, out, chain_depth + 1);
      message =
          "During handling of the above exception, another exception "
          "occurred:\n";
    }
    if (message != nullptr) {
      std::string m = Margin(c);
      absl::StrAppend(out, m, "\n", m, message, m, "\n");
    }
  }
  if (vm::IsExceptionGroup(ts, exc)) {
    PrintGroup(ts, exc, c, out);
    return;
  }
  if (c.depth == 0) {
    FormatOne(ts, exc, c.src, out, false);
    return;
  }
  std::string block;
  FormatOne(ts, exc, c.src, &block, false);
  AppendMargined(c, block, Margin(c), out);
}

}  // namespace

std::string ReadSourceLine(std::string_view filename, int line) {
  SourceCache cache;
  return cache.Line(filename, line);
}

std::string FormatException(ThreadState& ts, Value exc) {
  TempRoots roots(ts);
  roots.Add(exc);
  SourceCache src;
  PrintCtx ctx{src};
  std::string out;
  PrintRecursive(ts, exc, ctx, &out, 0);
  return out;
}

namespace {
void WriteToSysStderr(ThreadState& ts, const std::string& text, Value keep);
}  // namespace

namespace vm {
void WriteStderrText(ThreadState& ts, const std::string& text) {
  WriteToSysStderr(ts, text, Value::None());
}
}  // namespace vm

namespace {

// Writes `text` through sys.stderr.write (and flush), falling back to fd 2.
// `keep` stays rooted meanwhile. Leaves ts.pending_exception as it was.
void WriteToSysStderr(ThreadState& ts, const std::string& text, Value keep) {
  RuntimeState& rt = vm::Rt(ts);
  TempRoots roots(ts);
  roots.Add(keep);
  Value saved = ts.pending_exception;
  roots.Add(saved);
  ts.pending_exception = Value::None();
  bool written = false;
  Value err = rt.sys_module != nullptr
                  ? ModuleGet(rt.sys_module, rt.names.stderr)
                  : Value::Empty();
  if (err.IsObject()) {
    roots.Add(err);
    Value write = GetAttrOrEmpty(ts, err, rt.names.write);
    if (write.IsObject()) {
      roots.Add(write);
      Value s = StrValue(ts, text);
      if (!s.IsError() && !CallValue(ts, write, &s, 1).IsError()) {
        written = true;
        Value flush = GetAttrOrEmpty(ts, err, rt.names.flush);
        if (flush.IsObject()) CallValue(ts, flush, nullptr, 0);
      }
    }
  }
  if (!written) {
    const char* p = text.data();
    size_t left = text.size();
    while (left > 0) {
      ssize_t w = write(2, p, left);
      if (w <= 0) break;
      p += w;
      left -= static_cast<size_t>(w);
    }
  }
  ts.pending_exception = saved;
}

}  // namespace

std::string FormatTraceback(Value tb) {
  SourceCache src;
  std::string out;
  AppendEntries(EntriesOf(tb, nullptr), src, &out);
  return out;
}

void PrintException(ThreadState& ts, Value exc) {
  TempRoots roots(ts);
  roots.Add(exc);
  Value saved = ts.pending_exception;
  roots.Add(saved);
  ts.pending_exception = Value::None();
  std::string text = FormatException(ts, exc);
  ts.pending_exception = saved;
  WriteToSysStderr(ts, text, exc);
}

void PrintUnraisable(ThreadState& ts, Value exc, Value obj) {
  PrintUnraisableWith(ts, exc, "Exception ignored in", obj);
}

void PrintUnraisableWith(ThreadState& ts, Value exc, std::string_view what,
                         Value obj) {
  TempRoots roots(ts);
  roots.Add(exc);
  roots.Add(obj);
  Value saved = ts.pending_exception;
  roots.Add(saved);
  ts.pending_exception = Value::None();
  std::string text(what);
  text += ": ";
  if (!AppendRepr(ts, obj, &text)) {
    ts.pending_exception = Value::None();
    text += "<object repr() failed>";
  }
  text += "\n";
  text += FormatException(ts, exc);
  ts.pending_exception = saved;
  WriteToSysStderr(ts, text, exc);
}

}  // namespace interp
