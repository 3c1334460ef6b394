# str.encode / bytes.decode for utf-8, ascii and latin-1 (and aliases)
# with the strict, ignore, replace, backslashreplace and
# xmlcharrefreplace handlers; UnicodeError and its subclasses.
s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"))
print("café".encode("latin-1"), "café".encode("latin1"), "café".encode("ISO-8859-1"))
print("abc".encode("ascii"), b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("us-ascii"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"x", errors="strict"), str(b"ab", encoding="ascii"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("latin-1", "xmlcharrefreplace"))
print("\U0001f600".encode(), "\U0001f600".encode("ascii", "backslashreplace"), "\u1234".encode("ascii", errors="backslashreplace"))
bad = b"a\xe2\x82xb\xffc\xc0\x80\xed\xa0\x80"
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("utf-8", "backslashreplace"))
print(b"\xff\xfe".decode("ascii", "replace"), bytearray(b"\xe9t\xe9").decode("latin-1"))
for data, enc in [(b"\xe2\x82x", "utf-8"), (b"\xe2x", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\xc0\x80", "utf-8"),
                  (b"\xf4\x90\x80\x80", "utf-8"), (b"ab\xe2\x82", "utf-8"), (b"ok\xff", "ascii"), (b"\xf0\x9f\x98", "utf8")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args)
for text, enc in [("é", "ascii"), ("éé!", "ascii"), ("a€b", "latin-1"), ("\U0001f600", "ascii"), ("\u1234", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
print(UnicodeDecodeError.__mro__)
print(UnicodeEncodeError.__mro__)
print(issubclass(UnicodeDecodeError, ValueError), issubclass(UnicodeError, ValueError))
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(e, repr(e), e.start, e.end, e.object, e.reason, e.encoding)
e = UnicodeEncodeError("ascii", "xé", 1, 2, "nope")
print(e, repr(e))
try:
    raise UnicodeError("plain")
except ValueError as e:
    print(type(e).__name__, e)
for thunk in [lambda: b"\xff".decode("utf-8", "bogus"), lambda: b"a".decode("bogus"), lambda: "a".encode("nope"),
              lambda: b"x".decode(5), lambda: "x".encode(errors=5), lambda: str("x", "utf-8"), lambda: str(5, "utf-8"),
              lambda: b"\xff".decode("utf-8", "xmlcharrefreplace")]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
print(b"ok".decode("utf-8", "bogus"), "ok".encode("ascii", "bogus"))
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
