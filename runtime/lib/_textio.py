"""io.TextIOWrapper over any binary buffer (io.BytesIO, a binary file,
sys.stdout.buffer, a gzip file, a pipe): what calling io.TextIOWrapper(...)
returns. The text files open() makes are the runtime's own class; this is
the general wrapper, written over the buffer's read/readline/write.

Decoding is incremental: a multi-byte sequence cut at the end of a chunk
waits for the next chunk, and so does a final '\\r' under universal
newlines. Writes go to the buffer at once (no text-level buffering).
Left out: tell()/seek() to positions other than the start or the end,
and reconfigure()."""

__all__ = ['TextIOWrapper']


def _norm(encoding):
    return encoding.lower().replace('_', '-').replace(' ', '-')


def _unit(encoding):
    # Code unit size of the wide codecs (a chunk may end mid-unit).
    e = _norm(encoding)
    if e.startswith(('utf-16', 'utf16', 'u16')):
        return 2
    if e.startswith(('utf-32', 'utf32', 'u32')):
        return 4
    return 1


def _utf8_cut(data):
    # Length of `data` without an incomplete UTF-8 sequence at its end.
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue  # a continuation byte: look further back
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            if back < need:
                return n - back
        return n
    return n


class TextIOWrapper:
    """Character and line based layer over a BufferedIOBase object."""

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("illegal newline type: %r" % (type(newline),))
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str "
                            "or None, not %s" % type(encoding).__name__)
        ''.encode(encoding)  # LookupError for an unknown encoding
        if errors is None:
            errors = 'strict'
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._pending = b''    # undecoded bytes
        self._decoded = ''     # decoded text not yet returned
        self._eof = False
        self._started_read = False
        self._started_write = False
        self._unit = _unit(encoding)
        self._is_utf8 = _norm(encoding) in ('utf-8', 'utf8', 'u8', 'utf')

    # --- attributes -------------------------------------------------------

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return "<_io.TextIOWrapper encoding=%r>" % (self._encoding,)
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (name,
                                                            self._encoding)

    def _check_open(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    # --- reading ----------------------------------------------------------

    def _decode(self, data, final):
        data = self._pending + data
        if final:
            cut = len(data)
        elif self._is_utf8:
            cut = _utf8_cut(data)
        else:
            cut = len(data) - len(data) % self._unit
            if self._unit == 2 and cut >= 2:
                # A high surrogate waits for its partner.
                big = (self._started_read and
                       getattr(self, '_wide_order', '').endswith('-be')) or (
                    not self._started_read and data[:2] == b'\xfe\xff') or (
                    _norm(self._encoding) in ('utf-16-be', 'utf-16be'))
                hi = data[cut - 2] if big else data[cut - 1]
                if 0xD8 <= hi <= 0xDB:
                    cut -= 2
        self._pending = data[cut:]
        chunk = data[:cut]
        enc = self._encoding
        if self._started_read and self._unit > 1 and _norm(enc) in (
                'utf-16', 'utf16', 'u16', 'utf-32', 'utf32', 'u32'):
            # The byte order mark was read with the first chunk.
            enc = self._wide_order
        text = chunk.decode(enc, self._errors)
        if not self._started_read and chunk:
            self._started_read = True
            if self._unit > 1:
                head = chunk[:self._unit]
                big = head in (b'\xfe\xff', b'\x00\x00\xfe\xff')
                self._wide_order = ('utf-16' if self._unit == 2
                                    else 'utf-32') + ('-be' if big else '-le')
        return text

    def _translate(self, text, final):
        if self._newline is not None:
            return text
        if text.endswith('\r') and not final:
            # "\r" now and "\n" in the next chunk are one line end.
            self._decoded_cr = True
            text = text[:-1]
        else:
            self._decoded_cr = False
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def _fill(self, line_mode):
        # Reads one more piece of the buffer into _decoded. False at EOF.
        if self._eof:
            return False
        if line_mode and hasattr(self._buffer, 'readline'):
            data = self._buffer.readline()
        else:
            data = self._buffer.read(self._CHUNK_SIZE)
        carry = '\r' if getattr(self, '_decoded_cr', False) else ''
        if not data:
            self._eof = True
            text = carry + self._decode(b'', True)
            self._decoded += self._translate(text, True)
            return bool(text)
        text = carry + self._decode(data, False)
        self._decoded += self._translate(text, False)
        return True

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        if size < 0:
            while self._fill(False):
                pass
            text, self._decoded = self._decoded, ''
            self._eof = False  # a later read() looks again
            return text
        while len(self._decoded) < size and self._fill(False):
            pass
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        return text

    def _line_end(self, text):
        # Index just past the first line end in `text`, or -1.
        nl = self._newline
        if nl is None or nl == '\n':
            i = text.find('\n')
            return -1 if i < 0 else i + 1
        if nl == '':
            # Any of \r, \n, \r\n ends a line (kept untranslated).
            for i, c in enumerate(text):
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        i = text.find(nl)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._decoded)
            if end >= 0 or (0 <= size <= len(self._decoded)):
                break
            if not self._fill(True):
                end = len(self._decoded)
                break
        if end < 0:
            end = len(self._decoded)
        if 0 <= size < end:
            end = size
        line, self._decoded = self._decoded[:end], self._decoded[end:]
        if not line:
            self._eof = False
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
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # --- writing ----------------------------------------------------------

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        length = len(s)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        enc = self._encoding
        if self._started_write and self._unit > 1 and _norm(enc) in (
                'utf-16', 'utf16', 'u16', 'utf-32', 'utf32', 'u32'):
            enc = ('utf-16' if self._unit == 2 else 'utf-32') + '-le'
        data = text.encode(enc, self._errors)
        if data:
            self._started_write = True
        self._buffer.write(data)
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return length

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("buffer is already detached.")
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def tell(self):
        self._check_open()
        if self._decoded or self._pending:
            raise OSError("telling position disabled by next() call")
        return self._buffer.tell()

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1 and cookie != 0:
            raise OSError("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise OSError("can't do nonzero end-relative seeks")
        if whence == 0 and cookie != 0:
            raise OSError("interp: TextIOWrapper.seek() supports only the "
                          "start and the end of the stream")
        self.flush()
        self._decoded = ''
        self._pending = b''
        self._decoded_cr = False
        self._eof = False
        if whence == 0:
            self._started_read = False
        return self._buffer.seek(0, 2 if whence != 0 else 0)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()
