"""Reading and writing gzip files (CPython 3.11's gzip): compress,
decompress, open, GzipFile, BadGzipFile, over the zlib module.

Output is byte-for-byte CPython's for the same mtime (same header layout
and the same zlib); text mode wraps the GzipFile in io.TextIOWrapper.
Left out: GzipFile.peek, fileno, seek and rewind (a GzipFile reads
forward only), and the command-line interface."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_EOF_MESSAGE = ("Compressed file ended before the end-of-stream marker was "
                "reached")


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary "
                             "mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary "
                             "mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _write32u(output, value):
    output.write(struct.pack("<L", value))


def _header(compresslevel, mtime, fname=b''):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    flags = FNAME if fname else 0
    head = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, int(mtime), xfl,
                       255)
    return head + (fname + b'\000' if fname else b'')


class _Source:
    """A file object read in chunks, with data pushed back in front."""

    def __init__(self, fileobj):
        self.file = fileobj
        self.pending = b''

    def read(self, n):
        if self.pending:
            data, self.pending = self.pending[:n], self.pending[n:]
            return data
        return self.file.read(n)

    def prepend(self, data):
        self.pending = data + self.pending


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_EOF_MESSAGE)
        data += more
    return data


def _read_gzip_header(fp):
    """Reads a member header; its mtime, or None at the end of the data."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, last_mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for field in (FNAME, FCOMMENT):
        if flag & field:
            while True:
                s = fp.read(1)
                if not s or s == b'\000':
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


class _Reader:
    """Decompresses the members of a gzip stream, chunk by chunk."""

    def __init__(self, fileobj):
        self.fp = _Source(fileobj)
        self.decomp = None
        self.crc = 0
        self.size = 0
        self.mtime = None
        self.done = False

    def _end_member(self):
        crc, isize = struct.unpack("<II", _read_exact(self.fp, 8))
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc),
                                                            hex(self.crc)))
        if isize != (self.size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        # Zero padding between members is allowed.
        c = b"\x00"
        while c == b"\x00":
            c = self.fp.read(1)
        if c:
            self.fp.prepend(c)

    def chunk(self):
        """The next piece of decompressed data; b'' at the end."""
        while not self.done:
            if self.decomp is None or self.decomp.eof:
                if self.decomp is not None:
                    self._end_member()
                self.mtime_read = _read_gzip_header(self.fp)
                if self.mtime_read is None:
                    self.done = True
                    return b''
                self.mtime = self.mtime_read
                self.decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc = 0
                self.size = 0
            buf = self.fp.read(io.DEFAULT_BUFFER_SIZE)
            data = self.decomp.decompress(buf, io.DEFAULT_BUFFER_SIZE)
            if self.decomp.unconsumed_tail:
                self.fp.prepend(self.decomp.unconsumed_tail)
            elif self.decomp.unused_data:
                self.fp.prepend(self.decomp.unused_data)
            if data:
                self.crc = zlib.crc32(data, self.crc)
                self.size += len(data)
                return data
            if buf == b'' and not self.decomp.eof:
                raise EOFError(_EOF_MESSAGE)
        return b''


class GzipFile:
    """A file object that compresses or decompresses a gzip stream."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None,
                 mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self._buf = b''
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._reader.mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        try:
            # RFC 1952: the name field is Latin-1; others are left out.
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(compresslevel, mtime, fname))

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF,
                          "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, "
                            "not '%s'" % type(data).__name__)
        length = len(data)
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF,
                          what + "() on write-only GzipFile object")

    def _fill(self, want):
        # Decompress until the buffer holds `want` unread bytes (all of
        # the data when want < 0) or the stream ends.
        while want < 0 or len(self._buf) - self._pos < want:
            data = self._reader.chunk()
            if not data:
                return
            self._buf = self._buf[self._pos:] + data
            self._pos = 0

    def read(self, size=-1):
        self._check_read("read")
        if size is None or size < 0:
            self._fill(-1)
            data = self._buf[self._pos:]
        else:
            self._fill(size)
            data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    read1 = read

    def readline(self, size=-1):
        self._check_read("readline")
        while True:
            nl = self._buf.find(b'\n', self._pos)
            if nl >= 0 or self._reader.done:
                break
            if 0 <= size <= len(self._buf) - self._pos:
                break
            before = len(self._buf) - self._pos
            self._fill(before + 1)
            if len(self._buf) - self._pos == before:
                break
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._buf[self._pos:end]
        self._pos = end
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                _write32u(fileobj, self.crc)
                _write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return False

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._reader.size - (len(self._buf) - self._pos)

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # zlib writes the whole gzip member itself (its header names the
        # OS, 3 for Unix, where the one below says 255, unknown).
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    # wbits=-15: a raw deflate stream between gzip's own header and trailer.
    return (_header(compresslevel, mtime) +
            zlib.compress(data, level=compresslevel, wbits=-15) + trailer)


def decompress(data):
    """Decompress a gzip compressed string in one shot (every member)."""
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_EOF_MESSAGE)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = do.unused_data[8:].lstrip(b"\x00")
