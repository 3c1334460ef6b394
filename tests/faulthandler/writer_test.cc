#include "faulthandler/writer.h"

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "faulthandler/report_claim.h"
#include "gtest/gtest.h"
#include "tests/faulthandler/test_util.h"

namespace interp::faulthandler {
namespace {

template <typename F>
std::string Format(F f) {
  testing::Capture cap;
  {
    Writer w(cap.fd());
    f(w);
  }
  return cap.Read();
}

TEST(Writer, Integers) {
  EXPECT_EQ(Format([](Writer& w) { w.Dec(0); }), "0");
  EXPECT_EQ(Format([](Writer& w) { w.Dec(1234567890123ull); }),
            "1234567890123");
  EXPECT_EQ(Format([](Writer& w) { w.Dec(~0ull); }), "18446744073709551615");
  EXPECT_EQ(Format([](Writer& w) { w.DecSigned(-42); }), "-42");
  EXPECT_EQ(Format([](Writer& w) { w.DecSigned(INT64_MIN); }),
            "-9223372036854775808");
  EXPECT_EQ(Format([](Writer& w) { w.Hex(0); }), "0");
  EXPECT_EQ(Format([](Writer& w) { w.Hex(0xabc, 2); }), "abc");
  EXPECT_EQ(Format([](Writer& w) { w.Hex(0x7f3e1c7fd6c0, 16); }),
            "00007f3e1c7fd6c0");
  EXPECT_EQ(Format([](Writer& w) { w.Hex(~0ull, 16); }), "ffffffffffffffff");
  EXPECT_EQ(Format([](Writer& w) { w.Hex(5, 40); }), "0000000000000005");
}

TEST(Writer, LongOutputIsFlushedInOrder) {
  std::string expected;
  for (int i = 0; i < 1000; ++i) expected += std::to_string(i) + ",";
  EXPECT_EQ(Format([](Writer& w) {
              for (int i = 0; i < 1000; ++i) w.Dec(i).Char(',');
            }),
            expected);
  std::string big(5000, 'z');
  EXPECT_EQ(Format([&](Writer& w) { w.Bytes(big.data(), big.size()); }), big);
}

std::string Esc(const std::string& s) {
  return Format([&](Writer& w) { w.Escaped(s.data(), s.size()); });
}

TEST(Writer, EscapesLikeCPython) {
  EXPECT_EQ(Esc("plain ascii ~!"), "plain ascii ~!");
  EXPECT_EQ(Esc("tab\there\nnl"), "tab\\x09here\\x0anl");
  EXPECT_EQ(Esc(std::string("\x7f\x01", 2)), "\\x7f\\x01");
  EXPECT_EQ(Esc("caf\xc3\xa9"), "caf\\xe9");                     // U+00E9
  EXPECT_EQ(Esc("\xe6\x97\xa5\xe6\x9c\xac"), "\\u65e5\\u672c");  // 日本
  EXPECT_EQ(Esc("\xf0\x9f\x98\x80"), "\\U0001f600");             // emoji
  EXPECT_EQ(Esc("\xe2\x82\xac"), "\\u20ac");                     // euro
}

TEST(Writer, InvalidUtf8BytesAreEscapedOneByOne) {
  EXPECT_EQ(Esc("a\xff"
                "b"),
            "a\\xffb");
  EXPECT_EQ(Esc("\xc3"), "\\xc3");                    // truncated sequence
  EXPECT_EQ(Esc("\xc0\xaf"), "\\xc0\\xaf");           // overlong
  EXPECT_EQ(Esc("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // surrogate
}

TEST(Writer, TruncatesAt500Characters) {
  std::string s500(500, 'a');
  EXPECT_EQ(Esc(s500), s500);
  EXPECT_EQ(Esc(s500 + "b"), s500 + "...");
  // Characters, not bytes: 501 two-byte characters.
  std::string wide;
  for (int i = 0; i < 501; ++i) wide += "\xc3\xa9";
  std::string expected;
  for (int i = 0; i < 500; ++i) expected += "\\xe9";
  EXPECT_EQ(Esc(wide), expected + "...");
  // A copied prefix of a longer string is marked as truncated too.
  std::string shortcopy = "abc";
  EXPECT_EQ(Format([&](Writer& w) { w.Escaped(shortcopy.data(), 3, 10); }),
            "abc...");
}

TEST(Writer, WriteAllPreservesErrnoAndReportsErrors) {
  errno = 1234;
  EXPECT_FALSE(WriteAll(-1, "x", 1));
  EXPECT_EQ(errno, 1234);
  testing::Capture cap;
  EXPECT_TRUE(WriteAll(cap.fd(), "hello", 5));
  EXPECT_EQ(errno, 1234);
  EXPECT_EQ(cap.Read(), "hello");
}

TEST(Writer, DecodeUtf8) {
  uint32_t cp;
  const unsigned char euro[] = {0xe2, 0x82, 0xac};
  EXPECT_EQ(DecodeUtf8(euro, 3, &cp), 3u);
  EXPECT_EQ(cp, 0x20acu);
  EXPECT_EQ(DecodeUtf8(euro, 2, &cp), 1u);  // truncated
  EXPECT_EQ(cp, 0x80000000u | 0xe2);
}

TEST(Writer, WritesWholeLinesWhenTheBufferFills) {
  // Lines of 100 bytes: the buffer holds 81 of them; what reaches the file
  // at any write is whole lines (checked through the final text).
  testing::Capture cap;
  {
    Writer w(cap.fd());
    std::string line(99, 'x');
    for (int i = 0; i < 1000; ++i) {
      w.Str(line.c_str()).Char('\n');
      w.EndLine();
      if (i == 100) {
        std::string so_far = cap.Read();
        EXPECT_FALSE(so_far.empty());
        EXPECT_EQ(so_far.size() % 100, 0u);
      }
    }
  }
  EXPECT_EQ(cap.Read().size(), 100000u);
}

TEST(ReportClaim, AYieldingWriterStopsOnceAFatalReportStarts) {
  testing::Capture cap;
  {
    DumpClaim claim(1234);
    ASSERT_TRUE(claim.held());
    Writer w(cap.fd());
    w.YieldToFatalReport();
    w.Str("before\n").EndLine();
    w.Flush();
    // The fatal report's thread is the holder here (a fault interrupting
    // its own dump), so it does not wait.
    StartFatalReport(1234);
    EXPECT_TRUE(FatalReportStarted());
    w.Str("after\n").EndLine();
    w.Flush();
    EXPECT_TRUE(w.stopped());
    // No new dump gets the slot while the fatal report runs.
    std::thread([] { EXPECT_FALSE(DumpClaim(99).held()); }).join();
  }
  ResetFatalReportStarted();
  EXPECT_EQ(cap.Read(), "before\n");
}

TEST(ReportClaim, DumpsTakeTurnsAndNeverWaitForThemselves) {
  std::atomic<int> inside{0};
  std::atomic<int> overlaps{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        DumpClaim claim(100 + t);
        ASSERT_TRUE(claim.held());
        if (inside.fetch_add(1) != 0) overlaps++;
        // Nested on the same thread (a handler interrupting this dump):
        // gives up at once instead of waiting for itself.
        EXPECT_FALSE(DumpClaim(100 + t).held());
        inside.fetch_sub(1);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(overlaps.load(), 0);
}

}  // namespace
}  // namespace interp::faulthandler
