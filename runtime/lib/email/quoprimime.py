"""Quoted-printable content transfer encoding per RFC 2045-2047, on str
(one character per octet, as latin-1)."""

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode',
           'decodestring', 'header_decode', 'header_encode',
           'header_length', 'quote', 'unquote']

import re
from string import ascii_letters, digits, hexdigits

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

# Each octet's encoded form in headers and in bodies.
_QUOPRI_MAP = ['=%02X' % c for c in range(256)]
_QUOPRI_HEADER_MAP = _QUOPRI_MAP[:]
_QUOPRI_BODY_MAP = _QUOPRI_MAP[:]
for c in b'-!*+/' + ascii_letters.encode('ascii') + digits.encode('ascii'):
    _QUOPRI_HEADER_MAP[c] = chr(c)
_QUOPRI_HEADER_MAP[ord(' ')] = '_'
for c in (b' !"#$%&\'()*+,-./0123456789:;<>'
          b'?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`'
          b'abcdefghijklmnopqrstuvwxyz{|}~\t'):
    _QUOPRI_BODY_MAP[c] = chr(c)
_QUOPRI_BODY_ENCODE_MAP = _QUOPRI_BODY_MAP[:]
for c in b'\r\n':
    _QUOPRI_BODY_ENCODE_MAP[c] = chr(c)
del c


def header_check(octet):
    return chr(octet) != _QUOPRI_HEADER_MAP[octet]


def body_check(octet):
    return chr(octet) != _QUOPRI_BODY_MAP[octet]


def header_length(bytearray):
    return sum(len(_QUOPRI_HEADER_MAP[octet]) for octet in bytearray)


def body_length(bytearray):
    return sum(len(_QUOPRI_BODY_MAP[octet]) for octet in bytearray)


def unquote(s):
    return chr(int(s[1:3], 16))


def quote(c):
    return _QUOPRI_MAP[ord(c)]


def header_encode(header_bytes, charset='iso-8859-1'):
    """An RFC 2047 'q' encoded word."""
    if not header_bytes:
        return ''
    encoded = header_bytes.decode('latin1').translate(
        {i: v for i, v in enumerate(_QUOPRI_HEADER_MAP)})
    return '=?%s?q?%s?=' % (charset, encoded)


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable lines of at most maxlinelen characters, with '='
    soft breaks and trailing whitespace protected."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = body.translate({i: v for i, v in enumerate(_QUOPRI_BODY_ENCODE_MAP)})
    soft_break = '=' + eol
    maxlinelen1 = maxlinelen - 1
    out = []
    for line in body.splitlines():
        start = 0
        laststart = len(line) - 1 - maxlinelen
        while start <= laststart:
            stop = start + maxlinelen1
            # Never split an =XX escape across a soft break.
            if line[stop - 2] == '=':
                out.append(line[start:stop - 1])
                start = stop - 2
            elif line[stop - 1] == '=':
                out.append(line[start:stop])
                start = stop - 1
            else:
                out.append(line[start:stop] + '=')
                start = stop
        if line and line[-1] in ' \t':
            room = start - laststart
            if room >= 3:
                q = quote(line[-1])
            elif room == 2:
                q = line[-1] + soft_break
            else:
                q = line[-1] + soft_break + quote(line[-1])
            out.append(line[start:-1] + q)
        else:
            out.append(line[start:])
    if body[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """Decode a quoted-printable str (soft breaks joined)."""
    if not encoded:
        return encoded
    decoded = ''
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            decoded += eol
            continue
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if c != '=':
                decoded += c
                i += 1
            elif i + 1 == n:
                i += 1
                continue
            elif i + 2 < n and line[i + 1] in hexdigits and line[i + 2] in hexdigits:
                decoded += unquote(line[i:i + 3])
                i += 3
            else:
                decoded += c
                i += 1
            if i == n:
                decoded += eol
    if encoded[-1] not in '\r\n' and decoded.endswith(eol):
        decoded = decoded[:-1]
    return decoded


body_decode = decode
decodestring = decode


def _unquote_match(match):
    return unquote(match.group(0))


def header_decode(s):
    """Decode the text of a 'q' encoded word."""
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', _unquote_match, s, flags=re.ASCII)
