// The collector: garbage is reclaimed, reachable objects survive, and the
// live size stays bounded under steady churn.
#include "runtime/objects/heap.h"

#include "tests/objects/fixture.h"

namespace interp {
namespace {

TEST_F(ObjectsTest, CollectReclaimsGarbageAndKeepsRoots) {
  TempRoots roots(ts());
  List* keep = NewList(ts(), 0);
  roots.Add(Value::Obj(keep));
  for (int i = 0; i < 1000; ++i) ListAppend(ts(), keep, S("kept"));
  rt().heap.Collect(ts());
  size_t base = rt().heap.live_bytes();
  for (int round = 0; round < 5; ++round) {
    for (int i = 0; i < 50000; ++i) {
      List* l = NewList(ts(), 3);
      l->items[0] = S("garbage garbage garbage garbage");
      Dict* d = NewDict(ts());
      DictSet(ts(), d, I(i), Value::Obj(l));
    }
    rt().heap.Collect(ts());
    EXPECT_LT(rt().heap.live_bytes(), base + 64 * 1024);
  }
  ASSERT_EQ(keep->size, 1000u);
  EXPECT_EQ(R(keep->items[999]), "'kept'");
  EXPECT_EQ(InternStr(ts(), "__init__"), rt().names.__init__);
}

TEST_F(ObjectsTest, AllocationRequestsCollectionPastThreshold) {
  ts().eval_breaker.fetch_and(~kBreakGcRequest);
  for (int i = 0; i < 200000; ++i) NewList(ts(), 4);
  EXPECT_NE(ts().eval_breaker.load() & kBreakGcRequest, 0u);
  rt().heap.Collect(ts());
  EXPECT_EQ(ts().eval_breaker.load() & kBreakGcRequest, 0u);
}

}  // namespace
}  // namespace interp
