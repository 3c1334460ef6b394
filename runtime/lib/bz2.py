"""bzip2 compression (CPython 3.11's bz2) over the native _bz2 (libbz2):
compress, decompress, BZ2Compressor, BZ2Decompressor, BZ2File, open."""

import _bz2
from _compressed_file import CompressedFile, open_file

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open",
           "compress", "decompress"]


def _raise(code):
    if code in (_bz2.BZ_DATA_ERROR, _bz2.BZ_DATA_ERROR_MAGIC):
        raise OSError("Invalid data stream")
    if code == _bz2.BZ_MEM_ERROR:
        raise MemoryError
    if code == _bz2.BZ_PARAM_ERROR:
        raise ValueError("Internal error - invalid parameters passed to "
                         "libbzip2")
    if code == _bz2.BZ_SEQUENCE_ERROR:
        raise RuntimeError("Internal error - Invalid sequence of commands "
                           "sent to libbzip2")
    if code == _bz2.BZ_CONFIG_ERROR:
        raise SystemError("libbzip2 was not compiled correctly")
    raise OSError("Unrecognized error from libbzip2: %d" % code)


class BZ2Compressor:
    def __init__(self, compresslevel=9, /):
        if not 1 <= compresslevel <= 9:
            raise ValueError("compresslevel must be between 1 and 9")
        h = _bz2.compressor(compresslevel)
        if isinstance(h, int):
            _raise(h)
        self._h = h
        self._flushed = False

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        out = _bz2.compress(self._h, data)
        if isinstance(out, int):
            _raise(out)
        return out

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        out = _bz2.flush(self._h)
        if isinstance(out, int):
            _raise(out)
        return out


class BZ2Decompressor:
    def __init__(self):
        h = _bz2.decompressor()
        if isinstance(h, int):
            _raise(h)
        self._h = h
        self.eof = False
        self.unused_data = b""
        self.needs_input = True

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("End of stream already reached")
        result = _bz2.decompress(self._h, data, max_length)
        if isinstance(result, int):
            _raise(result)
        out, self.eof, self.unused_data, self.needs_input = result
        return out


class BZ2File(CompressedFile):
    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not 1 <= compresslevel <= 9:
            raise ValueError("compresslevel must be between 1 and 9")
        super().__init__(filename, mode,
                         lambda: BZ2Compressor(compresslevel),
                         BZ2Decompressor)


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None,
         newline=None):
    return open_file(BZ2File, filename, mode,
                     {"encoding": encoding, "errors": errors,
                      "newline": newline}, compresslevel=compresslevel)


def compress(data, compresslevel=9):
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    """Decompresses concatenated bzip2 streams."""
    results = []
    while data:
        decomp = BZ2Decompressor()
        try:
            res = decomp.decompress(data)
        except OSError:
            if results:
                break  # trailing garbage after a valid stream
            raise
        results.append(res)
        if not decomp.eof:
            raise ValueError("Compressed data ended before the "
                             "end-of-stream marker was reached")
        data = decomp.unused_data
    return b"".join(results)
