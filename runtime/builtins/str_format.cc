// str.format and str.format_map: the replacement-field grammar
//   "{" [arg_name] ("." attr | "[" key "]")* ["!" r|s|a] [":" spec] "}"
// with "{{"/"}}" escapes, automatic or manual numbering, and nested
// fields inside the spec ("{:{width}}"). Formatting itself is format()
// (protocols.h), so f-strings and str.format agree.
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/builtins/str_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

struct FormatArgs {
  const Value* pos;
  uint32_t npos;
  const Value* kwvalues;
  Tuple* kwnames;
  Value mapping;  // format_map's argument, or Empty
  int auto_index = 0;
  int mode = 0;  // 0 unknown, 1 automatic, 2 manual
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The argument named by the first part of a field name.
Value LookupArg(ThreadState& ts, FormatArgs& fa, std::string_view name) {
  RuntimeState& rt = Rt(ts);
  if (name.empty() || AllDigits(name)) {
    int64_t index;
    if (name.empty()) {
      if (fa.mode == 2) {
        return RaiseValueError(ts,
                               "cannot switch from manual field specification "
                               "to automatic field numbering");
      }
      fa.mode = 1;
      index = fa.auto_index++;
    } else {
      if (fa.mode == 1) {
        return RaiseValueError(ts,
                               "cannot switch from automatic field numbering "
                               "to manual field specification");
      }
      fa.mode = 2;
      if (name.size() > 18) {
        return RaiseValueError(ts, "Too many decimal digits in format string");
      }
      index = std::stoll(std::string(name));
    }
    if (index >= fa.npos) {
      return RaiseFormat(ts, rt.exc.index_error,
                         "Replacement index %d out of range for positional "
                         "args tuple",
                         index);
    }
    return fa.pos[index];
  }
  if (!fa.mapping.IsEmpty()) {
    Value key = StrValue(ts, name);
    if (key.IsError()) return key;
    return GetItem(ts, fa.mapping, key);
  }
  for (uint32_t i = 0; i < NumKw(fa.kwnames); ++i) {
    if (AsStr(fa.kwnames->items[i])->view() == name) return fa.kwvalues[i];
  }
  Value key = StrValue(ts, name);
  if (key.IsError()) return key;
  return RaiseKeyError(ts, key);
}

// Resolves a full field name ("0.attr[key]") to its value.
Value ResolveField(ThreadState& ts, FormatArgs& fa, std::string_view field) {
  size_t end = field.find_first_of(".[");
  Value v = LookupArg(ts, fa, field.substr(0, end));
  if (v.IsError()) return v;
  TempRoots roots(ts);
  roots.Add(v);
  size_t i = end;
  while (i != std::string_view::npos && i < field.size()) {
    if (field[i] == '.') {
      size_t next = field.find_first_of(".[", i + 1);
      std::string_view attr = field.substr(
          i + 1, next == std::string_view::npos ? next : next - i - 1);
      if (attr.empty()) {
        return RaiseValueError(ts, "Empty attribute in format string");
      }
      Str* name = InternStr(ts, attr);
      if (name == nullptr) return Value::Error();
      v = GetAttr(ts, v, name);
      i = next;
    } else {  // '['
      size_t close = field.find(']', i + 1);
      if (close == std::string_view::npos) {
        return RaiseValueError(ts, "Missing ']' in format string");
      }
      std::string_view key = field.substr(i + 1, close - i - 1);
      if (key.empty()) {
        return RaiseValueError(ts, "Empty attribute in format string");
      }
      Value k;
      if (AllDigits(key) && key.size() <= 18) {
        k = Value::Int(std::stoll(std::string(key)));
      } else {
        k = StrValue(ts, key);
        if (k.IsError()) return k;
      }
      roots.Add(k);
      v = GetItem(ts, v, k);
      i = close + 1;
      if (i < field.size() && field[i] != '.' && field[i] != '[') {
        return RaiseValueError(ts,
                               "Only '.' or '[' may follow ']' in format field "
                               "specifier");
      }
    }
    if (v.IsError()) return v;
    roots.Add(v);
  }
  return v;
}

bool FormatInto(ThreadState& ts, std::string_view fmt, FormatArgs& fa,
                std::string* out, int depth);

// One replacement field (the text between the braces).
bool FormatField(ThreadState& ts, std::string_view field, FormatArgs& fa,
                 std::string* out, int depth) {
  // Split name / conversion / spec; brackets may contain ':' or '!'.
  size_t i = 0;
  while (i < field.size() && field[i] != '!' && field[i] != ':') {
    if (field[i] == '[') {
      size_t close = field.find(']', i);
      if (close == std::string_view::npos) break;
      i = close;
    }
    ++i;
  }
  std::string_view name = field.substr(0, i);
  char conversion = 0;
  std::string_view spec;
  if (i < field.size() && field[i] == '!') {
    if (i + 1 >= field.size()) {
      RaiseValueError(ts,
                      "end of string while looking for conversion specifier");
      return false;
    }
    conversion = field[i + 1];
    i += 2;
    if (i < field.size() && field[i] != ':') {
      RaiseValueError(ts, "expected ':' after conversion specifier");
      return false;
    }
  }
  if (i < field.size() && field[i] == ':') spec = field.substr(i + 1);
  Value v = ResolveField(ts, fa, name);
  if (v.IsError()) return false;
  TempRoots roots(ts);
  roots.Add(v);
  if (conversion != 0) {
    if (conversion == 'r' || conversion == 'a') {
      v = Repr(ts, v);
      if (conversion == 'a' && !v.IsError() && !AsStr(v)->is_ascii) {
        v = StrValue(ts, AsciiEscape(AsStr(v)->view()));
      }
    } else if (conversion == 's') {
      v = ToStr(ts, v);
    } else {
      RaiseFormat(ts, Rt(ts).exc.value_error, "Unknown conversion specifier %c",
                  conversion);
      return false;
    }
    if (v.IsError()) return false;
    roots.Add(v);
  }
  std::string expanded;
  if (spec.find('{') != std::string_view::npos) {
    if (depth >= 2) {
      RaiseValueError(ts, "Max string recursion exceeded");
      return false;
    }
    if (!FormatInto(ts, spec, fa, &expanded, depth + 1)) return false;
    spec = expanded;
  }
  Value s = Format(ts, v, spec);
  if (s.IsError()) return false;
  out->append(AsStr(s)->view());
  return true;
}

bool FormatInto(ThreadState& ts, std::string_view fmt, FormatArgs& fa,
                std::string* out, int depth) {
  size_t i = 0, n = fmt.size();
  while (i < n) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < n && fmt[i + 1] == '}') {
        out->push_back('}');
        i += 2;
        continue;
      }
      RaiseValueError(ts, "Single '}' encountered in format string");
      return false;
    }
    if (c != '{') {
      size_t next = fmt.find_first_of("{}", i);
      if (next == std::string_view::npos) next = n;
      out->append(fmt.substr(i, next - i));
      i = next;
      continue;
    }
    if (i + 1 < n && fmt[i + 1] == '{') {
      out->push_back('{');
      i += 2;
      continue;
    }
    // Find the matching '}' (nested braces inside the spec).
    // Keys in `[...]` may hold braces; a conversion or spec may nest
    // fields. The message for a missing '}' depends on how far it got.
    size_t j = i + 1;
    int level = 1;
    bool in_spec = false, in_key = false;
    while (j < n) {
      char ch = fmt[j];
      if (in_key) {
        in_key = ch != ']';
      } else if (!in_spec && ch == '[') {
        in_key = true;
      } else if (!in_spec && (ch == ':' || ch == '!')) {
        in_spec = true;
      } else if (ch == '{') {
        ++level;
      } else if (ch == '}') {
        if (--level == 0) break;
      }
      ++j;
    }
    if (j >= n) {
      RaiseValueError(ts, i + 1 >= n ? "Single '{' encountered in format string"
                          : in_spec  ? "unmatched '{' in format spec"
                                     : "expected '}' before end of string");
      return false;
    }
    if (!FormatField(ts, fmt.substr(i + 1, j - i - 1), fa, out, depth)) {
      return false;
    }
    i = j + 1;
  }
  return true;
}

}  // namespace

Value StrFormatMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  STR_SELF("format");
  FormatArgs fa{args + 1, argc, args + nargs, kwnames, Value::Empty()};
  std::string out;
  if (!FormatInto(ts, self->view(), fa, &out, 0)) return Value::Error();
  return StrValue(ts, out);
}

Value StrFormatMap(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  STR_SELF("format_map");
  if (!NoKwargs(ts, "str.format_map", kwnames) ||
      !CheckArgCount(ts, "str.format_map", argc, 1, 1)) {
    return Value::Error();
  }
  FormatArgs fa{nullptr, 0, nullptr, nullptr, args[1]};
  std::string out;
  if (!FormatInto(ts, self->view(), fa, &out, 0)) return Value::Error();
  return StrValue(ts, out);
}

}  // namespace builtins
}  // namespace interp
