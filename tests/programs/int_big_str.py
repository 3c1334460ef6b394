# int <-> str for ints of any size: repr, str, int(text, base), hex/oct/bin,
# format specs, %-formatting, and CPython 3.11's digit limit.
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


n = 2**200 + 3**90
for v in [n, -n, 2**64, -(2**63) - 1, 10**40]:
    print(v, repr(v), str(v), hex(v), oct(v), bin(v)[:40], len(bin(v)))
    print(f"{v:,}", f"{v:_}", f"{v:x}", f"{v:X}", f"{v:#o}", f"{v:_b}"[-30:])
    print(f"{v:>80}|", f"{v:<+80}|", f"{v:^80}|")
    print(f"{v:=+90}|", f"{v:090}|", f"{v:*^+90,}|")
    print(f"{v:e}", f"{v:.3f}"[-10:], f"{v:g}", f"{v:%}"[:12], f"{v:n}")
    print("%d|%i|%x|%X|%o|%#x|%#o|%+d|% d|%60d|%-60d|%060d|%.50d|%e" %
          (v, v, v, v, v, v, v, v, v, v, v, v, v, v))
    print("{}".format(v), "{!r}".format(v), "{:d}".format(v), format(v, "z" if False else ""))
    print(int(str(v)) == v, int(hex(v), 16) == v, int(oct(v), 0) == v,
          int(bin(v), 2) == v, int(repr(v)) == v)
for text, base in [("123456789012345678901234567890", 10),
                   ("  -123_456_789_012_345_678_901  ", 10),
                   ("0x" + "f" * 30, 16), ("0X" + "F" * 30, 0),
                   ("0o" + "7" * 30, 0), ("0b" + "10" * 40, 0),
                   ("z" * 20, 36), ("Zz" * 10, 36), ("1" * 70, 2),
                   ("+" + "9" * 25, 0), ("9" * 25 + "x", 10),
                   ("0" * 30 + "1", 10), ("0" * 30 + "1", 0), ("1__0", 10),
                   ("_1" + "0" * 20, 10), ("1" + "0" * 20 + "_", 10),
                   ("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢", 10)]:
    show("int(%r, %d)" % (text, base), lambda: int(text, base))
show("int(99999999999999999999999999.5)", lambda: int(99999999999999999999999999.5))
show("format(2**70, 'c')", lambda: format(2**70, "c"))
show("'%c' % 2**70", lambda: "%c" % 2**70)
show("format(2**70, '.2d')", lambda: format(2**70, ".2d"))
show("format(2**70, ',x')", lambda: format(2**70, ",x"))
show("'%*d' % (2**70, 1)", lambda: "%*d" % (2**70, 1))
show("'%.*d' % (2**70, 1)", lambda: "%.*d" % (2**70, 1))
show("'%d' % 1e20", lambda: "%d" % 1e20)
show("'%x' % 1e20", lambda: "%x" % 1e20)

print(sys.get_int_max_str_digits())
big = 10**4299
print(len(str(big)), len(repr(big)), len(f"{big:,}"))
show("str(10**4300)", lambda: str(10**4300))
show("repr(-10**4300)", lambda: repr(-10**4300))
show("f'{10**5000}'", lambda: f"{10**5000}")
show("format(10**5000, ',')", lambda: format(10**5000, ","))
show("'%d' % 10**5000", lambda: "%d" % 10**5000)
show("print", lambda: print(10**5000))
print(len(hex(10**5000)), len(bin(10**5000)), len(format(10**5000, "x")))
show("int('1'*4300)", lambda: int("1" * 4300) % 1000)
show("int('1'*4301)", lambda: int("1" * 4301))
show("int('-' + '1'*4301)", lambda: int("-" + "1" * 4301))
show("int('1_'*3000 + '1')", lambda: int("1_" * 3000 + "1"))
show("int('f'*5000, 16)", lambda: int("f" * 5000, 16) % 1000)
show("int('7'*5000, 8)", lambda: int("7" * 5000, 8) % 1000)
show("int('z'*5000, 36)", lambda: int("z" * 5000, 36))
show("set(5)", lambda: sys.set_int_max_str_digits(5))
show("set(-1)", lambda: sys.set_int_max_str_digits(-1))
show("set('x')", lambda: sys.set_int_max_str_digits("x"))
show("set()", lambda: sys.set_int_max_str_digits())
show("set(640)", lambda: sys.set_int_max_str_digits(640))
print(sys.get_int_max_str_digits())
show("str(10**640)", lambda: str(10**640))
show("str(10**639)", lambda: len(str(10**639)))
show("set(maxdigits=0)", lambda: sys.set_int_max_str_digits(maxdigits=0))
print(sys.get_int_max_str_digits(), len(str(10**20000)), int("7" * 20000) % 97)
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
