// Attributes of code objects (`f.__code__.co_*`), read by inspect-style
// code: what interp's code records, in CPython's shapes.
#include <algorithm>
#include <string_view>
#include <vector>

#include "runtime/objects/code.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

bool Is(Str* name, std::string_view s) { return name->view() == s; }

}  // namespace

// The read-only code object attributes inspect-style code reads; co_flags
// carries CPython's bits for what interp's code records (CO_OPTIMIZED |
// CO_NEWLOCALS for function bodies, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED,
// CO_GENERATOR, CO_COROUTINE, CO_FUTURE_ANNOTATIONS).
Value CodeAttr(ThreadState& ts, Code* code, Str* name) {
  const CodeBody* b = code->body;
  auto str_or_none = [](Str* s) {
    return s != nullptr ? Value::Obj(s) : Value::None();
  };
  if (Is(name, "co_name")) return str_or_none(b->name);
  if (Is(name, "co_qualname")) return str_or_none(b->qualname);
  if (Is(name, "co_filename")) return str_or_none(b->filename);
  if (Is(name, "co_firstlineno")) return Value::Int(b->first_line);
  if (Is(name, "co_argcount")) return Value::Int(b->num_params);
  if (Is(name, "co_posonlyargcount")) return Value::Int(b->num_posonly);
  if (Is(name, "co_kwonlyargcount")) return Value::Int(b->num_kwonly);
  if (Is(name, "co_flags")) {
    int64_t flags = 0;
    if (!(b->flags & (kCodeModule | kCodeClassBody))) {
      flags |= 0x1 | 0x2;
      if (b->qualname != nullptr &&
          b->qualname->view().find("<locals>") != std::string_view::npos) {
        flags |= 0x10;
      }
    }
    if (b->flags & kCodeVarargs) flags |= 0x4;
    if (b->flags & kCodeVarkw) flags |= 0x8;
    if (b->flags & kCodeAsyncGenerator) {
      flags |= 0x200;
    } else if (b->flags & kCodeCoroutine) {
      flags |= 0x80;
    } else if (b->flags & kCodeGenerator) {
      flags |= 0x20;
    }
    if (b->flags & kCodeFutureAnnotations) flags |= 0x1000000;
    return Value::Int(flags);
  }
  const bool varnames = Is(name, "co_varnames");
  const bool nlocals = Is(name, "co_nlocals");
  const bool cellvars = Is(name, "co_cellvars");
  const bool freevars = Is(name, "co_freevars");
  if (!varnames && !nlocals && !cellvars && !freevars) return Value::Empty();
  auto has = [](const std::vector<uint16_t>& regs, size_t r) {
    return std::find(regs.begin(), regs.end(), r) != regs.end();
  };
  std::vector<Value> names;
  if (cellvars || freevars) {
    // CPython lists both sorted by name.
    std::vector<Str*> found;
    if (freevars) {
      found = b->free_names;
    } else {
      for (size_t r = 0; r < b->varnames.size(); ++r) {
        if (has(b->cell_params, r) || has(b->cell_locals, r)) {
          found.push_back(b->varnames[r]);
        }
      }
    }
    std::sort(found.begin(), found.end(),
              [](Str* x, Str* y) { return x->view() < y->view(); });
    for (Str* n : found) names.push_back(Value::Obj(n));
  } else if (!(b->flags & (kCodeModule | kCodeClassBody))) {
    // Parameters, then the plain locals; not the captured locals (cells),
    // the free variables or the compiler's own registers ('.for', '.k').
    for (size_t r = 0; r < b->varnames.size(); ++r) {
      Str* n = b->varnames[r];
      const bool param = r < static_cast<size_t>(b->num_params) +
                                 b->num_kwonly +
                                 ((b->flags & kCodeVarargs) != 0) +
                                 ((b->flags & kCodeVarkw) != 0);
      if (!param && (n->view().starts_with('.') || has(b->cell_locals, r) ||
                     has(b->free_regs, r))) {
        continue;
      }
      names.push_back(Value::Obj(n));
    }
  }
  if (nlocals) return Value::Int(static_cast<int64_t>(names.size()));
  Tuple* t =
      NewTupleFrom(ts, names.data(), static_cast<uint32_t>(names.size()));
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

}  // namespace vm
}  // namespace interp
