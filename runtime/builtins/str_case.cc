// Methods of str about character classes: case mapping (upper, lower,
// capitalize, title, swapcase), the is* predicates, and padding (zfill,
// center, ljust, rjust). ASCII strings take byte-wise fast paths; others
// go through the Unicode tables.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/builtins/str_util.h"
#include "runtime/frontend/lexer.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/unicode.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

bool NoArgs(ThreadState& ts, const char* name, uint32_t argc, Tuple* kw) {
  return MethodArgs(ts, "str", name, argc, kw, 0, 0);
}

// upper()/lower() of an ASCII string, mapped straight into the result (no
// temporary string, no comparison with `self`): a branch-free loop the
// compiler vectorises. `lo` is 'a' for upper(), 'A' for lower().
template <char lo>
Value AsciiMap(ThreadState& ts, Str* self) {
  const uint32_t n = self->byte_len;
  Str* out = NewStrUninit(ts, n, n, true);
  if (out == nullptr) return Value::Error();
  const unsigned char* src = reinterpret_cast<const unsigned char*>(self->data);
  unsigned char* dst = reinterpret_cast<unsigned char*>(out->data);
  for (uint32_t i = 0; i < n; ++i) {
    unsigned char c = src[i];
    unsigned char in_range = static_cast<unsigned char>(c - lo) < 26;
    dst[i] = static_cast<unsigned char>(c ^ (in_range << 5));
  }
  return Value::Obj(out);
}

// Iterates the code points of a UTF-8 string.
template <typename F>
void ForEachCp(std::string_view v, F f) {
  for (size_t i = 0; i < v.size();) {
    uint32_t len;
    uint32_t cp = DecodeUtf8(v.data() + i, &len);
    f(cp, i);
    i += len;
  }
}

std::vector<uint32_t> CodePoints(std::string_view v) {
  std::vector<uint32_t> cps;
  ForEachCp(v, [&](uint32_t cp, size_t) { cps.push_back(cp); });
  return cps;
}

// Case-ignorable characters for the final-sigma rule (apostrophes,
// combining marks): approximated by "not cased and not a letter/digit".
bool CaseIgnorable(uint32_t cp) {
  return cp == '\'' || cp == '.' || cp == ':' || cp == 0x2019 ||
         (cp >= 0x300 && cp <= 0x36F);
}

// Greek capital sigma lowercases to final sigma at the end of a word
// (preceded by a cased letter, not followed by one).
bool FinalSigma(const std::vector<uint32_t>& cps, size_t i) {
  size_t j = i;
  bool before = false;
  while (j > 0) {
    uint32_t c = cps[--j];
    if (CaseIgnorable(c)) continue;
    before = unicode::IsCased(c);
    break;
  }
  if (!before) return false;
  for (size_t k = i + 1; k < cps.size(); ++k) {
    uint32_t c = cps[k];
    if (CaseIgnorable(c)) continue;
    return !unicode::IsCased(c);
  }
  return true;
}

void LowerInto(const std::vector<uint32_t>& cps, size_t i, std::string* out) {
  if (cps[i] == 0x3A3 && FinalSigma(cps, i)) {
    AppendUtf8(out, 0x3C2);
  } else {
    unicode::AppendLower(cps[i], out);
  }
}

Value StrUpper(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("upper");
  if (!NoArgs(ts, "upper", argc, kw)) return Value::Error();
  if (self->is_ascii) return AsciiMap<'a'>(ts, self);
  std::string out;
  ForEachCp(self->view(),
            [&](uint32_t cp, size_t) { unicode::AppendUpper(cp, &out); });
  return StrResult(ts, self, out);
}

Value StrLower(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("lower");
  if (!NoArgs(ts, "lower", argc, kw)) return Value::Error();
  if (self->is_ascii) return AsciiMap<'A'>(ts, self);
  std::string out;
  std::vector<uint32_t> cps = CodePoints(self->view());
  for (size_t i = 0; i < cps.size(); ++i) LowerInto(cps, i, &out);
  return StrResult(ts, self, out);
}

#include "runtime/builtins/casefold_table.h"

// Full case folding: lower() per code point (no final-sigma context),
// except where Unicode folds differently (ß -> ss, ς -> σ, ligatures...).
Value StrCasefold(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  STR_SELF("casefold");
  if (!NoArgs(ts, "casefold", argc, kw)) return Value::Error();
  if (self->is_ascii) return StrLower(ts, args, nargs, kw);
  std::string out;
  ForEachCp(self->view(), [&](uint32_t cp, size_t) {
    const CaseFold* end = kCaseFold + sizeof(kCaseFold) / sizeof(kCaseFold[0]);
    const CaseFold* f = std::lower_bound(
        kCaseFold, end, cp,
        [](const CaseFold& e, uint32_t c) { return e.cp < c; });
    if (f != end && f->cp == cp) {
      out.append(f->folded);
    } else {
      unicode::AppendLower(cp, &out);
    }
  });
  return StrResult(ts, self, out);
}

Value StrSwapcase(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  STR_SELF("swapcase");
  if (!NoArgs(ts, "swapcase", argc, kw)) return Value::Error();
  std::string out;
  std::vector<uint32_t> cps = CodePoints(self->view());
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t cp = cps[i];
    if (unicode::IsUpper(cp)) {
      LowerInto(cps, i, &out);
    } else if (unicode::IsLower(cp)) {
      unicode::AppendUpper(cp, &out);
    } else {
      AppendUtf8(&out, cp);
    }
  }
  return StrResult(ts, self, out);
}

// First character in title case, the rest lowercased.
Value StrCapitalize(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  STR_SELF("capitalize");
  if (!NoArgs(ts, "capitalize", argc, kw)) return Value::Error();
  std::string out;
  std::vector<uint32_t> cps = CodePoints(self->view());
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) {
      unicode::AppendTitle(cps[i], &out);
    } else {
      LowerInto(cps, i, &out);
    }
  }
  return StrResult(ts, self, out);
}

// Words start after an uncased character.
Value StrTitle(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("title");
  if (!NoArgs(ts, "title", argc, kw)) return Value::Error();
  std::string out;
  std::vector<uint32_t> cps = CodePoints(self->view());
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t cp = cps[i];
    if (prev_cased) {
      LowerInto(cps, i, &out);
    } else {
      unicode::AppendTitle(cp, &out);
    }
    prev_cased = unicode::IsCased(cp);
  }
  return StrResult(ts, self, out);
}

// is*: true when non-empty and every character passes.
template <bool (*Pred)(uint32_t)>
Value AllChars(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
               const char* name) {
  STR_SELF(name);
  if (!NoArgs(ts, name, argc, kw)) return Value::Error();
  if (self->byte_len == 0) return Value::Bool(false);
  if (self->is_ascii) {
    // Byte by byte, stopping at the first failure.
    for (uint32_t i = 0; i < self->byte_len; ++i) {
      if (!Pred(static_cast<unsigned char>(self->data[i]))) {
        return Value::Bool(false);
      }
    }
    return Value::Bool(true);
  }
  bool ok = true;
  ForEachCp(self->view(), [&](uint32_t cp, size_t) { ok = ok && Pred(cp); });
  return Value::Bool(ok);
}

bool PredAlpha(uint32_t cp) {
  return cp < 0x80 ? ((cp | 32) >= 'a' && (cp | 32) <= 'z')
                   : unicode::IsAlpha(cp);
}
bool PredDigit(uint32_t cp) {
  return cp < 0x80 ? (cp >= '0' && cp <= '9') : unicode::IsDigit(cp);
}
bool PredDecimal(uint32_t cp) {
  return cp < 0x80 ? (cp >= '0' && cp <= '9') : unicode::IsDecimal(cp);
}
bool PredNumeric(uint32_t cp) {
  return cp < 0x80 ? (cp >= '0' && cp <= '9') : unicode::IsNumeric(cp);
}
bool PredAlnum(uint32_t cp) {
  return PredAlpha(cp) || PredNumeric(cp) ||
         (cp >= 0x80 && unicode::IsAlnum(cp));
}
bool PredSpace(uint32_t cp) {
  return cp < 0x80 ? (cp == ' ' || (cp >= '\t' && cp <= '\r') ||
                      (cp >= 0x1c && cp <= 0x1f))
                   : unicode::IsSpace(cp);
}
bool PredPrintable(uint32_t cp) { return unicode::IsPrintable(cp); }

Value StrIsalpha(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return AllChars<PredAlpha>(ts, a, n, kw, "isalpha");
}
Value StrIsdigit(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return AllChars<PredDigit>(ts, a, n, kw, "isdigit");
}
Value StrIsdecimal(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return AllChars<PredDecimal>(ts, a, n, kw, "isdecimal");
}
Value StrIsnumeric(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return AllChars<PredNumeric>(ts, a, n, kw, "isnumeric");
}
Value StrIsalnum(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return AllChars<PredAlnum>(ts, a, n, kw, "isalnum");
}
Value StrIsspace(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return AllChars<PredSpace>(ts, a, n, kw, "isspace");
}

Value StrIsascii(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  STR_SELF("isascii");
  if (!NoArgs(ts, "isascii", argc, kw)) return Value::Error();
  return Value::Bool(self->is_ascii);
}

Value StrIsprintable(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  STR_SELF("isprintable");
  if (!NoArgs(ts, "isprintable", argc, kw)) return Value::Error();
  bool ok = true;
  ForEachCp(self->view(),
            [&](uint32_t cp, size_t) { ok = ok && PredPrintable(cp); });
  return Value::Bool(ok);
}

// isupper/islower: at least one cased character, and none of the other
// case (titlecase letters count against both).
Value StrCaseTest(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
                  bool upper) {
  const char* name = upper ? "isupper" : "islower";
  STR_SELF(name);
  if (!NoArgs(ts, name, argc, kw)) return Value::Error();
  bool cased = false, ok = true;
  ForEachCp(self->view(), [&](uint32_t cp, size_t) {
    bool u = unicode::IsUpper(cp), l = unicode::IsLower(cp),
         t = unicode::IsTitlecase(cp);
    if (upper ? (l || t) : (u || t)) ok = false;
    if (upper ? u : l) cased = true;
  });
  return Value::Bool(ok && cased);
}
Value StrIsupper(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrCaseTest(ts, a, n, kw, true);
}
Value StrIslower(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return StrCaseTest(ts, a, n, kw, false);
}

Value StrIstitle(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  STR_SELF("istitle");
  if (!NoArgs(ts, "istitle", argc, kw)) return Value::Error();
  bool cased = false, ok = true, prev_cased = false;
  ForEachCp(self->view(), [&](uint32_t cp, size_t) {
    bool u = unicode::IsUpper(cp) || unicode::IsTitlecase(cp);
    bool l = unicode::IsLower(cp);
    if (u) {
      if (prev_cased) ok = false;
      prev_cased = true;
      cased = true;
    } else if (l) {
      if (!prev_cased) ok = false;
      prev_cased = true;
      cased = true;
    } else {
      prev_cased = false;
    }
  });
  return Value::Bool(ok && cased);
}

Value StrIsidentifier(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  STR_SELF("isidentifier");
  if (!NoArgs(ts, "isidentifier", argc, kw)) return Value::Error();
  if (self->byte_len == 0) return Value::Bool(false);
  bool ok = true, first = true;
  ForEachCp(self->view(), [&](uint32_t cp, size_t) {
    bool start = cp == '_' || PredAlpha(cp);
    // XID_Continue: digits and marks, but not other numerics (superscripts
    // like '²' are not identifier characters), as the lexer decides.
    bool cont =
        start || PredDecimal(cp) ||
        (cp >= 0x80 && !PredNumeric(cp) && IsIdentifierCodePoint(cp, false));
    if (first ? !start : !cont) ok = false;
    first = false;
  });
  return Value::Bool(ok);
}

// --- padding -----------------------------------------------------------

bool PadArgs(ThreadState& ts, const char* name, const Value* args,
             uint32_t argc, Tuple* kw, int64_t* width, std::string_view* fill) {
  if (!MethodArgs(ts, "str", name, argc, kw, 1, 2)) {
    return false;
  }
  if (!ToIndex(ts, args[1], width)) return false;
  *fill = " ";
  if (argc == 2) {
    if (!IsStr(args[2]) || AsStr(args[2])->char_len != 1) {
      if (IsStr(args[2])) {
        RaiseTypeError(ts,
                       "The fill character must be exactly one character "
                       "long");
      } else {
        RaiseFormat(ts, Rt(ts).exc.type_error,
                    "The fill character must be a unicode character, not %s",
                    TypeName(ts, args[2]));
      }
      return false;
    }
    *fill = AsStr(args[2])->view();
  }
  return true;
}

Value Pad(ThreadState& ts, Str* self, int64_t left, int64_t right,
          std::string_view fill) {
  if (left <= 0 && right <= 0) return StrResult(ts, self, self->view());
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  // "x".ljust(10**15): MemoryError, not an aborting allocation.
  uint64_t pad = static_cast<uint64_t>(left) + static_cast<uint64_t>(right);
  if (!CheckResultSize(ts, pad > kMaxNativeResultBytes
                               ? pad
                               : self->byte_len + pad * fill.size())) {
    return Value::Error();
  }
  std::string out;
  out.reserve(self->byte_len + pad * fill.size());
  auto append_fill = [&](int64_t count) {
    if (fill.size() == 1) {
      out.append(static_cast<size_t>(count), fill[0]);
    } else {
      for (int64_t i = 0; i < count; ++i) out.append(fill);
    }
  };
  append_fill(left);
  out.append(self->view());
  append_fill(right);
  return StrValue(ts, out);
}

Value StrLjust(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("ljust");
  int64_t width;
  std::string_view fill;
  if (!PadArgs(ts, "ljust", args, argc, kw, &width, &fill)) {
    return Value::Error();
  }
  return Pad(ts, self, 0, width - self->char_len, fill);
}

Value StrRjust(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("rjust");
  int64_t width;
  std::string_view fill;
  if (!PadArgs(ts, "rjust", args, argc, kw, &width, &fill)) {
    return Value::Error();
  }
  return Pad(ts, self, width - self->char_len, 0, fill);
}

Value StrCenter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("center");
  int64_t width;
  std::string_view fill;
  if (!PadArgs(ts, "center", args, argc, kw, &width, &fill)) {
    return Value::Error();
  }
  int64_t marg = width - self->char_len;
  if (marg <= 0) return StrResult(ts, self, self->view());
  // CPython puts the odd extra column on the left when width is odd.
  int64_t left = marg / 2 + (marg & width & 1);
  return Pad(ts, self, left, marg - left, fill);
}

Value StrZfill(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  STR_SELF("zfill");
  if (!NoKwargs(ts, "str.zfill", kw) ||
      !CheckArgCount(ts, "str.zfill", argc, 1, 1)) {
    return Value::Error();
  }
  int64_t width;
  if (!ToIndex(ts, args[1], &width)) return Value::Error();
  int64_t fill = width - self->char_len;
  if (fill <= 0) return StrResult(ts, self, self->view());
  if (!CheckResultSize(ts, static_cast<uint64_t>(fill) + self->byte_len)) {
    return Value::Error();
  }
  std::string_view v = self->view();
  std::string out;
  size_t body = 0;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    out.push_back(v[0]);
    body = 1;
  }
  out.append(static_cast<size_t>(fill), '0');
  out.append(v.substr(body));
  return StrValue(ts, out);
}

}  // namespace

bool AddStrCaseMethods(ThreadState& ts, ClassObject* c) {
  static constexpr MethodDef kMethods[] = {
      {"upper", StrUpper},           {"lower", StrLower},
      {"casefold", StrCasefold},     {"swapcase", StrSwapcase},
      {"capitalize", StrCapitalize}, {"title", StrTitle},
      {"isalpha", StrIsalpha},       {"isdigit", StrIsdigit},
      {"isdecimal", StrIsdecimal},   {"isnumeric", StrIsnumeric},
      {"isalnum", StrIsalnum},       {"isspace", StrIsspace},
      {"isascii", StrIsascii},       {"isprintable", StrIsprintable},
      {"isupper", StrIsupper},       {"islower", StrIslower},
      {"istitle", StrIstitle},       {"isidentifier", StrIsidentifier},
      {"ljust", StrLjust},           {"rjust", StrRjust},
      {"center", StrCenter},         {"zfill", StrZfill},
  };
  return AddMethods(ts, c, "str", kMethods);
}

}  // namespace builtins
}  // namespace interp
