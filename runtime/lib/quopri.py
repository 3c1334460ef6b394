"""Quoted-printable encoding and decoding (RFC 1521), the quopri module.

CPython's quopri delegates to binascii.b2a_qp/a2b_qp; the same rules are
implemented here on bytes: lines of at most 76 characters with '=' soft
breaks, '=XX' escapes, and trailing whitespace protected at line ends.
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be written as an =XX escape."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX form of the single byte c."""
    assert isinstance(c, bytes) and len(c) == 1
    c = ord(c)
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def _escape(byte):
    return (ord('='), HEX[byte >> 4], HEX[byte & 15])


def _b2a_qp(data, quotetabs=False, header=False, istext=True):
    n = len(data)
    newline_at = data.find(b'\n')
    crlf = newline_at > 0 and data[newline_at - 1] == 13
    soft_break = b'=\r\n' if crlf else b'=\n'
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if (c > 126 or c == 61 or (header and c == 95) or
                (c == 46 and linelen == 0 and nxt in (None, 10, 13, 0)) or
                (not istext and c in (10, 13)) or
                (c in (9, 32) and nxt is None) or
                (c < 33 and c not in (10, 13) and
                 (quotetabs or c not in (9, 32)))):
            if linelen + 3 >= MAXLINESIZE:
                out += soft_break
                linelen = 0
            out.extend(_escape(c))
            i += 1
            linelen += 3
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            linelen = 0
            # Whitespace just before a line end would be lost in transit.
            if out and out[-1] in (9, 32):
                out[-1:] = bytes(_escape(out[-1]))
            out += b'\r\n' if crlf else b'\n'
            i += 2 if c == 13 else 1
        else:
            if nxt is not None and nxt != 10 and linelen + 1 >= MAXLINESIZE:
                out += soft_break
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


def _a2b_qp(data, header=False):
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 61:
            i += 1
            if i >= n:
                break
            c = data[i]
            if c in (10, 13):
                # A soft line break: skip to just past the newline.
                while i < n and data[i] != 10:
                    i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and ishex(data[i:i + 1]) and ishex(data[i + 1:i + 2]):
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def encode(input, output, quotetabs, header=False):
    """Read binary file input, write its quoted-printable form to output."""
    output.write(_b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return _b2a_qp(bytes(s), quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable file input, write the decoded bytes to output."""
    output.write(_a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return _a2b_qp(bytes(s), header=header)


def ishex(c):
    """Whether the single byte c is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The int value of the hexadecimal bytes s."""
    bits = 0
    for c in s:
        c = bytes((c,))
        if b'0' <= c <= b'9':
            i = ord('0')
        elif b'a' <= c <= b'f':
            i = ord('a') - 10
        elif b'A' <= c <= b'F':
            i = ord(b'A') - 10
        else:
            assert False, "non-hex digit " + repr(c)
        bits = bits * 16 + (ord(c) - i)
    return bits
