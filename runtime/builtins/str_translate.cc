// str.maketrans (a static method) and str.translate.
#include <string>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/builtins/str_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

std::vector<uint32_t> CodePointsOf(std::string_view s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    uint32_t len;
    out.push_back(DecodeUtf8(s.data() + i, &len));
    i += len;
  }
  return out;
}

// str.maketrans(x[, y[, z]]): a dict from code points to code points, strs
// or None.
Value StrMaketrans(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "maketrans", kw) ||
      !CheckArgCount(ts, "maketrans", nargs, 1, 3)) {
    return Value::Error();
  }
  Dict* d = NewDict(ts);
  if (d == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(DictValue(d));
  if (nargs == 1) {
    if (!IsKind(args[0], ObjKind::kDict)) {
      return RaiseTypeError(ts,
                            "if you give only one argument to maketrans it "
                            "must be a dict");
    }
    uint32_t pos = 0;
    Value k, v;
    while (DictNext(AsDict(args[0]), &pos, &k, &v)) {
      Value key = k;
      if (IsKind(k, ObjKind::kStr)) {
        Str* s = As<Str>(k);
        if (s->char_len != 1) {
          return RaiseValueError(
              ts, "string keys in translate table must be of length 1");
        }
        uint32_t len;
        key = Value::Int(DecodeUtf8(s->data, &len));
      } else if (!k.IsIntLike()) {
        return RaiseTypeError(
            ts, "keys in translate table must be strings or integers");
      }
      if (!DictSet(ts, d, Value::Int(key.AsInt()), v)) return Value::Error();
    }
    return DictValue(d);
  }
  Str *x, *y;
  if (!StrArg(ts, args[0], "maketrans() argument 1", &x) ||
      !StrArg(ts, args[1], "maketrans() argument 2", &y)) {
    return Value::Error();
  }
  std::vector<uint32_t> from = CodePointsOf(x->view());
  std::vector<uint32_t> to = CodePointsOf(y->view());
  if (from.size() != to.size()) {
    return RaiseValueError(
        ts, "the first two maketrans arguments must have equal length");
  }
  for (size_t i = 0; i < from.size(); ++i) {
    if (!DictSet(ts, d, Value::Int(from[i]), Value::Int(to[i]))) {
      return Value::Error();
    }
  }
  if (nargs == 3) {
    Str* z;
    if (!StrArg(ts, args[2], "maketrans() argument 3", &z)) {
      return Value::Error();
    }
    for (uint32_t cp : CodePointsOf(z->view())) {
      if (!DictSet(ts, d, Value::Int(cp), Value::None())) return Value::Error();
    }
  }
  (void)rt;
  return DictValue(d);
}

// str.translate(table): each character's code point looked up with
// table[cp]; LookupError keeps it, None drops it, an int or str replaces it.
Value StrTranslate(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  STR_SELF("translate");
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "str.translate", kw) ||
      !CheckArgCount(ts, "str.translate", argc, 1, 1)) {
    return Value::Error();
  }
  Value table = args[1];
  TempRoots roots(ts);
  roots.Add(args[0]);
  roots.Add(table);
  std::string out;
  std::string_view v = self->view();
  for (size_t i = 0; i < v.size();) {
    uint32_t len;
    uint32_t cp = DecodeUtf8(v.data() + i, &len);
    std::string_view ch = v.substr(i, len);
    i += len;
    Value r = GetItem(ts, table, Value::Int(cp));
    if (r.IsError()) {
      if (PendingExceptionMatches(ts, rt.exc.lookup_error)) {
        TakePendingException(ts);
        out.append(ch);
        continue;
      }
      return r;
    }
    if (r.IsNone()) continue;
    if (r.IsIntLike()) {
      if (r.AsInt() < 0 || r.AsInt() > 0x10FFFF) {
        return RaiseValueError(ts,
                               "character mapping must be in range(0x110000)");
      }
      AppendUtf8(&out, static_cast<uint32_t>(r.AsInt()));
    } else if (IsKind(r, ObjKind::kStr)) {
      out.append(As<Str>(r)->view());
    } else {
      return RaiseTypeError(
          ts, "character mapping must return integer, None or str");
    }
  }
  return StrResult(ts, self, out);
}

}  // namespace

bool AddStrTranslateMethods(ThreadState& ts, ClassObject* str_class) {
  static constexpr MethodDef kMethods[] = {
      {"translate", StrTranslate},
  };
  return AddMethods(ts, str_class, "str", kMethods) &&
         AddStaticMethod(ts, str_class, "str", "maketrans", StrMaketrans);
}

}  // namespace builtins
}  // namespace interp
