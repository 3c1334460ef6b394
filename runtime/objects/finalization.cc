// The collector's finalization steps (see finalization.h for the order and
// why it is safe).
#include "runtime/objects/finalization.h"

#include <algorithm>

#include "runtime/objects/heap.h"
#include "runtime/objects/runtime_state.h"

namespace interp {
namespace {

void TraceWeakRef(void* data, Tracer& t) {
  t.Mark(static_cast<WeakRefState*>(data)->callback);
}

}  // namespace

const NativeDataOps kWeakRefOps = {"weakref", TraceWeakRef, nullptr, nullptr};

void TraceFinalizationRoots(const FinalizationState& fs, Tracer& t) {
  for (Object* r : fs.weak_callbacks) t.MarkObject(r);
  for (Generator* g : fs.pending_close) t.MarkObject(g);
  for (Str* s : fs.unawaited) t.MarkObject(s);
  t.MarkRange(fs.atexit.data(), fs.atexit.data() + fs.atexit.size());
  t.MarkObject(fs.weakref_class);
}

void TrackGeneratorSlow(FinalizationState& fs, Generator* g) {
  g->gc_flags |= kGcGenTracked;
  fs.generators.push_back(g);
}

void ResurrectDyingGenerators(RuntimeState& rt, Tracer& t) {
  FinalizationState& fs = *rt.finalization;
  if (fs.generators.empty()) return;
  // A generator queued here is marked, so a later one reached from it (a
  // `yield from` delegate) is seen as live and closed by its delegator, as
  // CPython's close() of the outer generator closes the inner one.
  std::vector<Generator*> kept;
  kept.reserve(fs.generators.size());
  for (Generator* g : fs.generators) {
    if (g->gc_mark) {
      if (g->state == GenState::kFinished) {
        g->gc_flags &= ~kGcGenTracked;
      } else {
        kept.push_back(g);
      }
      continue;
    }
    g->gc_flags &= ~kGcGenTracked;
    if (g->cls == rt.classes.coroutine && g->state == GenState::kCreated) {
      t.MarkObject(g->qualname);
      fs.unawaited.push_back(g->qualname);
    } else if (g->state == GenState::kSuspended &&
               (fs.needs_close == nullptr || fs.needs_close(g))) {
      t.MarkObject(g);
      fs.pending_close.push_back(g);
    }
  }
  fs.generators.swap(kept);
}

void ClearDeadWeakRefs(RuntimeState& rt) {
  FinalizationState& fs = *rt.finalization;
  for (auto it = fs.weak_refs.begin(); it != fs.weak_refs.end();) {
    std::vector<Object*>& refs = it->second;
    // Weak references that are themselves garbage vanish with no callback.
    refs.erase(std::remove_if(refs.begin(), refs.end(),
                              [](Object* r) { return !r->gc_mark; }),
               refs.end());
    const bool dead = !it->first->gc_mark;
    if (dead) {
      for (Object* r : refs) {
        WeakRefState* w = WeakRefOf(r);
        w->referent = nullptr;
        if (!w->callback.IsNone()) fs.weak_callbacks.push_back(r);
      }
    }
    if (dead || refs.empty()) {
      fs.weak_refs.erase(it++);
    } else {
      ++it;
    }
  }
  for (auto it = fs.subclasses.begin(); it != fs.subclasses.end();) {
    std::vector<ClassObject*>& subs = it->second;
    subs.erase(std::remove_if(subs.begin(), subs.end(),
                              [](ClassObject* c) { return !c->gc_mark; }),
               subs.end());
    if (!it->first->gc_mark || subs.empty()) {
      fs.subclasses.erase(it++);
    } else {
      ++it;
    }
  }
}

void AddSubclass(FinalizationState& fs, const ClassObject* base,
                 ClassObject* sub) {
  if (base != nullptr) fs.subclasses[base].push_back(sub);
}

void RemoveSubclass(FinalizationState& fs, const ClassObject* base,
                    const ClassObject* sub) {
  auto it = fs.subclasses.find(base);
  if (it == fs.subclasses.end()) return;
  std::vector<ClassObject*>& subs = it->second;
  // The newest entry, in practice: the class being built.
  for (size_t i = subs.size(); i-- > 0;) {
    if (subs[i] == sub) {
      subs.erase(subs.begin() + static_cast<ptrdiff_t>(i));
      break;
    }
  }
  if (subs.empty()) fs.subclasses.erase(it);
}

void AddWeakRef(FinalizationState& fs, Object* referent, Object* ref,
                bool basic) {
  std::vector<Object*>& refs = fs.weak_refs[referent];
  if (basic || refs.empty()) {
    refs.insert(refs.begin(), ref);
    return;
  }
  // After the basic ref (a plain ref without callback), if any.
  Object* first = refs.front();
  const bool has_basic = WeakRefOf(first)->callback.IsNone() &&
                         first->cls != nullptr &&
                         (first->cls->flags & kClassBuiltin) != 0;
  refs.insert(refs.begin() + (has_basic ? 1 : 0), ref);
}

const std::vector<Object*>* WeakRefsTo(const FinalizationState& fs,
                                       const Object* o) {
  auto it = fs.weak_refs.find(o);
  return it == fs.weak_refs.end() ? nullptr : &it->second;
}

}  // namespace interp
