# f-string format specs: width, alignment, fill, precision, zero padding.
x = 42
y = 3.14159
s = "ab"
print(f"[{x:5}] [{x:<5}] [{x:>5}] [{x:^5}]")
print(f"[{x:05d}] [{x:08d}] [{-x:06d}]")
print(f"[{y:.2f}] [{y:.0f}] [{y:10.3f}] [{y:<10.1f}]")
print(f"[{s:>5}] [{s:<5}] [{s:^6}] [{s:*^6}] [{s:-<4}]")
print(f"[{x:x}] [{x:X}] [{x:o}] [{x:b}] [{x:#x}]")
print(f"[{1234567:,}] [{1234567.891:,.2f}]")
print(f"[{y:e}] [{y:.3e}] [{0.5:%}] [{0.25:.1%}]")
print(f"[{x:+d}] [{-x:+d}] [{y:+.1f}]")
print(f"[{2.5:.0f}] [{3.5:.0f}] [{0.125:.2f}]")
print(f"[{y:g}] [{1e20:g}] [{0.0001:g}] [{100000.0:g}]")
print(f"[{True:d}] [{x:5.1f}]")
print(f"[{x:>7}] [{s!r:>6}]")
