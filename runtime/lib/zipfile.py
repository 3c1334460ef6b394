"""Reading and writing ZIP archives, as CPython 3.11's zipfile.

Members are stored or deflated (zlib, raw deflate streams); ZIP64 records
are read and written past the 32-bit limits. The records are laid out as
CPython lays them out, so an archive written with fixed timestamps is
byte-for-byte CPython's. Files are opened with the builtin open(), so a
host's sandbox applies to archives on disk; archives in memory (BytesIO)
need nothing else.
"""

import struct
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """A member or the archive would need ZIP64 records, which were not
    allowed."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce",
    5: "reduce", 6: "implode", 7: "tokenize", 8: "deflate",
    9: "deflate64", 10: "implode", 12: "bzip2", 14: "lzma", 18: "terse",
    19: "lz77", 97: "wavpack", 98: "ppmd",
}

# Record layouts (little-endian) and their signatures.
_END = struct.Struct("<4s4H2LH")
_END_SIG = b"PK\005\006"
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_CENTRAL_SIG = b"PK\001\002"
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIG = b"PK\003\004"
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64_LOCATOR_SIG = b"PK\x06\x07"
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_SIG = b"PK\x06\x06"
_DATA_DESCRIPTOR = b"PK\x07\x08"

# Names in archives without the UTF-8 flag are in IBM code page 437.
_CP437_HIGH = (
    "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├"
    "─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0")


def _decode_name(raw, flags):
    if flags & 0x800:
        return raw.decode("utf-8")
    if max(raw, default=0) < 0x80:
        return raw.decode("ascii")
    return "".join(chr(b) if b < 0x80 else _CP437_HIGH[b - 0x80]
                   for b in raw)


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise RuntimeError("Compression requires the (missing) %s module"
                           % ("bz2" if compression == ZIP_BZIP2 else "lzma"))
    raise NotImplementedError("That compression method is not supported")


def _builtin_open(path, mode):
    # Looked up at call time: a host's sandbox replaces or removes it.
    import builtins
    return builtins.open(path, mode)


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), "__fspath__", None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    return fspath(path)


class ZipInfo:
    """Information about one member of an archive."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type",
                 "_compresslevel", "comment", "extra", "create_system",
                 "create_version", "extract_version", "reserved",
                 "flag_bits", "volume", "internal_attr", "external_attr",
                 "header_offset", "CRC", "compress_size", "file_size",
                 "_raw_time", "_end_offset")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        parts = ["<%s filename=%r" % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s" % compressor_names.get(
                self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            import stat
            parts.append(" filemode=%r" % stat.filemode(hi))
        if lo:
            parts.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or
                 self.file_size != self.compress_size)):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def _dos_time(self):
        dt = self.date_time
        return (dt[3] << 11 | dt[4] << 5 | (dt[5] // 2),
                (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2])

    def _encoded_name(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | 0x800

    def FileHeader(self, zip64=None):
        """The local file header for this member."""
        dostime, dosdate = self._dos_time()
        if self.flag_bits & 0x08:
            crc = compress_size = file_size = 0
        else:
            crc = self.CRC
            compress_size = self.compress_size
            file_size = self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack("<HHQQ", 1, 16, file_size,
                                        compress_size)
            file_size = compress_size = 0xFFFFFFFF
            min_version = ZIP64_VERSION
        if self.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif self.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        name, flags = self._encoded_name()
        header = _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved,
                             flags, self.compress_type, dostime, dosdate,
                             crc, compress_size, file_size, len(name),
                             len(extra))
        return header + name + extra

    def _decode_extra(self):
        # The ZIP64 extra field carries the sizes and offset that did not
        # fit their 32-bit fields, in this order.
        extra = self.extra
        while len(extra) >= 4:
            tag, size = struct.unpack("<HH", extra[:4])
            if size + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)"
                                 % (tag, size))
            if tag == 1:
                data = extra[4:size + 4]
                try:
                    if self.file_size in (0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF):
                        self.file_size, = struct.unpack("<Q", data[:8])
                        data = data[8:]
                    if self.compress_size == 0xFFFFFFFF:
                        self.compress_size, = struct.unpack("<Q", data[:8])
                        data = data[8:]
                    if self.header_offset == 0xFFFFFFFF:
                        self.header_offset, = struct.unpack("<Q", data[:8])
                except struct.error:
                    raise BadZipFile("Corrupt zip64 extra field. %s not found."
                                     % "File size") from None
            extra = extra[size + 4:]

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        import os
        filename = _fspath(filename)
        st = os.stat(filename)
        isdir = (st.st_mode & 0o170000) == 0o040000
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        return self.filename[-1] == "/"


class ZipExtFile:
    """A member opened for reading: read(), readline(), iteration; the
    CRC is checked when the end is reached."""

    def __init__(self, fileobj, mode, zipinfo, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self.mode = mode
        self.name = zipinfo.filename
        self._compress_type = zipinfo.compress_type
        self._left = zipinfo.compress_size
        self._remaining = zipinfo.file_size
        self._expected_crc = getattr(zipinfo, "CRC", None)
        self._crc = 0
        self._buffer = b""
        self._eof = False
        self.closed = False
        if self._compress_type == ZIP_DEFLATED:
            self._decompressor = zlib.decompressobj(-15)
        else:
            self._decompressor = None

    def __repr__(self):
        if self.closed:
            return "<zipfile.ZipExtFile [closed]>"
        return "<zipfile.ZipExtFile name=%r mode=%r%s>" % (
            self.name, self.mode,
            " compress_type=%s" % compressor_names.get(
                self._compress_type, self._compress_type)
            if self._compress_type != ZIP_STORED else "")

    def _fill(self, want):
        while not self._eof and (want < 0 or len(self._buffer) < want):
            chunk = b""
            if self._left > 0:
                chunk = self._fileobj.read(min(self._left, 1 << 16))
                if not chunk:
                    raise EOFError
                self._left -= len(chunk)
            if self._decompressor is not None:
                data = self._decompressor.decompress(chunk)
                if self._left <= 0:
                    data += self._decompressor.flush()
                    if not self._decompressor.eof and not data:
                        raise EOFError
            else:
                data = chunk
            data = data[:self._remaining]
            self._remaining -= len(data)
            self._crc = zlib.crc32(data, self._crc)
            self._buffer += data
            if self._remaining <= 0 or (self._left <= 0 and not data):
                self._eof = True
                if (self._expected_crc is not None
                        and self._crc != self._expected_crc):
                    raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            self._fill(-1)
            data, self._buffer = self._buffer, b""
            return data
        self._fill(n)
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def read1(self, n=-1):
        return self.read(n)

    def readline(self, limit=-1):
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0 or self._eof:
                break
            self._fill(len(self._buffer) + 4096)
        end = self._buffer.find(b"\n")
        stop = end + 1 if end >= 0 else len(self._buffer)
        if limit is not None and limit >= 0:
            stop = min(stop, limit)
        line, self._buffer = self._buffer[:stop], self._buffer[stop:]
        return line

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def seekable(self):
        return False

    def close(self):
        if not self.closed:
            self.closed = True
            if self._close_fileobj:
                self._fileobj.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _ZipWriteFile:
    """A member opened for writing; close() finishes its records."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            self._compressor = zlib.compressobj(
                level if level is not None else zlib.Z_DEFAULT_COMPRESSION,
                zlib.DEFLATED, -15)
        else:
            self._compressor = None
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0
        self.closed = False

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        self._file_size += len(data)
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor is not None:
            data = self._compressor.compress(data)
        self._compress_size += len(data)
        self._zipfile.fp.write(data)
        return len(data)

    def close(self):
        if self.closed:
            return
        self.closed = True
        zf = self._zipfile
        try:
            if self._compressor is not None:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                zf.fp.write(tail)
            zinfo = self._zinfo
            zinfo.compress_size = self._compress_size
            zinfo.CRC = self._crc
            zinfo.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using "
                                       "force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try "
                                       "using force_zip64")
            if zinfo.flag_bits & 0x08:
                fmt = "<4sLQQ" if self._zip64 else "<4sLLL"
                zf.fp.write(struct.pack(fmt, _DATA_DESCRIPTOR, zinfo.CRC,
                                        zinfo.compress_size, zinfo.file_size))
                zf.start_dir = zf.fp.tell()
            else:
                zf.start_dir = zf.fp.tell()
                zf.fp.seek(zinfo.header_offset)
                zf.fp.write(zinfo.FileHeader(self._zip64))
                zf.fp.seek(zf.start_dir)
            zf.filelist.append(zinfo)
            zf.NameToInfo[zinfo.filename] = zinfo
        finally:
            zf._writing = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class ZipFile:
    """An archive opened for reading ('r'), writing ('w', 'x') or
    appending ('a')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self._writing = False
        if isinstance(file, str) or hasattr(type(file), "__fspath__"):
            file = _fspath(file)
            self._filePassed = False
            self.filename = file
            # Each mode's fallback when the file cannot be opened so.
            modes = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b",
                     "r+b": "w+b", "w+b": "wb", "x+b": "xb"}
            filemode = modes[mode]
            while True:
                try:
                    self.fp = _builtin_open(file, filemode)
                except OSError:
                    if filemode in modes:
                        filemode = modes[filemode]
                        continue
                    raise
                break
        else:
            self._filePassed = True
            self.fp = file
            self.filename = getattr(file, "name", None)
        self._seekable = True
        try:
            if mode == "r":
                self._read_directory()
            elif mode in ("w", "x"):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self._seekable = False
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive: the new one goes after its data.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        parts = ["<%s.%s" % (self.__class__.__module__,
                             self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                parts.append(" file=%r" % self.fp)
            elif self.filename is not None:
                parts.append(" filename=%r" % self.filename)
            parts.append(" mode=%r" % self.mode)
        else:
            parts.append(" [closed]")
        parts.append(">")
        return "".join(parts)

    # --- reading -------------------------------------------------------------

    def _end_record(self):
        fp = self.fp
        fp.seek(0, 2)
        filesize = fp.tell()
        # The end record is 22 bytes plus a comment of up to 64 KiB.
        start = max(filesize - (1 << 16) - _END.size, 0)
        fp.seek(start)
        data = fp.read()
        pos = data.rfind(_END_SIG)
        while pos >= 0:
            record = data[pos:pos + _END.size]
            if len(record) == _END.size:
                fields = list(_END.unpack(record))
                comment_size = fields[7]
                comment = data[pos + _END.size:pos + _END.size + comment_size]
                return fields, comment, start + pos
            pos = data.rfind(_END_SIG, 0, pos)
        return None

    def _read_directory(self):
        fp = self.fp
        try:
            found = self._end_record()
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not found:
            raise BadZipFile("File is not a zip file")
        fields, comment, location = found
        count, size_cd, offset_cd = fields[4], fields[5], fields[6]
        self._comment = comment
        concat = location - size_cd - offset_cd
        # A ZIP64 end record (and its locator) sits before the end record.
        if location >= _END64_LOCATOR.size:
            fp.seek(location - _END64_LOCATOR.size)
            loc = fp.read(_END64_LOCATOR.size)
            sig, diskno, reloff, disks = _END64_LOCATOR.unpack(loc)
            if sig == _END64_LOCATOR_SIG:
                if diskno != 0 or disks > 1:
                    raise BadZipFile("zipfiles that span multiple disks are "
                                     "not supported")
                fp.seek(location - _END64_LOCATOR.size - _END64.size)
                rec = fp.read(_END64.size)
                if len(rec) == _END64.size:
                    r = _END64.unpack(rec)
                    if r[0] == _END64_SIG:
                        count, size_cd, offset_cd = r[7], r[8], r[9]
                        concat = (location - _END64_LOCATOR.size
                                  - _END64.size - size_cd - offset_cd)
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(size_cd)
        pos = 0
        while pos < len(data):
            cd = data[pos:pos + _CENTRAL.size]
            if len(cd) != _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            cd = _CENTRAL.unpack(cd)
            if cd[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL.size
            name_len, extra_len, comment_len = cd[12], cd[13], cd[14]
            flags = cd[5]
            name = _decode_name(data[pos:pos + name_len], flags)
            pos += name_len
            x = ZipInfo(name)
            x.extra = data[pos:pos + extra_len]
            pos += extra_len
            x.comment = data[pos:pos + comment_len]
            pos += comment_len
            x.header_offset = cd[18]
            (x.create_version, x.create_system, x.extract_version,
             x.reserved, x.flag_bits, x.compress_type, t, d, x.CRC,
             x.compress_size, x.file_size) = cd[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f"
                                          % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = cd[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decode_extra()
            x.header_offset = x.header_offset + concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
        ends = sorted(z.header_offset for z in self.filelist) + [
            self.start_dir]
        for z in self.filelist:
            i = ends.index(z.header_offset)
            z._end_offset = ends[i + 1]

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"),
              file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size),
                  file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        raise NotImplementedError("encrypted archives are not supported")

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s"
                            % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn("Archive comment is too long; truncating to %d "
                          "bytes" % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already "
                             "closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == "w":
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an "
                             "open writing handle on it. Close the writing "
                             "handle before trying to read.")
        fp = self.fp
        fp.seek(zinfo.header_offset)
        header = fp.read(_LOCAL.size)
        if len(header) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        header = _LOCAL.unpack(header)
        if header[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        raw_name = fp.read(header[10])
        if header[11]:
            fp.read(header[11])
        if zinfo.flag_bits & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if _decode_name(raw_name, header[3]) != zinfo.orig_filename:
            raise BadZipFile("File name in directory %r and header %r "
                             "differ." % (zinfo.orig_filename, raw_name))
        if zinfo.flag_bits & 0x1:
            if not pwd:
                raise RuntimeError("File %r is encrypted, password required "
                                   "for extraction" % name)
            raise NotImplementedError("encrypted archives are not supported")
        _check_compression(zinfo.compress_type)
        return ZipExtFile(fp, mode, zinfo)

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was "
                             "False when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. Close the "
                             "first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not self._seekable:
            zinfo.flag_bits |= 0x08
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zip64 = self._allowZip64 and (
            force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell() if self._seekable \
            else self.start_dir
        self._writecheck(zinfo)
        self._didModify = True
        header = zinfo.FileHeader(zip64)
        self.fp.write(header)
        if not self._seekable:
            self.start_dir += len(header)
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    # --- extraction ----------------------------------------------------------

    def extract(self, member, path=None, pwd=None):
        import os
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        import os
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        import os
        import shutil
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # Names never leave the target directory: drop empty, '.' and
        # '..' components.
        arcname = member.filename.replace("/", os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        skip = ("", os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep)
                                   if x not in skip)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, \
                _builtin_open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    # --- writing -------------------------------------------------------------

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % zinfo.filename,
                          stacklevel=3)
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already "
                             "closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            message = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                message = "Too many files"
            elif zinfo.file_size > ZIP64_LIMIT:
                message = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                message = "Zipfile size"
            if message:
                raise LargeZipFile(message + " would require ZIP64 "
                                   "extensions")

    def write(self, filename, arcname=None, compress_type=None,
              compresslevel=None):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = (compress_type if compress_type is not None
                               else self.compression)
        zinfo._compresslevel = (compresslevel if compresslevel is not None
                                else self.compresslevel)
        with _builtin_open(filename, "rb") as src, \
                self.open(zinfo, "w") as dest:
            while True:
                chunk = src.read(1024 * 8)
                if not chunk:
                    break
                dest.write(chunk)

    def writestr(self, zinfo_or_arcname, data, compress_type=None,
                 compresslevel=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == "/":
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode="w") as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a "
                                 "directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists.")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell() if self._seekable \
            else self.start_dir
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= 0x02
        self._writecheck(zinfo)
        self._didModify = True
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        header = zinfo.FileHeader(False)
        self.fp.write(header)
        self.start_dir = self.fp.tell() if self._seekable \
            else self.start_dir + len(header)

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an "
                             "open writing handle on it. Close the writing "
                             "handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._didModify:
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        fp = self.fp
        start = self.start_dir
        written = 0
        for zinfo in self.filelist:
            dostime, dosdate = zinfo._dos_time()
            extra = []
            if zinfo.file_size > ZIP64_LIMIT \
                    or zinfo.compress_size > ZIP64_LIMIT:
                extra.append(zinfo.file_size)
                extra.append(zinfo.compress_size)
                file_size = compress_size = 0xFFFFFFFF
            else:
                file_size = zinfo.file_size
                compress_size = zinfo.compress_size
            if zinfo.header_offset > ZIP64_LIMIT:
                extra.append(zinfo.header_offset)
                header_offset = 0xFFFFFFFF
            else:
                header_offset = zinfo.header_offset
            extra_data = zinfo.extra
            min_version = 0
            if extra:
                extra_data = _strip_zip64(extra_data)
                extra_data = struct.pack("<HH" + "Q" * len(extra), 1,
                                         8 * len(extra), *extra) + extra_data
                min_version = ZIP64_VERSION
            if zinfo.compress_type == ZIP_BZIP2:
                min_version = max(BZIP2_VERSION, min_version)
            elif zinfo.compress_type == ZIP_LZMA:
                min_version = max(LZMA_VERSION, min_version)
            extract_version = max(min_version, zinfo.extract_version)
            create_version = max(min_version, zinfo.create_version)
            name, flags = zinfo._encoded_name()
            record = _CENTRAL.pack(
                _CENTRAL_SIG, create_version, zinfo.create_system,
                extract_version, zinfo.reserved, flags, zinfo.compress_type,
                dostime, dosdate, zinfo.CRC, compress_size, file_size,
                len(name), len(extra_data), len(zinfo.comment), 0,
                zinfo.internal_attr, zinfo.external_attr, header_offset)
            fp.write(record)
            fp.write(name)
            fp.write(extra_data)
            fp.write(zinfo.comment)
            written += len(record) + len(name) + len(extra_data) \
                + len(zinfo.comment)
        end = start + written
        count = len(self.filelist)
        size = written
        offset = start
        if (count > ZIP_FILECOUNT_LIMIT or offset > ZIP64_LIMIT
                or size > ZIP64_LIMIT):
            if not self._allowZip64:
                if count > ZIP_FILECOUNT_LIMIT:
                    raise LargeZipFile("Files count would require ZIP64 "
                                       "extensions")
                raise LargeZipFile("Central directory offset would require "
                                   "ZIP64 extensions")
            fp.write(_END64.pack(_END64_SIG, 44, 45, 45, 0, 0, count, count,
                                 size, offset))
            fp.write(_END64_LOCATOR.pack(_END64_LOCATOR_SIG, 0, end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        fp.write(_END.pack(_END_SIG, 0, 0, count, count, size, offset,
                           len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            # Drops what followed the old end record.
            # interp's files have no truncate(): there the old bytes stay
            # when the new directory is shorter than what it replaced
            # (only possible when nothing was added; see the README).
            truncate = getattr(fp, "truncate", None)
            if truncate is not None:
                truncate()
        fp.flush()


def _strip_zip64(extra):
    out = b""
    while len(extra) >= 4:
        tag, size = struct.unpack("<HH", extra[:4])
        if tag != 1:
            out += extra[:size + 4]
        extra = extra[size + 4:]
    return out + extra


def is_zipfile(filename):
    """Whether `filename` (a path or a file object) holds a ZIP archive's
    end record."""
    try:
        if hasattr(filename, "read"):
            return _looks_like_zip(filename)
        with _builtin_open(filename, "rb") as fp:
            return _looks_like_zip(fp)
    except OSError:
        return False


def _looks_like_zip(fp):
    probe = ZipFile.__new__(ZipFile)
    probe.fp = fp
    try:
        return probe._end_record() is not None
    finally:
        probe.fp = None
