// repr() and str() of every kind, in CPython's formats (protocols.h).
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float_box.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int_enum.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/list.h"
#include "runtime/objects/mapping_proxy.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/range_slice.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/unicode.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {

namespace {

// absl's StrCat does not take std::string_view in this build (the system
// Abseil has its own string_view), so append piecewise.
inline void AppendPiece(std::string* out, std::string_view s) {
  out->append(s);
}
inline void AppendPiece(std::string* out, const char* s) { out->append(s); }
inline void AppendPiece(std::string* out, const std::string& s) {
  out->append(s);
}
inline void AppendPiece(std::string* out, int64_t v) {
  out->append(std::to_string(v));
}
inline void AppendPiece(std::string* out, int32_t v) {
  out->append(std::to_string(v));
}
template <typename... Args>
void Cat(std::string* out, const Args&... args) {
  (AppendPiece(out, args), ...);
}

// Containers being repr'd on this thread: a second visit prints "[...]".
thread_local std::vector<Object*> t_repr_in_progress;

class ReprEnter {
 public:
  explicit ReprEnter(Object* o) : o_(o) {
    active_ = std::find(t_repr_in_progress.begin(), t_repr_in_progress.end(),
                        o) != t_repr_in_progress.end();
    if (!active_) t_repr_in_progress.push_back(o);
  }
  ~ReprEnter() {
    if (!active_) {
      auto it =
          std::find(t_repr_in_progress.rbegin(), t_repr_in_progress.rend(), o_);
      if (it != t_repr_in_progress.rend()) {
        t_repr_in_progress.erase(std::next(it).base());
      }
    }
  }
  bool recursive() const { return active_; }

 private:
  Object* o_;
  bool active_;
};

std::string_view ClassName(const ClassObject* cls) {
  return cls != nullptr && cls->name != nullptr ? cls->name->view()
                                                : std::string_view("object");
}

}  // namespace

std::string_view ClassQualName(const ClassObject* cls) {
  // The class body stored it in the class dict; reprs and error reports
  // are rare enough for a scan of the (small) dict. (Read directly: no
  // deferred native, vm/lazy_natives.h, is ever a __qualname__.)
  std::string_view name = ClassName(cls);
  if (cls->dict != nullptr && (cls->flags & kClassBuiltin) == 0) {
    uint32_t pos = 0;
    Value k, v;
    while (DictNext(cls->dict, &pos, &k, &v)) {
      if (IsKind(k, ObjKind::kStr) && As<Str>(k)->view() == "__qualname__") {
        if (IsKind(v, ObjKind::kStr)) name = As<Str>(v)->view();
        break;
      }
    }
  }
  return name;
}

namespace {

// "module.Name" for user classes, "Name" for builtins.
std::string QualifiedClassName(const ClassObject* cls) {
  std::string_view mod = cls->module_name != nullptr ? cls->module_name->view()
                                                     : std::string_view();
  if (mod.empty() || mod == "builtins") return std::string(ClassName(cls));
  std::string r(mod);
  Cat(&r, ".", ClassQualName(cls));
  return r;
}

// str.isprintable() semantics (the builtins' Unicode tables) for
// repr's escaping decisions.
bool IsPrintable(uint32_t c) {
  if (c < 0x80) return c >= 0x20 && c != 0x7F;
  return unicode::IsPrintable(c);
}

void AppendStrRepr(const Str* s, std::string* out) {
  std::string_view v = s->view();
  bool has_single = v.find('\'') != std::string_view::npos;
  bool has_double = v.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  out->push_back(quote);
  for (uint32_t i = 0; i < s->byte_len;) {
    uint32_t len;
    uint32_t c = DecodeUtf8(s->data + i, &len);
    if (c == static_cast<uint32_t>(quote) || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
    } else if (c == '\n') {
      out->append("\\n");
    } else if (c == '\r') {
      out->append("\\r");
    } else if (c == '\t') {
      out->append("\\t");
    } else if (IsPrintable(c)) {
      out->append(s->data + i, len);
    } else if (c < 0x100) {
      absl::StrAppendFormat(out, "\\x%02x", c);
    } else if (c < 0x10000) {
      absl::StrAppendFormat(out, "\\u%04x", c);
    } else {
      absl::StrAppendFormat(out, "\\U%08x", c);
    }
    i += len;
  }
  out->push_back(quote);
}

bool AppendSeq(ThreadState& ts, const char* open, const char* close,
               const Value* items, uint32_t n, std::string* out) {
  out->append(open);
  // The caller keeps the sequence reachable; host limits stop str() of a
  // huge one.
  NativePoll poll(ts);
  for (uint32_t i = 0; i < n; ++i) {
    if (!poll.Tick()) return false;
    if (i > 0) out->append(", ");
    if (!AppendRepr(ts, items[i], out)) return false;
  }
  out->append(close);
  return true;
}

bool AppendUserResult(ThreadState& ts, Value v, Str* name, const char* what,
                      std::string* out) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(v);
  Value r = CallUserSpecial(ts, v, name, nullptr, 0);
  if (r.IsError()) return false;
  if (!IsKind(r, ObjKind::kStr)) {
    RaiseFormat(ts, rt.exc.type_error, "%s returned non-string (type %s)", what,
                TypeName(ts, r));
    return false;
  }
  out->append(As<Str>(r)->view());
  return true;
}

void AppendAddress(const void* p, std::string* out) {
  absl::StrAppendFormat(out, "0x%x", reinterpret_cast<uintptr_t>(p));
}

void AppendDefaultRepr(Value v, std::string* out) {
  Object* o = v.AsObject();
  Cat(out, "<", QualifiedClassName(o->cls), " object at ");
  AppendAddress(o, out);
  out->push_back('>');
}

bool AppendFunctionName(Value f, std::string* out) {
  if (IsKind(f, ObjKind::kFunction)) {
    Function* fn = As<Function>(f);
    Str* n = fn->qualname != nullptr ? fn->qualname : fn->name;
    if (n != nullptr) out->append(n->view());
    return true;
  }
  if (IsKind(f, ObjKind::kNative)) {
    NativeFunction* nf = As<NativeFunction>(f);
    if (nf->name != nullptr) out->append(nf->name->view());
    return true;
  }
  return false;
}

bool AppendExceptionStr(ThreadState& ts, Value v, std::string* out);

bool AppendObjectRepr(ThreadState& ts, Value v, std::string* out,
                      bool allow_user = true) {
  RuntimeState& rt = Rt(ts);
  Object* o = v.AsObject();
  if (allow_user && IsUserClass(o->cls) &&
      !UserSpecial(rt, v, rt.names.__repr__).IsEmpty()) {
    RecursionGuard guard(ts, " while getting the repr of an object");
    if (!guard.ok()) return false;
    return AppendUserResult(ts, v, rt.names.__repr__, "__repr__", out);
  }
  if (IsBoxedFloat(v)) {
    out->append(FloatRepr(BoxedFloatValue(v)));
    return true;
  }
  switch (o->kind) {
    case ObjKind::kStr:
      AppendStrRepr(static_cast<Str*>(o), out);
      return true;
    case ObjKind::kBigInt:
      return AppendIntDecimal(ts, v, out);
    case ObjKind::kBytes:
      AppendBytesRepr(static_cast<Bytes*>(o)->view(), out);
      return true;
    case ObjKind::kByteArray:
      out->append("bytearray(");
      AppendBytesRepr(static_cast<ByteArray*>(o)->view(), out);
      out->push_back(')');
      return true;
    case ObjKind::kTuple: {
      Tuple* t = static_cast<Tuple*>(o);
      // Rooted for the host-limit polls of AppendSeq (safe points).
      TempRoots roots(ts);
      roots.Add(v);
      RecursionGuard guard(ts, " while getting the repr of an object");
      if (!guard.ok()) return false;
      if (t->size == 1) {
        out->push_back('(');
        if (!AppendRepr(ts, t->items[0], out)) return false;
        out->append(",)");
        return true;
      }
      return AppendSeq(ts, "(", ")", t->items, t->size, out);
    }
    case ObjKind::kList: {
      ReprEnter enter(o);
      if (enter.recursive()) {
        out->append("[...]");
        return true;
      }
      RecursionGuard guard(ts, " while getting the repr of an object");
      if (!guard.ok()) return false;
      TempRoots roots(ts);
      roots.Add(v);
      List* l = static_cast<List*>(o);
      out->push_back('[');
      NativePoll poll(ts);
      // Re-read size/items each step: a user __repr__ may mutate the list.
      for (uint32_t i = 0; i < l->size; ++i) {
        if (!poll.Tick()) return false;
        if (i > 0) out->append(", ");
        if (!AppendRepr(ts, l->items[i], out)) return false;
      }
      out->push_back(']');
      return true;
    }
    case ObjKind::kDict: {
      ReprEnter enter(o);
      if (enter.recursive()) {
        out->append("{...}");
        return true;
      }
      RecursionGuard guard(ts, " while getting the repr of an object");
      if (!guard.ok()) return false;
      TempRoots roots(ts);
      roots.Add(v);
      out->push_back('{');
      uint32_t pos = 0;
      Value key, val;
      bool first = true;
      NativePoll poll(ts);
      while (DictNext(AsDict(v), &pos, &key, &val)) {
        if (!poll.Tick()) return false;
        if (!first) out->append(", ");
        first = false;
        roots.Add(val);
        if (!AppendRepr(ts, key, out)) return false;
        out->append(": ");
        if (!AppendRepr(ts, val, out)) return false;
      }
      out->push_back('}');
      return true;
    }
    case ObjKind::kSet: {
      Set* s = AsSet(v);
      bool exact = o->cls == rt.classes.set;
      if (SetSize(s) == 0) {
        Cat(out, ClassName(o->cls), "()");
        return true;
      }
      ReprEnter enter(o);
      if (enter.recursive()) {
        Cat(out, ClassName(o->cls), "(...)");
        return true;
      }
      RecursionGuard guard(ts, " while getting the repr of an object");
      if (!guard.ok()) return false;
      TempRoots roots(ts);
      roots.Add(v);
      if (!exact) Cat(out, ClassName(o->cls), "(");
      out->push_back('{');
      uint32_t pos = 0;
      Value item;
      bool first = true;
      NativePoll poll(ts);
      while (SetNext(s, &pos, &item)) {
        if (!poll.Tick()) return false;
        if (!first) out->append(", ");
        first = false;
        if (!AppendRepr(ts, item, out)) return false;
      }
      out->push_back('}');
      if (!exact) out->push_back(')');
      return true;
    }
    case ObjKind::kRange: {
      Range* r = static_cast<Range*>(o);
      if (r->step == 1) {
        Cat(out, "range(", r->start, ", ", r->stop, ")");
      } else {
        Cat(out, "range(", r->start, ", ", r->stop, ", ", r->step, ")");
      }
      return true;
    }
    case ObjKind::kSlice: {
      Slice* s = static_cast<Slice*>(o);
      out->append("slice(");
      if (!AppendRepr(ts, s->start, out)) return false;
      out->append(", ");
      if (!AppendRepr(ts, s->stop, out)) return false;
      out->append(", ");
      if (!AppendRepr(ts, s->step, out)) return false;
      out->push_back(')');
      return true;
    }
    case ObjKind::kIterator: {
      Iterator* it = static_cast<Iterator*>(o);
      const char* prefix = nullptr;
      if (it->ikind == IterKind::kDictKeysView) prefix = "dict_keys(";
      if (it->ikind == IterKind::kDictValuesView) prefix = "dict_values(";
      if (it->ikind == IterKind::kDictItemsView) prefix = "dict_items(";
      if (prefix == nullptr) {
        AppendDefaultRepr(v, out);
        return true;
      }
      ReprEnter enter(o);
      if (enter.recursive()) {
        out->append("...");
        return true;
      }
      RecursionGuard guard(ts, " while getting the repr of an object");
      if (!guard.ok()) return false;
      TempRoots roots(ts);
      roots.Add(v);
      out->append(prefix);
      out->push_back('[');
      Dict* d = AsDict(it->source);
      uint32_t pos = 0;
      Value key, val;
      bool first = true;
      while (DictNext(d, &pos, &key, &val)) {
        if (!first) out->append(", ");
        first = false;
        if (it->ikind == IterKind::kDictKeysView) {
          if (!AppendRepr(ts, key, out)) return false;
        } else if (it->ikind == IterKind::kDictValuesView) {
          if (!AppendRepr(ts, val, out)) return false;
        } else {
          out->push_back('(');
          if (!AppendRepr(ts, key, out)) return false;
          out->append(", ");
          if (!AppendRepr(ts, val, out)) return false;
          out->push_back(')');
        }
      }
      out->append("])");
      return true;
    }
    case ObjKind::kCell: {
      Cell* c = static_cast<Cell*>(o);
      out->append("<cell at ");
      AppendAddress(o, out);
      if (c->value.IsEmpty()) {
        out->append(": empty>");
      } else {
        Cat(out, ": ", TypeName(ts, c->value), " object at ");
        AppendAddress(c->value.IsObject() ? c->value.AsObject() : nullptr, out);
        out->push_back('>');
      }
      return true;
    }
    case ObjKind::kCode: {
      Code* c = static_cast<Code*>(o);
      std::string_view name = c->body && c->body->name ? c->body->name->view()
                                                       : std::string_view("?");
      std::string_view file = c->body && c->body->filename
                                  ? c->body->filename->view()
                                  : std::string_view("?");
      Cat(out, "<code object ", name, " at ");
      AppendAddress(o, out);
      Cat(out, ", file \"", file, "\", line ",
          c->body ? c->body->first_line : 0, ">");
      return true;
    }
    case ObjKind::kGenerator: {
      Str* q = static_cast<Generator*>(o)->qualname;
      Cat(out, "<", o->cls->name->view(), " object ",
          q != nullptr ? q->view() : "?", " at ");
      AppendAddress(o, out);
      out->push_back('>');
      return true;
    }
    case ObjKind::kFunction:
      out->append("<function ");
      AppendFunctionName(v, out);
      out->append(" at ");
      AppendAddress(o, out);
      out->push_back('>');
      return true;
    case ObjKind::kNative: {
      NativeFunction* nf = static_cast<NativeFunction*>(o);
      if (nf->bound_self.IsEmpty() || nf->bound_self.IsNone() ||
          IsKind(nf->bound_self, ObjKind::kModule)) {
        out->append("<built-in function ");
        AppendFunctionName(v, out);
        out->push_back('>');
      } else {
        out->append("<built-in method ");
        AppendFunctionName(v, out);
        Cat(out, " of ", TypeName(ts, nf->bound_self), " object at ");
        AppendAddress(
            nf->bound_self.IsObject() ? nf->bound_self.AsObject() : nullptr,
            out);
        out->push_back('>');
      }
      return true;
    }
    case ObjKind::kSuper: {
      auto* su = static_cast<Super*>(o);
      out->append("<super: <class '");
      out->append(su->start != nullptr ? ClassName(su->start) : "?");
      out->append("'>, ");
      if (su->self.IsNone() || su->self.IsEmpty()) {
        out->append("NULL>");
      } else {
        ClassObject* c = IsKind(su->self, ObjKind::kClass)
                             ? static_cast<ClassObject*>(su->self.AsObject())
                             : ClassOfValue(Rt(ts), su->self);
        Cat(out, "<", ClassName(c), " object>>");
      }
      return true;
    }
    case ObjKind::kBoundMethod: {
      BoundMethod* m = static_cast<BoundMethod*>(o);
      if (IsKind(m->func, ObjKind::kNative)) {
        out->append("<built-in method ");
        AppendFunctionName(m->func, out);
        Cat(out, " of ", TypeName(ts, m->self), " object at ");
        AppendAddress(m->self.IsObject() ? m->self.AsObject() : nullptr, out);
        out->push_back('>');
        return true;
      }
      TempRoots roots(ts);
      roots.Add(v);
      out->append("<bound method ");
      if (!AppendFunctionName(m->func, out)) out->append("?");
      out->append(" of ");
      if (!AppendRepr(ts, m->self, out)) return false;
      out->push_back('>');
      return true;
    }
    case ObjKind::kClass: {
      ClassObject* c = static_cast<ClassObject*>(o);
      Cat(out, "<class '", QualifiedClassName(c), "'>");
      return true;
    }
    case ObjKind::kModule: {
      Module* m = static_cast<Module*>(o);
      std::string_view name =
          m->name != nullptr ? m->name->view() : std::string_view("?");
      Value file = m->dict != nullptr ? DictGetStr(m->dict, rt.names.__file__)
                                      : Value::Empty();
      if (IsKind(file, ObjKind::kStr)) {
        Cat(out, "<module '", name, "' from '", As<Str>(file)->view(), "'>");
      } else if (m->dict != nullptr &&
                 !DictGetStr(m->dict, InternStr(ts, "__loader__")).IsEmpty()) {
        // Made by module() (types.ModuleType): no origin to name.
        Cat(out, "<module '", name, "'>");
      } else {
        Cat(out, "<module '", name, "' (built-in)>");
      }
      return true;
    }
    case ObjKind::kException: {
      ExceptionObject* e = static_cast<ExceptionObject*>(o);
      RecursionGuard guard(ts, " while getting the repr of an object");
      if (!guard.ok()) return false;
      out->append(ClassName(o->cls));
      if (e->args == nullptr || e->args->size == 0) {
        out->append("()");
      } else if (e->args->size == 1) {
        out->push_back('(');
        if (!AppendRepr(ts, e->args->items[0], out)) return false;
        out->push_back(')');
      } else {
        if (!AppendSeq(ts, "(", ")", e->args->items, e->args->size, out)) {
          return false;
        }
      }
      return true;
    }
    case ObjKind::kStaticMethod:
    case ObjKind::kClassMethod: {
      Value f = o->kind == ObjKind::kStaticMethod
                    ? static_cast<StaticMethod*>(o)->func
                    : static_cast<ClassMethod*>(o)->func;
      Cat(out, "<", ClassName(o->cls), "(");
      if (!AppendRepr(ts, f, out)) return false;
      out->append(")>");
      return true;
    }
    case ObjKind::kInstance:
    case ObjKind::kProperty:
      AppendDefaultRepr(v, out);
      return true;
    default: {
      if (Value target = MappingProxyTarget(v); !target.IsEmpty()) {
        out->append("mappingproxy(");
        if (!AppendRepr(ts, target, out)) return false;
        out->append(")");
        return true;
      }
      // Kinds whose builtin class may define its own __repr__ (files,
      // locks, threads ...): use it unless it is object's.
      if (!allow_user) {
        AppendDefaultRepr(v, out);
        return true;
      }
      Value m = LookupSpecial(o->cls, rt.names.__repr__);
      Value base = rt.classes.object != nullptr
                       ? LookupSpecial(rt.classes.object, rt.names.__repr__)
                       : Value::Empty();
      if (!m.IsEmpty() && !m.Is(base)) {
        TempRoots roots(ts);
        roots.Add(v);
        Value arg = v;
        Value r = CallValue(ts, m, &arg, 1);
        if (r.IsError()) return false;
        if (!IsKind(r, ObjKind::kStr)) {
          RaiseFormat(ts, rt.exc.type_error,
                      "__repr__ returned non-string (type %s)",
                      TypeName(ts, r));
          return false;
        }
        out->append(As<Str>(r)->view());
        return true;
      }
      AppendDefaultRepr(v, out);
      return true;
    }
  }
}

bool AppendExceptionStr(ThreadState& ts, Value v, std::string* out) {
  RuntimeState& rt = Rt(ts);
  ExceptionObject* e = As<ExceptionObject>(v);
  if (e->args == nullptr || e->args->size == 0) return true;
  if (e->args->size == 1) {
    if (rt.exc.key_error != nullptr && IsSubclass(e->cls, rt.exc.key_error)) {
      return AppendRepr(ts, e->args->items[0], out);
    }
    return AppendStr(ts, e->args->items[0], out);
  }
  return AppendRepr(ts, Value::Obj(e->args), out);
}

}  // namespace

bool AppendRepr(ThreadState& ts, Value v, std::string* out) {
  switch (v.tag()) {
    case Value::kNone:
      out->append("None");
      return true;
    case Value::kBool:
      out->append(v.AsBool() ? "True" : "False");
      return true;
    case Value::kInt:
      if (const IntEnumMember* m = IntEnumMemberOf(v)) {
        out->append("<");
        out->append(m->enum_name);
        out->append(".");
        out->append(m->name);
        out->append(": ");
        Cat(out, v.AsInt());
        out->append(">");
        return true;
      }
      Cat(out, v.AsInt());
      return true;
    case Value::kFloat:
      AppendFloatRepr(v.AsFloat(), out);
      return true;
    case Value::kObject:
      return AppendObjectRepr(ts, v, out);
    case Value::kEmpty:
      out->append("<empty>");
      return true;
    case Value::kError:
      out->append("<error>");
      return true;
  }
  return true;
}

bool AppendStr(ThreadState& ts, Value v, std::string* out) {
  if (!v.IsObject()) {
    // IntEnum members print as their int (CPython 3.11's ReprEnum).
    if (v.IsInt()) v = Value::Int(v.AsInt());
    return AppendRepr(ts, v, out);
  }
  RuntimeState& rt = Rt(ts);
  Object* o = v.AsObject();
  if (IsUserClass(o->cls)) {
    if (!UserSpecial(rt, v, rt.names.__str__).IsEmpty()) {
      RecursionGuard guard(ts, " while getting the str of an object");
      if (!guard.ok()) return false;
      return AppendUserResult(ts, v, rt.names.__str__, "__str__", out);
    }
    // object.__str__ is repr(), which may be the user's __repr__; str and
    // BaseException have their own __str__, which wins over it.
    if (o->kind != ObjKind::kStr && o->kind != ObjKind::kException &&
        !UserSpecial(rt, v, rt.names.__repr__).IsEmpty()) {
      return AppendRepr(ts, v, out);
    }
  }
  switch (o->kind) {
    case ObjKind::kStr:
      out->append(static_cast<Str*>(o)->view());
      return true;
    case ObjKind::kException:
      return AppendExceptionStr(ts, v, out);
    default:
      return AppendRepr(ts, v, out);
  }
}

Value BaseRepr(ThreadState& ts, Value v) {
  std::string out;
  bool ok = v.IsObject() ? AppendObjectRepr(ts, v, &out, false)
                         : AppendRepr(ts, v, &out);
  if (!ok) return Value::Error();
  return StrValue(ts, out);
}

Value BaseStr(ThreadState& ts, Value v) {
  std::string out;
  bool ok;
  if (IsKind(v, ObjKind::kStr)) {
    out.append(As<Str>(v)->view());
    ok = true;
  } else if (IsKind(v, ObjKind::kException)) {
    ok = AppendExceptionStr(ts, v, &out);
  } else {
    ok = AppendRepr(ts, v, &out);
  }
  if (!ok) return Value::Error();
  return StrValue(ts, out);
}

std::string AsciiEscape(std::string_view repr) {
  std::string out;
  for (size_t i = 0; i < repr.size();) {
    uint32_t len;
    uint32_t cp = DecodeUtf8(repr.data() + i, &len);
    i += len;
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x100) {
      absl::StrAppend(&out, absl::StrFormat("\\x%02x", cp));
    } else if (cp < 0x10000) {
      absl::StrAppend(&out, absl::StrFormat("\\u%04x", cp));
    } else {
      absl::StrAppend(&out, absl::StrFormat("\\U%08x", cp));
    }
  }
  return out;
}

Value Repr(ThreadState& ts, Value v) {
  std::string out;
  if (!AppendRepr(ts, v, &out)) return Value::Error();
  return StrValue(ts, out);
}

Value ToStr(ThreadState& ts, Value v) {
  if (IsKind(v, ObjKind::kStr) && v.AsObject()->cls == Rt(ts).classes.str) {
    return v;
  }
  if (v.IsInt()) return IntDecimalStr(ts, v.AsInt());
  std::string out;
  if (!AppendStr(ts, v, &out)) return Value::Error();
  return StrValue(ts, out);
}

std::string_view TypeName(ThreadState& ts, Value v) {
  switch (v.tag()) {
    case Value::kNone:
      return "NoneType";
    case Value::kBool:
      return "bool";
    case Value::kInt:
      return "int";
    case Value::kFloat:
      return "float";
    case Value::kObject:
      return ClassName(v.AsObject()->cls);
    default:
      (void)ts;
      return "<empty>";
  }
}

}  // namespace interp
