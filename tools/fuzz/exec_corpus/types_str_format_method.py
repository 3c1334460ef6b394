# str.format with positional, indexed and keyword fields.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name}={value}".format(name="k", value=3))
print("{0!r} {0!s}".format("q"), "{:>6}|{:<6}|{:^6}|".format("l", "r", "c"))
print("{:.2f} {:5d} {:x} {:,}".format(3.14159, 42, 255, 10 ** 6))
print("{{}} {{{}}}".format(7))
print("{0[0]} {0[1]}".format(["first", "second"]), "{d[k]}".format(d={"k": "v"}))
print("{:*>8} {:08.3f} {:+}".format("pad", -3.5, 4))
print("{} {} {}".format(None, True, [1, "a"]))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
