# Integer literals in every base, with digit separators.
print(0, 7, 42, 1_000_000)
print(0x0, 0xff, 0XFF, 0xdead_beef)
print(0o0, 0o17, 0O777, 0o1_0)
print(0b0, 0b1011, 0B1111_0000)
print(-0x10, -0o10, -0b10)
print(00, 0_0)
print(9223372036854775807)
print(-9223372036854775807 - 1)
print(1_2_3 + 4_5_6)
print(0x7fffffffffffffff == 9223372036854775807)
print(type(0x10).__name__)
x = 0xA
print(x * 0b10 + 0o2)
