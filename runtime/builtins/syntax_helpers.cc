// Builtins the compiled code of some syntax calls: the match statement's
// structural patterns (the parser lowers `match` to an if chain calling
// them: see frontend/parser_match.cc) and the `@` operator (the compiler
// calls the protocol through them rather than spend an opcode on an
// operator no builtin type implements). Their names are not identifiers,
// so scripts cannot shadow them.
#include <string>
#include <vector>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/mapping_proxy.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

// Whether `cls` derives from collections.abc.<one of names> (registration
// with an ABC is not seen), or is collections.deque.
bool DerivesFromAbc(ClassObject* cls, std::initializer_list<const char*> names,
                    bool deque) {
  bool found = false;
  VisitMro(cls, [&](ClassObject* c) {
    std::string_view mod = c->module_name ? c->module_name->view() : "";
    std::string_view name = c->name ? c->name->view() : "";
    if (mod == "collections.abc") {
      for (const char* n : names) found = found || name == n;
    }
    if (deque && mod == "collections" && name == "deque") found = true;
    return found;
  });
  return found;
}

// A sequence for sequence patterns: list, tuple, range and their
// subclasses, deque, collections.abc.Sequence subclasses; never str,
// bytes or bytearray.
bool IsMatchSequence(ThreadState& ts, Value v) {
  if (!v.IsObject()) return false;
  switch (v.AsObject()->kind) {
    case ObjKind::kList:
    case ObjKind::kTuple:
    case ObjKind::kRange:
      return true;
    case ObjKind::kStr:
    case ObjKind::kBytes:
    case ObjKind::kByteArray:
    case ObjKind::kDict:
    case ObjKind::kSet:
      return false;
    default:
      return DerivesFromAbc(ClassOf(Rt(ts), v), {"Sequence", "MutableSequence"},
                            true);
  }
}

bool IsMatchMapping(ThreadState& ts, Value v) {
  if (IsKind(v, ObjKind::kDict) || !MappingProxyTarget(v).IsEmpty()) {
    return true;
  }
  if (!v.IsObject()) return false;
  return DerivesFromAbc(ClassOf(Rt(ts), v), {"Mapping", "MutableMapping"},
                        false);
}

// match-seq(subject, n, exact)
Value MatchSeq(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 3 || !args[1].IsIntLike()) {
    return RaiseTypeError(ts, "match-seq: bad arguments");
  }
  if (!IsMatchSequence(ts, args[0])) return Value::None();
  int64_t n;
  if (!Length(ts, args[0], &n)) return Value::Error();
  int64_t want = args[1].AsInt();
  bool exact = args[2].IsBool() && args[2].AsBool();
  if (exact ? n != want : n < want) return Value::None();
  List* l = IterableToList(ts, args[0]);
  if (l == nullptr) return Value::Error();
  return Value::Obj(l);
}

// match-map(subject, keys, rest)
Value MatchMap(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 3 || !IsKind(args[1], ObjKind::kTuple)) {
    return RaiseTypeError(ts, "match-map: bad arguments");
  }
  Value subject = args[0];
  if (!IsMatchMapping(ts, subject)) return Value::None();
  Tuple* keys = As<Tuple>(args[1]);
  bool want_rest = args[2].IsBool() && args[2].AsBool();
  TempRoots roots(ts);
  std::vector<Value> values;
  for (uint32_t i = 0; i < keys->size; ++i) {
    Value k = keys->items[i];
    for (uint32_t j = 0; j < i; ++j) {
      int eq = Equals(ts, keys->items[j], k);
      if (eq < 0) return Value::Error();
      if (eq) {
        std::string msg = "mapping pattern checks duplicate key (";
        if (!AppendRepr(ts, k, &msg)) return Value::Error();
        msg += ")";
        return RaiseValueError(ts, msg);
      }
    }
    Value v;
    if (IsKind(subject, ObjKind::kDict)) {
      // Like CPython's .get(): a subclass's __missing__ is not called.
      v = DictGet(ts, AsDict(subject), k);
      if (v.IsError()) return v;
      if (v.IsEmpty()) return Value::None();
    } else {
      int has = Contains(ts, subject, k);
      if (has < 0) return Value::Error();
      if (!has) return Value::None();
      v = GetItem(ts, subject, k);
      if (v.IsError()) return v;
    }
    roots.Add(v);
    values.push_back(v);
  }
  if (want_rest) {
    Dict* rest = NewDict(ts);
    if (rest == nullptr) return Value::Error();
    roots.Add(DictValue(rest));
    Value it = GetIter(ts, subject);
    if (it.IsError()) return it;
    roots.Add(it);
    for (;;) {
      Value k = IterNext(ts, it);
      if (k.IsError()) return k;
      if (k.IsEmpty()) break;
      roots.Add(k);
      bool skip = false;
      for (uint32_t i = 0; i < keys->size && !skip; ++i) {
        int eq = Equals(ts, keys->items[i], k);
        if (eq < 0) return Value::Error();
        skip = eq != 0;
      }
      if (skip) continue;
      Value v = GetItem(ts, subject, k);
      if (v.IsError()) return v;
      if (!DictSet(ts, rest, k, v)) return Value::Error();
    }
    values.push_back(DictValue(rest));
  }
  Tuple* t =
      NewTupleFrom(ts, values.data(), static_cast<uint32_t>(values.size()));
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// The builtin types whose instances match one positional sub-pattern as a
// whole (`case int(n)`).
bool SelfMatching(RuntimeState& rt, ClassObject* cls) {
  const BuiltinClasses& c = rt.classes;
  for (ClassObject* k : {c.bool_, c.bytearray, c.bytes, c.dict, c.float_,
                         c.frozenset, c.int_, c.list, c.set, c.str, c.tuple}) {
    if (k != nullptr && cls == k) return true;
  }
  return false;
}

// match-class(subject, cls, npos, kwnames)
Value MatchClass(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  RuntimeState& rt = Rt(ts);
  if (nargs != 4 || !args[2].IsIntLike() || !IsKind(args[3], ObjKind::kTuple)) {
    return RaiseTypeError(ts, "match-class: bad arguments");
  }
  Value subject = args[0];
  if (!IsKind(args[1], ObjKind::kClass)) {
    return RaiseTypeError(ts, "called match pattern must be a type");
  }
  auto* cls = As<ClassObject>(args[1]);
  int r = IsInstanceOfSpec(ts, subject, args[1]);
  if (r < 0) return Value::Error();
  if (r == 0) return Value::None();
  int64_t npos = args[2].AsInt();
  Tuple* kwnames = As<Tuple>(args[3]);
  TempRoots roots(ts);
  std::vector<Value> values;
  std::vector<Value> seen_names;
  auto fetch = [&](Value name) -> int {
    for (Value s : seen_names) {
      if (StrEquals(AsStr(s), AsStr(name))) {
        RaiseFormat(ts, rt.exc.type_error,
                    "%s() got multiple sub-patterns for attribute '%s'",
                    cls->name->view(), AsStr(name)->view());
        return -1;
      }
    }
    seen_names.push_back(name);
    Value v = GetAttrOrEmpty(ts, subject, AsStr(name));
    if (v.IsError()) return -1;
    if (v.IsEmpty()) return 0;
    roots.Add(v);
    values.push_back(v);
    return 1;
  };
  if (npos > 0) {
    if (npos == 1 && SelfMatching(rt, cls)) {
      values.push_back(subject);
    } else {
      Str* key = InternStr(ts, "__match_args__");
      if (key == nullptr) return Value::Error();
      Value ma = GetAttrOrEmpty(ts, args[1], key);
      if (ma.IsError()) return ma;
      roots.Add(ma);
      int64_t have = 0;
      if (!ma.IsEmpty()) {
        if (!IsKind(ma, ObjKind::kTuple)) {
          return RaiseFormat(ts, rt.exc.type_error,
                             "%s.__match_args__ must be a tuple (got %s)",
                             cls->name->view(), TypeName(ts, ma));
        }
        have = As<Tuple>(ma)->size;
      }
      if (npos > have) {
        return RaiseFormat(
            ts, rt.exc.type_error,
            "%s() accepts %d positional sub-pattern%s (%d given)",
            cls->name->view(), have, have == 1 ? "" : "s", npos);
      }
      for (int64_t i = 0; i < npos; ++i) {
        Value name = As<Tuple>(ma)->items[i];
        if (!IsKind(name, ObjKind::kStr)) {
          return RaiseFormat(ts, rt.exc.type_error,
                             "__match_args__ elements must be strings "
                             "(got %s)",
                             TypeName(ts, name));
        }
        int got = fetch(name);
        if (got <= 0) return got < 0 ? Value::Error() : Value::None();
      }
    }
  }
  for (uint32_t i = 0; i < kwnames->size; ++i) {
    int got = fetch(kwnames->items[i]);
    if (got <= 0) return got < 0 ? Value::Error() : Value::None();
  }
  Tuple* t =
      NewTupleFrom(ts, values.data(), static_cast<uint32_t>(values.size()));
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// a @ b
Value MatMulOp(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2) return RaiseTypeError(ts, "matmul-op: bad arguments");
  return BinaryOp(ts, BinOp::kMatMul, args[0], args[1]);
}

// a @= b
Value InplaceMatMulOp(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*) {
  if (nargs != 2) return RaiseTypeError(ts, "imatmul-op: bad arguments");
  return InplaceOp(ts, BinOp::kMatMul, args[0], args[1]);
}

}  // namespace

bool AddMatchBuiltins(ThreadState& ts, Module* m) {
  static constexpr MethodDef kFunctions[] = {
      {"match-seq", MatchSeq},         {"match-map", MatchMap},
      {"match-class", MatchClass},     {"matmul-op", MatMulOp},
      {"imatmul-op", InplaceMatMulOp},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return false;
  }
  return true;
}

}  // namespace builtins
}  // namespace interp
