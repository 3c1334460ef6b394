// interp::embed::Lock (interp/embed/runtime.h): values in and out of the
// runtime, calls, and Args::Bind.
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "interp/embed/runtime.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/embed/embed_state.h"
#include "runtime/embed/runtime.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_internal.h"

namespace interp::embed {
namespace {

using internal::Access;

absl::Status OutOfMemory() {
  return absl::ResourceExhaustedError("MemoryError");
}

absl::Status NotAttached() {
  return absl::ResourceExhaustedError("cannot attach the thread");
}

absl::Status BadHandle() {
  return absl::FailedPreconditionError(
      "empty handle, a handle of another runtime, or a runtime that is gone");
}

// Whether `s` is well-formed UTF-8 without surrogates (what a str holds).
bool ValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    static constexpr uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace

Lock::Lock(Runtime& rt)
    : rt_(rt), state_(std::make_unique<internal::LockState>(*rt.impl_)) {}

Lock::~Lock() = default;

bool Lock::ok() const { return state_->entry.thread() != nullptr; }

Handle Lock::LastException() const { return state_->last_exception; }

// The common shape of every Lock method: the thread state, a result handle
// for a value (MemoryError pending when it is Error), no C++ exception out.
#define INTERP_LOCK_PROLOGUE                                      \
  ThreadState* tsp = state_->entry.thread();                      \
  if (tsp == nullptr) return NotAttached();                       \
  ThreadState& ts = *tsp;                                         \
  RuntimeState& rs = *ts.runtime.load(std::memory_order_relaxed); \
  (void)rs;                                                       \
  const std::shared_ptr<internal::HandleTable>& table =           \
      Access::State(rt_).handles

namespace {
absl::StatusOr<Handle> WrapResult(
    ThreadState& ts, const std::shared_ptr<internal::HandleTable>& table,
    Value v) {
  if (v.IsError()) {
    TakePendingException(ts);
    return OutOfMemory();
  }
  std::optional<Handle> h = Access::Wrap(table, v);
  if (!h.has_value()) return OutOfMemory();
  return *std::move(h);
}
}  // namespace

absl::StatusOr<Handle> Lock::None() {
  INTERP_LOCK_PROLOGUE;
  return WrapResult(ts, table, Value::None());
}

absl::StatusOr<Handle> Lock::Bool(bool b) {
  INTERP_LOCK_PROLOGUE;
  return WrapResult(ts, table, Value::Bool(b));
}

absl::StatusOr<Handle> Lock::Int(int64_t i) {
  INTERP_LOCK_PROLOGUE;
  return WrapResult(ts, table, Value::Int(i));
}

absl::StatusOr<Handle> Lock::IntFromDecimal(std::string_view digits) {
  INTERP_LOCK_PROLOGUE;
  std::string_view d = digits;
  if (!d.empty() && (d[0] == '-' || d[0] == '+')) d.remove_prefix(1);
  if (d.empty() ||
      d.find_first_not_of("0123456789") != std::string_view::npos) {
    return absl::InvalidArgumentError(absl::StrCat(
        "invalid literal for int() with base 10: '", vm::AV(digits), "'"));
  }
  Value v = ParseIntValue(ts, digits, 10);
  if (v.IsError()) {
    Value e = TakePendingException(ts);
    if (IsInstance(rs, e, rs.exc.memory_error)) return OutOfMemory();
    return absl::InvalidArgumentError(
        absl::StrCat("cannot convert '", vm::AV(digits), "' to an int"));
  }
  return WrapResult(ts, table, v);
}

absl::StatusOr<Handle> Lock::Float(double d) {
  INTERP_LOCK_PROLOGUE;
  return WrapResult(ts, table, Value::Float(d));
}

absl::StatusOr<Handle> Lock::Str(std::string_view utf8) {
  INTERP_LOCK_PROLOGUE;
  if (!ValidUtf8(utf8)) {
    return absl::InvalidArgumentError("str: the text is not valid UTF-8");
  }
  Object* s = reinterpret_cast<Object*>(NewStr(ts, utf8));
  return WrapResult(ts, table, s != nullptr ? Value::Obj(s) : Value::Error());
}

absl::StatusOr<Handle> Lock::Bytes(std::string_view data) {
  INTERP_LOCK_PROLOGUE;
  return WrapResult(ts, table, BytesValue(ts, data));
}

namespace {
// The values of `items` (all of `table`), or a status.
absl::Status Unwrap(const internal::HandleTable* table,
                    const std::vector<Handle>& items, std::vector<Value>* out) {
  out->reserve(items.size());
  for (const Handle& h : items) {
    Value v = Access::Unwrap(table, h);
    if (v.IsEmpty()) return BadHandle();
    out->push_back(v);
  }
  return absl::OkStatus();
}
}  // namespace

absl::StatusOr<Handle> Lock::List(const std::vector<Handle>& items) {
  try {
    INTERP_LOCK_PROLOGUE;
    std::vector<Value> vs;
    if (absl::Status s = Unwrap(table.get(), items, &vs); !s.ok()) return s;
    if (vs.size() > UINT32_MAX / 2) return OutOfMemory();
    interp::List* l =
        NewListFrom(ts, vs.data(), static_cast<uint32_t>(vs.size()));
    return WrapResult(ts, table, l != nullptr ? Value::Obj(l) : Value::Error());
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

absl::StatusOr<Handle> Lock::Tuple(const std::vector<Handle>& items) {
  try {
    INTERP_LOCK_PROLOGUE;
    std::vector<Value> vs;
    if (absl::Status s = Unwrap(table.get(), items, &vs); !s.ok()) return s;
    if (vs.size() > UINT32_MAX / 2) return OutOfMemory();
    interp::Tuple* t =
        NewTupleFrom(ts, vs.data(), static_cast<uint32_t>(vs.size()));
    return WrapResult(ts, table, t != nullptr ? Value::Obj(t) : Value::Error());
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

absl::StatusOr<Handle> Lock::Dict(
    const std::vector<std::pair<Handle, Handle>>& items) {
  try {
    INTERP_LOCK_PROLOGUE;
    interp::Dict* d = NewDict(ts);
    if (d == nullptr) return WrapResult(ts, table, Value::Error());
    // Hashing a key may run script code (__hash__): keep the dict alive.
    TempRoots roots(ts);
    roots.Add(DictValue(d));
    for (const auto& [hk, hv] : items) {
      Value k = Access::Unwrap(table.get(), hk);
      Value v = Access::Unwrap(table.get(), hv);
      if (k.IsEmpty() || v.IsEmpty()) return BadHandle();
      if (!DictSet(ts, d, k, v)) {
        Value e = TakePendingException(ts);
        TempRoots er(ts);
        er.Add(e);
        absl::Status st = Access::Internal(rt_).StatusFromException(ts, e);
        std::optional<ScriptError> se = ScriptErrorOf(st);
        if (se.has_value() && se->type == "MemoryError") return OutOfMemory();
        return Raise(se.has_value() ? se->type : "TypeError",
                     se.has_value() ? se->message : "unhashable key");
      }
    }
    return WrapResult(ts, table, DictValue(d));
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

Kind Lock::KindOf(const Handle& h) {
  ThreadState* tsp = state_->entry.thread();
  if (tsp == nullptr) return Kind::kOther;
  RuntimeState& rs = *tsp->runtime.load(std::memory_order_relaxed);
  Value v = Access::Unwrap(Access::State(rt_).handles.get(), h);
  if (v.IsNone()) return Kind::kNone;
  if (v.IsBool()) return Kind::kBool;
  if (v.IsInt()) return Kind::kInt;
  if (v.IsFloat()) return Kind::kFloat;
  if (!v.IsObject()) return Kind::kOther;
  ClassObject* cls = v.AsObject()->cls;
  if (cls == rs.classes.int_) return Kind::kInt;  // a big int
  if (cls == rs.classes.str) return Kind::kStr;
  if (cls == rs.classes.bytes) return Kind::kBytes;
  if (cls == rs.classes.list) return Kind::kList;
  if (cls == rs.classes.tuple) return Kind::kTuple;
  if (cls == rs.classes.dict) return Kind::kDict;
  return Kind::kOther;
}

std::string Lock::TypeName(const Handle& h) {
  ThreadState* tsp = state_->entry.thread();
  if (tsp == nullptr) return "";
  RuntimeState& rs = *tsp->runtime.load(std::memory_order_relaxed);
  Value v = Access::Unwrap(Access::State(rt_).handles.get(), h);
  if (v.IsEmpty()) return "";
  ClassObject* cls = ClassOf(rs, v);
  if (cls == nullptr || cls->name == nullptr) return "";
  return std::string(cls->name->view());
}

namespace {
absl::Status Expected(std::string_view what, std::string_view got) {
  return absl::InvalidArgumentError(
      absl::StrCat("expected ", vm::AV(what), ", got ", vm::AV(got)));
}
}  // namespace

// The value of `h`, or return the bad-handle status.
#define INTERP_UNWRAP(v, h)                 \
  Value v = Access::Unwrap(table.get(), h); \
  if (v.IsEmpty()) return BadHandle()

absl::StatusOr<bool> Lock::ToBool(const Handle& h) {
  INTERP_LOCK_PROLOGUE;
  INTERP_UNWRAP(v, h);
  if (!v.IsBool()) return Expected("bool", TypeName(h));
  return v.AsBool();
}

absl::StatusOr<int64_t> Lock::ToInt(const Handle& h) {
  INTERP_LOCK_PROLOGUE;
  INTERP_UNWRAP(v, h);
  if (!IsInteger(v) || v.IsBool()) return Expected("int", TypeName(h));
  int64_t out;
  if (!IntFitsI64(v, &out)) {
    return absl::OutOfRangeError("Python int too large to convert to int64");
  }
  return out;
}

absl::StatusOr<std::string> Lock::ToIntDecimal(const Handle& h) {
  INTERP_LOCK_PROLOGUE;
  INTERP_UNWRAP(v, h);
  if (!IsInteger(v) || v.IsBool()) return Expected("int", TypeName(h));
  if (v.IsIntLike()) return std::to_string(v.AsInt());
  std::string out;
  if (IntSign(v) < 0) out.push_back('-');
  AppendIntMagnitudeDecimal(v, &out);
  return out;
}

absl::StatusOr<double> Lock::ToFloat(const Handle& h) {
  INTERP_LOCK_PROLOGUE;
  INTERP_UNWRAP(v, h);
  if (v.IsFloat()) return v.AsFloat();
  if (!IsInteger(v) || v.IsBool()) return Expected("float", TypeName(h));
  double d;
  if (!IntToDouble(ts, v, &d)) {
    TakePendingException(ts);
    return absl::OutOfRangeError("int too large to convert to float");
  }
  return d;
}

absl::StatusOr<std::string> Lock::ToStr(const Handle& h) {
  INTERP_LOCK_PROLOGUE;
  INTERP_UNWRAP(v, h);
  if (!IsKind(v, ObjKind::kStr)) return Expected("str", TypeName(h));
  return std::string(vm::AsStr(v)->view());
}

absl::StatusOr<std::string> Lock::ToBytes(const Handle& h) {
  INTERP_LOCK_PROLOGUE;
  INTERP_UNWRAP(v, h);
  if (!IsBytesLike(v)) return Expected("bytes", TypeName(h));
  return std::string(BytesLikeView(v));
}

absl::StatusOr<std::vector<Handle>> Lock::Items(const Handle& h) {
  try {
    INTERP_LOCK_PROLOGUE;
    INTERP_UNWRAP(v, h);
    const Value* items;
    uint32_t n;
    if (IsKind(v, ObjKind::kList)) {
      items = As<interp::List>(v)->items;
      n = As<interp::List>(v)->size;
    } else if (IsKind(v, ObjKind::kTuple)) {
      items = As<interp::Tuple>(v)->items;
      n = As<interp::Tuple>(v)->size;
    } else {
      return Expected("list or tuple", TypeName(h));
    }
    std::vector<Handle> out;
    out.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      std::optional<Handle> x = Access::Wrap(table, items[i]);
      if (!x.has_value()) return OutOfMemory();
      out.push_back(*std::move(x));
    }
    return out;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

absl::StatusOr<std::vector<std::pair<Handle, Handle>>> Lock::DictItems(
    const Handle& h) {
  try {
    INTERP_LOCK_PROLOGUE;
    INTERP_UNWRAP(v, h);
    if (!IsKind(v, ObjKind::kDict)) return Expected("dict", TypeName(h));
    interp::Dict* d = AsDict(v);
    std::vector<std::pair<Handle, Handle>> out;
    out.reserve(DictSize(d));
    uint32_t pos = 0;
    Value k, x;
    while (DictNext(d, &pos, &k, &x)) {
      std::optional<Handle> hk = Access::Wrap(table, k);
      std::optional<Handle> hx = Access::Wrap(table, x);
      if (!hk.has_value() || !hx.has_value()) return OutOfMemory();
      out.emplace_back(*std::move(hk), *std::move(hx));
    }
    return out;
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

namespace {
// The status of the exception pending on `ts`, remembered as the Lock's
// last exception.
absl::Status FromPending(ThreadState& ts, interp::Runtime& internal_rt,
                         const std::shared_ptr<internal::HandleTable>& table,
                         Handle* last_exception) {
  Value e = TakePendingException(ts);
  TempRoots roots(ts);
  roots.Add(e);
  if (std::optional<Handle> h = Access::Wrap(table, e)) {
    *last_exception = *std::move(h);
  }
  return internal_rt.StatusFromException(ts, e);
}
}  // namespace

absl::StatusOr<std::string> Lock::Repr(const Handle& h) {
  try {
    INTERP_LOCK_PROLOGUE;
    INTERP_UNWRAP(v, h);
    Value r = interp::Repr(ts, v);
    if (r.IsError()) {
      return FromPending(ts, Access::Internal(rt_), table,
                         &state_->last_exception);
    }
    return std::string(vm::AsStr(r)->view());
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

absl::StatusOr<std::string> Lock::Text(const Handle& h) {
  try {
    INTERP_LOCK_PROLOGUE;
    INTERP_UNWRAP(v, h);
    Value r = interp::ToStr(ts, v);
    if (r.IsError()) {
      return FromPending(ts, Access::Internal(rt_), table,
                         &state_->last_exception);
    }
    return std::string(vm::AsStr(r)->view());
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

absl::StatusOr<Handle> Lock::GetAttr(const Handle& obj, std::string_view name) {
  try {
    INTERP_LOCK_PROLOGUE;
    INTERP_UNWRAP(v, obj);
    interp::Str* n = InternStr(ts, name);
    if (n == nullptr) return WrapResult(ts, table, Value::Error());
    Value r = interp::GetAttr(ts, v, n);
    if (r.IsError()) {
      return FromPending(ts, Access::Internal(rt_), table,
                         &state_->last_exception);
    }
    return WrapResult(ts, table, r);
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

absl::StatusOr<Handle> Lock::Import(std::string_view name) {
  try {
    INTERP_LOCK_PROLOGUE;
    interp::Str* n = InternStr(ts, name);
    if (n == nullptr) return WrapResult(ts, table, Value::Error());
    Value m = ImportModule(ts, n);
    if (m.IsError()) {
      return FromPending(ts, Access::Internal(rt_), table,
                         &state_->last_exception);
    }
    // `import a.b` binds the package; the host asked for a.b itself.
    Value sub = DictGetStr(rs.modules, n);
    return WrapResult(ts, table, sub.IsEmpty() ? m : sub);
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

absl::StatusOr<Handle> Lock::Global(std::string_view name) {
  try {
    INTERP_LOCK_PROLOGUE;
    std::string_view first = name.substr(0, name.find('.'));
    std::string_view rest =
        first.size() < name.size() ? name.substr(first.size() + 1) : "";
    Value target = Value::Empty();
    Value main = DictGetStr(rs.modules, rs.names.__main__);
    if (IsKind(main, ObjKind::kModule)) {
      interp::Str* key = InternStr(ts, first);
      if (key == nullptr) return WrapResult(ts, table, Value::Error());
      target = DictGetStr(As<Module>(main)->dict, key);
    }
    if (target.IsEmpty() && !rest.empty()) {
      interp::Str* key = InternStr(ts, first);
      if (key == nullptr) return WrapResult(ts, table, Value::Error());
      target = DictGetStr(rs.modules, key);
      if (target.IsEmpty()) {
        target = ImportModule(ts, key);
        if (target.IsError()) {
          return FromPending(ts, Access::Internal(rt_), table,
                             &state_->last_exception);
        }
      }
    }
    if (target.IsEmpty()) {
      return absl::NotFoundError(
          absl::StrCat("no global '", vm::AV(first), "' in __main__"));
    }
    TempRoots roots(ts);
    roots.Add(target);
    while (!rest.empty()) {
      std::string_view attr = rest.substr(0, rest.find('.'));
      rest = attr.size() < rest.size() ? rest.substr(attr.size() + 1) : "";
      interp::Str* n = InternStr(ts, attr);
      if (n == nullptr) return WrapResult(ts, table, Value::Error());
      Value next = GetAttrOrEmpty(ts, target, n);
      if (next.IsError()) {
        return FromPending(ts, Access::Internal(rt_), table,
                           &state_->last_exception);
      }
      if (next.IsEmpty()) {
        return absl::NotFoundError(absl::StrCat(
            "'", vm::AV(name), "' not found (at '", vm::AV(attr), "')"));
      }
      target = next;
      roots.Add(target);
    }
    return WrapResult(ts, table, target);
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

absl::StatusOr<Handle> Lock::Call(
    const Handle& callable, const std::vector<Handle>& args,
    const std::vector<std::pair<std::string, Handle>>& kwargs) {
  try {
    INTERP_LOCK_PROLOGUE;
    INTERP_UNWRAP(fn, callable);
    std::vector<Value> all;
    if (absl::Status s = Unwrap(table.get(), args, &all); !s.ok()) return s;
    TempRoots roots(ts);
    roots.Add(fn);
    interp::Tuple* kwnames = nullptr;
    if (!kwargs.empty()) {
      kwnames = NewTuple(ts, static_cast<uint32_t>(kwargs.size()));
      if (kwnames == nullptr) return WrapResult(ts, table, Value::Error());
      roots.Add(Value::Obj(kwnames));
      for (size_t i = 0; i < kwargs.size(); ++i) {
        if (!ValidUtf8(kwargs[i].first)) {
          return absl::InvalidArgumentError("keyword name is not UTF-8");
        }
        interp::Str* n = InternStr(ts, kwargs[i].first);
        if (n == nullptr) return WrapResult(ts, table, Value::Error());
        kwnames->items[i] = Value::Obj(reinterpret_cast<Object*>(n));
        Value v = Access::Unwrap(table.get(), kwargs[i].second);
        if (v.IsEmpty()) return BadHandle();
        all.push_back(v);
      }
    }
    // The values are reachable from their handles for the whole call.
    state_->entry.BeginRun();
    Value r = CallValue(ts, fn, all.data(), static_cast<uint32_t>(args.size()),
                        kwnames);
    if (r.IsError()) {
      return FromPending(ts, Access::Internal(rt_), table,
                         &state_->last_exception);
    }
    return WrapResult(ts, table, r);
  } catch (const std::bad_alloc&) {
    return OutOfMemory();
  }
}

absl::StatusOr<std::vector<Handle>> Args::Bind(
    std::string_view fn, const std::vector<std::string_view>& names,
    size_t required) const {
  std::vector<Handle> out(names.size());
  std::string f(fn);
  if (positional_.size() > names.size()) {
    std::string takes =
        required == names.size()
            ? absl::StrCat(names.size())
            : absl::StrCat("from ", required, " to ", names.size());
    return Raise(
        "TypeError",
        absl::StrCat(f, "() takes ", takes, " positional argument",
                     names.size() == 1 && required == 1 ? "" : "s", " but ",
                     positional_.size(),
                     positional_.size() == 1 ? " was" : " were", " given"));
  }
  for (size_t i = 0; i < positional_.size(); ++i) out[i] = positional_[i];
  for (const auto& [name, value] : keywords_) {
    size_t i = 0;
    while (i < names.size() && names[i] != name) ++i;
    if (i == names.size()) {
      return Raise("TypeError",
                   absl::StrCat(f, "() got an unexpected keyword argument '",
                                name, "'"));
    }
    if (out[i]) {
      return Raise(
          "TypeError",
          absl::StrCat(f, "() got multiple values for argument '", name, "'"));
    }
    out[i] = value;
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < required && i < names.size(); ++i) {
    if (!out[i]) missing.push_back(absl::StrCat("'", vm::AV(names[i]), "'"));
  }
  if (!missing.empty()) {
    // CPython: 'a', 'b' and 'c'.
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) list += i + 1 == missing.size() ? " and " : ", ";
      list += missing[i];
    }
    return Raise("TypeError",
                 absl::StrCat(f, "() missing ", missing.size(),
                              " required positional argument",
                              missing.size() == 1 ? "" : "s", ": ", list));
  }
  return out;
}

}  // namespace interp::embed
