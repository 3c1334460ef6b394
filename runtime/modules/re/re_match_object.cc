// re.Match objects, the subject helper, replacement templates ("\1",
// "\g<name>") and re.error construction.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
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

namespace interp {
namespace re {

using builtins::AsStr;
using builtins::IsStr;
using builtins::Rt;

// --- Subject --------------------------------------------------------------

Subject::Subject(Str* s) : ascii_(false), length_(0) { InitStr(s); }

Subject::Subject(Value string) : ascii_(false), length_(0) {
  if (IsStr(string)) {
    InitStr(AsStr(string));
  } else {
    InitBytes(BytesLikeView(string));
  }
}

void Subject::InitStr(Str* s) {
  s_ = s;
  ascii_ = s->is_ascii;
  length_ = s->char_len;
  if (!ascii_) {
    wide_.reserve(s->char_len);
    const char* p = s->data;
    const char* end = p + s->byte_len;
    while (p < end) {
      uint32_t len = 1;
      wide_.push_back(DecodeUtf8(p, &len));
      p += len;
    }
    length_ = static_cast<int64_t>(wide_.size());
  }
}

Subject::Subject(std::string_view bytes) : ascii_(false), length_(0) {
  InitBytes(bytes);
}

void Subject::InitBytes(std::string_view bytes) {
  bytes_ = true;
  ascii_ = false;
  length_ = static_cast<int64_t>(bytes.size());
  wide_.reserve(bytes.size());
  for (char c : bytes) wide_.push_back(static_cast<uint8_t>(c));
}

Subject::~Subject() {
  if (runner_ != nullptr) {
    std::unique_ptr<Runner>& slot = runner_prog_->spare[ascii_ ? 0 : 1];
    if (slot == nullptr) slot = std::move(runner_);
  }
}

int Subject::Run(ThreadState& ts, const Program& prog, int64_t endpos,
                 int64_t pos, bool search, bool full, bool must_advance,
                 MatchResult* r) const {
  if (runner_ == nullptr || runner_prog_ != &prog) {
    if (runner_ != nullptr) {
      std::unique_ptr<Runner>& old = runner_prog_->spare[ascii_ ? 0 : 1];
      if (old == nullptr) old = std::move(runner_);
    }
    const void* text = ascii_ ? static_cast<const void*>(s_->data)
                              : static_cast<const void*>(wide_.data());
    std::unique_ptr<Runner>& spare = prog.spare[ascii_ ? 0 : 1];
    if (spare != nullptr && spare->thread() == &ts) {
      runner_ = std::move(spare);
      runner_->Rebind(text);
    } else {
      runner_ = ascii_
                    ? NewRunner(ts, prog, static_cast<const uint8_t*>(text))
                    : NewRunner(ts, prog, static_cast<const uint32_t*>(text));
    }
    runner_prog_ = &prog;
  }
  return runner_->Run(endpos, pos, search, full, must_advance, r);
}

void Subject::Append(int64_t b, int64_t e, std::string* out) const {
  if (ascii_) {
    out->append(s_->data + b, static_cast<size_t>(e - b));
    return;
  }
  for (int64_t i = b; i < e; ++i) AppendUtf8(out, wide_[i]);
}

Value Subject::Slice(ThreadState& ts, int64_t b, int64_t e) const {
  if (bytes_) {
    Bytes* out = NewBytesUninit(ts, static_cast<size_t>(e - b));
    if (out == nullptr) return Value::Error();
    for (int64_t i = b; i < e; ++i) {
      out->data[i - b] = static_cast<char>(wide_[i]);
    }
    return Value::Obj(out);
  }
  if (ascii_) {
    Str* out = NewStrWithLength(ts, std::string_view(s_->data + b, e - b),
                                static_cast<uint32_t>(e - b), true);
    return out != nullptr ? Value::Obj(out) : Value::Error();
  }
  std::string utf8;
  bool ascii = true;
  for (int64_t i = b; i < e; ++i) {
    if (wide_[i] >= 0x80) ascii = false;
    AppendUtf8(&utf8, wide_[i]);
  }
  Str* out = NewStrWithLength(ts, utf8, static_cast<uint32_t>(e - b), ascii);
  return out != nullptr ? Value::Obj(out) : Value::Error();
}

Value Latin1Str(ThreadState& ts, std::string_view bytes) {
  std::string utf8;
  utf8.reserve(bytes.size());
  bool ascii = true;
  for (char c : bytes) {
    const auto u = static_cast<uint8_t>(c);
    ascii = ascii && u < 0x80;
    AppendUtf8(&utf8, u);
  }
  Str* s =
      NewStrWithLength(ts, utf8, static_cast<uint32_t>(bytes.size()), ascii);
  return s != nullptr ? Value::Obj(s) : Value::Error();
}

Value Latin1Bytes(ThreadState& ts, std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    uint32_t len = 1;
    out.push_back(static_cast<char>(DecodeUtf8(p, &len)));
    p += len;
  }
  return BytesValue(ts, out);
}

// --- re.error ------------------------------------------------------------

Value RaiseReError(ThreadState& ts, const std::string& msg, Str* pattern,
                   int64_t pos) {
  RuntimeState& rt = Rt(ts);
  std::string text = msg;
  Value lineno = Value::None(), colno = Value::None();
  if (pos >= 0 && pattern != nullptr) {
    text = absl::StrCat(msg, " at position ", pos);
    // Line and column in code points.
    int64_t line = 1, last_nl = -1, i = 0;
    bool multiline = false;
    const char* p = pattern->data;
    const char* end = p + pattern->byte_len;
    for (; p < end; ++i) {
      uint32_t len = 1;
      uint32_t c = DecodeUtf8(p, &len);
      p += len;
      if (c == '\n') {
        multiline = true;
        if (i < pos) {
          ++line;
          last_nl = i;
        }
      }
    }
    lineno = Value::Int(line);
    colno = Value::Int(pos - last_nl);
    if (multiline) {
      text =
          absl::StrCat(text, " (line ", line, ", column ", pos - last_nl, ")");
    }
  }
  TempRoots roots(ts);
  Value s = StrValue(ts, text);
  if (s.IsError()) return s;
  roots.Add(s);
  Value e = builtins::NewException(ts, rt.classes.re_error, &s, 1);
  if (e.IsError()) return e;
  roots.Add(e);
  Value m = StrValue(ts, msg);
  if (m.IsError()) return m;
  roots.Add(m);
  struct Attr {
    const char* name;
    Value v;
  } attrs[] = {
      {"msg", m},
      {"pattern", pattern != nullptr ? Value::Obj(pattern) : Value::None()},
      {"pos", pos >= 0 ? Value::Int(pos) : Value::None()},
      {"lineno", lineno},
      {"colno", colno}};
  for (const Attr& a : attrs) {
    Str* name = InternStr(ts, a.name);
    if (name == nullptr || SetAttr(ts, e, name, a.v).IsError()) {
      return Value::Error();
    }
  }
  return RaiseValue(ts, e);
}

// --- Match objects -------------------------------------------------------

namespace {

void TraceMatch(void* data, Tracer& t) {
  auto* m = static_cast<MatchData*>(data);
  t.Mark(m->string);
  t.Mark(m->pattern);
}
void FinalizeMatch(void* data) {
  std::unique_ptr<MatchData> owned(static_cast<MatchData*>(data));
}
const NativeDataOps kMatchOps = {"Match", TraceMatch, FinalizeMatch};

MatchData* SelfMatch(ThreadState& ts, const Value* args, uint32_t nargs,
                     const char* method) {
  MatchData* m = nargs >= 1 ? AsMatch(args[0]) : nullptr;
  if (m == nullptr) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "descriptor '%s' for 're.Match' objects doesn't apply to this "
                "object",
                method);
  }
  return m;
}

// The group number `g` names (int or group name), or -1 with IndexError.
int GroupIndex(ThreadState& ts, const MatchData& m, Value g) {
  PatternData* pat = AsPattern(m.pattern);
  int groups = pat->prog.groups;
  if (g.IsIntLike()) {
    int64_t i = g.AsInt();
    if (i >= 0 && i <= groups) return static_cast<int>(i);
  } else if (IsStr(g) && pat->groupindex != nullptr) {
    Value v = DictGet(ts, pat->groupindex, g);
    if (v.IsError()) return -1;
    if (v.IsIntLike()) return static_cast<int>(v.AsInt());
  }
  RaiseIndexError(ts, "no such group");
  return -1;
}

Value GroupValue(ThreadState& ts, const MatchData& m, int g, Value dflt) {
  int64_t b = m.slots[2 * g], e = m.slots[2 * g + 1];
  if (b < 0 || e < 0) return dflt;
  if (IsBytesLike(m.string)) {
    std::string_view v = BytesLikeView(m.string);
    return BytesValue(
        ts, v.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
  }
  return StrSlice(ts, AsStr(m.string), b, e, 1);
}

Value MatchGroup(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  MatchData* m = SelfMatch(ts, args, nargs, "group");
  if (m == nullptr || !builtins::NoKwargs(ts, "group", kw)) {
    return Value::Error();
  }
  if (nargs == 1) return GroupValue(ts, *m, 0, Value::None());
  if (nargs == 2) {
    int g = GroupIndex(ts, *m, args[1]);
    if (g < 0) return Value::Error();
    return GroupValue(ts, *m, g, Value::None());
  }
  TempRoots roots(ts);
  Tuple* t = NewTuple(ts, nargs - 1);
  if (t == nullptr) return Value::Error();
  roots.Add(Value::Obj(t));
  for (uint32_t i = 1; i < nargs; ++i) t->items[i - 1] = Value::None();
  for (uint32_t i = 1; i < nargs; ++i) {
    int g = GroupIndex(ts, *m, args[i]);
    if (g < 0) return Value::Error();
    Value v = GroupValue(ts, *m, g, Value::None());
    if (v.IsError()) return v;
    t->items[i - 1] = v;
  }
  return Value::Obj(t);
}

Value MatchGetItem(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  MatchData* m = SelfMatch(ts, args, nargs, "__getitem__");
  if (m == nullptr ||
      !builtins::MethodArgs(ts, "Match", "__getitem__", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  int g = GroupIndex(ts, *m, args[1]);
  if (g < 0) return Value::Error();
  return GroupValue(ts, *m, g, Value::None());
}

Value MatchGroups(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  Value a[2];
  if (!builtins::BindArgs(ts, "groups", args, nargs, kw, {"self", "default"}, 1,
                          2, 1, a)) {
    return Value::Error();
  }
  MatchData* m = SelfMatch(ts, a, 1, "groups");
  if (m == nullptr) return Value::Error();
  Value dflt = a[1].IsEmpty() ? Value::None() : a[1];
  int groups = AsPattern(m->pattern)->prog.groups;
  TempRoots roots(ts);
  Tuple* t = NewTuple(ts, groups);
  if (t == nullptr) return Value::Error();
  roots.Add(Value::Obj(t));
  for (int i = 0; i < groups; ++i) t->items[i] = Value::None();
  for (int i = 0; i < groups; ++i) {
    Value v = GroupValue(ts, *m, i + 1, dflt);
    if (v.IsError()) return v;
    t->items[i] = v;
  }
  return Value::Obj(t);
}

Value MatchGroupDict(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  Value a[2];
  if (!builtins::BindArgs(ts, "groupdict", args, nargs, kw, {"self", "default"},
                          1, 2, 1, a)) {
    return Value::Error();
  }
  MatchData* m = SelfMatch(ts, a, 1, "groupdict");
  if (m == nullptr) return Value::Error();
  Value dflt = a[1].IsEmpty() ? Value::None() : a[1];
  TempRoots roots(ts);
  Dict* d = NewDict(ts);
  if (d == nullptr) return Value::Error();
  roots.Add(DictValue(d));
  Dict* gi = AsPattern(m->pattern)->groupindex;
  uint32_t pos = 0;
  Value k, v;
  while (gi != nullptr && DictNext(gi, &pos, &k, &v)) {
    Value g = GroupValue(ts, *m, static_cast<int>(v.AsInt()), dflt);
    if (g.IsError() || !DictSet(ts, d, k, g)) return Value::Error();
  }
  return DictValue(d);
}

bool SpanArgs(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
              const char* name, MatchData** m, int* g) {
  *m = SelfMatch(ts, args, nargs, name);
  if (*m == nullptr ||
      !builtins::MethodArgs(ts, "Match", name, nargs - 1, kw, 0, 1)) {
    return false;
  }
  *g = nargs == 2 ? GroupIndex(ts, **m, args[1]) : 0;
  return *g >= 0;
}

Value MatchStart(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  MatchData* m;
  int g;
  if (!SpanArgs(ts, args, nargs, kw, "start", &m, &g)) return Value::Error();
  return Value::Int(
      m->slots[2 * g] < 0 || m->slots[2 * g + 1] < 0 ? -1 : m->slots[2 * g]);
}

Value MatchEnd(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  MatchData* m;
  int g;
  if (!SpanArgs(ts, args, nargs, kw, "end", &m, &g)) return Value::Error();
  return Value::Int(m->slots[2 * g] < 0 || m->slots[2 * g + 1] < 0
                        ? -1
                        : m->slots[2 * g + 1]);
}

Value SpanTuple(ThreadState& ts, const MatchData& m, int g) {
  bool unset = m.slots[2 * g] < 0 || m.slots[2 * g + 1] < 0;
  Value items[2] = {Value::Int(unset ? -1 : m.slots[2 * g]),
                    Value::Int(unset ? -1 : m.slots[2 * g + 1])};
  Tuple* t = NewTupleFrom(ts, items, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value MatchSpan(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  MatchData* m;
  int g;
  if (!SpanArgs(ts, args, nargs, kw, "span", &m, &g)) return Value::Error();
  return SpanTuple(ts, *m, g);
}

Value MatchExpand(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  MatchData* m = SelfMatch(ts, args, nargs, "expand");
  if (m == nullptr ||
      !builtins::MethodArgs(ts, "Match", "expand", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  const bool bytes = IsBytesLike(m->string);
  if (bytes ? !IsBytesLike(args[1]) : !IsStr(args[1])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error, "expected %s instance",
                       bytes ? "a bytes-like object" : "str");
  }
  Value repl = bytes ? Latin1Str(ts, BytesLikeView(args[1])) : args[1];
  if (repl.IsError()) return repl;
  TempRoots roots(ts);
  roots.Add(repl);
  Template t;
  if (!ParseTemplate(ts, *AsPattern(m->pattern), AsStr(repl), &t)) {
    return Value::Error();
  }
  std::string out;
  if (bytes) {
    Subject subject(BytesLikeView(m->string));
    if (!ExpandTemplate(ts, t, subject, m->slots, &out)) return Value::Error();
    return Latin1Bytes(ts, out);
  }
  Subject subject(AsStr(m->string));
  if (!ExpandTemplate(ts, t, subject, m->slots, &out)) return Value::Error();
  return StrValue(ts, out);
}

Value MatchRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  MatchData* m = SelfMatch(ts, args, nargs, "__repr__");
  if (m == nullptr) return Value::Error();
  TempRoots roots(ts);
  Value g0 = GroupValue(ts, *m, 0, Value::None());
  if (g0.IsError()) return g0;
  roots.Add(g0);
  std::string r;
  if (!AppendRepr(ts, g0, &r)) return Value::Error();
  // %.50R: the repr cut to 50 characters.
  Str* rs = NewStr(ts, r);
  if (rs == nullptr) return Value::Error();
  if (rs->char_len > 50) {
    Value cut = StrSlice(ts, rs, 0, 50, 1);
    if (cut.IsError()) return cut;
    r = std::string(AsStr(cut)->view());
  }
  return StrValue(ts, absl::StrFormat("<re.Match object; span=(%d, %d), "
                                      "match=%s>",
                                      m->slots[0], m->slots[1], r));
}

template <typename F>
Value Getter(ThreadState& ts, const Value* args, uint32_t nargs, F f) {
  MatchData* m = SelfMatch(ts, args, nargs, "attribute");
  if (m == nullptr) return Value::Error();
  return f(*m);
}

Value GetString(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return Getter(ts, a, n, [](MatchData& m) { return m.string; });
}
Value GetRe(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return Getter(ts, a, n, [](MatchData& m) { return m.pattern; });
}
Value GetPos(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return Getter(ts, a, n, [](MatchData& m) { return Value::Int(m.pos); });
}
Value GetEndpos(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return Getter(ts, a, n, [](MatchData& m) { return Value::Int(m.endpos); });
}
Value GetLastindex(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return Getter(ts, a, n, [](MatchData& m) {
    return m.lastindex >= 0 ? Value::Int(m.lastindex) : Value::None();
  });
}
Value GetLastgroup(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  MatchData* m = SelfMatch(ts, a, n, "lastgroup");
  if (m == nullptr) return Value::Error();
  if (m->lastindex < 0) return Value::None();
  Dict* gi = AsPattern(m->pattern)->groupindex;
  uint32_t pos = 0;
  Value k, v;
  while (gi != nullptr && DictNext(gi, &pos, &k, &v)) {
    if (v.AsInt() == m->lastindex) return k;
  }
  return Value::None();
}
Value GetRegs(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  MatchData* m = SelfMatch(ts, a, n, "regs");
  if (m == nullptr) return Value::Error();
  int groups = AsPattern(m->pattern)->prog.groups;
  TempRoots roots(ts);
  Tuple* t = NewTuple(ts, groups + 1);
  if (t == nullptr) return Value::Error();
  roots.Add(Value::Obj(t));
  for (int i = 0; i <= groups; ++i) t->items[i] = Value::None();
  for (int i = 0; i <= groups; ++i) {
    Value s = SpanTuple(ts, *m, i);
    if (s.IsError()) return s;
    t->items[i] = s;
  }
  return Value::Obj(t);
}

}  // namespace

MatchData* AsMatch(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kMatchOps ? static_cast<MatchData*>(nd->data) : nullptr;
}

Value NewMatch(ThreadState& ts, Value pattern, Value string, int64_t pos,
               int64_t endpos, const MatchResult& r) {
  RuntimeState& rt = Rt(ts);
  auto* obj =
      rt.heap.New<NativeData>(ts, ObjKind::kNativeData, rt.classes.re_match);
  if (obj == nullptr) return RaiseMemoryError(ts);
  auto data = std::make_unique<MatchData>();
  data->string = string;
  data->pattern = pattern;
  data->pos = pos;
  data->endpos = endpos;
  data->slots = r.slots;
  data->lastindex = r.lastindex;
  obj->data = data.release();
  obj->ops = &kMatchOps;
  obj->attrs = nullptr;
  return Value::Obj(obj);
}

ClassObject* MakeMatchClass(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  // Not flagged builtin: the item protocol then dispatches m[g] to the
  // class's __getitem__ as for a script class. (No constructor: calling
  // re.Match raises TypeError.)
  ClassObject* cls =
      NewClass(ts, "Match", rt.classes.object, "re", ObjKind::kNativeData, 0);
  if (cls == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(cls));
  static constexpr builtins::MethodDef kMethods[] = {
      {"group", MatchGroup},   {"__getitem__", MatchGetItem},
      {"groups", MatchGroups}, {"groupdict", MatchGroupDict},
      {"start", MatchStart},   {"end", MatchEnd},
      {"span", MatchSpan},     {"expand", MatchExpand},
      {"__repr__", MatchRepr},
  };
  if (!builtins::AddMethods(ts, cls, "re.Match", kMethods) ||
      !builtins::AddClassGetItem(ts, cls, "re.Match.__class_getitem__")) {
    return nullptr;
  }
  struct Prop {
    const char* name;
    NativeFn fn;
  } props[] = {{"string", GetString},
               {"re", GetRe},
               {"pos", GetPos},
               {"endpos", GetEndpos},
               {"lastindex", GetLastindex},
               {"lastgroup", GetLastgroup},
               {"regs", GetRegs}};
  for (const Prop& p : props) {
    if (!builtins::AddNativeProperty(ts, cls, "re.Match", p.name, p.fn)) {
      return nullptr;
    }
  }
  return cls;
}

// --- Templates -----------------------------------------------------------

bool ParseTemplate(ThreadState& ts, const PatternData& pat, Str* repl,
                   Template* out) {
  std::vector<uint32_t> t;
  {
    const char* p = repl->data;
    const char* end = p + repl->byte_len;
    while (p < end) {
      uint32_t len = 1;
      t.push_back(DecodeUtf8(p, &len));
      p += len;
    }
  }
  out->literals.assign(1, std::string());
  out->groups.clear();
  const int64_t n = static_cast<int64_t>(t.size());
  int64_t i = 0;
  auto error = [&](const std::string& msg, int64_t pos) {
    RaiseReError(ts, msg, repl, pos);
    return false;
  };
  auto add_group = [&](int64_t index, int64_t err_pos) {
    if (index > pat.prog.groups) {
      return error(absl::StrCat("invalid group reference ", index), err_pos);
    }
    out->groups.push_back(static_cast<int>(index));
    out->literals.emplace_back();
    return true;
  };
  auto is_dec = [](uint32_t c) { return c >= '0' && c <= '9'; };
  auto is_oct = [](uint32_t c) { return c >= '0' && c <= '7'; };
  while (i < n) {
    uint32_t c = t[i++];
    if (c != '\\') {
      AppendUtf8(&out->literals.back(), c);
      continue;
    }
    if (i >= n) return error("bad escape (end of pattern)", n - 1);
    uint32_t e = t[i++];
    if (e == 'g') {
      if (i >= n || t[i] != '<') return error("missing <", i);
      ++i;
      std::u32string name;
      int64_t name_start = i;
      while (i < n && t[i] != '>') name.push_back(t[i++]);
      if (i >= n) {
        if (name.empty()) return error("missing group name", i);
        return error("missing >, unterminated name", name_start);
      }
      ++i;  // '>'
      if (name.empty()) return error("missing group name", i - 1);
      std::string utf8;
      for (char32_t ch : name) AppendUtf8(&utf8, ch);
      bool digits = true;
      for (char32_t ch : name) digits = digits && is_dec(ch);
      bool ident = !digits;
      if (ident) {
        for (size_t k = 0; k < name.size(); ++k) {
          char32_t ch = name[k];
          bool ok = ch == '_' || (ch >= 'a' && ch <= 'z') ||
                    (ch >= 'A' && ch <= 'Z') || (k > 0 && is_dec(ch)) ||
                    ch >= 0x80;
          ident = ident && ok;
        }
      }
      int64_t index = -1;
      if (ident) {
        for (const auto& gn : pat.prog.group_names) {
          if (gn.first == name) index = gn.second;
        }
        if (index < 0) {
          std::string r;
          Value nv = StrValue(ts, utf8);
          if (nv.IsError() || !AppendRepr(ts, nv, &r)) return false;
          RaiseIndexError(ts, absl::StrCat("unknown group name ", r));
          return false;
        }
      } else if (digits) {
        index = 0;
        for (char32_t ch : name) {
          index = index * 10 + (ch - '0');
          if (index > 1000000000) index = 1000000000;
        }
      } else {
        std::string r;
        Value nv = StrValue(ts, utf8);
        if (nv.IsError() || !AppendRepr(ts, nv, &r)) return false;
        return error(absl::StrCat("bad character in group name ", r),
                     i - static_cast<int64_t>(name.size()) - 1);
      }
      if (!add_group(index, i - static_cast<int64_t>(name.size()) - 1)) {
        return false;
      }
    } else if (e == '0') {
      uint32_t v = 0;
      for (int k = 0; k < 2 && i < n && is_oct(t[i]); ++k) {
        v = v * 8 + (t[i++] - '0');
      }
      AppendUtf8(&out->literals.back(), v & 0xff);
    } else if (is_dec(e)) {
      int64_t start = i - 1;  // the first digit
      int64_t index = e - '0';
      if (i < n && is_dec(t[i])) {
        uint32_t d2 = t[i++];
        if (is_oct(e) && is_oct(d2) && i < n && is_oct(t[i])) {
          uint32_t v = (e - '0') * 64 + (d2 - '0') * 8 + (t[i++] - '0');
          if (v > 0377) {
            std::string raw = "\\";
            raw.push_back(char(e));
            raw.push_back(char(d2));
            raw.push_back(char(t[i - 1]));
            return error(absl::StrCat("octal escape value ", raw,
                                      " outside of range 0-0o377"),
                         start - 1);
          }
          AppendUtf8(&out->literals.back(), v);
          continue;
        }
        index = index * 10 + (d2 - '0');
      }
      if (!add_group(index, start)) return false;
    } else {
      char esc = 0;
      switch (e) {
        case 'a':
          esc = 7;
          break;
        case 'b':
          esc = 8;
          break;
        case 'f':
          esc = 12;
          break;
        case 'n':
          esc = 10;
          break;
        case 'r':
          esc = 13;
          break;
        case 't':
          esc = 9;
          break;
        case 'v':
          esc = 11;
          break;
        case '\\':
          esc = '\\';
          break;
        default:
          break;
      }
      if (esc != 0) {
        out->literals.back().push_back(esc);
      } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
        std::string raw = "\\";
        raw.push_back(char(e));
        return error(absl::StrCat("bad escape ", raw), i - 2);
      } else {
        out->literals.back().push_back('\\');
        AppendUtf8(&out->literals.back(), e);
      }
    }
  }
  out->literal_only = out->groups.empty();
  return true;
}

bool ExpandTemplate(ThreadState& ts, const Template& t, const Subject& subject,
                    const std::vector<int64_t>& slots, std::string* out) {
  for (size_t k = 0; k < t.literals.size(); ++k) {
    *out += t.literals[k];
    if (k < t.groups.size()) {
      int g = t.groups[k];
      int64_t b = slots[2 * g], e = slots[2 * g + 1];
      if (b >= 0 && e >= 0 && e > b) subject.Append(b, e, out);
    }
  }
  return true;
}

}  // namespace re
}  // namespace interp
