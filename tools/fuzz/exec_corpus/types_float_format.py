# Formatting floats with f-strings, str.format and %.
v = 3.14159265
print(f"{v:.0f} {v:.1f} {v:.4f} {v:10.2f}| {v:<10.2f}| {v:^10.2f}|")
print(f"{v:e} {v:.2e} {v:E} {1234.5:.1e} {0.00012:.3e}")
print(f"{v:g} {1234567.0:g} {0.00001234:g} {1e-5:g} {123.0:g}")
print(f"{2.5:.0f} {0.5:.0f} {1.5:.0f} {-0.5:.0f} {2.675:.2f}")
print(f"{-v:08.3f} {v:+.2f} {1e10:.2f} {1/3:.15f}")
print("%f %.2f %8.3f %-8.3f| %e %.3e" % (v, v, v, v, v, v))
print("%g %g %g %g" % (v, 1e20, 0.0001, 100000.0))
print("%.1f %.0f %5.1f%%" % (0.05, 0.5, 99.5))
print("{:.3f} {:8.2f} {:e}".format(v, -v, v))
print(f"{float('inf'):.2f} {float('-inf'):f} {float('nan'):e}")
print(f"{0.1:.20f}")
print(f"{1e22:f}")
