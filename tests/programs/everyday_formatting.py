# String formatting of every kind: %-format, str.format, f-strings, specs.
import math

name, n, x = "widget", 1234567, 3.14159265
print("%s has %d units at %.2f each" % (name, n, x))
print("%-10s|%10s|%05d|%+d|%x|%X|%o|%e|%g|%%" % (name, name, 42, 42, 255, 255, 8, x, x))
print("%(a)s-%(b)03d" % {"a": "k", "b": 7}, "%c%c" % (72, "i"), "%r" % "q", "%5.1f%%" % 99.44)
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 3, x))
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{x}/{y}".format(x=1, y=2))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "mid"))
print("{0:{1}.{2}f}".format(x, 10, 3), "{:{w}}|".format("pad", w=6), "{!r:>8}".format("s"))
print("{:,}".format(n), "{:_}".format(n), "{:_x}".format(0xFFFFFFF), "{:,.2f}".format(1234.5))
print("{:e}".format(123456.789), "{:.3e}".format(0.000123), "{:g}".format(1e-7), "{:g}".format(123456789.0))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:+.2f}".format(-0.0), "{: d}".format(5))
print("{:#x} {:#o} {:#b} {:08b}".format(255, 8, 5, 5), "{:c}".format(65), "{:n}".format(1234))
print("{0[0]}-{0[1]}".format(["a", "b"]), "{p.real}".format(p=3), "{d[key]}".format(d={"key": "v"}))
print(f"{name!r} {name!s:>10} {name!a} {n:,} {x:.3f} {x:10.2e} {n:>12_}")
width, prec = 12, 4
print(f"[{x:{width}.{prec}f}] [{name:^{width}}] [{'nested':{'>'}{width}}]")
print(f"{n=}", f"{x = :.2f}", f"{name.upper()=}", f"{1 + 1 = }", f"{[i * i for i in range(4)]}")
print(f"{'quoted'}", f'{"double"}', f"{{literal braces}}", f"{n:#_x}", f"{-42:=+8d}")
print(f"{math.pi:.10g}", f"{math.inf}", f"{-math.inf:>6}", f"{math.nan:f}", f"{1e300 * 10}")
print(f"{12345.6789:,.1f}", f"{0.000012345:.2g}", f"{123:08.2f}", f"{True:d}", f"{True}")
print(format(1234.5678, "015,.2f"), format("abc", "x<6"), format(7, "b"), format(2 ** 70, ","))
print(str.format("{:>{}}", "r", 5), "{:.3}".format("truncate"), "{:10.3}|".format("truncate"))
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
print(f"{'item':<8}{'qty':>5}{'price':>8}{'total':>8}")
for item, qty, price in rows:
    print(f"{item:<8}{qty:>5d}{price:>8.2f}{qty * price:>8.2f}")
print(f"{'TOTAL':<8}{sum(q for _, q, _ in rows):>5}{'':>8}{sum(q * p for _, q, p in rows):>8.2f}")
print("%s" % (1,), "%s %s" % ("a", "b"), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), round(2.675, 2))
print(repr(1.1), repr(1e16), repr(1e-5), str(100.0), 1e22, 123456789012345678.0, 0.1 + 0.2)
print("{:>10.4s}|{:<6d}|{:^+7.1f}".format("abcdefg", 42, 3.14159))
for spec in ["", ">10", "<10", "^10", "010", "+", " ", ",", ".2f", "e", "%", "x"]:
    try:
        print(repr(spec), format(255, spec), end="; ")
    except ValueError as e:
        print(repr(spec), "ValueError:", e, end="; ")
print()
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "{0} {1}".format("only")
except IndexError as e:
    print("IndexError:", e)
try:
    f"{x:q}"
except ValueError as e:
    print("ValueError:", e)
