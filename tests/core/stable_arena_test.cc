#include "runtime/frames/stable_arena.h"

#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace interp::stable {
namespace {

TEST(StableArena, AllocateIsZeroedAlignedAndContained) {
  for (size_t size : {1u, 15u, 16u, 17u, 100u, 257u, 4000u, 70000u, 300000u}) {
    auto* p = static_cast<unsigned char*>(Allocate(size));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 16, 0u) << size;
    EXPECT_TRUE(Contains(p, size)) << size;
    for (size_t i = 0; i < size; ++i) ASSERT_EQ(p[i], 0) << size << " " << i;
    memset(p, 0xab, size);
    Free(p, size);
  }
}

TEST(StableArena, FreedBlocksAreReusedAndZeroed) {
  void* a = Allocate(48);
  memset(a, 0xff, 48);
  Free(a, 48);
  void* b = Allocate(48);
  EXPECT_EQ(a, b);  // same size class, LIFO free list
  auto* u = static_cast<unsigned char*>(b);
  for (int i = 0; i < 48; ++i) EXPECT_EQ(u[i], 0);
  // Freed memory stays mapped and readable.
  Free(b, 48);
  EXPECT_TRUE(Contains(b, 48));
  Free(Allocate(48), 48);
}

TEST(StableArena, ContainsRejectsForeignMemory) {
  int on_stack = 0;
  std::vector<char> heap(64);
  EXPECT_FALSE(Contains(&on_stack, sizeof(on_stack)));
  EXPECT_FALSE(Contains(heap.data(), heap.size()));
  EXPECT_FALSE(Contains(nullptr, 1));
  EXPECT_FALSE(Contains(reinterpret_cast<void*>(0x10), 1));
  EXPECT_FALSE(Contains(reinterpret_cast<void*>(~uintptr_t{0} - 4), 16));
  void* p = Allocate(32);
  EXPECT_TRUE(Contains(p, 32));
  // A range running off the end of its chunk is not contained.
  EXPECT_FALSE(Contains(p, size_t{1} << 40));
}

TEST(StableArena, InternStringDeduplicates) {
  const char* a = InternString("hello");
  const char* b = InternString(std::string("hel") + "lo");
  const char* c = InternString("world");
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_STREQ(a, "hello");
  EXPECT_TRUE(Contains(a, 6));
  const char* empty = InternString("");
  EXPECT_STREQ(empty, "");
  EXPECT_TRUE(Contains(empty, 1));
  std::string big(200000, 'x');
  const char* bp = InternString(big);
  EXPECT_EQ(std::string(bp), big);
  EXPECT_TRUE(Contains(bp, big.size() + 1));
  std::string with_nul("a\0b", 3);
  const char* np = InternString(with_nul);
  EXPECT_EQ(std::string(np, 3), with_nul);
}

TEST(StableArena, ConcurrentAllocFreeIntern) {
  std::vector<std::thread> threads;
  std::vector<std::set<const char*>> interned(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &interned] {
      std::vector<std::pair<void*, size_t>> live;
      for (int i = 0; i < 5000; ++i) {
        size_t size = 16 + (i * 37 + t) % 2000;
        void* p = Allocate(size);
        static_cast<char*>(p)[0] = 1;
        live.emplace_back(p, size);
        if (live.size() > 50) {
          Free(live.front().first, live.front().second);
          live.erase(live.begin());
        }
        interned[t].insert(InternString("name" + std::to_string(i % 100)));
      }
      for (auto& [p, s] : live) Free(p, s);
    });
  }
  for (auto& th : threads) th.join();
  // Every thread got the same 100 pointers.
  for (int t = 1; t < 4; ++t) EXPECT_EQ(interned[t], interned[0]);
  EXPECT_EQ(interned[0].size(), 100u);
}

}  // namespace
}  // namespace interp::stable
