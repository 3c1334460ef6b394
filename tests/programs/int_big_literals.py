# Int literals beyond 64 bits in source code, in every base, and the digit
# limit that applies to decimal literals when a module is compiled.
import sys

a = 123456789012345678901234567890123456789
b = 0x_FFFF_FFFF_FFFF_FFFF_FFFF
c = 0o7777777777777777777777777777
d = 0b1_0000000000000000000000000000000000000000000000000000000000000000
e = -9223372036854775808
f = 9223372036854775808
print(a, b, c, d, e, f, -f, type(f), e == -f)
print(a * b, a // 3, 99999999999999999999999999 + 1)
print([18446744073709551616, 18446744073709551617][1] - 2**64)
print({100000000000000000000: "k"}[10**20])
print(1_000_000_000_000_000_000_000 == 10**21)
sys.set_int_max_str_digits(640)
try:
    import _mod_big_literal
except SyntaxError as err:
    print(type(err).__name__, err.msg)
    print(err.lineno, err.offset, err.filename.endswith("_mod_big_literal.py"))
sys.set_int_max_str_digits(0)
import _mod_big_literal

print(_mod_big_literal.big % 1000, _mod_big_literal.small % 1000)
