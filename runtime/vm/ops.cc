// The loop's out-of-line instruction helpers: slow comparisons, call
// argument spreading, function creation, container displays, unpacking,
// f-string pieces and `with`.
#include <cstring>
#include <string>

#include "absl/container/inlined_vector.h"
#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/frames/code_info.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {

std::string_view TypeNameOf(ThreadState& ts, Value v) {
  return ClassOf(Rt(ts), v)->name->view();
}

Value SlowCompareValue(ThreadState& ts, CmpOp op, Value a, Value b) {
  if (op == CmpOp::kIn || op == CmpOp::kNotIn) {
    int r = Contains(ts, b, a);
    if (r < 0) return Value::Error();
    return Value::Bool((r != 0) == (op == CmpOp::kIn));
  }
  return Compare(ts, op, a, b);
}

int SlowCompareBool(ThreadState& ts, CmpOp op, Value a, Value b) {
  if (op == CmpOp::kIn || op == CmpOp::kNotIn) {
    int r = Contains(ts, b, a);
    if (r < 0) return -1;
    return (r != 0) == (op == CmpOp::kIn) ? 1 : 0;
  }
  return CompareBool(ts, op, a, b);
}

bool SpreadCallArgs(ThreadState& ts, Value* args, uint32_t* nargs,
                    Tuple** kwnames) {
  RuntimeState& rt = Rt(ts);
  Value pos = args[0];
  Value kw = args[1];
  if (!IsKind(pos, ObjKind::kTuple) && !IsKind(pos, ObjKind::kList)) {
    if (pos.IsNone()) {
      Tuple* t = NewTuple(ts, 0);
      if (t == nullptr) return false;
      pos = Value::Obj(t);
    } else {
      Value t = ToTuple(ts, pos);
      if (t.IsError()) {
        if (PendingExceptionMatches(ts, rt.exc.type_error)) {
          TakePendingException(ts);
          RaiseFormat(ts, rt.exc.type_error,
                      "Value after * must be an iterable, not %s",
                      TypeNameOf(ts, args[0]));
        }
        return false;
      }
      pos = t;
    }
    args[0] = pos;  // keep it rooted
  }
  if (!kw.IsNone() && !IsKind(kw, ObjKind::kDict)) {
    RaiseFormat(ts, rt.exc.type_error,
                "argument after ** must be a mapping, not %s",
                TypeNameOf(ts, kw));
    return false;
  }
  const Value* items;
  uint32_t n;
  if (IsKind(pos, ObjKind::kTuple)) {
    items = As<Tuple>(pos)->items;
    n = As<Tuple>(pos)->size;
  } else {
    items = As<List>(pos)->items;
    n = As<List>(pos)->size;
  }
  uint32_t nkw = kw.IsNone() ? 0 : DictSize(AsDict(kw));
  if (args + n + nkw + kStackSlack + 2 > ts.stack_limit) {
    RaiseRecursionError(ts);
    return false;
  }
  Tuple* names = nullptr;
  absl::InlinedVector<Value, 8> kwvalues;
  if (nkw > 0) {
    names = NewTuple(ts, nkw);
    if (names == nullptr) return false;
    uint32_t p = 0, i = 0;
    Value k, v;
    while (DictNext(AsDict(kw), &p, &k, &v) && i < nkw) {
      if (!IsKind(k, ObjKind::kStr)) {
        RaiseTypeError(ts, "keywords must be strings");
        return false;
      }
      names->items[i++] = k;
      kwvalues.push_back(v);
    }
  }
  // No allocation or script code from here on: `pos` and `kw` may lose
  // their register roots as the window is overwritten.
  // `items` may be null for an empty sequence: memmove must not see it.
  if (n > 0) std::memmove(static_cast<void*>(args), items, sizeof(Value) * n);
  for (uint32_t i = 0; i < kwvalues.size(); ++i) args[n + i] = kwvalues[i];
  *nargs = n;
  *kwnames = names;
  return true;
}

Value MakeFunction(ThreadState& ts, Frame* frame, Value* R, uint32_t a,
                   Code* code, uint32_t extra) {
  uint32_t nd = extra & 0xff;
  bool has_kwd = (extra & 0x100) != 0;
  size_t nfree = code->body->free_regs.size();
  Function* fn = NewFunction(ts, code, frame->func->globals);
  if (fn == nullptr) return Value::Error();
  uint32_t idx = a + 1;
  if (nd > 0) {
    fn->defaults = NewTupleFrom(ts, R + idx, nd);
    if (fn->defaults == nullptr) return Value::Error();
    idx += nd;
  }
  if (has_kwd) {
    if (IsKind(R[idx], ObjKind::kDict)) fn->kwdefaults = AsDict(R[idx]);
    ++idx;
  }
  if (nfree > 0) {
    fn->closure = NewTupleFrom(ts, R + idx, static_cast<uint32_t>(nfree));
    if (fn->closure == nullptr) return Value::Error();
  }
  return Value::Obj(fn);
}

Value BuildSet(ThreadState& ts, const Value* items, uint32_t n) {
  Set* s = NewSet(ts);
  if (s == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(SetValue(s));
  for (uint32_t i = 0; i < n; ++i) {
    if (SetAdd(ts, s, items[i]) < 0) return Value::Error();
  }
  return SetValue(s);
}

Value BuildDict(ThreadState& ts, const Value* items, uint32_t npairs) {
  Dict* d = NewDict(ts);
  if (d == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(DictValue(d));
  for (uint32_t i = 0; i < npairs; ++i) {
    if (!DictSet(ts, d, items[2 * i], items[2 * i + 1])) return Value::Error();
  }
  return DictValue(d);
}

Value ToTuple(ThreadState& ts, Value src) {
  if (IsKind(src, ObjKind::kTuple) &&
      src.AsObject()->cls == Rt(ts).classes.tuple) {
    return src;
  }
  Tuple* t = nullptr;
  if (IsKind(src, ObjKind::kList)) {
    List* l = As<List>(src);
    t = NewTupleFrom(ts, l->items, l->size);
  } else if (IsKind(src, ObjKind::kTuple)) {
    Tuple* s = As<Tuple>(src);
    t = NewTupleFrom(ts, s->items, s->size);
  } else {
    List* l = NewList(ts, 0);
    if (l == nullptr) return Value::Error();
    TempRoots roots(ts);
    roots.Add(Value::Obj(l));
    if (!ListExtend(ts, l, src)) return Value::Error();
    t = NewTupleFrom(ts, l->items, l->size);
  }
  if (t == nullptr) return Value::Error();
  return Value::Obj(t);
}

std::string CallableDisplayName(ThreadState& ts, Value fn) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(fn);
  Value q = GetAttrOrEmpty(ts, fn, rt.names.__qualname__);
  if (q.IsError()) TakePendingException(ts);
  if (!IsKind(q, ObjKind::kStr)) {
    return std::string(TypeNameOf(ts, fn)) + " object";
  }
  roots.Add(q);
  std::string name(As<Str>(q)->view());
  // Builtin methods report `list.append`; their __qualname__ here may be
  // the bare method name, so prefix the owner class from __module__ only
  // when it is a real module name.
  Value m = GetAttrOrEmpty(ts, fn, rt.names.__module__);
  if (m.IsError()) TakePendingException(ts);
  if (IsKind(m, ObjKind::kStr) && As<Str>(m)->view() != "builtins") {
    return std::string(As<Str>(m)->view()) + "." + name + "()";
  }
  return name + "()";
}

bool CallListExtend(ThreadState& ts, List* l, Value src, Value callee) {
  if (ListExtend(ts, l, src)) return true;
  RuntimeState& rt = Rt(ts);
  if (!PendingExceptionMatches(ts, rt.exc.type_error)) return false;
  // Only a value that cannot be iterated at all gets the call-site message;
  // a TypeError raised while iterating propagates unchanged.
  if (src.IsObject()) {
    ClassObject* cls = ClassOf(rt, src);
    if (!LookupSpecial(cls, rt.names.__iter__).IsEmpty() ||
        !LookupSpecial(cls, rt.names.__getitem__).IsEmpty()) {
      return false;
    }
  }
  TakePendingException(ts);
  if (callee.IsEmpty()) {
    RaiseFormat(ts, rt.exc.type_error,
                "Value after * must be an iterable, not %s",
                TypeNameOf(ts, src));
    return false;
  }
  TempRoots roots(ts);
  roots.Add(src);
  std::string fname = CallableDisplayName(ts, callee);
  RaiseFormat(ts, rt.exc.type_error,
              "%s argument after * must be an iterable, not %s", fname,
              TypeNameOf(ts, src));
  return false;
}

namespace {

// Stores one merged item; in a call (callee not Empty) a key seen before is
// CPython's "got multiple values for keyword argument" TypeError.
bool MergeItem(ThreadState& ts, Dict* d, Value k, Value v, Value callee) {
  if (!callee.IsEmpty()) {
    Value old = DictGet(ts, d, k);
    if (old.IsError()) return false;
    if (!old.IsEmpty()) {
      RuntimeState& rt = Rt(ts);
      TempRoots roots(ts);
      roots.Add(k);
      std::string fname = CallableDisplayName(ts, callee);
      if (!IsKind(k, ObjKind::kStr)) {
        RaiseTypeError(ts, "keywords must be strings");
        return false;
      }
      RaiseFormat(ts, rt.exc.type_error,
                  "%s got multiple values for keyword argument '%s'", fname,
                  As<Str>(k)->view());
      return false;
    }
  }
  return DictSet(ts, d, k, v);
}

}  // namespace

bool DictUpdateFrom(ThreadState& ts, Dict* d, Value src, Value callee) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(src);
  roots.Add(callee);
  if (IsKind(src, ObjKind::kDict)) {
    uint32_t p = 0;
    Value k, v;
    while (DictNext(AsDict(src), &p, &k, &v)) {
      if (!MergeItem(ts, d, k, v, callee)) return false;
    }
    return true;
  }
  Value keys = GetAttrOrEmpty(ts, src, rt.names.keys);
  if (keys.IsError()) return false;
  if (keys.IsEmpty()) {
    if (callee.IsEmpty()) {
      RaiseFormat(ts, rt.exc.type_error, "'%s' object is not a mapping",
                  TypeNameOf(ts, src));
    } else {
      std::string fname = CallableDisplayName(ts, callee);
      RaiseFormat(ts, rt.exc.type_error,
                  "%s argument after ** must be a mapping, not %s", fname,
                  TypeNameOf(ts, src));
    }
    return false;
  }
  roots.Add(keys);
  Value ks = CallValue(ts, keys, nullptr, 0);
  if (ks.IsError()) return false;
  roots.Add(ks);
  Value it = GetIter(ts, ks);
  if (it.IsError()) return false;
  roots.Add(it);
  for (;;) {
    Value k = IterNext(ts, it);
    if (k.IsError()) return false;
    if (k.IsEmpty()) return true;
    roots.Add(k);
    Value v = GetItem(ts, src, k);
    if (v.IsError()) return false;
    roots.Add(v);
    if (!MergeItem(ts, d, k, v, callee)) return false;
  }
}

namespace {

Value IterForUnpack(ThreadState& ts, Value src) {
  RuntimeState& rt = Rt(ts);
  Value it = GetIter(ts, src);
  if (it.IsError() && PendingExceptionMatches(ts, rt.exc.type_error)) {
    TakePendingException(ts);
    return RaiseFormat(ts, rt.exc.type_error,
                       "cannot unpack non-iterable %s object",
                       TypeNameOf(ts, src));
  }
  return it;
}

}  // namespace

bool Unpack(ThreadState& ts, Value* out, Value src, uint32_t n) {
  RuntimeState& rt = Rt(ts);
  const Value* items = nullptr;
  uint32_t size = 0;
  if (IsKind(src, ObjKind::kTuple) && IteratesAsItems(src.AsObject())) {
    items = As<Tuple>(src)->items;
    size = As<Tuple>(src)->size;
  } else if (IsKind(src, ObjKind::kList) && IteratesAsItems(src.AsObject())) {
    items = As<List>(src)->items;
    size = As<List>(src)->size;
  }
  if (items != nullptr) {
    if (size != n) {
      if (size > n) {
        RaiseFormat(ts, rt.exc.value_error,
                    "too many values to unpack (expected %d)", n);
      } else {
        RaiseFormat(ts, rt.exc.value_error,
                    "not enough values to unpack (expected %d, got %d)", n,
                    size);
      }
      return false;
    }
    // `src` may be one of the destination registers: copy via a buffer.
    absl::InlinedVector<Value, 8> tmp(items, items + n);
    for (uint32_t i = 0; i < n; ++i) out[i] = tmp[i];
    return true;
  }
  TempRoots roots(ts);
  roots.Add(src);
  Value it = IterForUnpack(ts, src);
  if (it.IsError()) return false;
  roots.Add(it);
  absl::InlinedVector<Value, 8> got;
  for (uint32_t i = 0; i < n; ++i) {
    Value v = IterNext(ts, it);
    if (v.IsError()) return false;
    if (v.IsEmpty()) {
      RaiseFormat(ts, rt.exc.value_error,
                  "not enough values to unpack (expected %d, got %d)", n, i);
      return false;
    }
    roots.Add(v);
    got.push_back(v);
  }
  Value extra = IterNext(ts, it);
  if (extra.IsError()) return false;
  if (!extra.IsEmpty()) {
    RaiseFormat(ts, rt.exc.value_error,
                "too many values to unpack (expected %d)", n);
    return false;
  }
  for (uint32_t i = 0; i < n; ++i) out[i] = got[i];
  return true;
}

bool UnpackEx(ThreadState& ts, Value* out, Value src, uint32_t before,
              uint32_t after) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(src);
  List* l = NewList(ts, 0);
  if (l == nullptr) return false;
  roots.Add(Value::Obj(l));
  if ((!IsKind(src, ObjKind::kList) && !IsKind(src, ObjKind::kTuple)) ||
      !IteratesAsItems(src.AsObject())) {
    Value it = IterForUnpack(ts, src);
    if (it.IsError()) return false;
    src = it;
    roots.Add(it);
  }
  if (!ListExtend(ts, l, src)) return false;
  uint32_t size = l->size;
  if (size < before + after) {
    RaiseFormat(ts, rt.exc.value_error,
                "not enough values to unpack (expected at least %d, got %d)",
                before + after, size);
    return false;
  }
  List* mid = NewListFrom(ts, l->items + before, size - before - after);
  if (mid == nullptr) return false;
  for (uint32_t i = 0; i < before; ++i) out[i] = l->items[i];
  out[before] = Value::Obj(mid);
  for (uint32_t j = 0; j < after; ++j) {
    out[before + 1 + j] = l->items[size - after + j];
  }
  return true;
}

Value FormatValue(ThreadState& ts, Value v, uint32_t flags, Value spec) {
  uint32_t conv = flags & 3;
  bool has_spec = (flags & 4) != 0;
  // f"{i}" / f"{i!s}" / f"{i!r}" of an int: its decimal digits, without the
  // generic str()/format() protocol and its temporary std::string.
  if (v.IsInt() && !has_spec && (conv < 2 || v.enum_member() == 0)) {
    return IntDecimalStr(ts, v.AsInt());
  }
  TempRoots roots(ts);
  if (conv == 1) {
    v = ToStr(ts, v);
  } else if (conv == 2 || conv == 3) {
    v = Repr(ts, v);
    if (!v.IsError() && conv == 3 && !AsStr(v)->is_ascii) {
      // ascii(): escape what is not ASCII like CPython's repr escapes.
      std::string out;
      std::string_view s = AsStr(v)->view();
      for (size_t i = 0; i < s.size();) {
        uint32_t len;
        uint32_t cp = DecodeUtf8(s.data() + i, &len);
        i += len;
        if (cp < 0x80) {
          out.push_back(static_cast<char>(cp));
        } else if (cp <= 0xff) {
          absl::StrAppend(&out, absl::StrFormat("\\x%02x", cp));
        } else if (cp <= 0xffff) {
          absl::StrAppend(&out, absl::StrFormat("\\u%04x", cp));
        } else {
          absl::StrAppend(&out, absl::StrFormat("\\U%08x", cp));
        }
      }
      v = StrValue(ts, out);
    }
  }
  if (v.IsError()) return v;
  roots.Add(v);
  if (!has_spec) {
    if (IsKind(v, ObjKind::kStr) && v.AsObject()->cls == Rt(ts).classes.str) {
      return v;
    }
    return Format(ts, v, "");
  }
  if (!IsKind(spec, ObjKind::kStr)) {
    return RaiseTypeError(ts, "format spec must be a str");
  }
  return Format(ts, v, AsStr(spec)->view());
}

Value BuildString(ThreadState& ts, const Value* parts, uint32_t n) {
  if (n == 1 && IsKind(parts[0], ObjKind::kStr)) return parts[0];
  // Short results (most f-strings) are assembled on the stack: one copy
  // into the new Str instead of a growing std::string.
  // The pieces' code-point counts add up, so the result needs no rescan.
  char small[256];
  size_t len = 0;
  uint32_t chars = 0;
  bool ascii = true;
  for (uint32_t i = 0; i < n && len <= sizeof(small); ++i) {
    if (!IsKind(parts[i], ObjKind::kStr)) continue;
    const Str* piece = AsStr(parts[i]);
    if (len + piece->byte_len > sizeof(small)) {
      len = sizeof(small) + 1;
      break;
    }
    std::memcpy(small + len, piece->data, piece->byte_len);
    len += piece->byte_len;
    chars += piece->char_len;
    ascii = ascii && piece->is_ascii;
  }
  if (len <= sizeof(small)) {
    Str* s = NewStrWithLength(ts, std::string_view(small, len), chars, ascii);
    return s != nullptr ? Value::Obj(s) : Value::Error();
  }
  std::string out;
  for (uint32_t i = 0; i < n; ++i) {
    if (IsKind(parts[i], ObjKind::kStr)) out += AsStr(parts[i])->view();
  }
  return StrValue(ts, out);
}

bool WithEnter(ThreadState& ts, Value* out, Value mgr) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls = ClassOf(rt, mgr);
  Value enter = LookupSpecial(cls, rt.names.__enter__);
  Value exit = LookupSpecial(cls, rt.names.__exit__);
  if (enter.IsEmpty() || exit.IsEmpty()) {
    // CPython 3.11 names the missing __exit__ when __enter__ is there.
    RaiseFormat(ts, rt.exc.type_error,
                "'%s' object does not support the context manager protocol%s",
                cls->name->view(),
                enter.IsEmpty() ? "" : " (missed __exit__ method)");
    return false;
  }
  Value bound = BindClassAttr(ts, exit, mgr, cls);
  if (bound.IsError()) return false;
  out[0] = bound;
  TempRoots roots(ts);
  roots.Add(mgr);
  Value bound_enter = BindClassAttr(ts, enter, mgr, cls);
  if (bound_enter.IsError()) return false;
  roots.Add(bound_enter);
  Value r = CallValue(ts, bound_enter, nullptr, 0);
  if (r.IsError()) return false;
  out[1] = r;
  return true;
}

Value WithExit(ThreadState& ts, Value exit_fn, Value exc) {
  RuntimeState& rt = Rt(ts);
  Value args[3] = {Value::None(), Value::None(), Value::None()};
  if (!exc.IsNone() && !exc.IsEmpty()) {
    args[0] = Value::Obj(ClassOf(rt, exc));
    args[1] = exc;
    if (IsKind(exc, ObjKind::kException)) {
      TempRoots roots(ts);
      roots.Add(exit_fn);
      roots.Add(exc);
      Value tb = MaterializeTraceback(ts, exc);
      if (tb.IsError()) return tb;
      args[2] = tb;
    }
  }
  return CallValue(ts, exit_fn, args, 3);
}

std::string ExceptionTypeName(ClassObject* cls) {
  std::string_view mod =
      cls->module_name != nullptr ? cls->module_name->view() : "builtins";
  if (mod == "builtins" || mod == "__main__" || mod.empty()) {
    return std::string(ClassQualName(cls));
  }
  return absl::StrCat(AV(mod), ".", AV(ClassQualName(cls)));
}

}  // namespace vm
}  // namespace interp
