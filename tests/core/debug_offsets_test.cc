// Walks the frame stacks using nothing but the published layout descriptor
// and raw memory reads, as an out-of-process reader would.
#include "runtime/frames/debug_offsets.h"

#include <cstring>
#include <string>

#include "gtest/gtest.h"
#include "runtime/frames/code_info.h"
#include "runtime/frames/thread_registry.h"
#include "tests/core/test_frames.h"

namespace interp {
namespace {

template <typename T>
T ReadAt(uint64_t addr) {
  T v;
  memcpy(&v, reinterpret_cast<const void*>(addr), sizeof(T));
  return v;
}

TEST(DebugOffsets, DescribesTheLiveLayout) {
  const DebugOffsets& d = interp_debug_offsets;
  ASSERT_EQ(memcmp(d.cookie, kDebugOffsetsCookie, 8), 0);
  ASSERT_EQ(d.version, kDebugOffsetsVersion);
  ASSERT_EQ(d.size, sizeof(DebugOffsets));

  ThreadState* me = AttachThreadState(nullptr, true);
  me->SetName("reader-test", 11);
  LineEntry line = {0, 42};
  CodeInfo* ci = NewCodeInfo("target_fn", "target.py", &line, 1, 42);
  testing::PushScriptFrame(me, ci, 0);

  bool found = false;
  for (uint64_t ts = ReadAt<uint64_t>(d.registry_head); ts != 0;
       ts = ReadAt<uint64_t>(ts + d.thread_state.next)) {
    if (ReadAt<uint32_t>(ts + d.thread_state.status) !=
        d.thread_state.status_running) {
      continue;
    }
    uint32_t len = ReadAt<uint32_t>(ts + d.thread_state.name_len);
    std::string name(reinterpret_cast<const char*>(ts + d.thread_state.name),
                     len);
    if (name != "reader-test") continue;
    uint64_t fs = ts + d.thread_state.frames;
    uint64_t records = ReadAt<uint64_t>(fs + d.frame_stack.records);
    uint32_t depth = ReadAt<uint32_t>(fs + d.frame_stack.depth);
    ASSERT_EQ(depth, 1u);
    uint64_t frame = records + uint64_t{depth - 1} * d.frame.size;
    uint64_t code = ReadAt<uint64_t>(frame + d.frame.code_info);
    ASSERT_EQ(ReadAt<uint32_t>(code + d.code_info.magic),
              d.code_info.magic_value);
    uint64_t fn = ReadAt<uint64_t>(code + d.code_info.name);
    uint32_t fn_len = ReadAt<uint32_t>(code + d.code_info.name_len);
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(fn), fn_len),
              "target_fn");
    uint64_t lines = ReadAt<uint64_t>(code + d.code_info.lines);
    EXPECT_EQ(ReadAt<int32_t>(lines + d.line_entry.line), 42);
    found = true;
  }
  EXPECT_TRUE(found);
  testing::PopFrame(me);
  DetachThreadState(me);
  FreeCodeInfo(ci);
}

}  // namespace
}  // namespace interp
