// Hidden classes for instances of user classes (issue 13; CPython 3.11's
// split keys and V8's maps, in one small design).
//
// Layout. An Instance (object.h) starts in its class's root shape (no
// attributes). Adding attribute k to an instance of shape S moves it to S's
// child for k, created on first use: so instances that gain the same
// attributes in the same order share one Shape, which maps each name to a
// slot index (slot i holds keys[i]; slots are in insertion order). The
// values live in the instance: the tree's first `inline_cap` slots inline,
// the rest in a Tuple (`overflow`). A tree's inline_cap is fixed. A class's
// first tree guesses (kShapeDefaultInline, or what its base learned); the
// class then learns how many attributes its instances get (root->max_size)
// and starts a new tree with exactly that many inline slots (up to
// kShapeMaxInline) -- at the first allocation after an instance outgrew the
// guess, or after kShapeLearnAllocations instances that all stayed below
// it -- so a class of 3-attribute objects allocates 3 inline slots, V8's
// slack tracking in small. A learned tree only grows again.
//
// Dict mode. The __dict__ (vars(), obj.__dict__, copy, pickle, ...) is a
// real dict: asking for it moves the values into a new Dict that becomes the
// instance's `layout` for good, and every later access goes through it, so
// `obj.__dict__['x'] = 1` is obj.x and non-str keys work as in CPython.
// Deleting any attribute but the last added, assigning __dict__, and the
// limits below (a shape past kShapeMaxSize names, a tree past
// kShapeMaxTreeShapes shapes) also end in dict mode. Deleting the attribute
// added last goes back to the parent shape (same order as a dict keeps).
//
// Caches. A Shape is never reused for another layout while it is alive, and
// the VM's inline caches keep the shapes they remember alive (the VM traces
// its caches), so a cache keyed on a shape pointer can never match a
// different shape at a recycled address. Shapes do not point at their class,
// so a cache keeps only shapes alive, never a class.
#ifndef INTERP_RUNTIME_OBJECTS_SHAPE_H_
#define INTERP_RUNTIME_OBJECTS_SHAPE_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

// CPython 3.11 also stops sharing keys past 30 names.
inline constexpr uint32_t kShapeMaxSize = 30;
inline constexpr uint32_t kShapeMaxInline = 10;
inline constexpr uint32_t kShapeDefaultInline = 4;
inline constexpr uint32_t kShapeLearnAllocations = 16;
inline constexpr uint32_t kShapeMaxTreeShapes = 256;

// A new instance of `cls` (a class whose instance_kind is kInstance) with no
// attributes. Null on out-of-memory (nothing raised: callers raise).
Instance* NewInstance(ThreadState& ts, ClassObject* cls);

inline bool InstanceInShapeMode(const Instance* inst) {
  return inst->layout->kind == ObjKind::kShape;
}
inline Shape* InstanceShape(const Instance* inst) {
  return static_cast<Shape*>(inst->layout);
}
// Dict mode: the instance's __dict__.
inline Dict* InstanceDictMode(const Instance* inst) {
  return reinterpret_cast<Dict*>(inst->layout);
}

// The slot of `name` in `s`, or -1. Names compare by identity (attribute
// names are interned), then by value for a name that is not interned.
int32_t ShapeFind(const Shape* s, const Str* name);

// Where slot i of an instance of shape `s` lives (i < s->size).
inline Value* InstanceSlot(Instance* inst, const Shape* s, uint32_t i) {
  return i < s->inline_cap ? &inst->slots[i]
                           : &inst->overflow->items[i - s->inline_cap];
}

// The inline-cache encoding of slot i of shape s: >= 0 an inline slot,
// < 0 the overflow item ~index.
inline int32_t ShapeSlotRef(const Shape* s, uint32_t i) {
  return i < s->inline_cap ? static_cast<int32_t>(i)
                           : ~static_cast<int32_t>(i - s->inline_cap);
}
inline Value* InstanceSlotRef(Instance* inst, int32_t ref) {
  return ref >= 0 ? &inst->slots[ref] : &inst->overflow->items[~ref];
}

// The child of `s` that adds `name` (interned, not in `s`): the existing
// transition or a new shape. Null either with MemoryError pending (*oom set)
// or when the limits send the instance to dict mode (*oom clear).
Shape* ShapeTransition(ThreadState& ts, Shape* s, Str* name, bool* oom);

// Makes room for the slot `child` adds to an instance of child->parent
// (grows the overflow tuple). False with MemoryError pending.
bool InstanceReserveSlot(ThreadState& ts, Instance* inst, const Shape* child);

// The attribute `name` of the instance itself (its dict in dict mode), or
// Empty.
Value InstanceGetAttr(Instance* inst, const Str* name);
// Adds or replaces an attribute. False with MemoryError pending.
bool InstanceSetAttr(ThreadState& ts, Instance* inst, Str* name, Value v);
// 1 deleted, 0 missing, -1 error (pending).
int InstanceDelAttr(ThreadState& ts, Instance* inst, Str* name);

// The instance's __dict__, created from its slots on first request (the
// instance is in dict mode from then on). Null with MemoryError pending.
Dict* InstanceMaterializeDict(ThreadState& ts, Instance* inst);
// obj.__dict__ = d: the instance's attributes are d's from now on.
void InstanceReplaceDict(Instance* inst, Dict* d);

// Registers KindOps for kShape and kInstance (bootstrap).
void RegisterShapeKindOps();

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_SHAPE_H_
