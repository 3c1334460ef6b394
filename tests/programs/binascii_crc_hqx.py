import binascii
for data, start in [(b"", 0), (b"abc", 0), (b"123456789", 0), (b"123456789", 0xffff), (b"x" * 100, 12345), (bytes(range(256)), -1), (bytearray(b"hi"), 0x1ffff), (memoryview(b"mv"), 7)]:
    print(binascii.crc_hqx(data, start))
for bad in (lambda: binascii.crc_hqx(b"a"), lambda: binascii.crc_hqx("s", 0), lambda: binascii.crc_hqx(b"a", 1.5)):
    try: bad()
    except TypeError as e: print("TypeError")
