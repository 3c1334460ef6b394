"""The file object shared by bz2.BZ2File and lzma.LZMAFile: reads
concatenated compressed streams through a decompressor factory, writes
through one compressor, and opens its file with the builtin open() (so a
host's sandbox applies)."""

import builtins

_READ, _WRITE = 1, 2
_CHUNK = 64 * 1024


class CompressedFile:
    # What a decompressor raises for data that is not a stream: after a
    # complete stream, such trailing bytes end the file, as in CPython.
    _trailing_error = OSError

    def __init__(self, filename, mode, make_compressor, make_decompressor):
        self._fp = None
        self._closefp = False
        self._pos = 0
        self._buffer = b""
        self._eof = False
        if mode in ("", "r", "rb"):
            mode = "rb"
            self._mode = _READ
        elif mode in ("w", "wb", "a", "ab", "x", "xb"):
            mode = mode[0] + "b"
            self._mode = _WRITE
            self._compressor = make_compressor()
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        self._make_decompressor = make_decompressor
        if isinstance(filename, (str, bytes)) or \
                hasattr(type(filename), "__fspath__"):
            self._fp = builtins.open(filename, mode)
            self._closefp = True
            self.name = filename
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
            self.name = getattr(filename, "name", "")
        else:
            raise TypeError("filename must be a str, bytes, file or "
                            "PathLike object")
        if self._mode == _READ:
            self._decompressor = make_decompressor()

    @property
    def closed(self):
        return self._fp is None

    @property
    def mode(self):
        return "rb" if self._mode == _READ else "wb"

    def _check(self, want):
        if self._fp is None:
            raise ValueError("I/O operation on closed file")
        if want == _READ and self._mode != _READ:
            import io
            raise io.UnsupportedOperation("File not open for reading")
        if want == _WRITE and self._mode != _WRITE:
            import io
            raise io.UnsupportedOperation("File not open for writing")

    def _fill(self, want):
        while not self._eof and (want < 0 or len(self._buffer) < want):
            d = self._decompressor
            if d.eof:
                rest = d.unused_data
                if not rest:
                    rest = self._fp.read(_CHUNK)
                    if not rest:
                        self._eof = True
                        break
                # Another stream follows: a new decompressor for it.
                d = self._decompressor = self._make_decompressor()
                try:
                    data = d.decompress(rest)
                except self._trailing_error:
                    self._eof = True
                    break
            elif d.needs_input:
                raw = self._fp.read(_CHUNK)
                if not raw:
                    raise EOFError("Compressed file ended before the "
                                   "end-of-stream marker was reached")
                data = d.decompress(raw)
            else:
                data = d.decompress(b"")
            self._buffer += data

    def read(self, size=-1):
        self._check(_READ)
        if size is None or size < 0:
            self._fill(-1)
            data, self._buffer = self._buffer, b""
        else:
            self._fill(size)
            data, self._buffer = self._buffer[:size], self._buffer[size:]
        self._pos += len(data)
        return data

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n=0):
        self._check(_READ)
        self._fill(max(n, 1))
        return self._buffer

    def readline(self, size=-1):
        self._check(_READ)
        while b"\n" not in self._buffer and not self._eof:
            before = len(self._buffer)
            self._fill(before + 8192)
            if len(self._buffer) == before:
                break
        end = self._buffer.find(b"\n")
        stop = end + 1 if end >= 0 else len(self._buffer)
        if size is not None and size >= 0:
            stop = min(stop, size)
        line, self._buffer = self._buffer[:stop], self._buffer[stop:]
        self._pos += len(line)
        return line

    def readlines(self, size=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(_WRITE)
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._fp.write(self._compressor.compress(data))
        self._pos += len(data)
        return len(data)

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def tell(self):
        if self._fp is None:
            raise ValueError("I/O operation on closed file")
        return self._pos

    def readable(self):
        if self._fp is None:
            raise ValueError("I/O operation on closed file")
        return self._mode == _READ

    def writable(self):
        if self._fp is None:
            raise ValueError("I/O operation on closed file")
        return self._mode == _WRITE

    def seekable(self):
        return False

    def fileno(self):
        return self._fp.fileno()

    def flush(self):
        pass

    def close(self):
        if self._fp is None:
            return
        try:
            if self._mode == _WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._buffer = b""

    def __enter__(self):
        if self._fp is None:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, *exc):
        self.close()


def open_file(file_class, filename, mode, text_args, **kw):
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in text_args.items():
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode"
                                 % name)
    binary = file_class(filename, mode.replace("t", ""), **kw)
    if "t" in mode:
        import io
        return io.TextIOWrapper(binary, text_args.get("encoding"),
                                text_args.get("errors"),
                                text_args.get("newline"))
    return binary
