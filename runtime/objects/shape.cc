// Shapes (hidden classes) and the attribute storage of instances of user
// classes; the design is at the top of shape.h.
#include "runtime/objects/shape.h"

#include <algorithm>
#include <cstring>

#include "runtime/builtins/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace interp {

namespace {

// A root (empty) shape for a new tree whose instances get `inline_cap`
// inline slots.
Shape* NewRootShape(ThreadState& ts, uint32_t inline_cap) {
  Shape* s = Rt(ts).heap.New<Shape>(ts, ObjKind::kShape, nullptr);
  if (s == nullptr) return nullptr;
  s->root = s;
  s->inline_cap = inline_cap;
  s->tree_shapes = 1;
  return s;
}

// The first guess for a class's inline slots: what its nearest base with
// instances learned, else the default.
uint32_t GuessInlineSlots(const ClassObject* cls) {
  for (const ClassObject* b = cls->base; b != nullptr; b = b->base) {
    if (b->instance_shape != nullptr && b->instance_shape->learned) {
      return b->instance_shape->inline_cap;
    }
  }
  return kShapeDefaultInline;
}

// Whether the class's current tree `root` should give way to a tree with
// inline_cap = max_size (see "A tree's inline_cap" in shape.h).
bool ShouldRelearn(Shape* root) {
  if (root->max_size > root->inline_cap) {
    return root->inline_cap < kShapeMaxInline;
  }
  return !root->learned && ++root->allocations == kShapeLearnAllocations &&
         root->max_size < root->inline_cap;
}

Shape* FindChild(const Shape* s, const Str* name) {
  for (Shape* c = s->first_child; c != nullptr; c = c->next_sibling) {
    if (c->key == name) return c;
  }
  return nullptr;
}

// Dict mode from now on; false with MemoryError pending.
bool ToDictMode(ThreadState& ts, Instance* inst) {
  return InstanceMaterializeDict(ts, inst) != nullptr;
}

void TraceShape(Object* o, Tracer& t) {
  auto* s = static_cast<Shape*>(o);
  t.MarkObject(s->parent);
  t.MarkObject(s->first_child);
  t.MarkObject(s->next_sibling);
  t.MarkObject(s->root);
  t.MarkObject(s->key);
  for (uint32_t i = 0; i < s->size; ++i) t.MarkObject(s->keys[i]);
}

void TraceInstance(Object* o, Tracer& t) {
  auto* inst = static_cast<Instance*>(o);
  if (inst->layout == nullptr) return;
  t.MarkObject(inst->layout);
  if (!InstanceInShapeMode(inst)) return;
  const Shape* s = InstanceShape(inst);
  t.MarkRange(inst->slots, inst->slots + std::min(s->size, s->inline_cap));
  t.MarkObject(inst->overflow);
}

}  // namespace

Instance* NewInstance(ThreadState& ts, ClassObject* cls) {
  Shape* root = cls->instance_shape;
  if (__builtin_expect(root == nullptr, 0)) {
    root = NewRootShape(ts, GuessInlineSlots(cls));
    if (root == nullptr) return nullptr;
    cls->instance_shape = root;
  } else if (__builtin_expect(ShouldRelearn(root), 0)) {
    Shape* next = NewRootShape(ts, std::min(root->max_size, kShapeMaxInline));
    if (next == nullptr) return nullptr;
    next->learned = 1;
    cls->instance_shape = root = next;
  }
  auto* inst = Rt(ts).heap.New<Instance>(
      ts, ObjKind::kInstance, cls,
      static_cast<size_t>(root->inline_cap) * sizeof(Value));
  if (inst == nullptr) return nullptr;
  inst->layout = root;
  return inst;
}

int32_t ShapeFind(const Shape* s, const Str* name) {
  for (uint32_t i = 0; i < s->size; ++i) {
    if (s->keys[i] == name) return static_cast<int32_t>(i);
  }
  if (!name->interned) {
    for (uint32_t i = 0; i < s->size; ++i) {
      if (StrEquals(s->keys[i], name)) return static_cast<int32_t>(i);
    }
  }
  return -1;
}

Shape* ShapeTransition(ThreadState& ts, Shape* s, Str* name, bool* oom) {
  *oom = false;
  if (Shape* c = FindChild(s, name)) return c;
  Shape* root = s->root;
  if (s->size >= kShapeMaxSize || root->tree_shapes >= kShapeMaxTreeShapes) {
    return nullptr;
  }
  uint32_t size = s->size + 1;
  Shape* c = Rt(ts).heap.New<Shape>(ts, ObjKind::kShape, nullptr,
                                    static_cast<size_t>(size) * sizeof(Str*));
  if (c == nullptr) {
    *oom = true;
    RaiseMemoryError(ts);
    return nullptr;
  }
  c->parent = s;
  c->root = root;
  c->key = name;
  c->size = size;
  c->inline_cap = s->inline_cap;
  std::memcpy(c->keys, s->keys, s->size * sizeof(Str*));
  c->keys[s->size] = name;
  c->next_sibling = s->first_child;
  s->first_child = c;
  ++root->tree_shapes;
  root->max_size = std::max(root->max_size, size);
  return c;
}

bool InstanceReserveSlot(ThreadState& ts, Instance* inst, const Shape* child) {
  uint32_t i = child->size - 1;
  if (i < child->inline_cap) return true;
  uint32_t need = i - child->inline_cap + 1;
  Tuple* old = inst->overflow;
  uint32_t have = old != nullptr ? old->size : 0;
  if (need <= have) return true;
  uint32_t cap = std::max<uint32_t>({need, have * 2, 4});
  cap = std::min(cap, kShapeMaxSize);
  Tuple* t = NewTuple(ts, cap);
  if (t == nullptr) return false;
  if (old != nullptr) {
    std::memcpy(t->items, old->items,
                static_cast<size_t>(have) * sizeof(Value));
  }
  inst->overflow = t;
  return true;
}

Value InstanceGetAttr(Instance* inst, const Str* name) {
  if (!InstanceInShapeMode(inst)) {
    return DictGetStr(InstanceDictMode(inst), const_cast<Str*>(name));
  }
  const Shape* s = InstanceShape(inst);
  int32_t i = ShapeFind(s, name);
  if (i < 0) return Value::Empty();
  return *InstanceSlot(inst, s, static_cast<uint32_t>(i));
}

bool InstanceSetAttr(ThreadState& ts, Instance* inst, Str* name, Value v) {
  if (InstanceInShapeMode(inst)) {
    Shape* s = InstanceShape(inst);
    int32_t i = ShapeFind(s, name);
    if (i >= 0) {
      *InstanceSlot(inst, s, static_cast<uint32_t>(i)) = v;
      return true;
    }
    Str* key = name;
    if (!key->interned) {
      key = InternStr(ts, name->view());
      if (key == nullptr) return false;
    }
    bool oom;
    Shape* c = ShapeTransition(ts, s, key, &oom);
    if (c != nullptr) {
      if (!InstanceReserveSlot(ts, inst, c)) return false;
      *InstanceSlot(inst, c, s->size) = v;
      inst->layout = c;
      return true;
    }
    if (oom || !ToDictMode(ts, inst)) return false;
  }
  return DictSetStr(ts, InstanceDictMode(inst), name, v);
}

int InstanceDelAttr(ThreadState& ts, Instance* inst, Str* name) {
  if (InstanceInShapeMode(inst)) {
    Shape* s = InstanceShape(inst);
    int32_t i = ShapeFind(s, name);
    if (i < 0) return 0;
    if (static_cast<uint32_t>(i) + 1 == s->size) {
      // The last one added: back to the parent, the order a dict keeps.
      *InstanceSlot(inst, s, static_cast<uint32_t>(i)) = Value::None();
      inst->layout = s->parent;
      return 1;
    }
    if (!ToDictMode(ts, inst)) return -1;
  }
  return DictDel(ts, InstanceDictMode(inst), Value::Obj(name));
}

Dict* InstanceMaterializeDict(ThreadState& ts, Instance* inst) {
  if (!InstanceInShapeMode(inst)) return InstanceDictMode(inst);
  Shape* s = InstanceShape(inst);
  Dict* d = NewDict(ts);
  if (d == nullptr) return nullptr;
  for (uint32_t i = 0; i < s->size; ++i) {
    if (!DictSetStr(ts, d, s->keys[i], *InstanceSlot(inst, s, i))) {
      return nullptr;
    }
  }
  // The slots are dead from now on: clear them so that nothing stale is
  // ever read back.
  std::fill_n(inst->slots, s->inline_cap, Value::None());
  inst->overflow = nullptr;
  inst->layout = DictObject(d);
  return d;
}

void InstanceReplaceDict(Instance* inst, Dict* d) {
  if (InstanceInShapeMode(inst)) {
    std::fill_n(inst->slots, InstanceShape(inst)->inline_cap, Value::None());
    inst->overflow = nullptr;
  }
  inst->layout = DictObject(d);
}

void RegisterShapeKindOps() {
  RegisterKindOps(ObjKind::kShape, KindOps{TraceShape, nullptr});
  RegisterKindOps(ObjKind::kInstance, KindOps{TraceInstance, nullptr});
}

}  // namespace interp
