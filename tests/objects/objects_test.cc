// Containers and protocols against CPython 3.11's observable behaviour
// (expected strings were produced by python3).
#include <cmath>

#include "runtime/objects/iterator.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/range_slice.h"
#include "tests/objects/fixture.h"

namespace interp {
namespace {

TEST_F(ObjectsTest, FloatRepr) {
  EXPECT_EQ(FloatRepr(0.1), "0.1");
  EXPECT_EQ(FloatRepr(1e16), "1e+16");
  EXPECT_EQ(FloatRepr(1e-5), "1e-05");
  EXPECT_EQ(FloatRepr(1.0), "1.0");
  EXPECT_EQ(FloatRepr(-0.0), "-0.0");
  EXPECT_EQ(FloatRepr(INFINITY), "inf");
  EXPECT_EQ(FloatRepr(-INFINITY), "-inf");
  EXPECT_EQ(FloatRepr(NAN), "nan");
  EXPECT_EQ(FloatRepr(123456789.123), "123456789.123");
  EXPECT_EQ(FloatRepr(5e-324), "5e-324");
  EXPECT_EQ(FloatRepr(0.0001), "0.0001");
  EXPECT_EQ(FloatRepr(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(FloatRepr(1e15), "1000000000000000.0");
  EXPECT_EQ(FloatRepr(123456789012345678.0), "1.2345678901234568e+17");
}

TEST_F(ObjectsTest, StrRepr) {
  EXPECT_EQ(R(S("it's")), "\"it's\"");
  EXPECT_EQ(R(S("say \"hi\"")), "'say \"hi\"'");
  EXPECT_EQ(R(S("both ' and \"")), "'both \\' and \"'");
  EXPECT_EQ(R(S("a\nb\tc\\")), "'a\\nb\\tc\\\\'");
  EXPECT_EQ(R(S("\x01\x7f")), "'\\x01\\x7f'");
  EXPECT_EQ(R(S("caf\xc3\xa9")), "'caf\xc3\xa9'");
}

TEST_F(ObjectsTest, ContainerRepr) {
  EXPECT_EQ(R(L({I(1), S("a"), F(2.0), Value::None(), Value::Bool(true)})),
            "[1, 'a', 2.0, None, True]");
  EXPECT_EQ(R(T({I(1)})), "(1,)");
  EXPECT_EQ(R(T({})), "()");
  EXPECT_EQ(R(SetOf({})), "set()");
  List* l = NewList(ts(), 0);
  ListAppend(ts(), l, Value::Obj(l));
  EXPECT_EQ(R(Value::Obj(l)), "[[...]]");
  EXPECT_EQ(R(Value::Obj(NewRange(ts(), 0, 5, 1))), "range(0, 5)");
  EXPECT_EQ(R(Value::Obj(NewRange(ts(), 0, 5, 2))), "range(0, 5, 2)");
}

TEST_F(ObjectsTest, SetOrderMatchesCPython) {
  EXPECT_EQ(R(SetOf({I(3), I(1), I(2)})), "{1, 2, 3}");
  EXPECT_EQ(R(SetOf({I(10), I(100), I(1000), I(-1), I(-5), I(7), I(8), I(33)})),
            "{33, 100, 7, 1000, 8, 10, -5, -1}");
  Set* s = NewSet(ts());
  for (int i = 0; i < 50; i += 3) SetAdd(ts(), s, I(i * 7));
  EXPECT_EQ(R(SetValue(s)),
            "{0, 294, 231, 168, 105, 42, 336, 273, 210, 147, 84, 21, 315, 252, "
            "189, 126, 63}");
  for (int i = 0; i < 50; i += 6) SetDiscard(ts(), s, I(i * 7));
  SetAdd(ts(), s, I(1000));
  EXPECT_EQ(R(SetValue(s)), "{231, 105, 1000, 273, 147, 21, 315, 189, 63}");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kBitOr, SetOf({I(1), I(2)}),
                       SetOf({I(40), I(3)}))),
            "{40, 1, 2, 3}");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kBitXor, SetOf({I(1), I(2), I(3)}),
                       SetOf({I(3), I(4)}))),
            "{1, 2, 4}");
}

TEST_F(ObjectsTest, DictOrderAndViews) {
  Dict* d = NewDict(ts());
  for (int i = 0; i < 20; ++i) DictSet(ts(), d, I(i), S("v"));
  for (int i = 0; i < 20; i += 2) DictDel(ts(), d, I(i));
  DictSet(ts(), d, I(4), I(44));
  DictSet(ts(), d, F(1.0), I(111));  // same key as 1
  EXPECT_EQ(R(DictValue(d)),
            "{1: 111, 3: 'v', 5: 'v', 7: 'v', 9: 'v', 11: 'v', 13: 'v', "
            "15: 'v', 17: 'v', 19: 'v', 4: 44}");
  EXPECT_EQ(R(NewDictView(ts(), d, IterKind::kDictKeysView)),
            "dict_keys([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 4])");
  EXPECT_EQ(R(GetItem(ts(), DictValue(d), I(2))), "ERR KeyError(2)");
  Str* k = InternStr(ts(), "name");
  DictSetStr(ts(), d, k, I(7));
  int32_t ix = DictFindStrIndex(d, k);
  ASSERT_GE(ix, 0);
  uint64_t version = DictKeysVersion(d);
  DictSetValueAt(d, ix, I(8));
  EXPECT_EQ(DictKeysVersion(d), version);
  EXPECT_EQ(R(DictGetStr(d, k)), "8");
  DictDel(ts(), d, Value::Obj(k));
  EXPECT_NE(DictKeysVersion(d), version);
}

TEST_F(ObjectsTest, Arithmetic) {
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kFloorDiv, I(-7), I(2))), "-4");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kMod, I(-7), I(2))), "1");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kMod, I(7), I(-2))), "-1");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kFloorDiv, F(-7), F(2))), "-4.0");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kMod, F(7.5), F(-2))), "-0.5");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kPow, I(2), I(-1))), "0.5");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kTrueDiv, I(7), I(2))), "3.5");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kPow, I(2), I(64))),
            "18446744073709551616");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kMul, I(INT64_MIN), I(-1))),
            "9223372036854775808");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kTrueDiv, I(1), I(0))),
            "ERR ZeroDivisionError('division by zero')");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kFloorDiv, I(1), I(0))),
            "ERR ZeroDivisionError('integer division or modulo by zero')");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kMod, F(1), F(0))),
            "ERR ZeroDivisionError('float modulo')");
  EXPECT_EQ(
      R(BinaryOp(ts(), BinOp::kPow, F(0), I(-1))),
      "ERR ZeroDivisionError('0.0 cannot be raised to a negative power')");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kAdd, I(1), S("a"))),
            "ERR TypeError(\"unsupported operand type(s) for +: 'int' and "
            "'str'\")");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kAdd, S("a"), I(1))),
            "ERR TypeError('can only concatenate str (not \"int\") to str')");
  EXPECT_EQ(R(BinaryOp(ts(), BinOp::kMul, S("ab"), I(3))), "'ababab'");
  EXPECT_EQ(
      R(BinaryOp(ts(), BinOp::kBitAnd, Value::Bool(true), Value::Bool(false))),
      "False");
}

TEST_F(ObjectsTest, CompareAndHash) {
  EXPECT_EQ(R(Compare(ts(), CmpOp::kLt, I(1), S("a"))),
            "ERR TypeError(\"'<' not supported between instances of 'int' and "
            "'str'\")");
  EXPECT_EQ(R(Compare(ts(), CmpOp::kEq, I(1), F(1.0))), "True");
  EXPECT_EQ(R(Compare(ts(), CmpOp::kLt, T({I(1), I(2)}), T({I(1), I(3)}))),
            "True");
  int64_t h;
  ASSERT_TRUE(Hash(ts(), F(1.0), &h));
  EXPECT_EQ(h, 1);
  ASSERT_TRUE(Hash(ts(), I(-1), &h));
  EXPECT_EQ(h, -2);
  ASSERT_TRUE(Hash(ts(), F(0.5), &h));
  EXPECT_EQ(h, 1152921504606846976);
  ASSERT_TRUE(Hash(ts(), T({I(1), I(2)}), &h));
  EXPECT_EQ(h, -3550055125485641917);
  EXPECT_FALSE(Hash(ts(), L({}), &h));
  EXPECT_EQ(R(Value::Error()), "ERR TypeError(\"unhashable type: 'list'\")");
}

TEST_F(ObjectsTest, FormatSpec) {
  EXPECT_EQ(Fmt(I(42), ">5"), "'   42'");
  EXPECT_EQ(Fmt(I(-42), "05"), "'-0042'");
  EXPECT_EQ(Fmt(I(1234567), ","), "'1,234,567'");
  EXPECT_EQ(Fmt(I(255), "#x"), "'0xff'");
  EXPECT_EQ(Fmt(I(255), "08b"), "'11111111'");
  EXPECT_EQ(Fmt(I(42), "*^9"), "'***42****'");
  EXPECT_EQ(Fmt(I(1234), "010,"), "'00,001,234'");
  EXPECT_EQ(Fmt(F(3.14159), ".2f"), "'3.14'");
  EXPECT_EQ(Fmt(F(3.14159), "e"), "'3.141590e+00'");
  EXPECT_EQ(Fmt(F(1234.5), ".4"), "'1.234e+03'");
  EXPECT_EQ(Fmt(F(100.0), ".3"), "'1e+02'");
  EXPECT_EQ(Fmt(F(2.0), ".3"), "'2.0'");
  EXPECT_EQ(Fmt(F(0.125), "%"), "'12.500000%'");
  EXPECT_EQ(Fmt(F(123456789.0), ",.2f"), "'123,456,789.00'");
  EXPECT_EQ(Fmt(F(-1.5), "010.2f"), "'-000001.50'");
  EXPECT_EQ(Fmt(F(1.5), "10"), "'       1.5'");
  EXPECT_EQ(Fmt(I(5), ".2f"), "'5.00'");
  EXPECT_EQ(Fmt(S("ab"), "^6"), "'  ab  '");
  EXPECT_EQ(Fmt(S("abcdef"), ".3"), "'abc'");
  EXPECT_EQ(Fmt(Value::Bool(true), ">5"), "'    1'");
  EXPECT_EQ(Fmt(Value::Bool(true), ""), "'True'");
  EXPECT_EQ(Fmt(S("ab"), "d"),
            "ERR ValueError(\"Unknown format code 'd' for object of type "
            "'str'\")");
}

TEST_F(ObjectsTest, PercentFormat) {
  Value args = T({F(3.14159), I(7), I(-5), I(255), I(8), S("hi"), S("hi"),
                  I(65), I(5), I(3)});
  EXPECT_EQ(
      R(FormatPercent(
          ts(), As<Str>(S("%5.1f|%-4d|%04d|%x|%#o|%s|%r|%c|%.3d|%+d")), args)),
      "\"  3.1|7   |-005|ff|0o10|hi|'hi'|A|005|+3\"");
  EXPECT_EQ(R(FormatPercent(ts(), As<Str>(S("%s %s")), T({I(1)}))),
            "ERR TypeError('not enough arguments for format string')");
  EXPECT_EQ(R(FormatPercent(ts(), As<Str>(S("%s")), T({I(1), I(2)}))),
            "ERR TypeError('not all arguments converted during string "
            "formatting')");
}

TEST_F(ObjectsTest, ItemsAndSlices) {
  EXPECT_EQ(R(GetItem(ts(), S("hello"), I(-1))), "'o'");
  EXPECT_EQ(R(GetItem(ts(), L({I(1)}), I(5))),
            "ERR IndexError('list index out of range')");
  EXPECT_EQ(R(GetItem(ts(), S("hello"),
                      Value::Obj(NewSlice(ts(), Value::None(), Value::None(),
                                          I(-1))))),
            "'olleh'");
  EXPECT_EQ(R(GetItem(ts(), Value::Obj(NewRange(ts(), 0, 20, 3)),
                      Value::Obj(NewSlice(ts(), I(1), I(5), Value::None())))),
            "range(3, 15, 3)");
  Value l = L({I(0), I(1), I(2), I(3), I(4), I(5)});
  SetItem(ts(), l, Value::Obj(NewSlice(ts(), I(1), I(3), Value::None())),
          L({S("a"), S("b"), S("c")}));
  EXPECT_EQ(R(l), "[0, 'a', 'b', 'c', 3, 4, 5]");
  DelItem(ts(), l,
          Value::Obj(NewSlice(ts(), Value::None(), Value::None(), I(2))));
  EXPECT_EQ(R(l), "['a', 'c', 4]");
  EXPECT_EQ(Contains(ts(), S("hello"), S("ell")), 1);
  EXPECT_EQ(Contains(ts(), Value::Obj(NewRange(ts(), 0, 10, 2)), I(4)), 1);
}

TEST_F(ObjectsTest, Sort) {
  Value l = L({I(3), I(1), I(2), I(10), I(-5)});
  ASSERT_TRUE(ListSort(ts(), As<List>(l), Value::None(), true));
  EXPECT_EQ(R(l), "[10, 3, 2, 1, -5]");
  Value n = L({F(2.5), I(1), Value::Bool(true), F(0.5)});
  ASSERT_TRUE(ListSort(ts(), As<List>(n), Value::None(), false));
  EXPECT_EQ(R(n), "[0.5, 1, True, 2.5]");
  Value o = L({T({I(2), S("b")}), T({I(1), S("z")}), T({I(2), S("a")})});
  ASSERT_TRUE(ListSort(ts(), As<List>(o), Value::None(), false));
  EXPECT_EQ(R(o), "[(1, 'z'), (2, 'a'), (2, 'b')]");
  Value q = L({I(1), S("a")});
  EXPECT_FALSE(ListSort(ts(), As<List>(q), Value::None(), false));
  TakePendingException(ts());
}

TEST_F(ObjectsTest, Iterators) {
  Value it = NewEnumerate(ts(), L({S("a"), S("b")}), 1);
  EXPECT_EQ(R(IterNext(ts(), it)), "(1, 'a')");
  EXPECT_EQ(R(IterNext(ts(), it)), "(2, 'b')");
  EXPECT_TRUE(IterNext(ts(), it).IsEmpty());
  Value rev = NewReversed(ts(), Value::Obj(NewRange(ts(), 0, 10, 3)));
  EXPECT_EQ(R(IterNext(ts(), rev)), "9");
  Value s = GetIter(ts(), S("h\xc3\xa9"));
  EXPECT_EQ(R(IterNext(ts(), s)), "'h'");
  EXPECT_EQ(R(IterNext(ts(), s)), "'\xc3\xa9'");
}

TEST_F(ObjectsTest, ParseNumbers) {
  int64_t v;
  bool overflow;
  EXPECT_TRUE(ParseInt(" -3 ", 10, &v));
  EXPECT_EQ(v, -3);
  EXPECT_TRUE(ParseInt("0x1f", 0, &v));
  EXPECT_EQ(v, 31);
  EXPECT_TRUE(ParseInt("1_000", 10, &v));
  EXPECT_FALSE(ParseInt("010", 0, &v));
  EXPECT_FALSE(ParseInt("1__0", 10, &v));
  EXPECT_FALSE(ParseInt("9223372036854775808", 10, &v, &overflow));
  EXPECT_TRUE(overflow);
  EXPECT_TRUE(ParseInt("-9223372036854775808", 10, &v));
  double d;
  EXPECT_TRUE(ParseFloat("-Infinity", &d));
  EXPECT_TRUE(std::isinf(d));
  EXPECT_TRUE(ParseFloat("1_000.5", &d));
  EXPECT_EQ(d, 1000.5);
  EXPECT_FALSE(ParseFloat("1e", &d));
}

}  // namespace
}  // namespace interp
