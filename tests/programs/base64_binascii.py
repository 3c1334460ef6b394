# base64 (b64 with altchars/validate, urlsafe, standard, b32, b16,
# encodebytes) and binascii (hexlify, unhexlify, crc32, base64), with
# binascii.Error messages.
import base64, binascii
print(base64.b64encode(b'hello?>'), base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.urlsafe_b64encode(b'\xfb\xff'), base64.standard_b64encode(b'ab'))
print(base64.b64decode('aGVsbG8/Pg=='), base64.b64decode(b'aGVs bG8/Pg=='), base64.urlsafe_b64decode('-_8='), base64.b64decode('-_8=', altchars='-_'))
for f in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('abcde'), lambda: base64.b64decode('ab!c', validate=True), lambda: base64.b64decode('é'), lambda: base64.b64decode(5), lambda: base64.b64encode('x'), lambda: base64.b32decode('ab'), lambda: base64.b32decode('MFRGG==='), lambda: base64.b16decode('0g'), lambda: base64.b16decode('abc'), lambda: base64.b16decode('ab'), lambda: base64.b16decode('ABC'), lambda: base64.b32decode('1AAAAAAA'), lambda: base64.b64decode('a==='), lambda: base64.b64decode('YWJj=', validate=True), lambda: base64.b64decode('=YWJj', validate=True), lambda: base64.b64decode('YW==Jj', validate=True)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b32encode(b'abcde!'), base64.b32decode(b'MFRGGZDFEE======'), base64.b32decode('mfrggzdfee======', casefold=True), base64.b16encode(b'\xab\x01'), base64.b16decode('ab01', casefold=True))
for n in range(7):
    e = base64.b32encode(bytes(range(n)))
    print(e, base64.b32decode(e), base64.b64encode(bytes(range(200, 200 + n))))
print(base64.b32decode('0ABC1ABC', map01='L'))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'), binascii.unhexlify('01ab'), binascii.unhexlify(b'01AB'), binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.b2a_base64(b'ab'), binascii.b2a_base64(b'ab', newline=False), binascii.a2b_base64('YWI='))
for f in [lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: binascii.a2b_base64('Y'), lambda: binascii.hexlify('ab')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(base64.b64decode('YW=Jj'), base64.b64decode('YWJj=='), binascii.b2a_hex(b'\xff'), binascii.a2b_hex('FF'))
try:
    base64.b64decode('abc')
except ValueError as e:
    print('ValueError caught', type(e).__name__)
