import base64, io, binascii
samples = [b"", b"\0", b"\0\0\0\0", b"    ", b"test", b"hello world", bytes(range(256)), b"\xff" * 7, b"ab\0\0\0\0cd", b"    x"]
for s in samples:
    a = base64.a85encode(s); b = base64.b85encode(s); h = base64.b32hexencode(s)
    assert base64.a85decode(a) == s and base64.b85decode(b) == s and base64.b32hexdecode(h) == s, s
    print(a[:40], b[:40], h[:40])
    print(base64.a85encode(s, pad=True)[:30], base64.b85encode(s, pad=True)[:30], base64.a85encode(s, foldspaces=True)[:30])
print(base64.a85encode(bytes(range(60)), wrapcol=20, adobe=True))
print(base64.a85encode(b"abcdefgh", wrapcol=5, adobe=True), base64.a85encode(b"x", adobe=True, wrapcol=1))
print(base64.a85decode(b"<~FCfN8~>", adobe=True), base64.a85decode("FC fN\n8"), base64.a85decode(b"yz", foldspaces=True))
print(base64.b32hexdecode("c5h66===", casefold=True), base64.b85decode("VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%"))
for bad in (lambda: base64.a85decode(b"abc~"), lambda: base64.a85decode(b"<~ab", adobe=True), lambda: base64.a85decode(b"azb"),
            lambda: base64.a85decode(b"uuuuu"), lambda: base64.b85decode(b"ab\"c"), lambda: base64.b85decode(b"~~~~~"),
            lambda: base64.b32hexdecode(b"ZZZZZZZZ"), lambda: base64.b85decode("é"), lambda: base64.a85decode(3)):
    try:
        print(bad())
    except (ValueError, TypeError, binascii.Error) as e:
        print(type(e).__name__, e)
src = io.BytesIO(bytes(range(200))); dst = io.BytesIO(); base64.encode(src, dst); print(dst.getvalue()[:80], dst.getvalue().count(b"\n"))
back = io.BytesIO(); base64.decode(io.BytesIO(dst.getvalue()), back); print(back.getvalue() == bytes(range(200)))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.encodebytes(b"x" * 60))
print(sorted(base64.__all__))
