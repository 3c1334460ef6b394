// The script-level report format (SPEC 2.3), checked to the character.
#include "faulthandler/traceback.h"

#include <pthread.h>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "faulthandler/faulthandler.h"
#include "gtest/gtest.h"
#include "runtime/frames/code_info.h"
#include "runtime/frames/thread_registry.h"
#include "tests/core/test_frames.h"
#include "tests/faulthandler/test_util.h"

namespace interp::faulthandler {
namespace {

using testing::Capture;
using testing::FullMatch;
using testing::IdentHex;

uint64_t Self() { return static_cast<uint64_t>(pthread_self()); }

// A worker thread attached with a given name and frames, parked until the
// test ends.
class ParkedThread {
 public:
  ParkedThread(std::string name, std::vector<const CodeInfo*> frames,
               bool is_main = false) {
    thread_ = std::thread([this, name, frames, is_main] {
      ThreadState* ts = AttachThreadState(nullptr, is_main);
      ts->SetName(name.data(), name.size());
      for (const CodeInfo* ci : frames) testing::PushScriptFrame(ts, ci, 0);
      std::unique_lock<std::mutex> lock(mu_);
      ident_ = ts->ident.load();
      ready_ = true;
      cv_.notify_all();
      cv_.wait(lock, [this] { return done_; });
      DetachThreadState(ts);
    });
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return ready_; });
  }
  ~ParkedThread() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  uint64_t ident() const { return ident_; }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool ready_ = false, done_ = false;
  uint64_t ident_ = 0;
  std::thread thread_;
};

class TracebackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ts_ = AttachThreadState(nullptr, true);
    ts_->SetName("MainThread", 10);
    LineEntry lines[] = {{0, 4}, {10, 8}, {20, 10}};
    module_ = NewCodeInfo("<module>", "crash.py", lines, 3, 1);
    outer_ = NewCodeInfo("outer", "crash.py", lines, 3, 1);
    inner_ = NewCodeInfo("inner", "crash.py", lines, 3, 1);
  }
  void TearDown() override {
    while (ts_->frames.depth_relaxed() > 0) testing::PopFrame(ts_);
    DetachThreadState(ts_);
    FreeCodeInfo(module_);
    FreeCodeInfo(outer_);
    FreeCodeInfo(inner_);
  }
  std::string Dump(bool all_threads, int max_threads = 100) {
    Capture cap;
    EXPECT_TRUE(DumpTraceback(cap.fd(), all_threads, max_threads).ok());
    return cap.Read();
  }

  ThreadState* ts_;
  CodeInfo* module_;
  CodeInfo* outer_;
  CodeInfo* inner_;
};

TEST_F(TracebackTest, CurrentThreadOnly) {
  testing::PushScriptFrame(ts_, module_, 20);
  testing::PushScriptFrame(ts_, outer_, 10);
  testing::PushNativeFrame(ts_, InternNativeInfo("faulthandler._sigsegv"));
  testing::PushScriptFrame(ts_, inner_, 0);
  EXPECT_EQ(Dump(false),
            "Stack (most recent call first):\n"
            "  File \"crash.py\", line 4 in inner\n"
            "  <native> faulthandler._sigsegv\n"
            "  File \"crash.py\", line 8 in outer\n"
            "  File \"crash.py\", line 10 in <module>\n");
  EXPECT_EQ(Dump(true), "Current thread " + IdentHex(Self()) +
                            " [MainThread] (most recent call first):\n"
                            "  File \"crash.py\", line 4 in inner\n"
                            "  <native> faulthandler._sigsegv\n"
                            "  File \"crash.py\", line 8 in outer\n"
                            "  File \"crash.py\", line 10 in <module>\n");
}

TEST_F(TracebackTest, NoScriptFrameAndUnknownLine) {
  EXPECT_EQ(Dump(false),
            "Stack (most recent call first):\n"
            "  <no script frame>\n");
  CodeInfo* noline = NewCodeInfo("f", "x.py", nullptr, 0, 1);
  testing::PushScriptFrame(ts_, noline, 3);
  EXPECT_EQ(Dump(false),
            "Stack (most recent call first):\n"
            "  File \"x.py\", line ??? in f\n");
  testing::PopFrame(ts_);
  FreeCodeInfo(noline);
}

TEST_F(TracebackTest, OtherThreadsFirstCurrentLastSeparatedByBlankLines) {
  testing::PushScriptFrame(ts_, module_, 0);
  ParkedThread worker("worker-1", {module_, outer_});
  ParkedThread unnamed("", {});
  std::string out = Dump(true);
  // Newest first: the unnamed thread attached last.
  EXPECT_EQ(out, "Thread " + IdentHex(unnamed.ident()) +
                     " (most recent call first):\n"
                     "  <no script frame>\n"
                     "\n"
                     "Thread " +
                     IdentHex(worker.ident()) +
                     " [worker-1] (most recent call first):\n"
                     "  File \"crash.py\", line 4 in outer\n"
                     "  File \"crash.py\", line 4 in <module>\n"
                     "\n"
                     "Current thread " +
                     IdentHex(Self()) +
                     " [MainThread] (most recent call first):\n"
                     "  File \"crash.py\", line 4 in <module>\n");
}

TEST_F(TracebackTest, GarbageCollectingAndCorruptFrames) {
  ts_->collecting.store(true);
  testing::PushScriptFrame(ts_, module_, 0);
  int junk = 0;
  testing::PushRawFrame(ts_, &junk, nullptr, 0);
  testing::PushScriptFrame(ts_, inner_, 0);
  EXPECT_EQ(Dump(false),
            "Stack (most recent call first):\n"
            "  Garbage-collecting\n"
            "  File \"crash.py\", line 4 in inner\n"
            "  <corrupt frame>\n");
  ts_->collecting.store(false);
}

TEST_F(TracebackTest, FrameLimit) {
  for (int i = 0; i < 150; ++i) testing::PushScriptFrame(ts_, inner_, 0);
  std::string expected = "Stack (most recent call first):\n";
  for (int i = 0; i < 100; ++i) {
    expected += "  File \"crash.py\", line 4 in inner\n";
  }
  expected += "  ... (50 more frames)\n";
  EXPECT_EQ(Dump(false), expected);
}

TEST_F(TracebackTest, ThreadLimitKeepsMainAndCurrent) {
  // The calling thread is not the main one here: a parked main thread.
  ts_->is_main.store(false);
  ParkedThread main_thread("MainThread", {}, /*is_main=*/true);
  std::vector<std::unique_ptr<ParkedThread>> others;
  for (int i = 0; i < 5; ++i) {
    others.push_back(std::make_unique<ParkedThread>(
        "w" + std::to_string(i), std::vector<const CodeInfo*>{}));
  }
  std::string out = Dump(true, 3);
  // 3 blocks: the newest other thread, the main thread, the current one.
  std::string hdr = " \\(most recent call first\\):\n  <no script frame>\n";
  EXPECT_TRUE(FullMatch(
      out, "Thread " + IdentHex(others[4]->ident()) + " \\[w4\\]" + hdr +
               "\nThread " + IdentHex(main_thread.ident()) +
               " \\[MainThread\\]" + hdr + "\n\\.\\.\\.\n\nCurrent thread " +
               IdentHex(Self()) + " \\[MainThread\\]" + hdr))
      << out;
  std::string one = Dump(true, 1);
  EXPECT_NE(one.find("Thread " + IdentHex(main_thread.ident())),
            std::string::npos)
      << one;
  EXPECT_NE(one.find("Current thread " + IdentHex(Self())), std::string::npos);
  ts_->is_main.store(true);
}

TEST_F(TracebackTest, LongThreadNamesEndWithDots) {
  std::string long_name(600, 't');
  ts_->SetName(long_name.data(), long_name.size());
  EXPECT_EQ(Dump(true), "Current thread " + IdentHex(Self()) + " [" +
                            std::string(500, 't') +
                            "...] (most recent call first):\n"
                            "  <no script frame>\n");
}

TEST_F(TracebackTest, NamesAreEscapedAndTruncated) {
  std::string long_name(600, 'n');
  CodeInfo* ci = NewCodeInfo(long_name, "d\xc3\xa9j\xc3\xa0.py", nullptr, 0, 1);
  ts_->SetName("th\xe2\x82\xac\n", 6);
  testing::PushScriptFrame(ts_, ci, 0);
  EXPECT_EQ(Dump(true), "Current thread " + IdentHex(Self()) +
                            " [th\\u20ac\\x0a] (most recent call first):\n"
                            "  File \"d\\xe9j\\xe0.py\", line ??? in " +
                            std::string(500, 'n') + "...\n");
  testing::PopFrame(ts_);
  FreeCodeInfo(ci);
}

TEST(Traceback, ThreadWithoutStateIsCurrentWithNoScriptFrame) {
  Capture cap;
  std::thread([&] {
    Writer w(cap.fd());
    DumpAllThreads(w, Self(), 100);
  }).join();
  std::string out = cap.Read();
  EXPECT_TRUE(FullMatch(out,
                        "(.*\n\n)?Current thread 0x[0-9a-f]{16} \\(most recent "
                        "call first\\):\n  <no script frame>\n"))
      << out;
}

TEST(Traceback, TimeoutHeaderLikeTimedelta) {
  auto header = [](int64_t us) {
    Capture cap;
    {
      Writer w(cap.fd());
      WriteTimeoutHeader(w, us);
    }
    return cap.Read();
  };
  EXPECT_EQ(header(500000), "Timeout (0:00:00.500000)!\n");
  EXPECT_EQ(header(3000000), "Timeout (0:00:03)!\n");
  EXPECT_EQ(header(3723000001), "Timeout (1:02:03.000001)!\n");
  EXPECT_EQ(header(86400000000), "Timeout (1 day, 0:00:00)!\n");
  EXPECT_EQ(header(2 * 86400000000 + 1500000),
            "Timeout (2 days, 0:00:01.500000)!\n");
}

TEST(Traceback, ApiRejectsBadArguments) {
  EXPECT_EQ(DumpTraceback(-1).message(), "file is not a valid file descriptor");
  EXPECT_EQ(DumpTraceback(2, true, 0).code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace interp::faulthandler
