# base64 round trips over every length and byte value, and text payloads.
import base64
data = bytes(range(256))
for n in [0, 1, 2, 3, 4, 5, 31, 32, 33, 255, 256]:
    chunk = data[:n]
    e64 = base64.b64encode(chunk)
    e32 = base64.b32encode(chunk)
    e16 = base64.b16encode(chunk)
    u = base64.urlsafe_b64encode(chunk)
    print(n, len(e64), len(e32), len(e16), base64.b64decode(e64) == chunk, base64.b32decode(e32) == chunk,
          base64.b16decode(e16) == chunk, base64.urlsafe_b64decode(u) == chunk, e64[-4:], u[-4:])
token = base64.urlsafe_b64encode("user:pässword".encode()).decode("ascii")
print(token, base64.urlsafe_b64decode(token).decode())
print(base64.b64encode(b"\xff\xfe\xfd", b"*!"), base64.b64decode(b"//79", validate=True), base64.encodebytes(b""))
