#include "runtime/frames/frame_reader.h"

#include <pthread.h>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/frames/code_info.h"
#include "runtime/frames/stable_arena.h"
#include "runtime/frames/thread_registry.h"
#include "tests/core/test_frames.h"

namespace interp {
namespace {

using frame_reader::FrameCapture;
using frame_reader::FrameKind;
using frame_reader::FrameSnapshot;
using frame_reader::ThreadSnapshot;

std::string Name(const FrameSnapshot& f) {
  return std::string(f.name, f.name_copied);
}
std::string File(const FrameSnapshot& f) {
  return std::string(f.filename, f.filename_copied);
}

class FrameReaderTest : public ::testing::Test {
 protected:
  void SetUp() override { ts_ = AttachThreadState(nullptr, true); }
  void TearDown() override { DetachThreadState(ts_); }
  ThreadState* ts_;
};

TEST_F(FrameReaderTest, ReadsScriptAndNativeFramesInnermostFirst) {
  LineEntry lines[] = {{0, 10}, {4, 11}, {9, 13}};
  CodeInfo* outer = NewCodeInfo("<module>", "crash.py", lines, 3, 10);
  CodeInfo* inner = NewCodeInfo("inner", "crash.py", lines, 3, 10);
  const NativeInfo* native = InternNativeInfo("faulthandler._sigsegv");
  EXPECT_EQ(native, InternNativeInfo("faulthandler._sigsegv"));
  testing::PushScriptFrame(ts_, outer, 5);
  testing::PushNativeFrame(ts_, native);
  testing::PushScriptFrame(ts_, inner, 100);

  FrameCapture cap;
  frame_reader::CaptureFrames(ts_, &cap);
  EXPECT_TRUE(cap.consistent);
  ASSERT_EQ(cap.depth, 3u);
  ASSERT_EQ(cap.count, 3u);
  FrameSnapshot f;
  ASSERT_TRUE(frame_reader::ResolveFrame(cap.frames[0], &f));
  EXPECT_EQ(f.kind, FrameKind::kScript);
  EXPECT_EQ(Name(f), "inner");
  EXPECT_EQ(File(f), "crash.py");
  EXPECT_EQ(f.line, 13);
  ASSERT_TRUE(frame_reader::ResolveFrame(cap.frames[1], &f));
  EXPECT_EQ(f.kind, FrameKind::kNative);
  EXPECT_EQ(Name(f), "faulthandler._sigsegv");
  ASSERT_TRUE(frame_reader::ResolveFrame(cap.frames[2], &f));
  EXPECT_EQ(Name(f), "<module>");
  EXPECT_EQ(f.line, 11);

  for (int i = 0; i < 3; ++i) testing::PopFrame(ts_);
  frame_reader::CaptureFrames(ts_, &cap);
  EXPECT_EQ(cap.depth, 0u);
  FreeCodeInfo(outer);
  FreeCodeInfo(inner);
}

TEST_F(FrameReaderTest, UnknownLineIsMinusOne) {
  CodeInfo* ci = NewCodeInfo("f", "x.py", nullptr, 0, 1);
  testing::PushScriptFrame(ts_, ci, 3);
  FrameCapture cap;
  frame_reader::CaptureFrames(ts_, &cap);
  FrameSnapshot f;
  ASSERT_TRUE(frame_reader::ResolveFrame(cap.frames[0], &f));
  EXPECT_EQ(f.line, -1);
  testing::PopFrame(ts_);
  FreeCodeInfo(ci);
}

TEST_F(FrameReaderTest, FreedAndBogusCodeIsCorrupt) {
  LineEntry lines[] = {{0, 1}};
  CodeInfo* ci = NewCodeInfo("gone", "x.py", lines, 1, 1);
  uint32_t gen = ci->generation.load();
  FreeCodeInfo(ci);
  EXPECT_EQ(ci->magic.load(), 0u);
  EXPECT_NE(ci->generation.load(), gen);
  int on_stack = 0;
  void* arena_junk = stable::Allocate(64);  // in the arena, no magic
  testing::PushRawFrame(ts_, ci, nullptr, 0);
  testing::PushRawFrame(ts_, &on_stack, nullptr, 0);
  testing::PushRawFrame(ts_, reinterpret_cast<void*>(0x1000), nullptr, 0);
  testing::PushRawFrame(ts_, arena_junk, nullptr, 0);
  testing::PushRawFrame(ts_, nullptr, arena_junk, 0);
  testing::PushRawFrame(ts_, nullptr, nullptr, 0);
  FrameCapture cap;
  frame_reader::CaptureFrames(ts_, &cap);
  ASSERT_EQ(cap.count, 6u);
  for (uint32_t i = 0; i < cap.count; ++i) {
    FrameSnapshot f;
    EXPECT_FALSE(frame_reader::ResolveFrame(cap.frames[i], &f)) << i;
    EXPECT_EQ(f.kind, FrameKind::kCorrupt);
  }
  for (int i = 0; i < 6; ++i) testing::PopFrame(ts_);
  // A recycled record is a different code object now: a stale reader that
  // captured the old generation would notice; a fresh read sees the new one.
  CodeInfo* reused = NewCodeInfo("new", "y.py", lines, 1, 1);
  EXPECT_EQ(reused, ci);
  EXPECT_EQ(reused->generation.load() % 2, 0u);
  FreeCodeInfo(reused);
}

// A torn record pointing one byte into a well-formed NativeInfo copy (the
// magic and name right where the misaligned pointer reads them) is
// corrupt: reading through it is undefined behaviour (a frame_reader_fuzzer
// finding under UBSan).
TEST_F(FrameReaderTest, MisalignedRecordIsCorrupt) {
  const NativeInfo* real = InternNativeInfo("builtins.len");
  auto* block = static_cast<unsigned char*>(
      stable::Allocate(sizeof(NativeInfo) + alignof(NativeInfo)));
  ASSERT_NE(block, nullptr);
  unsigned char* shifted = block + 1;
  std::memcpy(shifted, real, sizeof(NativeInfo));
  FrameSnapshot f;
  EXPECT_FALSE(frame_reader::ResolveFrame(
      {nullptr, reinterpret_cast<const NativeInfo*>(shifted), 0}, &f));
  EXPECT_EQ(f.kind, FrameKind::kCorrupt);
  // The same bytes at an aligned address are a valid record.
  std::memcpy(block, real, sizeof(NativeInfo));
  EXPECT_TRUE(frame_reader::ResolveFrame(
      {nullptr, reinterpret_cast<const NativeInfo*>(block), 0}, &f));
  EXPECT_EQ(Name(f), "builtins.len");
}

TEST_F(FrameReaderTest, LongNamesAreCopiedUpToTheBuffer) {
  std::string name(3000, 'a');
  CodeInfo* ci = NewCodeInfo(name, "f.py", nullptr, 0, 1);
  testing::PushScriptFrame(ts_, ci, 0);
  FrameCapture cap;
  frame_reader::CaptureFrames(ts_, &cap);
  FrameSnapshot f;
  ASSERT_TRUE(frame_reader::ResolveFrame(cap.frames[0], &f));
  EXPECT_EQ(f.name_len, 3000u);
  EXPECT_EQ(f.name_copied, frame_reader::kMaxStringBytes);
  testing::PopFrame(ts_);
  FreeCodeInfo(ci);
}

TEST_F(FrameReaderTest, DeepStacksCaptureTheInnermostFrames) {
  CodeInfo* a = NewCodeInfo("a", "d.py", nullptr, 0, 1);
  CodeInfo* b = NewCodeInfo("b", "d.py", nullptr, 0, 1);
  for (int i = 0; i < 500; ++i)
    testing::PushScriptFrame(ts_, i < 499 ? a : b, 0);
  FrameCapture cap;
  frame_reader::CaptureFrames(ts_, &cap);
  EXPECT_EQ(cap.depth, 500u);
  EXPECT_EQ(cap.count, frame_reader::kMaxCapturedFrames);
  FrameSnapshot f;
  ASSERT_TRUE(frame_reader::ResolveFrame(cap.frames[0], &f));
  EXPECT_EQ(Name(f), "b");
  for (int i = 0; i < 500; ++i) testing::PopFrame(ts_);
  FreeCodeInfo(a);
  FreeCodeInfo(b);
}

TEST_F(FrameReaderTest, ThreadsAreListedWithIdentity) {
  ts_->SetName("MainThread", 10);
  ts_->collecting.store(true);
  std::mutex mu;
  std::condition_variable cv;
  bool ready = false, done = false;
  uint64_t worker_ident = 0;
  std::thread worker([&] {
    ThreadState* w = AttachThreadState(nullptr, false);
    w->SetName("worker-1", 8);
    std::unique_lock<std::mutex> lock(mu);
    worker_ident = w->ident.load();
    ready = true;
    cv.notify_all();
    cv.wait(lock, [&] { return done; });
    DetachThreadState(w);
  });
  {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return ready; });
  }
  int seen_main = 0, seen_worker = 0;
  for (const ThreadState* t = frame_reader::FirstLiveThread(); t != nullptr;
       t = frame_reader::NextLiveThread(t)) {
    ThreadSnapshot s;
    ASSERT_TRUE(frame_reader::ReadThread(t, &s));
    ASSERT_TRUE(s.name_valid);
    std::string name(s.name, s.name_len);
    if (t == ts_) {
      ++seen_main;
      EXPECT_TRUE(s.is_main);
      EXPECT_TRUE(s.collecting);
      EXPECT_EQ(name, "MainThread");
      EXPECT_EQ(s.ident, static_cast<uint64_t>(pthread_self()));
    } else if (s.ident == worker_ident) {
      ++seen_worker;
      EXPECT_FALSE(s.is_main);
      EXPECT_EQ(name, "worker-1");
    }
  }
  EXPECT_EQ(seen_main, 1);
  EXPECT_EQ(seen_worker, 1);
  EXPECT_EQ(frame_reader::FindThreadByIdent(worker_ident) != nullptr, true);
  {
    std::lock_guard<std::mutex> lock(mu);
    done = true;
  }
  cv.notify_all();
  worker.join();
  EXPECT_EQ(frame_reader::FindThreadByIdent(worker_ident), nullptr);
  ts_->collecting.store(false);
}

}  // namespace
}  // namespace interp
