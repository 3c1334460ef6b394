# str/repr/format of ints: signs, padding, hex, %-formatting.
for n in [0, 1, -1, 42, -42, 9223372036854775807, -9223372036854775807 - 1]:
    print(str(n), repr(n), len(str(n)))
print("%d|%5d|%-5d|%05d|%+d" % (42, 42, 42, 42, 42))
print("%x|%X|%o|%#x|%#o" % (255, 255, 8, 255, 8))
print("{}|{:5}|{:<5}|{:^5}|{:05}".format(7, 7, 7, 7, -7))
print(f"{1234:,}", f"{255:x}", f"{5:b}", f"{-5:08b}")
print(str(7), str(1_0), str(0o7))
print(f"{-0}", f"{+3}", f"{3:+}", f"{-3: }", f"{3: }")
