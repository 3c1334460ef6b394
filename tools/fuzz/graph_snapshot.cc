#include "tools/fuzz/graph_snapshot.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/dict_layout.h"
#include "runtime/objects/list.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/set.h"
#include "runtime/objects/shape.h"
#include "runtime/objects/tuple.h"

// The comparisons of Restore run on every input over thousands of records;
// instrumented, each pointer compare would call into the sanitizers and the
// coverage runtime (and feed libFuzzer comparisons that are not the
// program's). They only read objects the snapshot keeps alive.
#if defined(__clang__)
#define INTERP_UNINSTRUMENTED \
  __attribute__((no_sanitize("address", "undefined", "coverage")))
#else
#define INTERP_UNINSTRUMENTED
#endif

namespace interp::fuzz {
namespace {

RuntimeState& Rt(ThreadState& ts) {
  return *ts.runtime.load(std::memory_order_relaxed);
}

// Whether `words` 8-byte words at `a` and `b` are equal. Without early
// exit, so the loop vectorizes; a plain loop, not memcmp, which ASan
// intercepts (it checked both ranges' shadow on every call: a third of
// the reset's time).
INTERP_UNINSTRUMENTED inline bool SameWords(const void* a, const void* b,
                                            size_t words) {
  const auto* x = static_cast<const uint64_t*>(a);
  const auto* y = static_cast<const uint64_t*>(b);
  uint64_t diff = 0;
  for (size_t i = 0; i < words; ++i) diff |= x[i] ^ y[i];
  return diff == 0;
}

// Identity including the IntEnum member, which changes the repr: every
// constructor sets all 16 bytes of a Value (value.h), so that is equal
// bytes.
static_assert(sizeof(Value) == 2 * sizeof(uint64_t));
INTERP_UNINSTRUMENTED inline bool Same(const Value& a, const Value& b) {
  return SameWords(&a, &b, 2);
}

// The immutable native objects a kept module may hold: compiled patterns,
// their matches, struct.Struct, Ellipsis and NotImplemented (no method
// changes them).
bool ImmutableNativeData(RuntimeState& rt, const Object* o) {
  const ClassObject* c = o->cls;
  return c != nullptr &&
         (c == rt.classes.re_pattern || c == rt.classes.re_match ||
          c == rt.classes.struct_class || c == rt.classes.ellipsis_type ||
          c == rt.classes.not_implemented_type ||
          // (name, owner) in an immutable tuple: __slots__ members.
          c == rt.classes.member_descriptor);
}

std::string Describe(const Object* o) {
  std::string_view name = "?";
  const char* what = " object";
  switch (o->kind) {
    case ObjKind::kModule:
      name = static_cast<const Module*>(o)->name->view();
      what = "module ";
      break;
    case ObjKind::kClass:
      name = static_cast<const ClassObject*>(o)->name->view();
      what = "class ";
      break;
    case ObjKind::kFunction:
      name = static_cast<const Function*>(o)->qualname->view();
      what = "function ";
      break;
    default:
      if (o->cls != nullptr) name = o->cls->name->view();
      return std::string(name) + what;
  }
  return what + std::string(name);
}

// Exact dict copies through the layout dict_layout.h publishes: one buffer
// of table_size int32 slots followed by entry_cap entries. Copying it keeps
// holes and order, and hashes or compares no key (no script code runs).
bool CopyDictExactly(ThreadState& ts, Dict* dst, const Dict* src) {
  if (dst == src) return true;
  void* buf = nullptr;
  if (src->slots != nullptr) {
    size_t bytes =
        src->table_size * sizeof(int32_t) + src->entry_cap * sizeof(DictEntry);
    buf = Rt(ts).heap.AllocBuffer(bytes);
    if (buf == nullptr) return false;
    std::memcpy(buf, src->slots, bytes);
  }
  DictClear(ts, dst);  // frees dst's buffer, changes its keys version
  if (buf != nullptr) {
    dst->slots = static_cast<int32_t*>(buf);
    dst->entries = reinterpret_cast<DictEntry*>(dst->slots + src->table_size);
    dst->table_size = src->table_size;
    dst->entry_cap = src->entry_cap;
    dst->used = src->used;
    dst->nentries = src->nentries;
  }
  return true;
}

// DictEntry is three 8-byte-aligned fields (two Values, whose every byte
// is set by each constructor, and the hash): no padding, so equal bytes
// are equal entries.
INTERP_UNINSTRUMENTED bool SameDictLayout(const Dict* a, const Dict* b) {
  static_assert(sizeof(DictEntry) == 2 * sizeof(Value) + sizeof(int64_t));
  static_assert(sizeof(DictEntry) % sizeof(uint64_t) == 0);
  return a->used == b->used && a->nentries == b->nentries &&
         a->table_size == b->table_size &&
         SameWords(a->entries, b->entries,
                   a->nentries * sizeof(DictEntry) / sizeof(uint64_t));
}

// Whether iterating `s` yields exactly `items`, in order.
bool SetItemsAre(Set* s, const List* items) {
  if (SetSize(s) != items->size) return false;
  uint32_t pos = 0;
  Value item;
  for (uint32_t i = 0; i < items->size; ++i) {
    if (!SetNext(s, &pos, &item) || !Same(item, items->items[i])) return false;
  }
  return true;
}

}  // namespace

size_t GraphSnapshot::records() const {
  return dicts_.size() + sets_.size() + lists_.size() + cells_.size() +
         functions_.size() + classes_.size() + instances_.size() +
         shaped_.size() + exceptions_.size() + modules_.size() +
         properties_.size() + wrappers_.size() + side_dicts_.size();
}

bool GraphSnapshot::Keep(ThreadState& ts, Value v) {
  return ListAppend(ts, static_cast<List*>(keep_.AsObject()), v);
}

absl::Status GraphSnapshot::Take(ThreadState& ts,
                                 const std::vector<Value>& roots) {
  List* keep = NewList(ts, 0);
  if (keep == nullptr) return absl::ResourceExhaustedError("snapshot");
  keep_ = Value::Obj(keep);
  // The caller roots keep_ only once Take returns; until then it is the
  // walk's own temporary root.
  ts.temp_roots.push_back(keep_);
  absl::Status s = Walk(ts, roots);
  ts.temp_roots.pop_back();
  return s;
}

absl::Status GraphSnapshot::Walk(ThreadState& ts,
                                 const std::vector<Value>& roots) {
  RuntimeState& rt = Rt(ts);
  // Parent links, to name the path to an object that cannot be recorded.
  absl::flat_hash_map<const Object*, const Object*> parent;
  std::vector<Object*> stack;
  auto push = [&](const Object* from, Value v) {
    if (!v.IsObject()) return;
    Object* o = v.AsObject();
    if (o == nullptr || !reached_.insert(o).second) return;
    parent[o] = from;
    stack.push_back(o);
  };
  auto push_obj = [&](const Object* from, const Object* o) {
    if (o != nullptr) push(from, Value::Obj(const_cast<Object*>(o)));
  };
  // Every object that cannot be recorded is named (not just the first):
  // the preload list is fixed in one pass.
  std::vector<std::string> failures;
  auto fail = [&](const Object* o, std::string_view why) {
    std::vector<std::string> path;
    for (const Object* p = o; p != nullptr; p = parent[p]) {
      path.push_back(Describe(p));
    }
    std::reverse(path.begin(), path.end());
    failures.push_back(
        absl::StrCat(std::string(why), ": ", absl::StrJoin(path, " -> ")));
  };
  auto copy_dict = [&](Dict* d) -> Dict* {
    Dict* c = NewDict(ts);
    if (c == nullptr || !Keep(ts, DictValue(c)) || !CopyDictExactly(ts, c, d)) {
      return nullptr;
    }
    return c;
  };
  for (Value r : roots) push(nullptr, r);
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    if (!Keep(ts, Value::Obj(o))) {
      return absl::ResourceExhaustedError("snapshot");
    }
    push_obj(o, o->cls);
    if (o->cls != nullptr && (o->cls->flags & kClassSideDict)) {
      auto it = rt.side_dicts.find(o);
      Dict* side = it == rt.side_dicts.end() ? nullptr : it->second;
      side_dicts_[o] = side;
      if (side != nullptr) push_obj(o, DictObject(side));
    }
    switch (o->kind) {
      case ObjKind::kStr:
      case ObjKind::kBigInt:
      case ObjKind::kBytes:
      case ObjKind::kRange:
      case ObjKind::kCode:
        break;
      case ObjKind::kSlice: {
        auto* s = static_cast<Slice*>(o);
        push(o, s->start);
        push(o, s->stop);
        push(o, s->step);
        break;
      }
      case ObjKind::kTuple: {
        auto* t = static_cast<Tuple*>(o);
        for (uint32_t i = 0; i < t->size; ++i) push(o, t->items[i]);
        break;
      }
      case ObjKind::kList: {
        auto* l = static_cast<List*>(o);
        List* c = NewListFrom(ts, l->items, l->size);
        if (c == nullptr || !Keep(ts, Value::Obj(c))) {
          return absl::ResourceExhaustedError("snapshot");
        }
        lists_.push_back({l, c});
        for (uint32_t i = 0; i < l->size; ++i) push(o, l->items[i]);
        break;
      }
      case ObjKind::kDict: {
        auto* d = reinterpret_cast<Dict*>(o);
        Dict* c = copy_dict(d);
        if (c == nullptr) return absl::ResourceExhaustedError("snapshot");
        dicts_.push_back({d, c, false});
        uint32_t pos = 0;
        Value k, v;
        while (DictNext(d, &pos, &k, &v)) {
          push(o, k);
          push(o, v);
        }
        break;
      }
      case ObjKind::kSet: {
        auto* s = reinterpret_cast<Set*>(o);
        std::vector<Value> items;
        uint32_t pos = 0;
        Value item;
        while (SetNext(s, &pos, &item)) items.push_back(item);
        List* c =
            NewListFrom(ts, items.data(), static_cast<uint32_t>(items.size()));
        if (c == nullptr || !Keep(ts, Value::Obj(c))) {
          return absl::ResourceExhaustedError("snapshot");
        }
        sets_.push_back({s, c});
        for (Value v : items) push(o, v);
        break;
      }
      case ObjKind::kByteArray:
        fail(o, "a bytearray");
        break;
      case ObjKind::kCell: {
        auto* c = static_cast<Cell*>(o);
        cells_.push_back({c, c->value});
        push(o, c->value);
        break;
      }
      case ObjKind::kFunction: {
        auto* f = static_cast<Function*>(o);
        functions_.push_back({f, *f});
        push_obj(o, f->code);
        push_obj(o, DictObject(f->globals));
        push_obj(o, f->defaults);
        push_obj(
            o, f->kwdefaults != nullptr ? DictObject(f->kwdefaults) : nullptr);
        push_obj(o, f->closure);
        push_obj(o, f->name);
        push_obj(o, f->qualname);
        push_obj(o, f->attrs != nullptr ? DictObject(f->attrs) : nullptr);
        push(o, f->doc);
        break;
      }
      case ObjKind::kNative: {
        auto* n = static_cast<NativeFunction*>(o);
        push_obj(o, n->name);
        push(o, n->bound_self);
        push(o, n->data);
        break;
      }
      case ObjKind::kBoundMethod: {
        auto* m = static_cast<BoundMethod*>(o);
        push(o, m->func);
        push(o, m->self);
        break;
      }
      case ObjKind::kClass: {
        auto* c = static_cast<ClassObject*>(o);
        if (c->flags & kClassBuiltin) break;  // immutable
        classes_.push_back({c, c->cls, c->name, c->module_name, c->base,
                            c->dict, c->flags, c->depth, c->bases, c->mro});
        push_obj(o, c->name);
        push_obj(o, c->module_name);
        push_obj(o, c->base);
        push_obj(o, c->bases);
        push_obj(o, c->mro);
        push_obj(o, c->dict != nullptr ? DictObject(c->dict) : nullptr);
        break;
      }
      case ObjKind::kInstance: {
        auto* i = static_cast<Instance*>(o);
        ShapedRec rec{i, o->cls, i->layout, i->overflow, {}};
        // The recorded layout and values must outlive what an input does
        // to the instance (a deleted attribute, a move to dict mode).
        if (!Keep(ts, Value::Obj(i->layout)) ||
            (i->overflow != nullptr && !Keep(ts, Value::Obj(i->overflow)))) {
          return absl::ResourceExhaustedError("snapshot");
        }
        if (InstanceInShapeMode(i)) {
          const Shape* shape = InstanceShape(i);
          for (uint32_t k = 0; k < shape->size; ++k) {
            Value v = *InstanceSlot(i, shape, k);
            rec.slots.push_back(v);
            push(o, v);
          }
          Tuple* kept = NewTupleFrom(ts, rec.slots.data(),
                                     static_cast<uint32_t>(rec.slots.size()));
          if (kept == nullptr || !Keep(ts, Value::Obj(kept))) {
            return absl::ResourceExhaustedError("snapshot");
          }
        } else {
          push_obj(o, DictObject(InstanceDictMode(i)));
        }
        shaped_.push_back(std::move(rec));
        break;
      }
      case ObjKind::kShape:
        // Layout only (names and transitions, which a later input may
        // extend without changing what any existing shape means).
        break;
      case ObjKind::kNativeData: {
        auto* n = static_cast<NativeData*>(o);
        if (!ImmutableNativeData(rt, o)) {
          fail(o, "native data with mutable state");
          break;
        }
        instances_.push_back({n, o->cls, n->attrs});
        push_obj(o, n->attrs != nullptr ? DictObject(n->attrs) : nullptr);
        break;
      }
      case ObjKind::kException: {
        auto* e = static_cast<ExceptionObject*>(o);
        exceptions_.push_back({e, *e});
        push_obj(o, e->attrs != nullptr ? DictObject(e->attrs) : nullptr);
        push_obj(o, e->args);
        push(o, e->traceback);
        push(o, e->cause);
        push(o, e->context);
        break;
      }
      case ObjKind::kModule: {
        auto* m = static_cast<Module*>(o);
        modules_.push_back({m, m->name, m->dict});
        push_obj(o, m->name);
        push_obj(o, DictObject(m->dict));
        break;
      }
      case ObjKind::kProperty: {
        auto* p = static_cast<Property*>(o);
        properties_.push_back({p, *p});
        push(o, p->fget);
        push(o, p->fset);
        push(o, p->fdel);
        push(o, p->doc);
        break;
      }
      case ObjKind::kStaticMethod:
        wrappers_.push_back({o, static_cast<StaticMethod*>(o)->func});
        push(o, static_cast<StaticMethod*>(o)->func);
        break;
      case ObjKind::kClassMethod:
        wrappers_.push_back({o, static_cast<ClassMethod*>(o)->func});
        push(o, static_cast<ClassMethod*>(o)->func);
        break;
      case ObjKind::kSuper: {
        auto* s = static_cast<Super*>(o);
        push_obj(o, s->start);
        push(o, s->self);
        break;
      }
      case ObjKind::kIterator:
        fail(o, "an iterator");
        break;
      case ObjKind::kGenerator:
        fail(o, "a generator");
        break;
      case ObjKind::kFile:
        fail(o, "a file");
        break;
      default:
        fail(o, "an object of an unknown kind");
        break;
    }
  }
  if (!failures.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot be kept across inputs:\n  ", absl::StrJoin(failures, "\n  ")));
  }
  // A class dict's restore must also invalidate the VM's attribute caches.
  absl::flat_hash_set<const Dict*> class_dicts;
  for (const ClassRec& c : classes_) class_dicts.insert(c.dict);
  for (DictRec& d : dicts_) d.class_dict = class_dicts.contains(d.live);
  for (const auto& [obj, dict] : side_dicts_) {
    if (dict != nullptr) side_dict_entries_.emplace_back(obj, dict);
  }
  return absl::OkStatus();
}

INTERP_UNINSTRUMENTED int64_t GraphSnapshot::Restore(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  int64_t restored = 0;
  bool classes_changed = false;
  for (const DictRec& r : dicts_) {
    if (SameDictLayout(r.live, r.saved)) continue;
    if (!CopyDictExactly(ts, r.live, r.saved)) return -1;
    ++restored;
    classes_changed = classes_changed || r.class_dict;
  }
  for (const SetRec& r : sets_) {
    if (SetItemsAre(r.live, r.saved)) continue;
    // A set's table is private to set.cc: refilled in the recorded order,
    // it must iterate in that order again, or the runtime starts over.
    SetClear(ts, r.live);
    for (uint32_t i = 0; i < r.saved->size; ++i) {
      if (SetAdd(ts, r.live, r.saved->items[i]) < 0) return -1;
    }
    if (!SetItemsAre(r.live, r.saved)) return -1;
    ++restored;
  }
  for (const ListRec& r : lists_) {
    List* l = r.live;
    const List* s = r.saved;
    if (l->size == s->size && SameWords(l->items, s->items, 2 * s->size)) {
      continue;
    }
    if (!ListResize(ts, l, s->size)) return -1;
    for (uint32_t i = 0; i < s->size; ++i) l->items[i] = s->items[i];
    ++restored;
  }
  for (const CellRec& r : cells_) {
    if (Same(r.live->value, r.saved)) continue;
    r.live->value = r.saved;
    ++restored;
  }
  for (const FunctionRec& r : functions_) {
    Function* f = r.live;
    const Function& s = r.saved;
    if (f->code == s.code && f->globals == s.globals &&
        f->defaults == s.defaults && f->kwdefaults == s.kwdefaults &&
        f->closure == s.closure && f->name == s.name &&
        f->qualname == s.qualname && f->attrs == s.attrs &&
        Same(f->doc, s.doc) && f->fast_arity == s.fast_arity &&
        f->cls == s.cls) {
      continue;
    }
    f->code = s.code;
    f->globals = s.globals;
    f->defaults = s.defaults;
    f->kwdefaults = s.kwdefaults;
    f->closure = s.closure;
    f->name = s.name;
    f->qualname = s.qualname;
    f->attrs = s.attrs;
    f->doc = s.doc;
    f->fast_arity = s.fast_arity;
    f->cls = s.cls;
    ++restored;
  }
  for (const ClassRec& r : classes_) {
    ClassObject* c = r.live;
    if (c->cls == r.meta && c->name == r.name &&
        c->module_name == r.module_name && c->base == r.base &&
        c->dict == r.dict && c->flags == r.flags && c->depth == r.depth &&
        c->bases == r.bases && c->mro == r.mro) {
      continue;
    }
    c->cls = r.meta;
    c->name = r.name;
    c->module_name = r.module_name;
    c->base = r.base;
    c->dict = r.dict;
    c->flags = r.flags;
    c->depth = r.depth;
    c->bases = r.bases;
    c->mro = r.mro;
    classes_changed = true;
    ++restored;
  }
  for (const InstanceRec& r : instances_) {
    if (r.live->cls == r.cls && r.live->attrs == r.attrs) continue;
    r.live->cls = r.cls;
    r.live->attrs = r.attrs;
    ++restored;
  }
  for (const ShapedRec& r : shaped_) {
    Instance* i = r.live;
    bool same =
        i->cls == r.cls && i->layout == r.layout && i->overflow == r.overflow;
    i->cls = r.cls;
    i->layout = r.layout;
    i->overflow = r.overflow;
    if (r.layout->kind == ObjKind::kShape) {
      const Shape* shape = static_cast<const Shape*>(r.layout);
      for (uint32_t k = 0; k < shape->size; ++k) {
        Value* slot = InstanceSlot(i, shape, k);
        if (!Same(*slot, r.slots[k])) {
          *slot = r.slots[k];
          same = false;
        }
      }
    }
    if (!same) ++restored;
  }
  for (const ExceptionRec& r : exceptions_) {
    ExceptionObject* e = r.live;
    const ExceptionObject& s = r.saved;
    if (e->cls == s.cls && e->attrs == s.attrs && e->args == s.args &&
        Same(e->traceback, s.traceback) && Same(e->cause, s.cause) &&
        Same(e->context, s.context) &&
        e->suppress_context == s.suppress_context) {
      continue;
    }
    e->cls = s.cls;
    e->attrs = s.attrs;
    e->args = s.args;
    e->traceback = s.traceback;
    e->cause = s.cause;
    e->context = s.context;
    e->suppress_context = s.suppress_context;
    ++restored;
  }
  for (const ModuleRec& r : modules_) {
    if (r.live->name == r.name && r.live->dict == r.dict) continue;
    r.live->name = r.name;
    r.live->dict = r.dict;
    ++restored;
  }
  for (const PropertyRec& r : properties_) {
    Property* p = r.live;
    const Property& s = r.saved;
    if (p->cls == s.cls && Same(p->fget, s.fget) && Same(p->fset, s.fset) &&
        Same(p->fdel, s.fdel) && Same(p->doc, s.doc)) {
      continue;
    }
    p->cls = s.cls;
    p->fget = s.fget;
    p->fset = s.fset;
    p->fdel = s.fdel;
    p->doc = s.doc;
    ++restored;
  }
  for (const WrapperRec& r : wrappers_) {
    Value& func = r.live->kind == ObjKind::kStaticMethod
                      ? static_cast<StaticMethod*>(r.live)->func
                      : static_cast<ClassMethod*>(r.live)->func;
    if (Same(func, r.func)) continue;
    func = r.func;
    ++restored;
  }
  // Side dicts: an input may have given a reached object one, or replaced
  // it. Only the (few) live entries are looked at.
  std::vector<const Object*> drop;
  for (const auto& [obj, dict] : rt.side_dicts) {
    auto it = side_dicts_.find(obj);
    if (it == side_dicts_.end()) continue;
    if (it->second == nullptr) drop.push_back(obj);
  }
  for (const Object* obj : drop) {
    rt.side_dicts.erase(obj);
    ++restored;
  }
  for (const auto& [obj, dict] : side_dict_entries_) {
    auto it = rt.side_dicts.find(obj);
    if (it != rt.side_dicts.end() && it->second == dict) continue;
    rt.side_dicts[obj] = dict;
    ++restored;
  }
  // The VM's attribute and constructor caches check the epoch: one bump
  // invalidates every cache that may hold a restored class's old entries.
  if (classes_changed) ++rt.class_epoch;
  return restored;
}

}  // namespace interp::fuzz
