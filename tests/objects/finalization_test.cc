// The collector's finalization steps (objects/finalization.h): weak
// references to dead objects are cleared and their callbacks queued, weak
// references that die themselves vanish silently, live referents keep
// their references, and the finalization state's queues are roots.
#include "runtime/objects/finalization.h"

#include "runtime/objects/heap.h"
#include "tests/objects/fixture.h"

namespace interp {
namespace {

class FinalizationTest : public ObjectsTest {
 protected:
  // A weak reference object to `target` with `callback` (None: none),
  // registered as the weakref module registers its references.
  Object* NewWeakRef(Value target, Value callback) {
    auto* obj = rt().heap.New<NativeData>(
        ts(), ObjKind::kNativeData, rt().classes.object, sizeof(WeakRefState));
    auto* w = reinterpret_cast<WeakRefState*>(obj + 1);
    *w = WeakRefState{target.AsObject(), callback, -1};
    obj->data = w;
    obj->ops = &kWeakRefOps;
    obj->attrs = nullptr;
    AddWeakRef(*rt().finalization, target.AsObject(), obj, callback.IsNone());
    return obj;
  }
  FinalizationState& fs() { return *rt().finalization; }
};

TEST_F(FinalizationTest, DeadReferentIsClearedAndCallbackQueued) {
  TempRoots roots(ts());
  Value target = SetOf({I(1)});
  Value callback = S("callback");
  roots.Add(callback);
  Object* plain = NewWeakRef(target, Value::None());
  Object* with_cb = NewWeakRef(target, callback);
  roots.Add(Value::Obj(plain));
  roots.Add(Value::Obj(with_cb));
  ASSERT_NE(WeakRefsTo(fs(), target.AsObject()), nullptr);
  EXPECT_EQ(WeakRefsTo(fs(), target.AsObject())->size(), 2u);

  rt().heap.Collect(ts());

  EXPECT_EQ(WeakRefOf(plain)->referent, nullptr);
  EXPECT_EQ(WeakRefOf(with_cb)->referent, nullptr);
  ASSERT_EQ(fs().weak_callbacks.size(), 1u);
  EXPECT_EQ(fs().weak_callbacks[0], with_cb);
  EXPECT_TRUE(fs().weak_refs.empty());
  fs().weak_callbacks.clear();
}

TEST_F(FinalizationTest, LiveReferentKeepsItsReferences) {
  TempRoots roots(ts());
  Value target = SetOf({I(2)});
  roots.Add(target);
  Object* ref = NewWeakRef(target, Value::None());
  roots.Add(Value::Obj(ref));

  rt().heap.Collect(ts());

  EXPECT_EQ(WeakRefOf(ref)->referent, target.AsObject());
  ASSERT_NE(WeakRefsTo(fs(), target.AsObject()), nullptr);
  EXPECT_EQ(WeakRefsTo(fs(), target.AsObject())->size(), 1u);
  EXPECT_TRUE(fs().weak_callbacks.empty());
}

TEST_F(FinalizationTest, DeadReferenceVanishesWithoutCallback) {
  TempRoots roots(ts());
  Value target = SetOf({I(3)});
  roots.Add(target);
  Value callback = S("never");
  roots.Add(callback);
  NewWeakRef(target, callback);  // unreachable itself

  rt().heap.Collect(ts());

  EXPECT_EQ(WeakRefsTo(fs(), target.AsObject()), nullptr);
  EXPECT_TRUE(fs().weak_callbacks.empty());
  // And when the referent dies later, nothing is queued.
  rt().heap.Collect(ts());
  EXPECT_TRUE(fs().weak_callbacks.empty());
}

TEST_F(FinalizationTest, CallbackIsKeptAliveByItsReference) {
  TempRoots roots(ts());
  Value target = SetOf({I(4)});
  Object* ref;
  {
    // The callback is reachable only through the reference.
    Value callback = L({S("held by the weak reference")});
    ref = NewWeakRef(target, callback);
  }
  roots.Add(Value::Obj(ref));

  rt().heap.Collect(ts());
  rt().heap.Collect(ts());  // the queue is a root meanwhile

  ASSERT_EQ(fs().weak_callbacks.size(), 1u);
  EXPECT_EQ(R(WeakRefOf(ref)->callback), "['held by the weak reference']");
  fs().weak_callbacks.clear();
}

TEST_F(FinalizationTest, ReferencesKeepCPythonListOrder) {
  TempRoots roots(ts());
  Value target = SetOf({I(5)});
  roots.Add(target);
  Value cb = S("cb");
  roots.Add(cb);
  Object* first_cb = NewWeakRef(target, cb);
  Object* plain = NewWeakRef(target, Value::None());
  Object* second_cb = NewWeakRef(target, cb);
  const std::vector<Object*>& refs = *WeakRefsTo(fs(), target.AsObject());
  ASSERT_EQ(refs.size(), 3u);
  // The plain reference first, then those with callbacks, newest first.
  EXPECT_EQ(refs[0], plain);
  EXPECT_EQ(refs[1], second_cb);
  EXPECT_EQ(refs[2], first_cb);
}

TEST_F(FinalizationTest, AtexitEntriesAreRoots) {
  fs().atexit.push_back(L({S("kept for exit")}));
  rt().heap.Collect(ts());
  rt().heap.Collect(ts());
  ASSERT_EQ(fs().atexit.size(), 1u);
  EXPECT_EQ(R(fs().atexit[0]), "['kept for exit']");
  fs().atexit.clear();
}

}  // namespace
}  // namespace interp
