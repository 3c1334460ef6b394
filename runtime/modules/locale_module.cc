// `_locale`: the C library's locale functions for locale.py. setlocale()
// returns None where C's setlocale() fails; locale.py raises locale.Error
// ("unsupported locale setting") for it, so the exception class stays in
// Python. Strings the C library returns are in the locale's encoding:
// UTF-8 when valid, else taken byte for byte (Latin-1).
//
// CPython sets LC_CTYPE from the environment when it starts; interp does
// it when _locale is first imported (a host that set its own LC_CTYPE
// keeps it), so getlocale() and setlocale(LC_ALL) report what CPython's
// do.
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include <string>
#include <string_view>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"

namespace interp {
namespace builtins {
namespace {

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int more = 0;
    if (c >= 0x80) {
      if ((c & 0xE0) == 0xC0) {
        more = 1;
      } else if ((c & 0xF0) == 0xE0) {
        more = 2;
      } else if ((c & 0xF8) == 0xF0) {
        more = 3;
      } else {
        return false;
      }
    }
    if (i + more >= s.size() && more > 0) return false;
    for (int k = 1; k <= more; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += more + 1;
  }
  return true;
}

Value LocaleStr(ThreadState& ts, const char* s) {
  std::string_view v = s != nullptr ? std::string_view(s) : "";
  if (ValidUtf8(v)) return StrValue(ts, v);
  std::string out;
  for (unsigned char c : v) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return StrValue(ts, out);
}

bool ArgInt(ThreadState& ts, Value v, const char* fname, int* out) {
  int64_t n;
  if (!v.IsInt() && !v.IsBool()) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "%s() argument 1 must be int, not %s", fname, TypeName(ts, v));
    return false;
  }
  if (!ToInt64(ts, v, &n)) return false;
  *out = static_cast<int>(n);
  return true;
}

// setlocale(category, locale=None) -> the locale name, or None when the C
// library refuses it.
Value SetlocaleFn(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  if (!NoKwargs(ts, "setlocale", kw) ||
      !CheckArgCount(ts, "setlocale", nargs, 1, 2)) {
    return Value::Error();
  }
  int category;
  if (!ArgInt(ts, args[0], "setlocale", &category)) return Value::Error();
  const char* result;
  if (nargs < 2 || args[1].IsNone()) {
    result = setlocale(category, nullptr);
  } else {
    if (!IsKind(args[1], ObjKind::kStr)) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "setlocale() argument 2 must be str or None, not %s",
                         TypeName(ts, args[1]));
    }
    std::string name(As<Str>(args[1])->view());
    if (name.find('\0') != std::string::npos) {
      return RaiseValueError(ts, "embedded null character");
    }
    result = setlocale(category, name.c_str());
  }
  if (result == nullptr) return Value::None();
  return LocaleStr(ts, result);
}

// CPython's grouping list: the bytes up to and including the 0 or
// CHAR_MAX that ends the repetition.
Value Grouping(ThreadState& ts, const char* s) {
  List* l = NewList(ts, 0);
  if (l == nullptr) return Value::Error();
  if (s == nullptr || s[0] == '\0') return Value::Obj(l);
  std::string items;
  int i = -1;
  do {
    ++i;
    items += s[i];
  } while (s[i] != '\0' && s[i] != CHAR_MAX);
  Value vals[64];
  uint32_t n = 0;
  for (char c : items) {
    if (n == 64) break;
    vals[n++] = Value::Int(static_cast<unsigned char>(c) == CHAR_MAX
                               ? CHAR_MAX
                               : static_cast<signed char>(c));
  }
  List* out = NewListFrom(ts, vals, n);
  return out != nullptr ? Value::Obj(out) : Value::Error();
}

Value LocaleconvFn(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  if (!NoKwargs(ts, "localeconv", kw) ||
      !CheckArgCount(ts, "localeconv", nargs, 0, 0)) {
    return Value::Error();
  }
  const struct lconv* lc = localeconv();
  Dict* d = NewDict(ts);
  if (d == nullptr) return Value::Error();
  auto set = [&](const char* key, Value v) {
    if (v.IsError()) return false;
    Value k = StrValue(ts, key);
    if (k.IsError()) return false;
    return DictSet(ts, d, k, v);
  };
  auto chr = [](char c) { return Value::Int(static_cast<unsigned char>(c)); };
  // The keys in CPython's order.
  if (!set("int_curr_symbol", LocaleStr(ts, lc->int_curr_symbol)) ||
      !set("currency_symbol", LocaleStr(ts, lc->currency_symbol)) ||
      !set("mon_decimal_point", LocaleStr(ts, lc->mon_decimal_point)) ||
      !set("mon_thousands_sep", LocaleStr(ts, lc->mon_thousands_sep)) ||
      !set("mon_grouping", Grouping(ts, lc->mon_grouping)) ||
      !set("positive_sign", LocaleStr(ts, lc->positive_sign)) ||
      !set("negative_sign", LocaleStr(ts, lc->negative_sign)) ||
      !set("int_frac_digits", chr(lc->int_frac_digits)) ||
      !set("frac_digits", chr(lc->frac_digits)) ||
      !set("p_cs_precedes", chr(lc->p_cs_precedes)) ||
      !set("p_sep_by_space", chr(lc->p_sep_by_space)) ||
      !set("n_cs_precedes", chr(lc->n_cs_precedes)) ||
      !set("n_sep_by_space", chr(lc->n_sep_by_space)) ||
      !set("p_sign_posn", chr(lc->p_sign_posn)) ||
      !set("n_sign_posn", chr(lc->n_sign_posn)) ||
      !set("decimal_point", LocaleStr(ts, lc->decimal_point)) ||
      !set("thousands_sep", LocaleStr(ts, lc->thousands_sep)) ||
      !set("grouping", Grouping(ts, lc->grouping))) {
    return Value::Error();
  }
  return DictValue(d);
}

Value StrcollFn(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "strcoll", kw) ||
      !CheckArgCount(ts, "strcoll", nargs, 2, 2)) {
    return Value::Error();
  }
  for (uint32_t i = 0; i < 2; ++i) {
    if (!IsKind(args[i], ObjKind::kStr)) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "strcoll() argument %d must be str, not %s", i + 1,
                         TypeName(ts, args[i]));
    }
  }
  std::string a(As<Str>(args[0])->view());
  std::string b(As<Str>(args[1])->view());
  int r = strcoll(a.c_str(), b.c_str());
  return Value::Int(r < 0 ? -1 : r > 0 ? 1 : 0);
}

Value StrxfrmFn(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "strxfrm", kw) ||
      !CheckArgCount(ts, "strxfrm", nargs, 1, 1)) {
    return Value::Error();
  }
  if (!IsKind(args[0], ObjKind::kStr)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "strxfrm() argument must be str, not %s",
                       TypeName(ts, args[0]));
  }
  std::string s(As<Str>(args[0])->view());
  size_t n = strxfrm(nullptr, s.c_str(), 0);
  std::string out(n + 1, '\0');
  strxfrm(out.data(), s.c_str(), n + 1);
  out.resize(n);
  return LocaleStr(ts, out.c_str());
}

struct LangInfo {
  const char* name;
  nl_item item;
};

constexpr LangInfo kLangInfo[] = {
    {"CODESET", CODESET},
    {"D_T_FMT", D_T_FMT},
    {"D_FMT", D_FMT},
    {"T_FMT", T_FMT},
    {"T_FMT_AMPM", T_FMT_AMPM},
    {"AM_STR", AM_STR},
    {"PM_STR", PM_STR},
    {"DAY_1", DAY_1},
    {"DAY_2", DAY_2},
    {"DAY_3", DAY_3},
    {"DAY_4", DAY_4},
    {"DAY_5", DAY_5},
    {"DAY_6", DAY_6},
    {"DAY_7", DAY_7},
    {"ABDAY_1", ABDAY_1},
    {"ABDAY_2", ABDAY_2},
    {"ABDAY_3", ABDAY_3},
    {"ABDAY_4", ABDAY_4},
    {"ABDAY_5", ABDAY_5},
    {"ABDAY_6", ABDAY_6},
    {"ABDAY_7", ABDAY_7},
    {"MON_1", MON_1},
    {"MON_2", MON_2},
    {"MON_3", MON_3},
    {"MON_4", MON_4},
    {"MON_5", MON_5},
    {"MON_6", MON_6},
    {"MON_7", MON_7},
    {"MON_8", MON_8},
    {"MON_9", MON_9},
    {"MON_10", MON_10},
    {"MON_11", MON_11},
    {"MON_12", MON_12},
    {"ABMON_1", ABMON_1},
    {"ABMON_2", ABMON_2},
    {"ABMON_3", ABMON_3},
    {"ABMON_4", ABMON_4},
    {"ABMON_5", ABMON_5},
    {"ABMON_6", ABMON_6},
    {"ABMON_7", ABMON_7},
    {"ABMON_8", ABMON_8},
    {"ABMON_9", ABMON_9},
    {"ABMON_10", ABMON_10},
    {"ABMON_11", ABMON_11},
    {"ABMON_12", ABMON_12},
    {"RADIXCHAR", RADIXCHAR},
    {"THOUSEP", THOUSEP},
    {"YESEXPR", YESEXPR},
    {"NOEXPR", NOEXPR},
    {"CRNCYSTR", CRNCYSTR},
    {"ERA", ERA},
    {"ERA_D_T_FMT", ERA_D_T_FMT},
    {"ERA_D_FMT", ERA_D_FMT},
    {"ERA_T_FMT", ERA_T_FMT},
    {"ALT_DIGITS", ALT_DIGITS},
    {"_DATE_FMT", _DATE_FMT},
};

Value NlLanginfoFn(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  if (!NoKwargs(ts, "nl_langinfo", kw) ||
      !CheckArgCount(ts, "nl_langinfo", nargs, 1, 1)) {
    return Value::Error();
  }
  int item;
  if (!ArgInt(ts, args[0], "nl_langinfo", &item)) return Value::Error();
  for (const LangInfo& li : kLangInfo) {
    if (static_cast<int>(li.item) == item) {
      return LocaleStr(ts, nl_langinfo(li.item));
    }
  }
  return RaiseValueError(ts, "unsupported langinfo constant");
}

// The encoding of the current LC_CTYPE, as CPython's getencoding() names
// it ("UTF-8" for UTF-8 locales, the C library's codeset otherwise).
Value GetencodingFn(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  if (!NoKwargs(ts, "getencoding", kw) ||
      !CheckArgCount(ts, "getencoding", nargs, 0, 0)) {
    return Value::Error();
  }
  const char* codeset = nl_langinfo(CODESET);
  if (codeset == nullptr || codeset[0] == '\0') return StrValue(ts, "UTF-8");
  return LocaleStr(ts, codeset);
}

}  // namespace

Module* InitLocaleModule(ThreadState& ts) {
  // CPython's start-up step (see the top of the file).
  const char* ctype = setlocale(LC_CTYPE, nullptr);
  if (ctype != nullptr &&
      (strcmp(ctype, "C") == 0 || strcmp(ctype, "POSIX") == 0)) {
    setlocale(LC_CTYPE, "");
  }
  auto* m = static_cast<Module*>(NewModule(ts, "_locale"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!AddFunction(ts, m, "setlocale", SetlocaleFn) ||
      !AddFunction(ts, m, "localeconv", LocaleconvFn) ||
      !AddFunction(ts, m, "strcoll", StrcollFn) ||
      !AddFunction(ts, m, "strxfrm", StrxfrmFn) ||
      !AddFunction(ts, m, "nl_langinfo", NlLanginfoFn) ||
      !AddFunction(ts, m, "getencoding", GetencodingFn)) {
    return nullptr;
  }
  const struct {
    const char* name;
    int value;
  } kInts[] = {
      {"LC_CTYPE", LC_CTYPE},       {"LC_COLLATE", LC_COLLATE},
      {"LC_TIME", LC_TIME},         {"LC_MONETARY", LC_MONETARY},
      {"LC_NUMERIC", LC_NUMERIC},   {"LC_ALL", LC_ALL},
      {"LC_MESSAGES", LC_MESSAGES}, {"CHAR_MAX", CHAR_MAX},
  };
  for (const auto& c : kInts) ModuleSet(ts, m, c.name, Value::Int(c.value));
  for (const LangInfo& li : kLangInfo) {
    ModuleSet(ts, m, li.name, Value::Int(static_cast<int>(li.item)));
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("_locale", InitLocaleModule);

}  // namespace builtins
}  // namespace interp
