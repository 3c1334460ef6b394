"""Codec registry helpers (CPython's codecs, for the codecs interp has):
lookup/CodecInfo, encode/decode (text codecs and the bytes-to-bytes
'hex', 'base64', 'zlib' and the str 'rot13'), getencoder/getdecoder,
incremental decoders/encoders, open, and the BOM constants.

The text codecs are the runtime's (utf-8, ascii, latin-1, utf-16, utf-32,
cp1252 and their aliases). Left out: register/unregister, the error
handler registry, StreamReader/StreamWriter classes (open() returns a
text file over the encoding instead), iterencode/iterdecode."""

import builtins

__all__ = ["lookup", "open", "encode", "decode",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE",
           "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# This machine is little-endian.
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

# The text codecs, told apart by how they encode a probe string (so the
# runtime's alias table is the only one).
_PROBE = 'a\xe9\u20ac'
_TEXT_CODECS = {
    b'a\xc3\xa9\xe2\x82\xac': 'utf-8',
    b'a??': 'ascii',
    b'a\xe9?': 'iso8859-1',
    b'a\xe9\x80': 'cp1252',
    'a\xe9\u20ac'.encode('utf-16'): 'utf-16',
    'a\xe9\u20ac'.encode('utf-16-le'): 'utf-16-le',
    'a\xe9\u20ac'.encode('utf-16-be'): 'utf-16-be',
    'a\xe9\u20ac'.encode('utf-32'): 'utf-32',
    'a\xe9\u20ac'.encode('utf-32-le'): 'utf-32-le',
    'a\xe9\u20ac'.encode('utf-32-be'): 'utf-32-be',
}


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader,
                                   streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


def _utf8_cut(data):
    # Length of `data` without an incomplete UTF-8 sequence at its end.
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            if back < need:
                return n - back
        return n
    return n


class IncrementalEncoder:
    """Encodes input in pieces (a byte order mark only at the start)."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self._started = False

    def encode(self, input, final=False):
        name = self._name
        if self._started and name in ('utf-16', 'utf-32'):
            name += '-le'
        data = input.encode(name, self.errors)
        if input:
            self._started = True
        return data

    def reset(self):
        self._started = False


class IncrementalDecoder:
    """Decodes input in pieces: an incomplete character at the end of one
    piece waits for the next (or is an error when final)."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self._buffer = b''
        self._name = self._codec
        self._started = False

    def decode(self, input, final=False):
        data = self._buffer + bytes(input)
        if final:
            cut = len(data)
        elif self._codec == 'utf-8':
            cut = _utf8_cut(data)
        elif self._codec.startswith('utf-16'):
            cut = len(data) - len(data) % 2
            if cut >= 2:
                big = self._name.endswith('be') or (
                    not self._started and data[:2] == BOM_UTF16_BE)
                hi = data[cut - 2] if big else data[cut - 1]
                if 0xD8 <= hi <= 0xDB:
                    cut -= 2
        elif self._codec.startswith('utf-32'):
            cut = len(data) - len(data) % 4
        else:
            cut = len(data)
        self._buffer = data[cut:]
        chunk = data[:cut]
        text = chunk.decode(self._name, self.errors)
        if chunk and not self._started:
            self._started = True
            if self._name in ('utf-16', 'utf-32'):
                unit = 2 if self._name == 'utf-16' else 4
                big = chunk[:unit] in (BOM_UTF16_BE, BOM_UTF32_BE)
                self._name += '-be' if big else '-le'
        return text

    def reset(self):
        self._buffer = b''
        self._name = self._codec
        self._started = False


_ENCODER_NAMES = {'iso8859-1': 'latin_1', 'cp1252': 'charmap'}


def _text_codec(name):
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (_ENCODER_NAMES.get(name,
                                                  name.replace('-', '_')),
                               type(input).__name__))
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(input)
        return data.decode(name, errors), len(data)

    enc = type('IncrementalEncoder', (IncrementalEncoder,), {'_name': name})
    dec = type('IncrementalDecoder', (IncrementalDecoder,), {'_codec': name})
    return CodecInfo(encode, decode, incrementalencoder=enc,
                     incrementaldecoder=dec, name=name)


def _need_bytes(input):
    if isinstance(input, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(input)


def _hex_encode(input, errors='strict'):
    data = _need_bytes(input)
    return data.hex().encode('ascii'), len(data)


def _hex_decode(input, errors='strict'):
    import binascii
    return binascii.a2b_hex(input), len(input)


def _base64_encode(input, errors='strict'):
    import base64
    data = _need_bytes(input)
    return base64.encodebytes(data), len(data)


def _base64_decode(input, errors='strict'):
    import base64
    return base64.decodebytes(input if isinstance(input, bytes)
                              else input.encode('ascii')), len(input)


def _zlib_encode(input, errors='strict'):
    import zlib
    data = _need_bytes(input)
    return zlib.compress(data), len(data)


def _zlib_decode(input, errors='strict'):
    import zlib
    return zlib.decompress(input), len(input)


_ROT13 = str.maketrans(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(input, errors='strict'):
    return str.translate(input, _ROT13), len(input)


_SPECIAL = {
    'hex': ('hex', _hex_encode, _hex_decode),
    'hex-codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _base64_encode, _base64_decode),
    'base-64': ('base64', _base64_encode, _base64_decode),
    'base64-codec': ('base64', _base64_encode, _base64_decode),
    'zlib': ('zlib', _zlib_encode, _zlib_decode),
    'zip': ('zlib', _zlib_encode, _zlib_decode),
    'zlib-codec': ('zlib', _zlib_encode, _zlib_decode),
    'rot13': ('rot-13', _rot13, _rot13),
    'rot-13': ('rot-13', _rot13, _rot13),
}

_cache = {}


def lookup(encoding):
    """Looks up a codec tuple in the codec registry and returns a CodecInfo
    object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    key = encoding.lower().replace('_', '-').replace(' ', '-')
    info = _cache.get(key)
    if info is not None:
        return info
    special = _SPECIAL.get(key)
    if special is not None:
        name, enc, dec = special
        info = CodecInfo(enc, dec, name=name, _is_text_encoding=False)
    else:
        name = _TEXT_CODECS[_PROBE.encode(encoding, 'replace')]
        info = _text_codec(name)
    _cache[key] = info
    return info


def _call(what, obj, encoding, errors):
    info = lookup(encoding)
    func = info.encode if what == 'encoding' else info.decode
    try:
        return func(obj, errors)[0]
    except (TypeError, ValueError) as e:
        if isinstance(e, UnicodeError):
            raise
        # As CPython, the codec's error is rewrapped naming the codec.
        raise type(e)("%s with %r codec failed (%s: %s)"
                      % (what, encoding, type(e).__name__, e)) from e


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return _call('encoding', obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return _call('decoding', obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file: a text file that reads and writes `encoding`
    with no newline translation (as CPython's, which is binary
    underneath); without an encoding, the binary file."""
    if encoding is None:
        if 'b' not in mode:
            mode = mode + 'b'
        return builtins.open(filename, mode)
    mode = mode.replace('b', '')
    return builtins.open(filename, mode, encoding=encoding, errors=errors,
                         newline='')
