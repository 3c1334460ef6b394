// The `re` module: compile (with a pattern cache like CPython's), the
// module-level functions, and re.Pattern's methods (match, search,
// fullmatch, findall, finditer, sub, subn, split).
//
// Differences from CPython: str patterns only (no bytes type yet); flags
// are plain ints (repr(re.I) is 2, not re.IGNORECASE); finditer collects
// its matches eagerly; groupindex is a dict, not a mappingproxy.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/modules/re/re_objects.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace re {

using builtins::AsStr;
using builtins::BindArgs;
using builtins::IsStr;
using builtins::MethodDef;
using builtins::Rt;

namespace {

constexpr int64_t kMaxSize = INT64_MAX;
constexpr uint32_t kMaxCache = 512;

void TracePattern(void* data, Tracer& t) {
  auto* p = static_cast<PatternData*>(data);
  t.MarkObject(p->pattern);
  if (p->bytes_source != nullptr) t.MarkObject(p->bytes_source);
  if (p->groupindex != nullptr) t.MarkObject(DictObject(p->groupindex));
}
void FinalizePattern(void* data) {
  std::unique_ptr<PatternData> owned(static_cast<PatternData*>(data));
}
const NativeDataOps kPatternOps = {"Pattern", TracePattern, FinalizePattern};

Value ExpectedString(ThreadState& ts, Value v) {
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "expected string or bytes-like object, got '%s'",
                     std::string(TypeName(ts, v)));
}

// Whether `string` is a subject for pattern `p`: a str for str patterns, a
// bytes-like object for bytes patterns (TypeError otherwise).
bool CheckSubject(ThreadState& ts, const PatternData& p, Value string) {
  if (IsStr(string)) {
    if (!p.is_bytes()) return true;
    RaiseTypeError(ts, "cannot use a bytes pattern on a string-like object");
    return false;
  }
  if (IsBytesLike(string)) {
    if (p.is_bytes()) return true;
    RaiseTypeError(ts, "cannot use a string pattern on a bytes-like object");
    return false;
  }
  ExpectedString(ts, string);
  return false;
}

std::u32string Decode(Str* s) {
  std::u32string out;
  out.reserve(s->char_len);
  const char* p = s->data;
  const char* end = p + s->byte_len;
  while (p < end) {
    uint32_t len = 1;
    out.push_back(DecodeUtf8(p, &len));
    p += len;
  }
  return out;
}

// A new Pattern object for `pattern` with `flags`.
Value NewPattern(ThreadState& ts, Value source, int64_t flags) {
  RuntimeState& rt = Rt(ts);
  auto data = std::make_unique<PatternData>();
  uint32_t f = static_cast<uint32_t>(flags);
  const bool bytes = IsBytesLike(source);
  if (!bytes && (f & kLocale)) {
    return RaiseValueError(ts, "cannot use LOCALE flag with a str pattern");
  }
  if (bytes && (f & kUnicode)) {
    return RaiseValueError(ts, "cannot use UNICODE flag with a bytes pattern");
  }
  if ((f & kAscii) && (f & kUnicode)) {
    return RaiseValueError(ts, "ASCII and UNICODE flags are incompatible");
  }
  TempRoots source_roots(ts);
  Str* pattern = nullptr;
  if (bytes) {
    // Matched as Latin-1 text with ASCII classes and case folding, which is
    // what CPython's bytes patterns mean.
    Value text = Latin1Str(ts, BytesLikeView(source));
    if (text.IsError()) return text;
    source_roots.Add(text);
    pattern = AsStr(text);
    data->implicit_ascii = !(f & kAscii);
    f |= kAscii;
  } else {
    pattern = AsStr(source);
  }
  CompileError err;
  // CPython's parser recurses about twice per nesting level.
  const int max_nesting = static_cast<int>(rt.recursion_limit / 2) - 5;
  if (!Compile(Decode(pattern), f, max_nesting, &data->prog, &err)) {
    if (err.overflow) return RaiseOverflowError(ts, err.msg);
    if (err.recursion) {
      return RaiseWithMessage(ts, rt.exc.recursion_error, err.msg);
    }
    return RaiseReError(ts, err.msg, pattern, err.pos);
  }
  // str patterns are Unicode unless ASCII.
  if (!bytes && !(data->prog.flags & kAscii)) data->prog.flags |= kUnicode;
  data->pattern = pattern;
  if (bytes) data->bytes_source = source.AsObject();
  TempRoots roots(ts);
  Dict* gi = NewDict(ts);
  if (gi == nullptr) return Value::Error();
  roots.Add(DictValue(gi));
  for (const auto& gn : data->prog.group_names) {
    std::string name;
    for (char32_t c : gn.first) AppendUtf8(&name, c);
    Str* key = NewStr(ts, name);
    if (key == nullptr || !DictSetStr(ts, gi, key, Value::Int(gn.second))) {
      return Value::Error();
    }
  }
  data->groupindex = gi;
  auto* obj =
      rt.heap.New<NativeData>(ts, ObjKind::kNativeData, rt.classes.re_pattern);
  if (obj == nullptr) return RaiseMemoryError(ts);
  obj->data = data.release();
  obj->ops = &kPatternOps;
  obj->attrs = nullptr;
  return Value::Obj(obj);
}

Value CacheOf(ThreadState& ts, Value module) {
  if (!IsKind(module, ObjKind::kModule)) return Value::Empty();
  Str* name = InternStr(ts, "_cache");
  if (name == nullptr) return Value::Error();
  Value c = ModuleGet(module.AsObject(), name);
  return IsKind(c, ObjKind::kDict) ? c : Value::Empty();
}

// re.compile's logic: a Pattern passes through (flags must be 0), a str is
// compiled through the module's cache.
Value CompileCached(ThreadState& ts, Value module, Value pattern,
                    Value flags_v) {
  int64_t flags = 0;
  if (!flags_v.IsEmpty() && !builtins::ToIndex(ts, flags_v, &flags)) {
    return Value::Error();
  }
  if (AsPattern(pattern) != nullptr) {
    if (flags != 0) {
      return RaiseValueError(ts,
                             "cannot process flags argument with a compiled "
                             "pattern");
    }
    return pattern;
  }
  if (!IsStr(pattern) && !IsBytesLike(pattern)) {
    return RaiseTypeError(ts,
                          "first argument must be string or compiled "
                          "pattern");
  }
  // A bytearray is unhashable: compiled every time.
  Value cache = IsByteArray(pattern) ? Value::Empty() : CacheOf(ts, module);
  if (cache.IsError()) return cache;
  TempRoots roots(ts);
  Value key = Value::Empty();
  if (!cache.IsEmpty()) {
    Value items[2] = {pattern, Value::Int(flags)};
    Tuple* t = NewTupleFrom(ts, items, 2);
    if (t == nullptr) return Value::Error();
    key = Value::Obj(t);
    roots.Add(key);
    Value hit = DictGet(ts, AsDict(cache), key);
    if (hit.IsError()) return hit;
    if (!hit.IsEmpty()) return hit;
  }
  Value p = NewPattern(ts, pattern, flags);
  if (p.IsError()) return p;
  if (!cache.IsEmpty()) {
    roots.Add(p);
    if (DictSize(AsDict(cache)) >= kMaxCache) DictClear(ts, AsDict(cache));
    if (!DictSet(ts, AsDict(cache), key, p)) return Value::Error();
  }
  return p;
}

// Clamps pos/endpos like CPython's state_init.
void Bounds(int64_t length, int64_t* pos, int64_t* endpos) {
  if (*pos < 0) *pos = 0;
  if (*pos > length) *pos = length;
  if (*endpos < 0) *endpos = 0;
  if (*endpos > length) *endpos = length;
}

PatternData* SelfPattern(ThreadState& ts, Value self, const char* method) {
  PatternData* p = AsPattern(self);
  if (p == nullptr) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "descriptor '%s' for 're.Pattern' objects doesn't apply to "
                "this object",
                method);
  }
  return p;
}

enum class MatchMode { kMatch, kSearch, kFull };

Value DoMatch(ThreadState& ts, Value self, Value string, Value pos_v,
              Value endpos_v, MatchMode mode, const char* name) {
  PatternData* p = SelfPattern(ts, self, name);
  if (p == nullptr) return Value::Error();
  if (!CheckSubject(ts, *p, string)) return Value::Error();
  int64_t pos = 0, endpos = kMaxSize;
  if ((!pos_v.IsEmpty() && !builtins::ToIndex(ts, pos_v, &pos)) ||
      (!endpos_v.IsEmpty() && !builtins::ToIndex(ts, endpos_v, &endpos))) {
    return Value::Error();
  }
  Subject subject(string);
  Bounds(subject.length(), &pos, &endpos);
  MatchResult r;
  int found = subject.Run(ts, p->prog, endpos, pos, mode == MatchMode::kSearch,
                          mode == MatchMode::kFull, false, &r);
  if (found < 0) return Value::Error();
  if (found == 0) return Value::None();
  return NewMatch(ts, self, string, pos, endpos, r);
}

// Pattern.match / search / fullmatch (self, string, pos=0, endpos=maxsize).
template <MatchMode kMode>
Value PatternMatchFn(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  static constexpr const char* kName = kMode == MatchMode::kMatch ? "match"
                                       : kMode == MatchMode::kSearch
                                           ? "search"
                                           : "fullmatch";
  Value a[4];
  if (!BindArgs(ts, kName, args, nargs, kw, {"self", "string", "pos", "endpos"},
                2, 4, 1, a)) {
    return Value::Error();
  }
  return DoMatch(ts, a[0], a[1], a[2], a[3], kMode, kName);
}

// Calls fn(match start, end, slots) for each successive match, with
// CPython's rules for empty matches; stops after `limit` (0: no limit).
template <typename F>
bool EachMatch(ThreadState& ts, const PatternData& p, const Subject& subject,
               int64_t pos, int64_t endpos, int64_t limit, F fn) {
  NativePoll poll(ts);
  bool must_advance = false;
  int64_t n = 0;
  MatchResult r;
  while (pos <= endpos && (limit == 0 || n < limit)) {
    if (!poll.Tick()) return false;
    int found =
        subject.Run(ts, p.prog, endpos, pos, true, false, must_advance, &r);
    if (found < 0) return false;
    if (found == 0) break;
    if (!fn(r)) return false;
    ++n;
    must_advance = r.slots[1] == r.slots[0];
    pos = r.slots[1];
  }
  return true;
}

Value Findall(ThreadState& ts, Value self, Value string, Value pos_v,
              Value endpos_v) {
  PatternData* p = SelfPattern(ts, self, "findall");
  if (p == nullptr) return Value::Error();
  if (!CheckSubject(ts, *p, string)) return Value::Error();
  int64_t pos = 0, endpos = kMaxSize;
  if ((!pos_v.IsEmpty() && !builtins::ToIndex(ts, pos_v, &pos)) ||
      (!endpos_v.IsEmpty() && !builtins::ToIndex(ts, endpos_v, &endpos))) {
    return Value::Error();
  }
  Subject subject(string);
  Bounds(subject.length(), &pos, &endpos);
  TempRoots roots(ts);
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  roots.Add(Value::Obj(out));
  const int groups = p->prog.groups;
  auto group_str = [&](const MatchResult& r, int g) -> Value {
    int64_t b = r.slots[2 * g], e = r.slots[2 * g + 1];
    if (b < 0 || e < 0) b = e = 0;
    return subject.Slice(ts, b, e);
  };
  bool ok =
      EachMatch(ts, *p, subject, pos, endpos, 0, [&](const MatchResult& r) {
        Value item;
        if (groups <= 1) {
          item = group_str(r, groups);
          if (item.IsError()) return false;
        } else {
          Tuple* t = NewTuple(ts, groups);
          if (t == nullptr) return false;
          for (int i = 0; i < groups; ++i) t->items[i] = Value::None();
          TempRoots tr(ts);
          tr.Add(Value::Obj(t));
          for (int i = 0; i < groups; ++i) {
            Value v = group_str(r, i + 1);
            if (v.IsError()) return false;
            t->items[i] = v;
          }
          item = Value::Obj(t);
        }
        return ListAppend(ts, out, item);
      });
  return ok ? Value::Obj(out) : Value::Error();
}

Value PatternFindall(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "findall", args, nargs, kw,
                {"self", "string", "pos", "endpos"}, 2, 4, 1, a)) {
    return Value::Error();
  }
  return Findall(ts, a[0], a[1], a[2], a[3]);
}

Value Finditer(ThreadState& ts, Value self, Value string, Value pos_v,
               Value endpos_v) {
  PatternData* p = SelfPattern(ts, self, "finditer");
  if (p == nullptr) return Value::Error();
  if (!CheckSubject(ts, *p, string)) return Value::Error();
  int64_t pos = 0, endpos = kMaxSize;
  if ((!pos_v.IsEmpty() && !builtins::ToIndex(ts, pos_v, &pos)) ||
      (!endpos_v.IsEmpty() && !builtins::ToIndex(ts, endpos_v, &endpos))) {
    return Value::Error();
  }
  Subject subject(string);
  Bounds(subject.length(), &pos, &endpos);
  TempRoots roots(ts);
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  roots.Add(Value::Obj(out));
  const int64_t first_pos = pos;
  bool ok =
      EachMatch(ts, *p, subject, pos, endpos, 0, [&](const MatchResult& r) {
        Value m = NewMatch(ts, self, string, first_pos, endpos, r);
        return !m.IsError() && ListAppend(ts, out, m);
      });
  if (!ok) return Value::Error();
  return GetIter(ts, Value::Obj(out));
}

Value PatternFinditer(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "finditer", args, nargs, kw,
                {"self", "string", "pos", "endpos"}, 2, 4, 1, a)) {
    return Value::Error();
  }
  return Finditer(ts, a[0], a[1], a[2], a[3]);
}

Value Split(ThreadState& ts, Value self, Value string, Value maxsplit_v) {
  PatternData* p = SelfPattern(ts, self, "split");
  if (p == nullptr) return Value::Error();
  if (!CheckSubject(ts, *p, string)) return Value::Error();
  int64_t maxsplit = 0;
  if (!maxsplit_v.IsEmpty() && !builtins::ToIndex(ts, maxsplit_v, &maxsplit)) {
    return Value::Error();
  }
  Subject subject(string);
  TempRoots roots(ts);
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  roots.Add(Value::Obj(out));
  if (maxsplit < 0) maxsplit = -1;
  int64_t last = 0;
  bool ok = true;
  if (maxsplit >= 0) {
    ok = EachMatch(ts, *p, subject, 0, subject.length(), maxsplit,
                   [&](const MatchResult& r) {
                     Value piece = subject.Slice(ts, last, r.slots[0]);
                     if (piece.IsError() || !ListAppend(ts, out, piece))
                       return false;
                     for (int g = 1; g <= p->prog.groups; ++g) {
                       int64_t b = r.slots[2 * g], e = r.slots[2 * g + 1];
                       Value v = (b < 0 || e < 0) ? Value::None()
                                                  : subject.Slice(ts, b, e);
                       if (v.IsError() || !ListAppend(ts, out, v)) return false;
                     }
                     last = r.slots[1];
                     return true;
                   });
  }
  if (!ok) return Value::Error();
  Value tail = subject.Slice(ts, last, subject.length());
  if (tail.IsError() || !ListAppend(ts, out, tail)) return Value::Error();
  return Value::Obj(out);
}

Value PatternSplit(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "split", args, nargs, kw, {"self", "string", "maxsplit"}, 2,
                3, 1, a)) {
    return Value::Error();
  }
  return Split(ts, a[0], a[1], a[2]);
}

// sub/subn: returns the new string, or with `with_count` the tuple
// (new string, number of substitutions).
Value Sub(ThreadState& ts, Value self, Value repl, Value string, Value count_v,
          bool with_count) {
  PatternData* p = SelfPattern(ts, self, with_count ? "subn" : "sub");
  if (p == nullptr) return Value::Error();
  if (!CheckSubject(ts, *p, string)) return Value::Error();
  int64_t count = 0;
  if (!count_v.IsEmpty() && !builtins::ToIndex(ts, count_v, &count)) {
    return Value::Error();
  }
  const bool bytes = p->is_bytes();
  // A str template for a bytes pattern parses, and fails where CPython's
  // join does: at the first substitution.
  const bool str_for_bytes = bytes && IsStr(repl);
  const bool callable =
      bytes ? !IsBytesLike(repl) && !str_for_bytes : !IsStr(repl);
  TempRoots repl_roots(ts);
  if (!callable && bytes && !str_for_bytes) {
    repl = Latin1Str(ts, BytesLikeView(repl));
    if (repl.IsError()) return repl;
    repl_roots.Add(repl);
  }
  Template tmpl;
  if (!callable) {
    Str* rs = AsStr(repl);
    if (std::string_view(rs->data, rs->byte_len).find('\\') ==
        std::string_view::npos) {
      tmpl.literals.assign(1, std::string(rs->view()));
      tmpl.literal_only = true;
    } else if (!ParseTemplate(ts, *p, rs, &tmpl)) {
      return Value::Error();
    }
  }
  Subject subject(string);
  std::string out;
  int64_t last = 0, n = 0;
  int64_t pieces = 0;  // CPython joins a list of pieces; its error names one
  TempRoots roots(ts);
  bool ok = true;
  if (count >= 0) {
    ok = EachMatch(
        ts, *p, subject, 0, subject.length(), count, [&](const MatchResult& r) {
          if (last < r.slots[0]) {
            subject.Append(last, r.slots[0], &out);
            ++pieces;
          }
          if (str_for_bytes) {
            RaiseFormat(ts, Rt(ts).exc.type_error,
                        "sequence item %d: expected a bytes-like object, str "
                        "found",
                        pieces);
            return false;
          }
          if (callable) {
            Value m = NewMatch(ts, self, string, 0, subject.length(), r);
            if (m.IsError()) return false;
            TempRoots mr(ts);
            mr.Add(m);
            Value v = CallValue(ts, repl, &m, 1);
            if (v.IsError()) return false;
            if (!v.IsNone()) {
              if (bytes ? !IsBytesLike(v) : !IsStr(v)) {
                RaiseFormat(ts, Rt(ts).exc.type_error,
                            "sequence item %d: expected %s, %s found", pieces,
                            bytes ? "a bytes-like object" : "str instance",
                            std::string(TypeName(ts, v)));
                return false;
              }
              if (bytes) {
                for (char c : BytesLikeView(v)) {
                  AppendUtf8(&out, static_cast<uint8_t>(c));
                }
              } else {
                out += AsStr(v)->view();
              }
              ++pieces;
            }
          } else if (tmpl.literal_only) {
            out += tmpl.literals[0];
          } else if (!ExpandTemplate(ts, tmpl, subject, r.slots, &out)) {
            return false;
          }
          if (!callable) ++pieces;
          if (!CheckResultSize(ts, out.size())) return false;
          last = r.slots[1];
          ++n;
          return true;
        });
  }
  if (!ok) return Value::Error();
  if (last < subject.length()) subject.Append(last, subject.length(), &out);
  Value s = bytes ? Latin1Bytes(ts, out) : StrValue(ts, out);
  if (s.IsError() || !with_count) return s;
  roots.Add(s);
  Value items[2] = {s, Value::Int(n)};
  Tuple* t = NewTupleFrom(ts, items, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value PatternSub(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "sub", args, nargs, kw, {"self", "repl", "string", "count"},
                3, 4, 1, a)) {
    return Value::Error();
  }
  return Sub(ts, a[0], a[1], a[2], a[3], false);
}

Value PatternSubn(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "subn", args, nargs, kw,
                {"self", "repl", "string", "count"}, 3, 4, 1, a)) {
    return Value::Error();
  }
  return Sub(ts, a[0], a[1], a[2], a[3], true);
}

Value PatternRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  PatternData* p = nargs >= 1 ? SelfPattern(ts, args[0], "__repr__") : nullptr;
  if (p == nullptr) return Value::Error();
  std::string r;
  Value source =
      p->is_bytes() ? Value::Obj(p->bytes_source) : Value::Obj(p->pattern);
  if (!AppendRepr(ts, source, &r)) return Value::Error();
  // %.200R: the repr cut to 200 characters.
  Str* rs = NewStr(ts, r);
  if (rs == nullptr) return Value::Error();
  if (rs->char_len > 200) {
    Value cut = StrSlice(ts, rs, 0, 200, 1);
    if (cut.IsError()) return cut;
    r = std::string(AsStr(cut)->view());
  }
  uint32_t flags = p->prog.flags;
  if (p->implicit_ascii) flags &= ~kAscii;
  if ((flags & (kLocale | kUnicode | kAscii)) == kUnicode) flags &= ~kUnicode;
  std::string out = absl::StrCat("re.compile(", r);
  if (flags != 0) {
    static constexpr struct {
      uint32_t bit;
      const char* name;
    } kNames[] = {{kTemplate, "re.TEMPLATE"}, {kIgnoreCase, "re.IGNORECASE"},
                  {kLocale, "re.LOCALE"},     {kMultiline, "re.MULTILINE"},
                  {kDotAll, "re.DOTALL"},     {kUnicode, "re.UNICODE"},
                  {kVerbose, "re.VERBOSE"},   {kDebug, "re.DEBUG"},
                  {kAscii, "re.ASCII"}};
    out += ", ";
    bool first = true;
    for (const auto& n : kNames) {
      if (flags & n.bit) {
        if (!first) out += "|";
        out += n.name;
        first = false;
        flags &= ~n.bit;
      }
    }
    if (flags != 0) {
      if (!first) out += "|";
      absl::StrAppend(&out, "0x", absl::Hex(flags));
    }
  }
  out += ")";
  return StrValue(ts, out);
}

Value PatternGetPattern(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  PatternData* p = n >= 1 ? SelfPattern(ts, a[0], "pattern") : nullptr;
  if (p == nullptr) return Value::Error();
  return p->is_bytes() ? Value::Obj(p->bytes_source) : Value::Obj(p->pattern);
}
Value PatternGetFlags(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  PatternData* p = n >= 1 ? SelfPattern(ts, a[0], "flags") : nullptr;
  if (p == nullptr) return Value::Error();
  return Value::Int(p->implicit_ascii ? p->prog.flags & ~kAscii
                                      : p->prog.flags);
}
Value PatternGetGroups(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  PatternData* p = n >= 1 ? SelfPattern(ts, a[0], "groups") : nullptr;
  return p != nullptr ? Value::Int(p->prog.groups) : Value::Error();
}
Value PatternGetGroupIndex(ThreadState& ts, const Value* a, uint32_t n,
                           Tuple*) {
  PatternData* p = n >= 1 ? SelfPattern(ts, a[0], "groupindex") : nullptr;
  if (p == nullptr) return Value::Error();
  Dict* copy = DictCopy(ts, p->groupindex);
  return copy != nullptr ? DictValue(copy) : Value::Error();
}

// --- Module functions (bound to the module, so args[0] is the module) ---

Value ReCompile(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "compile", args, nargs, kw, {"module", "pattern", "flags"},
                2, 3, 1, a)) {
    return Value::Error();
  }
  return CompileCached(ts, a[0], a[1], a[2]);
}

template <MatchMode kMode>
Value ReMatchFn(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  static constexpr const char* kName = kMode == MatchMode::kMatch ? "match"
                                       : kMode == MatchMode::kSearch
                                           ? "search"
                                           : "fullmatch";
  Value a[4];
  if (!BindArgs(ts, kName, args, nargs, kw,
                {"module", "pattern", "string", "flags"}, 3, 4, 1, a)) {
    return Value::Error();
  }
  Value p = CompileCached(ts, a[0], a[1], a[3]);
  if (p.IsError()) return p;
  TempRoots roots(ts);
  roots.Add(p);
  return DoMatch(ts, p, a[2], Value::Empty(), Value::Empty(), kMode, kName);
}

Value ReFindall(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "findall", args, nargs, kw,
                {"module", "pattern", "string", "flags"}, 3, 4, 1, a)) {
    return Value::Error();
  }
  Value p = CompileCached(ts, a[0], a[1], a[3]);
  if (p.IsError()) return p;
  TempRoots roots(ts);
  roots.Add(p);
  return Findall(ts, p, a[2], Value::Empty(), Value::Empty());
}

Value ReFinditer(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "finditer", args, nargs, kw,
                {"module", "pattern", "string", "flags"}, 3, 4, 1, a)) {
    return Value::Error();
  }
  Value p = CompileCached(ts, a[0], a[1], a[3]);
  if (p.IsError()) return p;
  TempRoots roots(ts);
  roots.Add(p);
  return Finditer(ts, p, a[2], Value::Empty(), Value::Empty());
}

Value ReSplit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[5];
  if (!BindArgs(ts, "split", args, nargs, kw,
                {"module", "pattern", "string", "maxsplit", "flags"}, 3, 5, 1,
                a)) {
    return Value::Error();
  }
  Value p = CompileCached(ts, a[0], a[1], a[4]);
  if (p.IsError()) return p;
  TempRoots roots(ts);
  roots.Add(p);
  return Split(ts, p, a[2], a[3]);
}

template <bool kWithCount>
Value ReSubFn(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[6];
  if (!BindArgs(ts, kWithCount ? "subn" : "sub", args, nargs, kw,
                {"module", "pattern", "repl", "string", "count", "flags"}, 4, 6,
                1, a)) {
    return Value::Error();
  }
  Value p = CompileCached(ts, a[0], a[1], a[5]);
  if (p.IsError()) return p;
  TempRoots roots(ts);
  roots.Add(p);
  return Sub(ts, p, a[2], a[3], a[4], kWithCount);
}

Value ReEscape(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "escape", args, nargs, kw, {"module", "pattern"}, 2, 2, 1,
                a)) {
    return Value::Error();
  }
  const bool bytes = IsBytesLike(a[1]);
  if (!IsStr(a[1]) && !bytes) return ExpectedString(ts, a[1]);
  std::string_view in = bytes ? BytesLikeView(a[1]) : AsStr(a[1])->view();
  std::string out;
  out.reserve(in.size() * 2);
  static constexpr std::string_view kSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  for (char c : in) {
    if (kSpecial.find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return bytes ? BytesValue(ts, out) : StrValue(ts, out);
}

Value RePurge(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!builtins::NoKwargs(ts, "purge", kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "purge() takes 0 positional arguments but %d were given",
                       nargs - 1);
  }
  Value cache = CacheOf(ts, args[0]);
  if (cache.IsError()) return cache;
  if (!cache.IsEmpty()) DictClear(ts, AsDict(cache));
  return Value::None();
}

ClassObject* MakePatternClass(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls = NewClass(ts, "Pattern", rt.classes.object, "re",
                              ObjKind::kNativeData, kClassBuiltin);
  if (cls == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(cls));
  static constexpr MethodDef kMethods[] = {
      {"match", PatternMatchFn<MatchMode::kMatch>},
      {"search", PatternMatchFn<MatchMode::kSearch>},
      {"fullmatch", PatternMatchFn<MatchMode::kFull>},
      {"findall", PatternFindall},
      {"finditer", PatternFinditer},
      {"split", PatternSplit},
      {"sub", PatternSub},
      {"subn", PatternSubn},
      {"__repr__", PatternRepr},
  };
  if (!builtins::AddMethods(ts, cls, "re.Pattern", kMethods) ||
      !builtins::AddClassGetItem(ts, cls, "re.Pattern.__class_getitem__")) {
    return nullptr;
  }
  struct Prop {
    const char* name;
    NativeFn fn;
  } props[] = {{"pattern", PatternGetPattern},
               {"flags", PatternGetFlags},
               {"groups", PatternGetGroups},
               {"groupindex", PatternGetGroupIndex}};
  for (const Prop& p : props) {
    if (!builtins::AddNativeProperty(ts, cls, "re.Pattern", p.name, p.fn)) {
      return nullptr;
    }
  }
  return cls;
}

Module* InitReModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "re"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  ClassObject* pattern = MakePatternClass(ts);
  if (pattern == nullptr) return nullptr;
  roots.Add(Value::Obj(pattern));
  ClassObject* match = MakeMatchClass(ts);
  if (match == nullptr) return nullptr;
  roots.Add(Value::Obj(match));
  ClassObject* error =
      NewClass(ts, "error", rt.exc.exception, "re", ObjKind::kException,
               kClassException | kClassBaseOk);
  if (error == nullptr) return nullptr;
  roots.Add(Value::Obj(error));
  rt.classes.re_pattern = pattern;
  rt.classes.re_match = match;
  rt.classes.re_error = error;
  Dict* cache = NewDict(ts);
  if (cache == nullptr) return nullptr;
  if (!AddValue(ts, m, "_cache", DictValue(cache)) ||
      !AddValue(ts, m, "Pattern", Value::Obj(pattern)) ||
      !AddValue(ts, m, "Match", Value::Obj(match)) ||
      !AddValue(ts, m, "error", Value::Obj(error))) {
    return nullptr;
  }
  static constexpr MethodDef kFunctions[] = {
      {"compile", ReCompile},
      {"match", ReMatchFn<MatchMode::kMatch>},
      {"search", ReMatchFn<MatchMode::kSearch>},
      {"fullmatch", ReMatchFn<MatchMode::kFull>},
      {"findall", ReFindall},
      {"finditer", ReFinditer},
      {"split", ReSplit},
      {"sub", ReSubFn<false>},
      {"subn", ReSubFn<true>},
      {"escape", ReEscape},
      {"purge", RePurge},
  };
  for (const MethodDef& def : kFunctions) {
    NativeFunction* nf = NewNative(ts, absl::StrCat("re.", def.name), def.fn);
    if (nf == nullptr) return nullptr;
    nf->bound_self = Value::Obj(m);
    if (!AddValue(ts, m, def.name, Value::Obj(nf))) return nullptr;
  }
  static constexpr struct {
    const char* name;
    int64_t value;
  } kFlags[] = {{"NOFLAG", 0},
                {"T", kTemplate},
                {"TEMPLATE", kTemplate},
                {"I", kIgnoreCase},
                {"IGNORECASE", kIgnoreCase},
                {"L", kLocale},
                {"LOCALE", kLocale},
                {"M", kMultiline},
                {"MULTILINE", kMultiline},
                {"S", kDotAll},
                {"DOTALL", kDotAll},
                {"U", kUnicode},
                {"UNICODE", kUnicode},
                {"X", kVerbose},
                {"VERBOSE", kVerbose},
                {"DEBUG", kDebug},
                {"A", kAscii},
                {"ASCII", kAscii}};
  for (const auto& f : kFlags) {
    if (!AddValue(ts, m, f.name, Value::Int(f.value))) return nullptr;
  }
  return m;
}

}  // namespace

PatternData* AsPattern(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kPatternOps ? static_cast<PatternData*>(nd->data)
                                 : nullptr;
}

INTERP_REGISTER_BUILTIN_MODULE("re", InitReModule);

}  // namespace re
}  // namespace interp
