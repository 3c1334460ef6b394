"""Base16, Base32, Base64, Base85 and Ascii85 data encodings.

The Base16/32/64 codecs are native (_base64); Ascii85, base85, base32hex
and the file-to-file functions are here.
"""

import binascii
import struct

from _base64 import (b16decode, b16encode, b32decode, b32encode, b64decode,
                     b64encode, decodebytes, encodebytes, standard_b64decode,
                     standard_b64encode, urlsafe_b64decode, urlsafe_b64encode)

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError(
                'string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % s.__class__.__name__) from None


# base32hex (RFC 4648 section 7) is base32 over another alphabet.
_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_TO_HEX = bytes.maketrans(_B32_STD, _B32_HEX)
_FROM_HEX = bytes.maketrans(_B32_HEX, _B32_STD)


def b32hexencode(s):
    return b32encode(s).translate(_TO_HEX)


def b32hexdecode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    # W-Z are base32 digits but not base32hex ones, and the translation
    # would let them through.
    if set(s) & set(b'WXYZ'):
        raise binascii.Error('Non-base32 digit found')
    return b32decode(s.translate(_FROM_HEX))


def _words(b):
    """The big-endian 32-bit words of b zero-padded to a multiple of 4, and
    the padding length."""
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    return struct.unpack('!%dI' % (len(b) // 4), b), padding


def _encode85(b, alphabet, pad, zero_char=None, space_char=None):
    words, padding = _words(b)
    out = []
    for word in words:
        if zero_char is not None and word == 0:
            out.append(zero_char)
        elif space_char is not None and word == 0x20202020:
            out.append(space_char)
        else:
            digits = bytearray(5)
            for i in range(4, -1, -1):
                word, digits[i] = divmod(word, 85)
            out.append(bytes(alphabet[d] for d in digits))
    if padding and not pad:
        # The padded final group is cut back; a folded zero group is
        # spelled out first.
        if out[-1] == zero_char:
            out[-1] = bytes([alphabet[0]]) * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


_A85_ALPHABET = bytes(range(33, 118))
_A85_START = b'<~'
_A85_END = b'~>'


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object."""
    result = _encode85(b, _A85_ALPHABET, pad, b'z',
                       b'y' if foldspaces else None)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol]
                 for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError('Ascii85 encoded byte sequences must end with '
                             '{!r}'.format(_A85_END))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = []
    group = []
    # Four 'u's (the largest digit) complete a trailing partial group.
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = acc * 85 + (d - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(acc.to_bytes(4, 'big'))
                group.clear()
        elif c == 0x7a:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 0x79:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUES = {c: i for i, c in enumerate(_B85_ALPHABET)}


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes
    object."""
    return _encode85(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            value = _B85_VALUES.get(c)
            if value is None:
                raise ValueError('bad base85 character at position %d' %
                                 (i + j))
            acc = acc * 85 + value
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


MAXLINESIZE = 76  # Excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
