// Methods of str that search, split, join and trim (self = args[0]).
// Indices in arguments and results are code points; the text is UTF-8,
// and since UTF-8 is self-synchronising, byte-level substring search never
// matches in the middle of a character.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/builtins/str_util.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/unicode.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {

bool StrArg(ThreadState& ts, Value v, const char* what, Str** out) {
  if (IsStr(v)) {
    *out = AsStr(v);
    return true;
  }
  RaiseFormat(ts, Rt(ts).exc.type_error, "%s must be str, not %s", what,
              TypeName(ts, v));
  return false;
}

Value StrResult(ThreadState& ts, Str* self, std::string_view result) {
  if (result.size() == self->byte_len && result == self->view() &&
      self->cls == Rt(ts).classes.str) {
    return Value::Obj(self);
  }
  return StrValue(ts, result);
}

namespace {

inline bool AsciiSpace(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

// Whitespace test of the character at byte i; *len gets its length.
inline bool SpaceAt(std::string_view v, size_t i, uint32_t* len) {
  unsigned char c = static_cast<unsigned char>(v[i]);
  if (c < 0x80) {
    *len = 1;
    return AsciiSpace(c);
  }
  uint32_t cp = DecodeUtf8(v.data() + i, len);
  return unicode::IsSpace(cp);
}

// Start of the character that ends at byte `end` (exclusive).
inline size_t PrevCharStart(std::string_view v, size_t end) {
  size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(v[i]) & 0xC0) == 0x80) --i;
  return i;
}

// Optional start/end arguments (None/int, slice semantics) resolved to
// code points [*cs, *ce] and byte offsets [*bs, *be]. False with an
// exception pending. *past_end: start > len (searches find nothing).
bool SubRange(ThreadState& ts, Str* s, Value start, Value end, int64_t* cs,
              int64_t* ce, size_t* bs, size_t* be, bool* past_end) {
  int64_t len = s->char_len;
  if (start.IsEmpty() && end.IsEmpty()) {  // no bounds given: all of s
    *past_end = false;
    *cs = 0;
    *ce = len;
    *bs = 0;
    *be = s->byte_len;
    return true;
  }
  int64_t a = 0, b = len;
  // Slice-index conversion: ints, None, or objects with __index__.
  auto index = [&](Value v, int64_t* out) {
    if (v.IsEmpty() || v.IsNone()) return true;
    if (IsBoxedInt(v)) {  // an int subclass's instance
      v = IntPlain(ts, v);
      if (v.IsError()) return false;
    }
    if (IsBigInt(v)) {  // clamps like any index past either end
      *out = IntSign(v) < 0 ? -INT64_MAX : INT64_MAX;
      return true;
    }
    if (v.IsIntLike() || (v.IsObject() && !LookupSpecial(ClassOf(Rt(ts), v),
                                                         Rt(ts).names.__index__)
                                               .IsEmpty())) {
      return ToIndex(ts, v, out);
    }
    RaiseTypeError(ts,
                   "slice indices must be integers or None or have an "
                   "__index__ method");
    return false;
  };
  if (!index(start, &a) || !index(end, &b)) return false;
  if (a < 0) a = std::max<int64_t>(0, a + len);
  if (b < 0) b = std::max<int64_t>(0, b + len);
  b = std::min(b, len);
  *past_end = a > len;
  a = std::min(a, len);
  *cs = a;
  *ce = std::max(a, b);
  *bs = StrByteOffset(ts, s, *cs);
  *be = StrByteOffset(ts, s, *ce);
  return true;
}

// find/index/count/startswith/endswith parse their arguments the old way
// in CPython 3.11, whose arity messages differ from the argument clinic's.
bool OldStyleSearchArgs(ThreadState& ts, const char* name, uint32_t argc,
                        Tuple* kw) {
  if (NumKw(kw) != 0) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "str.%s() takes no keyword arguments", name);
    return false;
  }
  if (argc < 1) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "%s() takes at least 1 argument (%d given)", name, argc);
    return false;
  }
  if (argc > 3) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "%s() takes at most 3 arguments (%d given)", name, argc);
    return false;
  }
  return true;
}

struct Search {
  Str* sub;
  int64_t cs, ce;
  size_t bs, be;
  bool past_end;
};

bool ParseSearch(ThreadState& ts, const char* name, const Value* args,
                 uint32_t nargs, Tuple* kw, Search* s) {
  if (!OldStyleSearchArgs(ts, name, nargs - 1, kw)) {
    return false;
  }
  if (!IsStr(args[1])) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "must be str, not %s",
                TypeName(ts, args[1]));
    return false;
  }
  s->sub = AsStr(args[1]);
  Value start = nargs > 2 ? args[2] : Value::Empty();
  Value end = nargs > 3 ? args[3] : Value::Empty();
  return SubRange(ts, AsStr(args[0]), start, end, &s->cs, &s->ce, &s->bs,
                  &s->be, &s->past_end);
}

// Code-point index of the first (or last) match, or -1.
int64_t FindIn(ThreadState& ts, Str* self, const Search& s, bool reverse) {
  if (s.past_end) return -1;
  std::string_view hay = self->view().substr(s.bs, s.be - s.bs);
  size_t pos = reverse ? hay.rfind(s.sub->view()) : hay.find(s.sub->view());
  if (pos == std::string_view::npos) return -1;
  return CharIndex(ts, self, s.bs + pos);
}

Value StrFindImpl(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
                  const char* name, bool reverse, bool raise) {
  STR_SELF(name);
  Search s;
  if (!ParseSearch(ts, name, args, nargs, kw, &s)) return Value::Error();
  int64_t r = FindIn(ts, self, s, reverse);
  if (r < 0 && raise) return RaiseValueError(ts, "substring not found");
  return Value::Int(r);
}

Value StrFind(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrFindImpl(ts, a, n, kw, "find", false, false);
}
Value StrRfind(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrFindImpl(ts, a, n, kw, "rfind", true, false);
}
Value StrIndex(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrFindImpl(ts, a, n, kw, "index", false, true);
}
Value StrRindex(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrFindImpl(ts, a, n, kw, "rindex", true, true);
}

Value StrCount(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("count");
  Search s;
  if (!ParseSearch(ts, "count", args, nargs, kw, &s)) return Value::Error();
  if (s.past_end) return Value::Int(0);
  std::string_view sub = s.sub->view();
  if (sub.empty()) return Value::Int(s.ce - s.cs + 1);
  std::string_view hay = self->view().substr(s.bs, s.be - s.bs);
  int64_t n = 0;
  for (size_t pos = hay.find(sub); pos != std::string_view::npos;
       pos = hay.find(sub, pos + sub.size())) {
    ++n;
  }
  return Value::Int(n);
}

// startswith/endswith: a str or a tuple of str.
Value StrAffix(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
               const char* name, bool at_end) {
  STR_SELF(name);
  // s.startswith("x") (most calls): the whole string, one str affix.
  if (argc == 1 && NumKw(kw) == 0 && IsStr(args[1])) {
    std::string_view hay = self->view();
    std::string_view v = AsStr(args[1])->view();
    if (v.size() > hay.size()) return Value::Bool(false);
    return Value::Bool(at_end ? hay.substr(hay.size() - v.size()) == v
                              : hay.substr(0, v.size()) == v);
  }
  if (!OldStyleSearchArgs(ts, name, argc, kw)) {
    return Value::Error();
  }
  int64_t cs, ce;
  size_t bs, be;
  bool past_end;
  if (!SubRange(ts, self, argc > 1 ? args[2] : Value::Empty(),
                argc > 2 ? args[3] : Value::Empty(), &cs, &ce, &bs, &be,
                &past_end)) {
    return Value::Error();
  }
  std::string_view hay = self->view().substr(bs, be - bs);
  auto test = [&](Str* p) {
    if (past_end) return false;
    std::string_view v = p->view();
    if (v.size() > hay.size()) return false;
    return at_end ? hay.substr(hay.size() - v.size()) == v
                  : hay.substr(0, v.size()) == v;
  };
  Value what = args[1];
  if (IsStr(what)) return Value::Bool(test(AsStr(what)));
  if (IsKind(what, ObjKind::kTuple)) {
    Tuple* t = As<Tuple>(what);
    for (uint32_t i = 0; i < t->size; ++i) {
      if (!IsStr(t->items[i])) {
        return RaiseFormat(ts, Rt(ts).exc.type_error,
                           "tuple for %s must only contain str, not %s", name,
                           TypeName(ts, t->items[i]));
      }
      if (test(AsStr(t->items[i]))) return Value::Bool(true);
    }
    return Value::Bool(false);
  }
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "%s first arg must be str or a tuple of str, not %s", name,
                     TypeName(ts, what));
}

Value StrStartswith(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrAffix(ts, a, n, kw, "startswith", false);
}
Value StrEndswith(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrAffix(ts, a, n, kw, "endswith", true);
}

// --- split / join ------------------------------------------------------

bool SplitArgs(ThreadState& ts, const char* name, const Value* args,
               uint32_t nargs, Tuple* kw, Str** sep, int64_t* maxsplit) {
  // s.split() and s.split(",") (most calls): no binding, no name lookups.
  if (NumKw(kw) == 0 && nargs <= 2) {
    *maxsplit = -1;
    *sep = nullptr;
    if (nargs == 1 || args[1].IsNone()) return true;
    if (IsStr(args[1]) && AsStr(args[1])->byte_len != 0) {
      *sep = AsStr(args[1]);
      return true;
    }
  }
  Value a[2];
  if (!BindArgs(ts, name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, 2, 0,
                a)) {
    return false;
  }
  *sep = nullptr;
  *maxsplit = -1;
  if (!a[0].IsEmpty() && !a[0].IsNone()) {
    if (!IsStr(a[0])) {
      RaiseFormat(ts, Rt(ts).exc.type_error, "must be str or None, not %s",
                  TypeName(ts, a[0]));
      return false;
    }
    *sep = AsStr(a[0]);
    if ((*sep)->byte_len == 0) {
      RaiseValueError(ts, "empty separator");
      return false;
    }
  }
  if (!a[1].IsEmpty() && !ToIndex(ts, a[1], maxsplit)) return false;
  return true;
}

// One piece of self as a str: self itself when it is the whole text.
inline Value PieceValue(ThreadState& ts, Str* self, std::string_view piece) {
  if (self->is_ascii && piece.size() < self->byte_len) {
    // Pieces of ASCII text are ASCII: no rescan of their bytes.
    return AsciiStrValue(ts, piece);
  }
  return StrResult(ts, self, piece);
}

// split()'s pieces go straight into the result list: a vector of views
// first was a second buffer as long as the list, which for long texts is
// memory the C library hands back and refaults on every call. Used where
// the number of pieces is not known up front (the list grows as it fills).
class PieceList {
 public:
  // The list needs no root while it fills: that only allocates, and
  // allocation never collects (heap.h).
  PieceList(ThreadState& ts, Str* self)
      : ts_(ts), self_(self), list_(NewList(ts, 0)) {}
  bool ok() const { return list_ != nullptr; }

  bool Add(std::string_view piece) {
    Value v = PieceValue(ts_, self_, piece);
    return !v.IsError() && ListAppend(ts_, list_, v);
  }

  // The pieces in the order added (reversed: rsplit finds them from the
  // end).
  Value Result(bool reversed = false) {
    if (reversed) std::reverse(list_->items, list_->items + list_->size);
    return Value::Obj(list_);
  }

 private:
  ThreadState& ts_;
  Str* self_;
  List* list_;
};

// The first `s` in v at or after `start`, or npos.
inline size_t FindSep(std::string_view v, std::string_view s, size_t start) {
  if (s.size() == 1) {
    // One-byte separators (",", ":"): a plain memchr, without the generic
    // search's per-candidate compare call.
    const void* hit = std::memchr(v.data() + start, s[0], v.size() - start);
    return hit == nullptr
               ? std::string_view::npos
               : static_cast<size_t>(static_cast<const char*>(hit) - v.data());
  }
  return v.find(s, start);
}

// Occurrences of byte c in v. Counts run in byte-wide lanes over blocks
// of at most 255 bytes, which the compiler vectorises 16 bytes to a
// compare-and-add (std::count's 64-bit count took 2 bytes a step).
size_t CountByte(std::string_view v, char c) {
  size_t n = 0;
  for (size_t i = 0; i < v.size();) {
    const size_t block = std::min<size_t>(v.size() - i, 255);
    const char* p = v.data() + i;
    uint8_t k = 0;
    for (size_t j = 0; j < block; ++j) k += p[j] == c ? 1 : 0;
    n += k;
    i += block;
  }
  return n;
}

// How many separators split(s, maxsplit) and rsplit(s, maxsplit) cut v
// at: both find the greatest number of non-overlapping occurrences
// (taking the leftmost, or the rightmost, each time is optimal for matches
// of equal length), capped at maxsplit (< 0: none).
size_t CountSeps(std::string_view v, std::string_view s, int64_t maxsplit) {
  size_t n = 0;
  if (s.size() == 1) {
    n = CountByte(v, s[0]);
  } else {
    for (size_t pos = v.find(s); pos != std::string_view::npos;
         pos = v.find(s, pos + s.size())) {
      if (maxsplit >= 0 && n >= static_cast<uint64_t>(maxsplit)) break;
      ++n;
    }
  }
  if (maxsplit >= 0 && n > static_cast<uint64_t>(maxsplit)) {
    n = static_cast<size_t>(maxsplit);
  }
  return n;
}

// split(sep)/rsplit(sep): the list is allocated once at its final size
// and filled in place (from the end for rsplit). The first separators
// found are remembered, so a split into a few pieces (most of them) scans
// once; past that, the rest is counted first.
Value SplitAtSep(ThreadState& ts, Str* self, std::string_view s,
                 int64_t maxsplit, bool from_end) {
  std::string_view v = self->view();
  constexpr size_t kKnown = 32;
  size_t seps[kKnown];
  size_t known = 0;
  size_t count;
  // The part not yet scanned: [rest_begin, rest_end).
  size_t rest_begin = 0, rest_end = v.size();
  bool complete = false;
  while (!complete) {
    if (known == kKnown) break;
    if (maxsplit >= 0 && known >= static_cast<uint64_t>(maxsplit)) {
      complete = true;
      break;
    }
    size_t pos =
        from_end ? v.substr(0, rest_end).rfind(s) : FindSep(v, s, rest_begin);
    if (pos == std::string_view::npos || (from_end && rest_end < s.size())) {
      complete = true;
      break;
    }
    seps[known++] = pos;
    if (from_end) {
      rest_end = pos;
    } else {
      rest_begin = pos + s.size();
    }
  }
  count = known + 1;
  if (!complete) {
    const int64_t left =
        maxsplit < 0 ? -1 : maxsplit - static_cast<int64_t>(known);
    count += CountSeps(v.substr(rest_begin, rest_end - rest_begin), s, left);
  }
  if (count > UINT32_MAX) return RaiseMemoryError(ts);
  List* l = NewList(ts, static_cast<uint32_t>(count));
  if (l == nullptr) return Value::Error();
  // No roots needed: filling it only allocates, and allocation never
  // collects (heap.h).
  Value* items = l->items;
  auto put = [&](size_t i, size_t b, size_t e) {
    Value p = PieceValue(ts, self, v.substr(b, e - b));
    if (p.IsError()) return false;
    items[i] = p;
    return true;
  };
  if (!from_end) {
    size_t start = 0;
    for (size_t i = 0; i + 1 < count; ++i) {
      size_t pos = i < known ? seps[i] : FindSep(v, s, start);
      if (!put(i, start, pos)) return Value::Error();
      start = pos + s.size();
    }
    if (!put(count - 1, start, v.size())) return Value::Error();
  } else {
    size_t end = v.size();
    for (size_t k = 0; k + 1 < count; ++k) {
      size_t pos = k < known ? seps[k] : v.substr(0, end).rfind(s);
      if (!put(count - 1 - k, pos + s.size(), end)) return Value::Error();
      end = pos;
    }
    if (!put(0, 0, end)) return Value::Error();
  }
  return Value::Obj(l);
}

Value StrSplit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("split");
  Str* sep;
  int64_t maxsplit;
  if (!SplitArgs(ts, "split", args, nargs, kw, &sep, &maxsplit)) {
    return Value::Error();
  }
  if (sep != nullptr) return SplitAtSep(ts, self, sep->view(), maxsplit, false);
  std::string_view v = self->view();
  PieceList parts(ts, self);
  if (!parts.ok()) return Value::Error();
  size_t i = 0, n = v.size();
  uint32_t len;
  int64_t count = 0;
  while (true) {
    while (i < n && SpaceAt(v, i, &len)) i += len;
    if (i >= n) break;
    if (maxsplit >= 0 && count >= maxsplit) {
      // The rest as is (only the whitespace before it is dropped).
      if (!parts.Add(v.substr(i))) return Value::Error();
      break;
    }
    size_t start = i;
    while (i < n && !SpaceAt(v, i, &len)) i += len;
    if (!parts.Add(v.substr(start, i - start))) return Value::Error();
    ++count;
  }
  return parts.Result();
}

Value StrRsplit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("rsplit");
  Str* sep;
  int64_t maxsplit;
  if (!SplitArgs(ts, "rsplit", args, nargs, kw, &sep, &maxsplit)) {
    return Value::Error();
  }
  if (sep != nullptr) return SplitAtSep(ts, self, sep->view(), maxsplit, true);
  std::string_view v = self->view();
  PieceList parts(ts, self);
  if (!parts.ok()) return Value::Error();
  size_t e = v.size();
  uint32_t len;
  int64_t count = 0;
  while (true) {
    while (e > 0) {
      size_t p = PrevCharStart(v, e);
      if (!SpaceAt(v, p, &len)) break;
      e = p;
    }
    if (e == 0) break;
    if (maxsplit >= 0 && count >= maxsplit) {
      if (!parts.Add(v.substr(0, e))) return Value::Error();
      break;
    }
    size_t s = e;
    while (s > 0) {
      size_t p = PrevCharStart(v, s);
      if (SpaceAt(v, p, &len)) break;
      s = p;
    }
    if (!parts.Add(v.substr(s, e - s))) return Value::Error();
    ++count;
    e = s;
  }
  return parts.Result(/*reversed=*/true);
}

// Line boundaries of str.splitlines.
inline size_t LineBreakAt(std::string_view v, size_t i) {
  unsigned char c = static_cast<unsigned char>(v[i]);
  if (c == '\r') return i + 1 < v.size() && v[i + 1] == '\n' ? 2 : 1;
  if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) {
    return 1;
  }
  if (c >= 0x80) {
    uint32_t len;
    uint32_t cp = DecodeUtf8(v.data() + i, &len);
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return len;
  }
  return 0;
}

Value StrSplitlines(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  STR_SELF("splitlines");
  Value a[1];
  if (!BindArgs(ts, "splitlines", args + 1, argc, kw, {"keepends"}, 0, 1, 0,
                a)) {
    return Value::Error();
  }
  bool keep = false;
  if (!a[0].IsEmpty()) {
    int t = Truthy(ts, a[0]);
    if (t < 0) return Value::Error();
    keep = t != 0;
  }
  std::string_view v = self->view();
  PieceList parts(ts, self);
  if (!parts.ok()) return Value::Error();
  size_t start = 0;
  for (size_t i = 0; i < v.size();) {
    size_t br = LineBreakAt(v, i);
    if (br == 0) {
      i += Utf8Len(static_cast<unsigned char>(v[i]));
      continue;
    }
    if (!parts.Add(v.substr(start, (keep ? i + br : i) - start))) {
      return Value::Error();
    }
    i += br;
    start = i;
  }
  if (start < v.size() && !parts.Add(v.substr(start))) return Value::Error();
  return parts.Result();
}

Value StrJoin(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("join");
  if (!NoKwargs(ts, "str.join", kw) ||
      !CheckArgCount(ts, "str.join", argc, 1, 1)) {
    return Value::Error();
  }
  TempRoots roots(ts);
  const Value* items;
  uint32_t n;
  if (IsKind(args[1], ObjKind::kList)) {
    items = As<List>(args[1])->items;
    n = As<List>(args[1])->size;
  } else if (IsKind(args[1], ObjKind::kTuple)) {
    items = As<Tuple>(args[1])->items;
    n = As<Tuple>(args[1])->size;
  } else {
    List* l = IterableToList(ts, args[1]);
    if (l == nullptr) {
      if (PendingExceptionMatches(ts, Rt(ts).exc.type_error) &&
          !IsKind(args[1], ObjKind::kIterator)) {
        // CPython's wording for a non-iterable argument.
        TakePendingException(ts);
        return RaiseTypeError(ts, "can only join an iterable");
      }
      return Value::Error();
    }
    roots.Add(Value::Obj(l));
    items = l->items;
    n = l->size;
  }
  size_t total = 0;
  uint64_t chars = 0;
  bool ascii = self->is_ascii;
  for (uint32_t i = 0; i < n; ++i) {
    if (!IsStr(items[i])) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "sequence item %d: expected str instance, %s found", i,
                         TypeName(ts, items[i]));
    }
    const Str* item = AsStr(items[i]);
    total += item->byte_len;
    chars += item->char_len;
    ascii = ascii && item->is_ascii;
  }
  if (n == 1 && items[0].AsObject()->cls == Rt(ts).classes.str) {
    return items[0];
  }
  // The result's size and code-point count are known: it is written in
  // place, with no temporary buffer and no rescan.
  if (n > 0) {
    total += static_cast<size_t>(n - 1) * self->byte_len;
    chars += static_cast<uint64_t>(n - 1) * self->char_len;
  }
  if (!CheckResultSize(ts, total)) return Value::Error();
  Str* out = NewStrUninit(ts, total, static_cast<uint32_t>(chars), ascii);
  if (out == nullptr) return Value::Error();
  char* p = out->data;
  for (uint32_t i = 0; i < n; ++i) {
    if (i > 0 && self->byte_len > 0) {
      std::memcpy(p, self->data, self->byte_len);
      p += self->byte_len;
    }
    const Str* item = AsStr(items[i]);
    if (item->byte_len > 0) std::memcpy(p, item->data, item->byte_len);
    p += item->byte_len;
  }
  return Value::Obj(out);
}

// --- strip / replace / partition ---------------------------------------

enum StripWhere { kLeft = 1, kRight = 2, kBoth = 3 };

Value StrStripImpl(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw, const char* name, int where) {
  STR_SELF(name);
  if (!MethodArgs(ts, "str", name, argc, kw, 0, 1)) {
    return Value::Error();
  }
  std::string_view v = self->view();
  size_t b = 0, e = v.size();
  uint32_t len;
  if (argc == 0 || args[1].IsNone()) {
    if (where & kLeft) {
      while (b < e && SpaceAt(v, b, &len)) b += len;
    }
    if (where & kRight) {
      while (e > b) {
        size_t p = PrevCharStart(v, e);
        if (!SpaceAt(v, p, &len)) break;
        e = p;
      }
    }
  } else {
    if (!IsStr(args[1])) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "%s arg must be None or str", name);
    }
    std::string_view chars = AsStr(args[1])->view();
    auto in_chars = [&](size_t i, uint32_t* l) {
      *l = Utf8Len(static_cast<unsigned char>(v[i]));
      return chars.find(v.substr(i, *l)) != std::string_view::npos;
    };
    if (where & kLeft) {
      while (b < e && in_chars(b, &len)) b += len;
    }
    if (where & kRight) {
      while (e > b) {
        size_t p = PrevCharStart(v, e);
        if (!in_chars(p, &len)) break;
        e = p;
      }
    }
  }
  return StrResult(ts, self, v.substr(b, e - b));
}

Value StrStrip(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrStripImpl(ts, a, n, kw, "strip", kBoth);
}
Value StrLstrip(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrStripImpl(ts, a, n, kw, "lstrip", kLeft);
}
Value StrRstrip(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrStripImpl(ts, a, n, kw, "rstrip", kRight);
}

Value StrReplace(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  STR_SELF("replace");
  if (!NoKwargs(ts, "str.replace", kw) ||
      !CheckArgCount(ts, "str.replace", argc, 2, 3)) {
    return Value::Error();
  }
  Str *old_s, *new_s;
  if (!StrArg(ts, args[1], "replace() argument 1", &old_s) ||
      !StrArg(ts, args[2], "replace() argument 2", &new_s)) {
    return Value::Error();
  }
  int64_t count = -1;
  if (argc == 3 && !ToIndex(ts, args[3], &count)) return Value::Error();
  std::string_view v = self->view(), o = old_s->view(), nw = new_s->view();
  std::string out;
  int64_t done = 0;
  if (o.empty()) {
    // Insert `new` before every character and at the end.
    size_t i = 0;
    while (i <= v.size()) {
      if (count >= 0 && done >= count) {
        out.append(v.substr(i));
        break;
      }
      if (out.size() + nw.size() > kMaxNativeResultBytes) {
        return RaiseMemoryError(ts);
      }
      out.append(nw);
      ++done;
      if (i == v.size()) break;
      uint32_t len = Utf8Len(static_cast<unsigned char>(v[i]));
      out.append(v.substr(i, len));
      i += len;
    }
    return StrResult(ts, self, out);
  }
  // The result size first: a replacement that would not fit is a
  // MemoryError at once, not after gigabytes of copying.
  uint64_t matches = 0;
  for (size_t p = v.find(o);
       p != std::string_view::npos &&
       (count < 0 || matches < static_cast<uint64_t>(count));
       p = v.find(o, p + o.size())) {
    ++matches;
  }
  if (nw.size() > o.size() &&
      !CheckResultSize(ts, v.size() + matches * (nw.size() - o.size()))) {
    return Value::Error();
  }
  if (matches == 0) return StrResult(ts, self, v);
  if (self->is_ascii && new_s->is_ascii) {
    // ASCII text and replacement (most calls): the result's size and
    // length are known, so it is written straight into the new string,
    // without a growing std::string and a copy plus a rescan of it.
    const size_t total = v.size() - matches * o.size() + matches * nw.size();
    Str* out = NewStrUninit(ts, total, static_cast<uint32_t>(total), true);
    if (out == nullptr) return Value::Error();
    if (total == 0) return Value::Obj(out);  // the shared empty string
    char* w = out->data;
    size_t from = 0;
    for (uint64_t k = 0; k < matches; ++k) {
      const size_t pos = v.find(o, from);
      std::memcpy(w, v.data() + from, pos - from);
      w += pos - from;
      if (!nw.empty()) std::memcpy(w, nw.data(), nw.size());
      w += nw.size();
      from = pos + o.size();
    }
    std::memcpy(w, v.data() + from, v.size() - from);
    return Value::Obj(out);
  }
  size_t start = 0;
  while (count < 0 || done < count) {
    size_t pos = v.find(o, start);
    if (pos == std::string_view::npos) break;
    out.append(v.substr(start, pos - start));
    out.append(nw);
    start = pos + o.size();
    ++done;
  }
  if (done == 0) return StrResult(ts, self, v);
  out.append(v.substr(start));
  return StrValue(ts, out);
}

Value StrPartitionImpl(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw, const char* name, bool reverse) {
  STR_SELF(name);
  if (!MethodArgs(ts, "str", name, argc, kw, 1, 1)) {
    return Value::Error();
  }
  Str* sep;
  if (!StrArg(ts, args[1], "separator", &sep)) return Value::Error();
  if (sep->byte_len == 0) return RaiseValueError(ts, "empty separator");
  std::string_view v = self->view(), s = sep->view();
  size_t pos = reverse ? v.rfind(s) : v.find(s);
  Value parts[3];
  TempRoots roots(ts);
  if (pos == std::string_view::npos) {
    Value empty = StrValue(ts, "");
    if (empty.IsError()) return empty;
    parts[0] = reverse ? empty : args[0];
    parts[1] = empty;
    parts[2] = reverse ? args[0] : empty;
  } else {
    parts[0] = StrResult(ts, self, v.substr(0, pos));
    if (parts[0].IsError()) return parts[0];
    roots.Add(parts[0]);
    parts[1] = args[1];
    parts[2] = StrResult(ts, self, v.substr(pos + s.size()));
    if (parts[2].IsError()) return parts[2];
  }
  Tuple* t = NewTupleFrom(ts, parts, 3);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value StrPartition(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrPartitionImpl(ts, a, n, kw, "partition", false);
}
Value StrRpartition(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrPartitionImpl(ts, a, n, kw, "rpartition", true);
}

Value StrAffixRemove(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw, const char* name, bool suffix) {
  STR_SELF(name);
  if (!MethodArgs(ts, "str", name, argc, kw, 1, 1)) {
    return Value::Error();
  }
  Str* a;
  if (!StrArg(ts, args[1], absl::StrCat(name, "() argument").c_str(), &a)) {
    return Value::Error();
  }
  std::string_view v = self->view(), x = a->view();
  if (!x.empty() && v.size() >= x.size()) {
    if (!suffix && v.substr(0, x.size()) == x) {
      return StrValue(ts, v.substr(x.size()));
    }
    if (suffix && v.substr(v.size() - x.size()) == x) {
      return StrValue(ts, v.substr(0, v.size() - x.size()));
    }
  }
  return StrResult(ts, self, v);
}

Value StrRemoveprefix(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrAffixRemove(ts, a, n, kw, "removeprefix", false);
}
Value StrRemovesuffix(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrAffixRemove(ts, a, n, kw, "removesuffix", true);
}

Value StrExpandtabs(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  STR_SELF("expandtabs");
  Value a[1];
  if (!BindArgs(ts, "expandtabs", args + 1, argc, kw, {"tabsize"}, 0, 1, 0,
                a)) {
    return Value::Error();
  }
  int64_t tab = 8;
  if (!a[0].IsEmpty() && !ToIndex(ts, a[0], &tab)) return Value::Error();
  if (tab > INT32_MAX || tab < INT32_MIN) {
    // CPython's tabsize is a C int.
    return RaiseOverflowError(ts, "Python int too large to convert to C int");
  }
  std::string_view v = self->view();
  std::string out;
  int64_t col = 0;
  for (size_t i = 0; i < v.size();) {
    char c = v[i];
    uint32_t len = Utf8Len(static_cast<unsigned char>(c));
    if (c == '\t') {
      if (tab > 0) {
        int64_t spaces = tab - col % tab;
        if (static_cast<uint64_t>(spaces) + out.size() >
            kMaxNativeResultBytes) {
          return RaiseMemoryError(ts);
        }
        out.append(static_cast<size_t>(spaces), ' ');
        col += spaces;
      }
    } else {
      out.append(v.substr(i, len));
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    i += len;
  }
  return StrResult(ts, self, out);
}

}  // namespace

bool InitStrMethods(ThreadState& ts) {
  ClassObject* c = Rt(ts).classes.str;
  static constexpr MethodDef kMethods[] = {
      {"find", StrFind},
      {"rfind", StrRfind},
      {"index", StrIndex},
      {"rindex", StrRindex},
      {"count", StrCount},
      {"startswith", StrStartswith},
      {"endswith", StrEndswith},
      {"split", StrSplit},
      {"rsplit", StrRsplit},
      {"splitlines", StrSplitlines},
      {"join", StrJoin},
      {"strip", StrStrip},
      {"lstrip", StrLstrip},
      {"rstrip", StrRstrip},
      {"replace", StrReplace},
      {"partition", StrPartition},
      {"rpartition", StrRpartition},
      {"removeprefix", StrRemoveprefix},
      {"removesuffix", StrRemovesuffix},
      {"expandtabs", StrExpandtabs},
      {"format", StrFormatMethod},
      {"format_map", StrFormatMap},
  };
  return AddMethods(ts, c, "str", kMethods) && AddStrCaseMethods(ts, c) &&
         AddStrTranslateMethods(ts, c);
}

}  // namespace builtins
}  // namespace interp
