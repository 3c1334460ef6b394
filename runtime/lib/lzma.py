"""LZMA/XZ compression (CPython 3.11's lzma) over the native _lzma
(liblzma): compress, decompress, LZMACompressor, LZMADecompressor,
LZMAFile, open, is_check_supported, LZMAError and the constants. The .xz
and legacy .lzma containers with presets and integrity checks; custom
filter chains (`filters=`, FORMAT_RAW) are not supported."""

import _lzma
from _compressed_file import CompressedFile, open_file

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256",
    "CHECK_ID_MAX", "CHECK_UNKNOWN", "FORMAT_AUTO", "FORMAT_XZ",
    "FORMAT_ALONE", "FORMAT_RAW", "PRESET_DEFAULT", "PRESET_EXTREME",
    "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]

FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW = 0, 1, 2, 3
CHECK_NONE = _lzma.CHECK_NONE
CHECK_CRC32 = _lzma.CHECK_CRC32
CHECK_CRC64 = _lzma.CHECK_CRC64
CHECK_SHA256 = _lzma.CHECK_SHA256
CHECK_ID_MAX = _lzma.CHECK_ID_MAX
CHECK_UNKNOWN = _lzma.CHECK_UNKNOWN
PRESET_DEFAULT = _lzma.PRESET_DEFAULT
PRESET_EXTREME = _lzma.PRESET_EXTREME


class LZMAError(Exception):
    """Call to liblzma failed."""


LZMAError.__module__ = "_lzma"

_MESSAGES = {
    _lzma.UNSUPPORTED_CHECK: "Unsupported integrity check",
    _lzma.MEMLIMIT_ERROR: "Memory usage limit exceeded",
    _lzma.FORMAT_ERROR: "Input format not supported by decoder",
    _lzma.OPTIONS_ERROR: "Invalid or unsupported options",
    _lzma.DATA_ERROR: "Corrupt input data",
    _lzma.BUF_ERROR: "Insufficient buffer space",
    _lzma.PROG_ERROR: "Internal error",
}


def _raise(negative_code):
    code = -negative_code
    if code == _lzma.MEM_ERROR:
        raise MemoryError
    message = _MESSAGES.get(code)
    if message is None:
        message = "Unrecognized error from liblzma: %d" % code
    raise LZMAError(message)


def _no_filters(filters):
    if filters is not None:
        raise ValueError("custom filter chains are not supported")


def is_check_supported(check_id, /):
    return _lzma.is_check_supported(check_id)


class LZMACompressor:
    def __init__(self, format=FORMAT_XZ, check=-1, preset=None,
                 filters=None):
        _no_filters(filters)
        if format not in (FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError("Invalid container format: %d" % format)
        if format == FORMAT_RAW:
            raise ValueError("Must specify filters for FORMAT_RAW")
        if format != FORMAT_XZ and check not in (-1, CHECK_NONE):
            raise ValueError("Integrity checks are only supported by "
                             "FORMAT_XZ")
        if preset is None:
            preset = PRESET_DEFAULT
        if check == -1:
            check = CHECK_CRC64
        h = _lzma.encoder(format, check, preset)
        if isinstance(h, int):
            _raise(h)
        self._h = h
        self._flushed = False

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        out = _lzma.compress(self._h, data)
        if isinstance(out, int):
            _raise(out)
        return out

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        out = _lzma.flush(self._h)
        if isinstance(out, int):
            _raise(out)
        return out


class LZMADecompressor:
    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        _no_filters(filters)
        if format not in (FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError("Invalid container format: %d" % format)
        if format == FORMAT_RAW:
            raise ValueError("Must specify filters for FORMAT_RAW")
        if memlimit is not None and format == FORMAT_RAW:
            raise ValueError("Cannot specify memory limit with FORMAT_RAW")
        h = _lzma.decoder(format, -1 if memlimit is None else memlimit)
        if isinstance(h, int):
            _raise(h)
        self._h = h
        self.eof = False
        self.unused_data = b""
        self.needs_input = True
        self.check = CHECK_NONE if format == FORMAT_ALONE else CHECK_UNKNOWN

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("Already at end of stream")
        result = _lzma.decompress(self._h, data, max_length)
        if isinstance(result, int):
            _raise(result)
        out, self.eof, self.unused_data, self.needs_input, self.check = result
        return out


class LZMAFile(CompressedFile):
    _trailing_error = LZMAError

    def __init__(self, filename=None, mode="r", *, format=None, check=-1,
                 preset=None, filters=None):
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check when "
                                 "opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level "
                                 "when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
        elif format is None:
            format = FORMAT_XZ
        super().__init__(
            filename, mode,
            lambda: LZMACompressor(format, check, preset, filters),
            lambda: LZMADecompressor(format, filters=filters))


def open(filename, mode="rb", *, format=None, check=-1, preset=None,
         filters=None, encoding=None, errors=None, newline=None):
    return open_file(LZMAFile, filename, mode,
                     {"encoding": encoding, "errors": errors,
                      "newline": newline},
                     format=format, check=check, preset=preset,
                     filters=filters)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompresses concatenated streams."""
    results = []
    while True:
        decomp = LZMADecompressor(format, memlimit, filters)
        try:
            res = decomp.decompress(data)
        except LZMAError:
            if results:
                break  # trailing garbage after a valid stream
            raise
        results.append(res)
        if not decomp.eof:
            raise LZMAError("Compressed data ended before the "
                            "end-of-stream marker was reached")
        data = decomp.unused_data
        if not data:
            break
    return b"".join(results)
