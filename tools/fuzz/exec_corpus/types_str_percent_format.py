# printf-style % formatting.
print("%s and %s" % ("a", "b"), "%s" % "only", "%s" % (42,))
print("%r %r %r" % ("q", 1.5, None), "%s %s" % ([1], (2,)))
print("%d %i %d" % (3, -4, 5.9), "%5s|%-5s|" % ("ab", "cd"))
print("%x %X %o %e %f %g" % (255, 255, 8, 12345.678, 1.5, 0.00001))
print("%.2f %8.3f %-8.1f| %+d %05d" % (3.14159, 2.5, 1.25, 5, -42))
print("100%%", "%d%%" % 50, "%c%c" % (72, "i"))
print("%s" % True, "%d" % True, "%.1f" % 2, "%s" % 0.1)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%3d|%-3d|%03d" % (7, 7, 7), "%.3s" % "abcdef", "%5.1s|" % "xyz")
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
