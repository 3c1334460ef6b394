# %-formatting: widths, flags, precision, tuple and dict arguments.
print("%5.2f|%-5d|%r|%%|%s" % (3.14159, 42, "q", [1, 2]))
print("%05d|%+d|% d|%x|%X|%o|%#x|%#o|%e|%E|%g|%G" % (42, 42, 42, 255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%c%c|%10.3s|%-10s|%.0f|%.1f" % (65, "b", "abcdef", "left", 2.5, 0.05))
print("%s" % (1,), "%s" % ((1, 2),), "%s %s" % ("a", 2.0), "%d" % 3.99, "%i" % -7)
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % None, "%r" % None, "%a" % "é", "%5s|" % True, "%d" % True)
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", "ab")]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("100%% sure" % ())
print("%s" % "only")
