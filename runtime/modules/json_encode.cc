// json.dumps / json.dump and the `json` module itself. The encoder writes
// into one std::string with CPython's output rules: separators (and their
// defaults with and without indent), float and int reprs, NaN/Infinity,
// \uXXXX escapes with surrogate pairs under ensure_ascii, key coercion,
// sort_keys, default(), circular-reference detection.
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/modules/json_internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace json {
namespace {

struct Options {
  bool skipkeys = false;
  bool ensure_ascii = true;
  bool check_circular = true;
  bool allow_nan = true;
  bool sort_keys = false;
  bool has_indent = false;
  std::string indent;
  std::string item_sep = ", ";
  std::string key_sep = ": ";
  Value default_fn = Value::None();
};

class Encoder {
 public:
  Encoder(ThreadState& ts, const Options& opt)
      : ts_(ts), opt_(opt), poll_(ts) {}

  bool Encode(Value v, int level);
  std::string& out() { return out_; }

 private:
  void EncodeStr(std::string_view s);
  bool EncodeFloat(double d);
  bool EncodeList(const Value* items, uint32_t n, Value owner, int level);
  bool EncodeDict(interp::Dict* d, Value owner, int level);
  bool Key(Value k, bool* skip);
  void Newline(int level) {
    out_.push_back('\n');
    for (int i = 0; i < level; ++i) out_ += opt_.indent;
  }
  bool Enter(Object* o);
  void Leave(Object* o) {
    if (opt_.check_circular) active_.erase(o);
  }
  bool TooDeep(int level, const char* what);
  // default() calls in progress (they nest without indenting).
  int default_depth_ = 0;

  ThreadState& ts_;
  const Options& opt_;
  NativePoll poll_;
  std::string out_;
  absl::flat_hash_set<Object*> active_;
};

void Encoder::EncodeStr(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out_.push_back('"');
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  auto u4 = [&](uint32_t c) {
    char buf[6] = {'\\',
                   'u',
                   kHex[(c >> 12) & 15],
                   kHex[(c >> 8) & 15],
                   kHex[(c >> 4) & 15],
                   kHex[c & 15]};
    out_.append(buf, 6);
  };
  while (i < n) {
    // Runs of characters that need no escaping are copied whole.
    size_t run = i;
    while (run < n) {
      uint8_t c = p[run];
      if (c < 0x20 || c == '"' || c == '\\') break;
      if (c >= 0x7f && opt_.ensure_ascii) break;
      ++run;
    }
    out_.append(s.data() + i, run - i);
    i = run;
    if (i >= n) break;
    uint8_t c = p[i];
    switch (c) {
      case '"':
        out_ += "\\\"";
        ++i;
        continue;
      case '\\':
        out_ += "\\\\";
        ++i;
        continue;
      case '\n':
        out_ += "\\n";
        ++i;
        continue;
      case '\r':
        out_ += "\\r";
        ++i;
        continue;
      case '\t':
        out_ += "\\t";
        ++i;
        continue;
      case '\b':
        out_ += "\\b";
        ++i;
        continue;
      case '\f':
        out_ += "\\f";
        ++i;
        continue;
      default:
        break;
    }
    if (c < 0x80) {
      u4(c);
      ++i;
      continue;
    }
    uint32_t len = 1;
    uint32_t cp = DecodeUtf8(s.data() + i, &len);
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      u4(0xD800 | (cp >> 10));
      u4(0xDC00 | (cp & 0x3FF));
    } else {
      u4(cp);
    }
  }
  out_.push_back('"');
}

bool Encoder::EncodeFloat(double d) {
  if (std::isfinite(d)) {
    AppendFloatRepr(d, &out_);
    return true;
  }
  if (!opt_.allow_nan) {
    RaiseValueError(ts_, "Out of range float values are not JSON compliant");
    return false;
  }
  out_ += std::isnan(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity");
  return true;
}

bool Encoder::TooDeep(int level, const char* what) {
  if (level + default_depth_ <= Rt(ts_).recursion_limit) return false;
  RaiseWithMessage(ts_, Rt(ts_).exc.recursion_error,
                   absl::StrCat("maximum recursion depth exceeded while "
                                "encoding a JSON ",
                                what));
  return true;
}

bool Encoder::Enter(Object* o) {
  if (!opt_.check_circular) return true;
  if (!active_.insert(o).second) {
    RaiseValueError(ts_, "Circular reference detected");
    return false;
  }
  return true;
}

bool Encoder::Encode(Value v, int level) {
  if (!poll_.Tick()) return false;
  if (v.IsNone()) {
    out_ += "null";
    return true;
  }
  if (v.IsBool()) {
    out_ += v.AsBool() ? "true" : "false";
    return true;
  }
  if (v.IsInt()) {
    absl::StrAppend(&out_, v.AsInt());
    return true;
  }
  if (v.IsFloat()) return EncodeFloat(v.AsFloat());
  if (v.IsObject()) {
    Object* o = v.AsObject();
    switch (o->kind) {
      case ObjKind::kBigInt:
        return AppendIntDecimal(ts_, v, &out_);
      case ObjKind::kStr:
        EncodeStr(static_cast<interp::Str*>(o)->view());
        return true;
      case ObjKind::kList: {
        auto* l = static_cast<interp::List*>(o);
        return EncodeList(l->items, l->size, v, level);
      }
      case ObjKind::kTuple: {
        auto* t = static_cast<Tuple*>(o);
        return EncodeList(t->items, t->size, v, level);
      }
      case ObjKind::kDict:
        return EncodeDict(AsDict(v), v, level);
      default:
        break;
    }
  }
  if (opt_.default_fn.IsNone()) {
    RaiseFormat(ts_, Rt(ts_).exc.type_error,
                "Object of type %s is not JSON serializable",
                std::string(TypeName(ts_, v)));
    return false;
  }
  if (TooDeep(level, "object")) return false;
  // default(o) replaces o; the marker catches a default that returns its
  // argument (or a container holding it) forever.
  if (v.IsObject() && !Enter(v.AsObject())) return false;
  Value r = CallValue(ts_, opt_.default_fn, &v, 1);
  if (r.IsError()) return false;
  TempRoots roots(ts_);
  roots.Add(r);
  // The replacement is written at the same indentation as `v` would have
  // been, but counts as one level deeper against the recursion limit.
  ++default_depth_;
  bool ok = Encode(r, level);
  --default_depth_;
  if (!ok) return false;
  if (v.IsObject()) Leave(v.AsObject());
  return true;
}

bool Encoder::EncodeList(const Value* items, uint32_t n, Value owner,
                         int level) {
  if (n == 0) {
    out_ += "[]";
    return true;
  }
  if (TooDeep(level, "object") || !Enter(owner.AsObject())) return false;
  out_.push_back('[');
  const bool is_list = IsKind(owner, ObjKind::kList);
  for (uint32_t i = 0;; ++i) {
    // A list may change under default(); re-read it each time.
    if (is_list) {
      auto* l = As<interp::List>(owner);
      if (i >= l->size) break;
      items = l->items;
    } else if (i >= n) {
      break;
    }
    if (i > 0) out_ += opt_.item_sep;
    if (opt_.has_indent) Newline(level + 1);
    if (!Encode(items[i], level + 1)) return false;
  }
  if (opt_.has_indent) Newline(level);
  out_.push_back(']');
  Leave(owner.AsObject());
  return true;
}

// Appends the key's JSON string; *skip when skipkeys drops it.
bool Encoder::Key(Value k, bool* skip) {
  *skip = false;
  if (IsKind(k, ObjKind::kStr)) {
    EncodeStr(AsStr(k)->view());
    return true;
  }
  std::string text;
  if (k.IsFloat()) {
    std::swap(text, out_);
    bool ok = EncodeFloat(k.AsFloat());
    std::swap(text, out_);
    if (!ok) return false;
  } else if (k.IsBool()) {
    text = k.AsBool() ? "true" : "false";
  } else if (k.IsNone()) {
    text = "null";
  } else if (k.IsInt()) {
    text = absl::StrCat(k.AsInt());
  } else if (IsBigInt(k)) {
    if (!AppendIntDecimal(ts_, k, &text)) return false;
  } else if (opt_.skipkeys) {
    *skip = true;
    return true;
  } else {
    RaiseFormat(ts_, Rt(ts_).exc.type_error,
                "keys must be str, int, float, bool or None, not %s",
                std::string(TypeName(ts_, k)));
    return false;
  }
  EncodeStr(text);
  return true;
}

bool Encoder::EncodeDict(interp::Dict* d, Value owner, int level) {
  if (DictSize(d) == 0) {
    out_ += "{}";
    return true;
  }
  if (TooDeep(level, "object") || !Enter(owner.AsObject())) return false;
  TempRoots roots(ts_);
  // The items to write, as a list of keys (sorted when asked) looked up
  // again, or straight from the dict.
  interp::List* keys = nullptr;
  if (opt_.sort_keys) {
    keys = NewList(ts_, 0);
    if (keys == nullptr) return false;
    roots.Add(Value::Obj(keys));
    uint32_t pos = 0;
    Value k, v;
    while (DictNext(d, &pos, &k, &v)) {
      if (!ListAppend(ts_, keys, k)) return false;
    }
    if (!ListSort(ts_, keys, Value::None(), false)) return false;
  }
  out_.push_back('{');
  bool first = true;
  uint32_t pos = 0;
  for (uint32_t i = 0;; ++i) {
    Value k, v;
    if (keys != nullptr) {
      if (i >= keys->size) break;
      k = keys->items[i];
      v = DictGet(ts_, d, k);
      if (v.IsError()) return false;
      if (v.IsEmpty()) continue;
    } else if (!DictNext(d, &pos, &k, &v)) {
      break;
    }
    TempRoots item_roots(ts_);
    item_roots.Add(k);
    item_roots.Add(v);
    size_t mark = out_.size();
    if (!first) out_ += opt_.item_sep;
    if (opt_.has_indent) Newline(level + 1);
    bool skip;
    if (!Key(k, &skip)) return false;
    if (skip) {
      out_.resize(mark);
      continue;
    }
    first = false;
    out_ += opt_.key_sep;
    if (!Encode(v, level + 1)) return false;
  }
  if (opt_.has_indent) Newline(level);
  out_.push_back('}');
  Leave(owner.AsObject());
  return true;
}

bool Flag(ThreadState& ts, Value v, bool* out) {
  int t = Truthy(ts, v);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

// The keyword arguments of dumps/dump (all keyword-only in CPython).
bool ParseOptions(ThreadState& ts, const Value* kwvalues, Tuple* kw,
                  const char* fname, Options* opt) {
  Value separators = Value::None();
  Value indent = Value::None();
  for (uint32_t k = 0; k < NumKw(kw); ++k) {
    std::string_view name = AsStr(kw->items[k])->view();
    Value v = kwvalues[k];
    bool ok = true;
    if (name == "skipkeys") {
      ok = Flag(ts, v, &opt->skipkeys);
    } else if (name == "ensure_ascii") {
      ok = Flag(ts, v, &opt->ensure_ascii);
    } else if (name == "check_circular") {
      ok = Flag(ts, v, &opt->check_circular);
    } else if (name == "allow_nan") {
      ok = Flag(ts, v, &opt->allow_nan);
    } else if (name == "sort_keys") {
      ok = Flag(ts, v, &opt->sort_keys);
    } else if (name == "indent") {
      indent = v;
    } else if (name == "separators") {
      separators = v;
    } else if (name == "default") {
      opt->default_fn = v;
    } else if (name == "cls" && v.IsNone()) {
      // The default encoder class.
    } else {
      // CPython passes the remaining keywords to JSONEncoder().
      (void)fname;
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "JSONEncoder.__init__() got an unexpected keyword argument "
                  "'%s'",
                  std::string(name));
      return false;
    }
    if (!ok) return false;
  }
  if (!indent.IsNone()) {
    opt->has_indent = true;
    opt->item_sep = ",";
    if (IsStr(indent)) {
      opt->indent = std::string(AsStr(indent)->view());
    } else if (indent.IsIntLike()) {
      int64_t n = indent.AsInt();
      if (!CheckResultSize(ts, n > 0 ? static_cast<uint64_t>(n) : 0)) {
        return false;
      }
      opt->indent.assign(n > 0 ? static_cast<size_t>(n) : 0, ' ');
    } else {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "can't multiply sequence by non-int of type '%s'",
                  std::string(TypeName(ts, indent)));
      return false;
    }
  }
  if (!separators.IsNone()) {
    int64_t n;
    if (!Length(ts, separators, &n)) return false;
    if (n != 2) {
      RaiseValueError(ts, n < 2 ? absl::StrCat("not enough values to unpack "
                                               "(expected 2, got ",
                                               n, ")")
                                : std::string("too many values to unpack "
                                              "(expected 2)"));
      return false;
    }
    for (int i = 0; i < 2; ++i) {
      Value s = GetItem(ts, separators, Value::Int(i));
      if (s.IsError()) return false;
      if (!IsStr(s)) {
        RaiseFormat(ts, Rt(ts).exc.type_error,
                    "make_encoder() argument %d must be str, not %s", i + 6,
                    std::string(TypeName(ts, s)));
        return false;
      }
      (i == 0 ? opt->item_sep : opt->key_sep) = std::string(AsStr(s)->view());
    }
  }
  return true;
}

bool EncodeToString(ThreadState& ts, Value obj, const Options& opt,
                    std::string* out) {
  Encoder enc(ts, opt);
  if (!enc.Encode(obj, 0)) return false;
  out->swap(enc.out());
  return true;
}

Value Dumps(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (nargs != 1) {
    if (nargs == 0) {
      return RaiseTypeError(ts,
                            "dumps() missing 1 required positional argument: "
                            "'obj'");
    }
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "dumps() takes 1 positional argument but %d were given",
                       nargs);
  }
  Options opt;
  if (!ParseOptions(ts, args + nargs, kw, "dumps", &opt)) return Value::Error();
  std::string out;
  if (!EncodeToString(ts, args[0], opt, &out)) return Value::Error();
  if (!CheckResultSize(ts, out.size())) return Value::Error();
  if (opt.ensure_ascii) {
    Str* s = NewStrWithLength(ts, out, static_cast<uint32_t>(out.size()), true);
    return s != nullptr ? Value::Obj(s) : Value::Error();
  }
  return StrValue(ts, out);
}

Value Dump(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (nargs != 2) {
    if (nargs < 2) {
      return RaiseTypeError(
          ts, nargs == 0
                  ? "dump() missing 2 required positional arguments: 'obj' "
                    "and 'fp'"
                  : "dump() missing 1 required positional argument: 'fp'");
    }
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "dump() takes 2 positional arguments but %d were given",
                       nargs);
  }
  Options opt;
  if (!ParseOptions(ts, args + nargs, kw, "dump", &opt)) return Value::Error();
  std::string out;
  if (!EncodeToString(ts, args[0], opt, &out)) return Value::Error();
  Value text = StrValue(ts, out);
  if (text.IsError()) return text;
  TempRoots roots(ts);
  roots.Add(text);
  Str* write = InternStr(ts, "write");
  if (write == nullptr) return Value::Error();
  Value meth = GetAttr(ts, args[1], write);
  if (meth.IsError()) return meth;
  roots.Add(meth);
  Value r = CallValue(ts, meth, &text, 1);
  return r.IsError() ? r : Value::None();
}

Module* InitJsonModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "_json"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  ClassObject* err =
      NewClass(ts, "JSONDecodeError", rt.exc.value_error, "json.decoder",
               ObjKind::kException, kClassException | kClassBaseOk);
  if (err == nullptr) return nullptr;
  rt.classes.json_decode_error = err;
  if (!AddValue(ts, m, "JSONDecodeError", Value::Obj(err)) ||
      !AddFunction(ts, m, "loads", Loads) ||
      !AddFunction(ts, m, "load", Load) ||
      !AddFunction(ts, m, "dumps", Dumps) ||
      !AddFunction(ts, m, "dump", Dump)) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_json", InitJsonModule);

}  // namespace json

}  // namespace builtins
}  // namespace interp
