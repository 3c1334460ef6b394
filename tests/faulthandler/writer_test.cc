#include "faulthandler/writer.h"

#include <string>

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

}  // namespace
}  // namespace interp::faulthandler
