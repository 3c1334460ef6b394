// Methods of bytes and bytearray that search, split, join, strip and
// replace (self = args[0]); the constructors; registration. bytearray
// results are bytearrays, bytes results bytes (BytesLikeResult).
#include "runtime/builtins/bytes_methods.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtins/bytes_codecs.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {

bool BytesSelf(ThreadState& ts, const Value* args, uint32_t nargs,
               const char* method) {
  if (nargs >= 1 && IsBytesLike(args[0])) return true;
  if (nargs == 0) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "unbound method bytes.%s() needs an argument", method);
    return false;
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' "
              "object",
              method, TypeName(ts, args[0]));
  return false;
}

bool BytesArg(ThreadState& ts, Value v, std::string_view* out) {
  if (GetBuffer(v, out)) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "a bytes-like object is required, not '%s'", TypeName(ts, v));
  return false;
}

bool BytesFromIterable(ThreadState& ts, Value source, std::string* out,
                       bool bytearray) {
  std::string_view view;
  if (GetBuffer(source, &view)) {
    out->assign(view);
    return true;
  }
  TempRoots roots(ts);
  roots.Add(source);
  Value it = GetIter(ts, source);
  if (it.IsError()) {
    if (PendingExceptionMatches(ts, Rt(ts).exc.type_error)) {
      TakePendingException(ts);
      RaiseFormat(ts, Rt(ts).exc.type_error, "cannot convert '%s' object to %s",
                  TypeName(ts, source), "bytes");
    }
    return false;
  }
  roots.Add(it);
  NativePoll poll(ts);
  for (;;) {
    if (!poll.Tick()) return false;
    Value item = IterNext(ts, it);
    if (item.IsError()) return false;
    if (item.IsEmpty()) return true;
    int64_t b = -1;
    if ((!IsBigInt(item) || IsBoxedInt(item)) && !ToIndex(ts, item, &b)) {
      return false;
    }
    if (b < 0 || b > 255) {
      RaiseValueError(ts, bytearray ? "byte must be in range(0, 256)"
                                    : "bytes must be in range(0, 256)");
      return false;
    }
    out->push_back(static_cast<char>(b));
  }
}

namespace {

#define SELF(name)                                              \
  if (!BytesSelf(ts, args, nargs, name)) return Value::Error(); \
  Value self_v = args[0];                                       \
  (void)self_v

std::string_view SelfView(const Value* args) { return BytesLikeView(args[0]); }

// Builds bytes(x)/bytearray(x) data; *is_count for bytes(n).
bool ConstructData(ThreadState& ts, const char* type, const Value* a,
                   std::string* out) {
  RuntimeState& rt = Rt(ts);
  Value src = a[0], enc = a[1], errs = a[2];
  if (src.IsEmpty()) {
    if (!enc.IsEmpty() || !errs.IsEmpty()) {
      RaiseTypeError(ts, enc.IsEmpty() ? "errors without a string argument"
                                       : "encoding without a string argument");
      return false;
    }
    return true;
  }
  if (IsStr(src)) {
    if (enc.IsEmpty()) {
      RaiseTypeError(ts, "string argument without an encoding");
      return false;
    }
    Codec codec;
    std::string errors;
    if (!CodecArgs(ts, type, enc, errs, &codec, &errors)) return false;
    return EncodeText(ts, codec, errors, src, out);
  }
  if (!enc.IsEmpty() || !errs.IsEmpty()) {
    RaiseTypeError(ts, enc.IsEmpty() ? "errors without a string argument"
                                     : "encoding without a string argument");
    return false;
  }
  if (IsBoxedInt(src)) {  // an int subclass's instance: its value
    src = IntPlain(ts, src);
    if (src.IsError()) return false;
  }
  if (IsBigInt(src)) {
    RaiseIndexOverflow(ts, false);
    return false;
  }
  if (src.IsIntLike()) {
    int64_t n = src.AsInt();
    if (n < 0) {
      RaiseValueError(ts, "negative count");
      return false;
    }
    if (!CheckResultSize(ts, static_cast<uint64_t>(n))) return false;
    out->assign(static_cast<size_t>(n), '\0');
    return true;
  }
  if (src.IsFloat() || src.IsNone()) {
    RaiseFormat(ts, rt.exc.type_error, "cannot convert '%s' object to %s",
                TypeName(ts, src), type);
    return false;
  }
  // A memoryview gives its buffer's bytes (two an item for format 'h'),
  // not its items as ints (found by memoryview_huge_step: bytes(m) of a
  // cast('h') view kept the low byte of each item).
  if (IsKind(src, ObjKind::kNativeData) &&
      As<NativeData>(src)->ops != nullptr &&
      std::string_view(As<NativeData>(src)->ops->type_name) == "memoryview") {
    bool found = false;
    Value b =
        CallSpecial(ts, src, InternStr(ts, "tobytes"), nullptr, 0, &found);
    if (found) {
      if (b.IsError()) return false;
      if (IsBytes(b)) {
        out->assign(BytesLikeView(b));
        return true;
      }
    }
  }
  return BytesFromIterable(ts, src, out, std::string_view(type) == "bytearray");
}

}  // namespace

Value BytesConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  Value a[3];
  if (!BindArgs(ts, "bytes", args, nargs, kwnames,
                {"source", "encoding", "errors"}, 0, 3, 0, a)) {
    return Value::Error();
  }
  if (IsBytes(a[0]) && a[1].IsEmpty() && a[2].IsEmpty() &&
      a[0].AsObject()->cls == Rt(ts).classes.bytes) {
    return a[0];
  }
  // An object may convert itself (email's Message does); str, ints and
  // buffers never reach __bytes__.
  if (a[1].IsEmpty() && a[2].IsEmpty() && a[0].IsObject() && !IsStr(a[0]) &&
      !IsBytesLike(a[0])) {
    bool found = false;
    Value r =
        CallSpecial(ts, a[0], InternStr(ts, "__bytes__"), nullptr, 0, &found);
    if (found) {
      if (r.IsError() || IsBytes(r)) return r;
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "__bytes__ returned non-bytes (type %s)",
                         TypeName(ts, r));
    }
  }
  std::string data;
  if (!ConstructData(ts, "bytes", a, &data)) return Value::Error();
  return BytesValue(ts, data);
}

Value ByteArrayConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames) {
  Value a[3];
  if (!BindArgs(ts, "bytearray", args, nargs, kwnames,
                {"source", "encoding", "errors"}, 0, 3, 0, a)) {
    return Value::Error();
  }
  std::string data;
  if (!ConstructData(ts, "bytearray", a, &data)) return Value::Error();
  ByteArray* b = NewByteArray(ts, data);
  return b != nullptr ? Value::Obj(b) : Value::Error();
}

namespace {

// --- searching ---------------------------------------------------------

// The needle of find/count/index/`in`: bytes-like or an int byte.
bool Needle(ThreadState& ts, Value v, std::string* out) {
  std::string_view view;
  if (GetBuffer(v, &view)) {
    out->assign(view);
    return true;
  }
  if (v.IsIntLike() || IsBigInt(v)) {
    v = IntPlain(ts, v);  // (an int subclass's instance: its value)
    if (v.IsError()) return false;
    int64_t b = v.IsIntLike() ? v.AsInt() : -1;
    if (b < 0 || b > 255) {
      RaiseValueError(ts, "byte must be in range(0, 256)");
      return false;
    }
    out->assign(1, static_cast<char>(b));
    return true;
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "argument should be integer or bytes-like object, not '%s'",
              TypeName(ts, v));
  return false;
}

// Optional start/end (slice semantics) resolved against len.
bool Range(ThreadState& ts, Value start, Value end, int64_t len, int64_t* a,
           int64_t* b, bool* past_end) {
  int64_t s = 0, e = len;
  if (!start.IsEmpty() && !start.IsNone() && !ToIndex(ts, start, &s)) {
    return false;
  }
  if (!end.IsEmpty() && !end.IsNone() && !ToIndex(ts, end, &e)) return false;
  if (s < 0) s = std::max<int64_t>(0, s + len);
  if (e < 0) e = std::max<int64_t>(0, e + len);
  e = std::min(e, len);
  *past_end = s > len;
  s = std::min(s, len);
  *a = s;
  *b = std::max(s, e);
  return true;
}

bool SearchArgs(ThreadState& ts, const char* name, const Value* args,
                uint32_t nargs, Tuple* kw, std::string* needle, int64_t* a,
                int64_t* b, bool* past_end) {
  if (NumKw(kw) != 0) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "%s() takes no keyword arguments",
                name);
    return false;
  }
  if (nargs < 2 || nargs > 4) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "%s() takes %s (%d given)", name,
                nargs < 2 ? "at least 1 argument" : "at most 3 arguments",
                nargs - 1);
    return false;
  }
  if (!Needle(ts, args[1], needle)) return false;
  return Range(ts, nargs > 2 ? args[2] : Value::Empty(),
               nargs > 3 ? args[3] : Value::Empty(),
               static_cast<int64_t>(SelfView(args).size()), a, b, past_end);
}

Value FindImpl(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
               const char* name, bool reverse, bool raise) {
  SELF(name);
  std::string needle;
  int64_t a, b;
  bool past;
  if (!SearchArgs(ts, name, args, nargs, kw, &needle, &a, &b, &past)) {
    return Value::Error();
  }
  int64_t r = -1;
  if (!past) {
    std::string_view hay = SelfView(args).substr(a, b - a);
    size_t pos = reverse ? hay.rfind(needle) : hay.find(needle);
    if (pos != std::string_view::npos) r = a + static_cast<int64_t>(pos);
  }
  if (r < 0 && raise) return RaiseValueError(ts, "subsection not found");
  return Value::Int(r);
}

Value Find(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return FindImpl(ts, args, nargs, kw, "find", false, false);
}
Value Rfind(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return FindImpl(ts, args, nargs, kw, "rfind", true, false);
}
Value Index(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return FindImpl(ts, args, nargs, kw, "index", false, true);
}
Value Rindex(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return FindImpl(ts, args, nargs, kw, "rindex", true, true);
}

Value Count(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("count");
  std::string needle;
  int64_t a, b;
  bool past;
  if (!SearchArgs(ts, "count", args, nargs, kw, &needle, &a, &b, &past)) {
    return Value::Error();
  }
  if (past) return Value::Int(0);
  if (needle.empty()) return Value::Int(b - a + 1);
  std::string_view hay = SelfView(args).substr(a, b - a);
  int64_t n = 0;
  for (size_t pos = hay.find(needle); pos != std::string_view::npos;
       pos = hay.find(needle, pos + needle.size())) {
    ++n;
  }
  return Value::Int(n);
}

Value StartsEnds(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
                 const char* name, bool ends) {
  SELF(name);
  if (NumKw(kw) != 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s() takes no keyword arguments", name);
  }
  if (nargs < 2 || nargs > 4) {
    return RaiseFormat(
        ts, Rt(ts).exc.type_error, "%s() takes %s (%d given)", name,
        nargs < 2 ? "at least 1 argument" : "at most 3 arguments", nargs - 1);
  }
  std::string_view self = SelfView(args);
  int64_t a, b;
  bool past;
  if (!Range(ts, nargs > 2 ? args[2] : Value::Empty(),
             nargs > 3 ? args[3] : Value::Empty(),
             static_cast<int64_t>(self.size()), &a, &b, &past)) {
    return Value::Error();
  }
  const Value* cands = &args[1];
  uint32_t n = 1;
  if (IsKind(args[1], ObjKind::kTuple)) {
    cands = As<Tuple>(args[1])->items;
    n = As<Tuple>(args[1])->size;
  }
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view p;
    if (!GetBuffer(cands[i], &p)) {
      if (cands != &args[1]) {
        return RaiseFormat(ts, Rt(ts).exc.type_error,
                           "a bytes-like object is required, not '%s'",
                           TypeName(ts, cands[i]));
      }
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "%s first arg must be bytes or a tuple of bytes, "
                         "not %s",
                         name, TypeName(ts, cands[i]));
    }
    if (past) continue;
    std::string_view hay = self.substr(a, b - a);
    if (p.size() > hay.size()) continue;
    if (ends ? hay.substr(hay.size() - p.size()) == p
             : hay.substr(0, p.size()) == p) {
      return Value::Bool(true);
    }
  }
  return Value::Bool(false);
}

Value Startswith(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  return StartsEnds(ts, args, nargs, kw, "startswith", false);
}
Value Endswith(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return StartsEnds(ts, args, nargs, kw, "endswith", true);
}

// --- split and join ----------------------------------------------------

Value MakeList(ThreadState& ts, Value like,
               const std::vector<std::string_view>& parts) {
  List* l = NewList(ts, 0);
  if (l == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  for (std::string_view p : parts) {
    Value v = BytesLikeResult(ts, like, p);
    if (v.IsError() || !ListAppend(ts, l, v)) return Value::Error();
  }
  return Value::Obj(l);
}

Value SplitImpl(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
                const char* name, bool reverse) {
  Value a[3];
  if (!BindArgs(ts, name, args, nargs, kw, {"self", "sep", "maxsplit"}, 1, 3, 1,
                a)) {
    return Value::Error();
  }
  SELF(name);
  int64_t maxsplit = -1;
  if (!a[2].IsEmpty() && !ToIndex(ts, a[2], &maxsplit)) return Value::Error();
  std::string sep_copy;
  bool whitespace = a[1].IsEmpty() || a[1].IsNone();
  if (!whitespace) {
    std::string_view sep;
    if (!BytesArg(ts, a[1], &sep)) return Value::Error();
    if (sep.empty()) return RaiseValueError(ts, "empty separator");
    sep_copy.assign(sep);
  }
  std::string data(SelfView(args));
  std::string_view s = data;
  std::vector<std::string_view> parts;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  if (whitespace) {
    if (!reverse) {
      size_t i = 0;
      while (true) {
        while (i < s.size() && ByteIsSpace(s[i])) ++i;
        if (i >= s.size()) break;
        if (static_cast<int64_t>(parts.size()) == maxsplit) {
          size_t e = s.size();
          while (e > i && ByteIsSpace(s[e - 1])) --e;
          parts.push_back(s.substr(i, e - i));
          break;
        }
        size_t j = i;
        while (j < s.size() && !ByteIsSpace(s[j])) ++j;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      size_t e = s.size();
      while (true) {
        while (e > 0 && ByteIsSpace(s[e - 1])) --e;
        if (e == 0) break;
        if (static_cast<int64_t>(parts.size()) == maxsplit) {
          size_t b = 0;
          while (b < e && ByteIsSpace(s[b])) ++b;
          parts.push_back(s.substr(b, e - b));
          break;
        }
        size_t j = e;
        while (j > 0 && !ByteIsSpace(s[j - 1])) --j;
        parts.push_back(s.substr(j, e - j));
        e = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string_view sep = sep_copy;
    if (!reverse) {
      size_t i = 0;
      while (static_cast<int64_t>(parts.size()) < maxsplit) {
        size_t p = s.find(sep, i);
        if (p == std::string_view::npos) break;
        parts.push_back(s.substr(i, p - i));
        i = p + sep.size();
      }
      parts.push_back(s.substr(i));
    } else {
      size_t e = s.size();
      int64_t done = 0;
      std::vector<std::string_view> rev;
      while (done < maxsplit && e >= sep.size()) {
        size_t p = s.rfind(sep, e - sep.size());
        if (p == std::string_view::npos) break;
        rev.push_back(s.substr(p + sep.size(), e - p - sep.size()));
        e = p;
        ++done;
      }
      rev.push_back(s.substr(0, e));
      parts.assign(rev.rbegin(), rev.rend());
    }
  }
  return MakeList(ts, args[0], parts);
}

Value Split(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return SplitImpl(ts, args, nargs, kw, "split", false);
}
Value Rsplit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return SplitImpl(ts, args, nargs, kw, "rsplit", true);
}

Value Join(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("join");
  if (!MethodArgs(ts, "bytes", "join", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  List* items = IterableToList(ts, args[1]);
  if (items == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(items));
  std::string sep(SelfView(args));
  std::string out;
  NativePoll poll(ts, /*at_safe_point=*/false);
  for (uint32_t i = 0; i < items->size; ++i) {
    if (!poll.Tick()) return Value::Error();
    std::string_view part;
    if (!GetBuffer(items->items[i], &part)) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "sequence item %d: expected a bytes-like object, %s "
                         "found",
                         i, TypeName(ts, items->items[i]));
    }
    if (i > 0) out.append(sep);
    if (!CheckResultSize(ts, out.size() + part.size())) return Value::Error();
    out.append(part);
  }
  return BytesLikeResult(ts, args[0], out);
}

// --- strip, replace, partition, splitlines -----------------------------

Value StripImpl(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
                const char* name, bool left, bool right) {
  SELF(name);
  if (!MethodArgs(ts, "bytes", name, nargs - 1, kw, 0, 1)) {
    return Value::Error();
  }
  std::string chars;
  bool space = nargs < 2 || args[1].IsNone();
  if (!space) {
    std::string_view c;
    if (!BytesArg(ts, args[1], &c)) return Value::Error();
    chars.assign(c);
  }
  std::string_view s = SelfView(args);
  auto strip_it = [&](unsigned char c) {
    return space ? ByteIsSpace(c)
                 : chars.find(static_cast<char>(c)) != std::string::npos;
  };
  size_t b = 0, e = s.size();
  if (left) {
    while (b < e && strip_it(s[b])) ++b;
  }
  if (right) {
    while (e > b && strip_it(s[e - 1])) --e;
  }
  std::string out(s.substr(b, e - b));
  return BytesLikeResult(ts, args[0], out);
}

Value Strip(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return StripImpl(ts, args, nargs, kw, "strip", true, true);
}
Value Lstrip(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return StripImpl(ts, args, nargs, kw, "lstrip", true, false);
}
Value Rstrip(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return StripImpl(ts, args, nargs, kw, "rstrip", false, true);
}

Value Replace(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  SELF("replace");
  if (!MethodArgs(ts, "bytes", "replace", nargs - 1, kw, 2, 3)) {
    return Value::Error();
  }
  std::string_view old_v, new_v;
  if (!BytesArg(ts, args[1], &old_v) || !BytesArg(ts, args[2], &new_v)) {
    return Value::Error();
  }
  int64_t count = -1;
  if (nargs > 3 && !ToIndex(ts, args[3], &count)) return Value::Error();
  std::string old(old_v), with(new_v), s(SelfView(args));
  if (count < 0) count = INT64_MAX;
  std::string out;
  NativePoll poll(ts, /*at_safe_point=*/false);
  if (old.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (!poll.Tick()) return Value::Error();
      if (done < count) {
        out.append(with);
        ++done;
      }
      if (i < s.size()) out.push_back(s[i]);
      if (!CheckResultSize(ts, out.size())) return Value::Error();
    }
    return BytesLikeResult(ts, args[0], out);
  }
  size_t i = 0;
  int64_t done = 0;
  while (done < count) {
    if (!poll.Tick()) return Value::Error();
    size_t p = s.find(old, i);
    if (p == std::string::npos) break;
    out.append(s, i, p - i);
    out.append(with);
    if (!CheckResultSize(ts, out.size())) return Value::Error();
    i = p + old.size();
    ++done;
  }
  out.append(s, i, std::string::npos);
  return BytesLikeResult(ts, args[0], out);
}

Value PartitionImpl(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw, const char* name, bool reverse) {
  SELF(name);
  if (!MethodArgs(ts, "bytes", name, nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  std::string_view sep_v;
  if (!BytesArg(ts, args[1], &sep_v)) return Value::Error();
  if (sep_v.empty()) return RaiseValueError(ts, "empty separator");
  std::string sep(sep_v), s(SelfView(args));
  size_t p = reverse ? s.rfind(sep) : s.find(sep);
  std::string parts[3];
  if (p == std::string::npos) {
    (reverse ? parts[2] : parts[0]) = s;
  } else {
    parts[0] = s.substr(0, p);
    parts[1] = sep;
    parts[2] = s.substr(p + sep.size());
  }
  Tuple* t = NewTuple(ts, 3);
  if (t == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  for (int i = 0; i < 3; ++i) {
    Value v = BytesLikeResult(ts, args[0], parts[i]);
    if (v.IsError()) return v;
    t->items[i] = v;
  }
  return Value::Obj(t);
}

Value Partition(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return PartitionImpl(ts, args, nargs, kw, "partition", false);
}
Value Rpartition(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  return PartitionImpl(ts, args, nargs, kw, "rpartition", true);
}

Value Splitlines(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "splitlines", args, nargs, kw, {"self", "keepends"}, 1, 2,
                1, a)) {
    return Value::Error();
  }
  SELF("splitlines");
  bool keep = false;
  if (!a[1].IsEmpty()) {
    int t = Truthy(ts, a[1]);
    if (t < 0) return Value::Error();
    keep = t != 0;
  }
  std::string s(SelfView(args));
  std::vector<std::string_view> parts;
  std::string_view v = s;
  size_t i = 0;
  while (i < v.size()) {
    size_t j = i;
    while (j < v.size() && v[j] != '\n' && v[j] != '\r') ++j;
    size_t eol = j;
    if (j < v.size()) {
      j += (v[j] == '\r' && j + 1 < v.size() && v[j + 1] == '\n') ? 2 : 1;
    }
    parts.push_back(v.substr(i, (keep ? j : eol) - i));
    i = j;
  }
  return MakeList(ts, args[0], parts);
}

}  // namespace

bool InitBytesMethods(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kMethods[] = {
      {"find", Find},
      {"rfind", Rfind},
      {"index", Index},
      {"rindex", Rindex},
      {"count", Count},
      {"startswith", Startswith},
      {"endswith", Endswith},
      {"split", Split},
      {"rsplit", Rsplit},
      {"join", Join},
      {"strip", Strip},
      {"lstrip", Lstrip},
      {"rstrip", Rstrip},
      {"replace", Replace},
      {"partition", Partition},
      {"rpartition", Rpartition},
      {"splitlines", Splitlines},
  };
  rt.classes.bytes->construct = BytesConstruct;
  rt.classes.bytearray->construct = ByteArrayConstruct;
  return AddMethods(ts, rt.classes.bytes, "bytes", kMethods) &&
         AddMethods(ts, rt.classes.bytearray, "bytearray", kMethods) &&
         InitBytesTextMethods(ts) && InitByteArrayMethods(ts) && InitCodecs(ts);
}

}  // namespace builtins
}  // namespace interp
