// The constructors of the builtin types (ClassObject::construct): int(),
// float(), str(), bool(), list(), tuple(), dict(), set(), range(),
// slice(), object(), type(x) and the builtin iterators (enumerate, zip,
// map, filter, reversed). Messages are CPython's.
//
// A constructor may also be called by the VM for a user subclass of the
// type, which then overwrites the result's class: so constructors of heap
// types always return a fresh object (never an argument or a shared
// singleton such as the empty tuple).
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/builtins/bytes_methods.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float_box.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/list.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/range_slice.h"
#include "runtime/objects/set.h"
#include "runtime/objects/shape.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/unicode.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {

namespace {

// int(float): truncation with CPython's errors.
Value FloatToInt(ThreadState& ts, double d) {
  if (std::isnan(d))
    return RaiseValueError(ts, "cannot convert float NaN to integer");
  if (std::isinf(d)) {
    return RaiseOverflowError(ts, "cannot convert float infinity to integer");
  }
  return IntFromDouble(ts, std::trunc(d));
}

// int() and float() accept any Unicode decimal digit and whitespace, like
// CPython, which maps them to ASCII before parsing (other non-ASCII
// characters become '?', so they still fail).
std::string AsciiNumberText(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t len = 0;
    uint32_t cp = DecodeUtf8(s.data() + i, &len);
    i += len ? len : 1;
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (unicode::IsDecimal(cp)) {
      // Decimal digits come in runs that start at a zero.
      uint32_t start = cp;
      while (start > 0 && unicode::IsDecimal(start - 1) && cp - start < 100)
        --start;
      out.push_back(static_cast<char>('0' + (cp - start) % 10));
    } else if (unicode::IsSpace(cp)) {
      out.push_back(' ');
    } else {
      out.push_back('?');
    }
  }
  return out;
}

Value ParseIntText(ThreadState& ts, Str* s, int base) {
  // Plain decimal digits (what split-and-convert code mostly sees), short
  // enough not to overflow: no copy, no sign/space/underscore handling.
  if (base == 10 && s->byte_len > 0 && s->byte_len <= 18) {
    int64_t v = 0;
    uint32_t i = 0;
    for (; i < s->byte_len; ++i) {
      unsigned d = static_cast<unsigned char>(s->data[i]) - '0';
      if (d > 9) break;
      v = v * 10 + d;
    }
    if (i == s->byte_len) return Value::Int(v);
  }
  std::string ascii;
  std::string_view text = s->view();
  if (!s->is_ascii) {
    ascii = AsciiNumberText(text);
    text = ascii;
  }
  Value v = ParseIntValue(ts, text, base);
  if (!v.IsEmpty()) return v;
  std::string msg =
      absl::StrFormat("invalid literal for int() with base %d: ", base);
  if (!AppendRepr(ts, Value::Obj(s), &msg)) return Value::Error();
  return RaiseValueError(ts, msg);
}

// int(b) and int(b, base) for bytes and bytearray: the ASCII digits, with
// the bytes' repr in the error, as CPython.
Value ParseIntBytes(ThreadState& ts, Value b, int base) {
  std::string text(BytesLikeView(b));
  Value v = ParseIntValue(ts, text, base);
  if (!v.IsEmpty()) return v;
  std::string msg =
      absl::StrFormat("invalid literal for int() with base %d: ", base);
  if (!AppendRepr(ts, b, &msg)) return Value::Error();
  return RaiseValueError(ts, msg);
}

Value IntConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  // int(text), the common conversion: straight to the parser.
  if (nargs == 1 && NumKw(kwnames) == 0 && IsStr(args[0]) &&
      args[0].AsObject()->cls == Rt(ts).classes.str) {
    return ParseIntText(ts, AsStr(args[0]), 10);
  }
  RuntimeState& rt = Rt(ts);
  Value a[2];
  if (!BindArgs(ts, "int", args, nargs, kwnames, {"x", "base"}, 0, 2, 1, a)) {
    return Value::Error();
  }
  Value x = a[0];
  if (x.IsEmpty()) {
    if (!a[1].IsEmpty())
      return RaiseTypeError(ts, "int() missing string argument");
    return Value::Int(0);
  }
  if (!a[1].IsEmpty()) {
    int64_t base;
    if (!ToIndex(ts, a[1], &base)) return Value::Error();
    if (base != 0 && (base < 2 || base > 36)) {
      return RaiseValueError(ts, "int() base must be >= 2 and <= 36, or 0");
    }
    if (IsBytesLike(x)) return ParseIntBytes(ts, x, static_cast<int>(base));
    if (!IsStr(x)) {
      return RaiseTypeError(
          ts, "int() can't convert non-string with explicit base");
    }
    return ParseIntText(ts, AsStr(x), static_cast<int>(base));
  }
  // A fresh Value: int() of an IntEnum member is the plain int.
  if (x.IsIntLike()) return Value::Int(x.AsInt());
  if (IsBigInt(x) && !IsBoxedInt(x)) return x;
  // An int subclass's instance: its own __int__ if it defines one, else
  // the plain int it holds.
  if (IsBoxedInt(x)) {
    auto overrides = [&](Str* name) {
      Value m = LookupSpecial(x.AsObject()->cls, name);
      return !m.IsEmpty() && !m.Is(LookupSpecial(rt.classes.int_, name));
    };
    if (!overrides(rt.names.__int__) && !overrides(rt.names.__index__)) {
      return IntPlain(ts, x);
    }
  }
  if (x.IsFloat()) return FloatToInt(ts, x.AsFloat());
  if (IsBoxedFloat(x) &&
      LookupSpecial(x.AsObject()->cls, rt.names.__int__)
          .Is(LookupSpecial(rt.classes.float_, rt.names.__int__))) {
    return FloatToInt(ts, BoxedFloatValue(x));
  }
  // A str subclass's own __int__/__index__ comes first (below).
  const bool user_class =
      x.IsObject() && !(x.AsObject()->cls->flags & kClassBuiltin);
  if (IsStr(x) && !user_class) return ParseIntText(ts, AsStr(x), 10);
  if (IsBytesLike(x)) return ParseIntBytes(ts, x, 10);
  if (user_class) {
    TempRoots roots(ts);
    roots.Add(x);
    for (Str* name : {rt.names.__int__, rt.names.__index__}) {
      bool found = false;
      Value r = CallSpecial(ts, x, name, nullptr, 0, &found);
      if (!found) continue;
      if (r.IsError()) return r;
      if (!IsInteger(r)) {
        return RaiseFormat(ts, rt.exc.type_error,
                           "%s returned non-int (type %s)", name->view(),
                           TypeName(ts, r));
      }
      return r.IsIntLike() ? Value::Int(r.AsInt()) : IntPlain(ts, r);
    }
    if (IsStr(x)) return ParseIntText(ts, AsStr(x), 10);
  }
  return RaiseFormat(ts, rt.exc.type_error,
                     "int() argument must be a string, a bytes-like object or "
                     "a real number, not '%s'",
                     TypeName(ts, x));
}

// A parsed float; a NaN gets a payload of its own (RuntimeState::nan_serial).
Value ParsedFloat(ThreadState& ts, double d) {
  if (!std::isnan(d)) return Value::Float(d);
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  uint64_t serial = ++Rt(ts).nan_serial & ((uint64_t{1} << 50) - 1);
  bits = (bits & ~((uint64_t{1} << 51) - 1)) | (uint64_t{1} << 51) | serial;
  std::memcpy(&d, &bits, sizeof d);
  return Value::Float(d);
}

Value FloatConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "float", kwnames)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "float expected at most 1 argument, got %d", nargs);
  }
  if (nargs == 0) return Value::Float(0.0);
  Value x = args[0];
  if (x.IsFloat()) return x;
  if (IsBoxedFloat(x) &&
      LookupSpecial(x.AsObject()->cls, rt.names.__float__)
          .Is(LookupSpecial(rt.classes.float_, rt.names.__float__))) {
    return FloatPlain(x);
  }
  if (IsInteger(x)) {
    double d;
    if (!IntToDouble(ts, x, &d)) return Value::Error();
    return Value::Float(d);
  }
  if (IsBytesLike(x)) {
    double d;
    if (ParseFloat(BytesLikeView(x), &d)) return ParsedFloat(ts, d);
    std::string msg = "could not convert string to float: ";
    if (!AppendRepr(ts, x, &msg)) return Value::Error();
    return RaiseValueError(ts, msg);
  }
  if (IsStr(x)) {
    double d;
    std::string ascii;
    std::string_view text = AsStr(x)->view();
    if (!AsStr(x)->is_ascii) {
      ascii = AsciiNumberText(text);
      text = ascii;
    }
    if (ParseFloat(text, &d)) return ParsedFloat(ts, d);
    std::string msg = "could not convert string to float: ";
    if (!AppendRepr(ts, x, &msg)) return Value::Error();
    return RaiseValueError(ts, msg);
  }
  if (x.IsObject() && !(x.AsObject()->cls->flags & kClassBuiltin)) {
    TempRoots roots(ts);
    roots.Add(x);
    bool found = false;
    Value r = CallSpecial(ts, x, rt.names.__float__, nullptr, 0, &found);
    if (found) {
      if (r.IsError()) return r;
      if (!r.IsFloat()) {
        return RaiseFormat(ts, rt.exc.type_error,
                           "%s.__float__ returned non-float (type %s)",
                           TypeName(ts, x), TypeName(ts, r));
      }
      return r;
    }
    r = CallSpecial(ts, x, rt.names.__index__, nullptr, 0, &found);
    if (found) {
      if (r.IsError()) return r;
      if (IsInteger(r)) {
        double d;
        if (!IntToDouble(ts, r, &d)) return Value::Error();
        return Value::Float(d);
      }
    }
  }
  return RaiseFormat(ts, rt.exc.type_error,
                     "float() argument must be a string or a real number, not "
                     "'%s'",
                     TypeName(ts, x));
}

// A fresh copy of a string (never the interned or singleton object).
Value FreshStr(ThreadState& ts, std::string_view text) {
  RuntimeState& rt = Rt(ts);
  Str* s = rt.heap.New<Str>(ts, ObjKind::kStr, rt.classes.str, text.size() + 1);
  if (s == nullptr) return RaiseMemoryError(ts);
  Str* model = NewStr(ts, text);  // for the code-point count
  if (model == nullptr) return Value::Error();
  s->byte_len = model->byte_len;
  s->char_len = model->char_len;
  s->hash = -1;
  s->is_ascii = model->is_ascii;
  s->interned = 0;
  s->data = s->inline_data;
  memcpy(s->data, text.data(), text.size());
  s->data[text.size()] = '\0';
  return Value::Obj(s);
}

Value StrConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  Value a[3];
  if (!BindArgs(ts, "str", args, nargs, kwnames,
                {"object", "encoding", "errors"}, 0, 3, 0, a)) {
    return Value::Error();
  }
  if (!a[1].IsEmpty() || !a[2].IsEmpty()) {
    return StrFromEncoded(ts, a[0], a[1], a[2]);
  }
  if (a[0].IsEmpty()) return FreshStr(ts, "");
  Value s = ToStr(ts, a[0]);
  if (s.IsError()) return s;
  // The common case (str of a number, a list, ...) already made a new
  // string; only an argument returned as-is needs copying.
  if (s.Is(a[0]) || AsStr(s)->interned) return FreshStr(ts, AsStr(s)->view());
  return s;
}

Value BoolConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames) {
  if (!NoKwargs(ts, "bool", kwnames)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "bool expected at most 1 argument, got %d", nargs);
  }
  if (nargs == 0) return Value::Bool(false);
  int t = Truthy(ts, args[0]);
  if (t < 0) return Value::Error();
  return Value::Bool(t != 0);
}

Value ListConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames) {
  if (!NoKwargs(ts, "list", kwnames)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "list expected at most 1 argument, got %d", nargs);
  }
  if (nargs == 0) {
    List* l = NewList(ts, 0);
    return l != nullptr ? Value::Obj(l) : Value::Error();
  }
  List* l = IterableToList(ts, args[0]);
  return l != nullptr ? Value::Obj(l) : Value::Error();
}

Value TupleConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "tuple", kwnames)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "tuple expected at most 1 argument, got %d", nargs);
  }
  const Value* items = nullptr;
  uint32_t n = 0;
  TempRoots roots(ts);
  if (nargs == 1) {
    if (IsKind(args[0], ObjKind::kTuple) &&
        IteratesAsItems(args[0].AsObject())) {
      items = As<Tuple>(args[0])->items;
      n = As<Tuple>(args[0])->size;
    } else {
      List* l = IterableToList(ts, args[0]);
      if (l == nullptr) return Value::Error();
      roots.Add(Value::Obj(l));
      items = l->items;
      n = l->size;
    }
  }
  if (n == 0) {
    // Not the shared empty tuple (see the file comment).
    auto* t = rt.heap.New<Tuple>(ts, ObjKind::kTuple, rt.classes.tuple);
    if (t == nullptr) return RaiseMemoryError(ts);
    t->size = 0;
    t->hash = -1;
    return Value::Obj(t);
  }
  Tuple* t = NewTupleFrom(ts, items, n);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value DictConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames) {
  if (nargs > 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "dict expected at most 1 argument, got %d", nargs);
  }
  Dict* d = NewDict(ts);
  if (d == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(DictValue(d));
  if (nargs == 1 && !DictUpdateFrom(ts, d, args[0])) return Value::Error();
  if (!DictUpdateKw(ts, d, args + nargs, kwnames)) return Value::Error();
  return DictValue(d);
}

Value SetConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  if (!NoKwargs(ts, "set", kwnames)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "set expected at most 1 argument, got %d", nargs);
  }
  Set* s = NewSet(ts);
  if (s == nullptr) return Value::Error();
  if (nargs == 1) {
    TempRoots roots(ts);
    roots.Add(SetValue(s));
    if (!SetUpdate(ts, s, args[0])) return Value::Error();
  }
  return SetValue(s);
}

Value RangeConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "range", kwnames)) return Value::Error();
  if (nargs == 0) {
    return RaiseTypeError(ts, "range expected at least 1 argument, got 0");
  }
  if (nargs > 3) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "range expected at most 3 arguments, got %d", nargs);
  }
  int64_t v[3] = {0, 0, 1};
  for (uint32_t i = 0; i < nargs; ++i) {
    if (!ToIndex(ts, args[i], &v[i])) return Value::Error();
  }
  int64_t start = 0, stop, step = 1;
  if (nargs == 1) {
    stop = v[0];
  } else {
    start = v[0];
    stop = v[1];
    if (nargs == 3) step = v[2];
  }
  if (step == 0) return RaiseValueError(ts, "range() arg 3 must not be zero");
  Range* r = NewRange(ts, start, stop, step);
  return r != nullptr ? Value::Obj(r) : Value::Error();
}

// types.MethodType(function, instance): a bound method (weakref.WeakMethod
// re-binds with it).
Value MethodConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (NumKw(kwnames) > 0) {
    return RaiseTypeError(ts, "method() takes no keyword arguments");
  }
  if (nargs != 2) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "method expected 2 arguments, got %d", nargs);
  }
  bool callable = false;
  if (args[0].IsObject()) {
    switch (args[0].AsObject()->kind) {
      case ObjKind::kFunction:
      case ObjKind::kNative:
      case ObjKind::kBoundMethod:
      case ObjKind::kClass:
        callable = true;
        break;
      default:
        callable = !LookupSpecial(args[0].AsObject()->cls, rt.names.__call__)
                        .IsEmpty();
    }
  }
  if (!callable) return RaiseTypeError(ts, "first argument must be callable");
  if (args[1].IsNone()) {
    return RaiseTypeError(ts, "instance must not be None");
  }
  return NewBoundMethod(ts, args[0], args[1]);
}

Value SliceConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "slice", kwnames)) return Value::Error();
  if (nargs == 0 || nargs > 3) {
    if (nargs == 0) {
      return RaiseTypeError(ts, "slice expected at least 1 argument, got 0");
    }
    return RaiseFormat(ts, rt.exc.type_error,
                       "slice expected at most 3 arguments, got %d", nargs);
  }
  Slice* s;
  if (nargs == 1) {
    s = NewSlice(ts, Value::None(), args[0], Value::None());
  } else {
    s = NewSlice(ts, args[0], args[1], nargs == 3 ? args[2] : Value::None());
  }
  return s != nullptr ? Value::Obj(s) : Value::Error();
}

Value ObjectConstruct(ThreadState& ts, const Value*, uint32_t nargs,
                      Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (nargs > 0 || NumKw(kwnames) > 0) {
    return RaiseTypeError(ts, "object() takes no arguments");
  }
  Instance* o = NewInstance(ts, rt.classes.object);
  if (o == nullptr) return RaiseMemoryError(ts);
  return Value::Obj(o);
}

Value EnumerateConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames) {
  Value a[2];
  if (!BindArgs(ts, "enumerate", args, nargs, kwnames, {"iterable", "start"}, 1,
                2, 0, a)) {
    return Value::Error();
  }
  int64_t start = 0;
  if (!a[1].IsEmpty() && !ToIndex(ts, a[1], &start)) return Value::Error();
  return NewEnumerate(ts, a[0], start);
}

Value ZipConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  uint32_t nkw = NumKw(kwnames);
  bool strict = false;
  for (uint32_t i = 0; i < nkw; ++i) {
    std::string_view k = AsStr(kwnames->items[i])->view();
    if (k != "strict") {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "'%s' is an invalid keyword argument for zip()", k);
    }
    int t = Truthy(ts, args[nargs + i]);
    if (t < 0) return Value::Error();
    strict = t != 0;
  }
  return strict ? NewZipStrict(ts, args, nargs) : NewZip(ts, args, nargs);
}

Value MapConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  if (!NoKwargs(ts, "map", kwnames)) return Value::Error();
  if (nargs < 2) {
    return RaiseTypeError(ts, "map() must have at least two arguments.");
  }
  return NewMap(ts, args[0], args + 1, nargs - 1);
}

Value FilterConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  if (!NoKwargs(ts, "filter", kwnames)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "filter expected 2 arguments, got %d", nargs);
  }
  return NewFilter(ts, args[0], args[1]);
}

Value ReversedConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kwnames) {
  if (!NoKwargs(ts, "reversed", kwnames)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "reversed expected 1 argument, got %d", nargs);
  }
  return NewReversed(ts, args[0]);
}

// module(name, doc=None), types.ModuleType: an empty module, as a
// script building one by hand (or importlib.util.module_from_spec) needs.
// NoneType(), type(NotImplemented)() and type(...)() give the singletons.
template <int kWhich>
Value SingletonConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames) {
  (void)args;
  RuntimeState& rt = Rt(ts);
  static constexpr const char* kNames[] = {"NoneType", "NotImplementedType",
                                           "ellipsis"};
  if (nargs != 0 || (kwnames != nullptr && kwnames->size != 0)) {
    return RaiseFormat(ts, rt.exc.type_error, "%s takes no arguments",
                       kNames[kWhich]);
  }
  if (kWhich == 0) return Value::None();
  Object* o = kWhich == 1 ? rt.not_implemented : rt.ellipsis;
  return o == nullptr ? Value::None() : Value::Obj(o);
}

Value ModuleConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  Value a[2] = {Value::Empty(), Value::None()};
  if (!BindArgs(ts, "module", args, nargs, kwnames, {"name", "doc"}, 1, 2, 0,
                a)) {
    return Value::Error();
  }
  if (!IsStr(a[0])) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "module() argument 'name' must be str, not %s",
                       TypeName(ts, a[0]));
  }
  Object* m = NewModule(ts, AsStr(a[0])->view());
  if (m == nullptr) return Value::Error();
  Dict* dict = static_cast<Module*>(m)->dict;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!DictSetStr(ts, dict, rt.names.__doc__, a[1])) return Value::Error();
  for (const char* key : {"__package__", "__loader__", "__spec__"}) {
    Str* k = InternStr(ts, key);
    if (k == nullptr || !DictSetStr(ts, dict, k, Value::None())) {
      return Value::Error();
    }
  }
  return Value::Obj(m);
}

}  // namespace

void InstallConstructors(RuntimeState& rt) {
  BuiltinClasses& c = rt.classes;
  c.object->construct = ObjectConstruct;
  c.type->construct = TypeConstruct;
  c.int_->construct = IntConstruct;
  c.bool_->construct = BoolConstruct;
  c.float_->construct = FloatConstruct;
  c.str->construct = StrConstruct;
  c.list->construct = ListConstruct;
  c.tuple->construct = TupleConstruct;
  c.dict->construct = DictConstruct;
  c.set->construct = SetConstruct;
  c.range->construct = RangeConstruct;
  c.slice->construct = SliceConstruct;
  c.method->construct = MethodConstruct;
  c.enumerate->construct = EnumerateConstruct;
  c.zip->construct = ZipConstruct;
  c.map->construct = MapConstruct;
  c.filter->construct = FilterConstruct;
  c.reversed->construct = ReversedConstruct;
  c.module->construct = ModuleConstruct;
  c.none_type->construct = SingletonConstruct<0>;
  c.not_implemented_type->construct = SingletonConstruct<1>;
  c.ellipsis_type->construct = SingletonConstruct<2>;
}

}  // namespace builtins
}  // namespace interp
