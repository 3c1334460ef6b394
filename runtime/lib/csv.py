"""CSV files (CPython's csv): reader, writer, DictReader, DictWriter,
dialects. Records are split by the native _csv parser."""

import _csv

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "DictReader",
           "DictWriter", "unix_dialect", "Sniffer"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d'
                        % len(args))
    if args:
        if not isinstance(args[0], int):
            raise TypeError('"limit" must be an integer')
        _field_limit = args[0]
    return old


class Dialect:
    """Describes a CSV format: delimiter, quotechar, escapechar,
    doublequote, skipinitialspace, lineterminator, quoting, strict."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return _dialects[name]


def list_dialects():
    return list(_dialects)


_ATTRS = ('delimiter', 'quotechar', 'escapechar', 'doublequote',
          'skipinitialspace', 'lineterminator', 'quoting', 'strict')
_DEFAULTS = {'delimiter': ',', 'quotechar': '"', 'escapechar': None,
             'doublequote': True, 'skipinitialspace': False,
             'lineterminator': '\r\n', 'quoting': QUOTE_MINIMAL,
             'strict': False}


class _Params:
    """A dialect resolved from a name/class/instance plus keyword
    overrides, validated like CPython's."""

    def __init__(self, dialect=None, **fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in fmtparams:
            if name not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % name)
        for name in _ATTRS:
            if name in fmtparams:
                value = fmtparams[name]
            elif dialect is not None and getattr(dialect, name, None) \
                    is not None:
                value = getattr(dialect, name)
            else:
                value = _DEFAULTS[name]
            setattr(self, name, value)
        self._check()

    def _check(self):
        for name in ('delimiter', 'quotechar', 'escapechar'):
            v = getattr(self, name)
            if v is None:
                if name == 'delimiter':
                    raise TypeError('"delimiter" must be a 1-character '
                                    'string')
                continue
            if not isinstance(v, str):
                raise TypeError('"%s" must be string or None, not %s'
                                % (name, type(v).__name__)
                                if name != 'delimiter' else
                                '"delimiter" must be string, not %s'
                                % type(v).__name__)
            if len(v) != 1:
                raise TypeError('"%s" must be a 1-character string' % name)
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if self.quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


class reader:
    """Iterates over the records of `csvfile` (any iterable of lines) as
    lists of str (floats for unquoted fields under QUOTE_NONNUMERIC)."""

    def __init__(self, csvfile, dialect='excel', **fmtparams):
        self._it = iter(csvfile)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0
        d = self.dialect
        self._args = (d.delimiter, d.quotechar, d.escapechar, d.doublequote,
                      d.skipinitialspace, d.strict, d.quoting, Error)
        self._rows = []
        self._counts = []
        self._pos = 0
        self._batch = 1
        self._grow = True
        if not isinstance(csvfile, (list, tuple)):
            isatty = getattr(csvfile, 'isatty', None)
            if isatty is None or isatty():
                self._grow = False

    def __iter__(self):
        return self

    def _fill(self):
        # Records are split natively in batches when reading ahead is
        # harmless (lists, regular files); one line at a time otherwise,
        # so an interactive stdin gets each record as it is typed.
        rows, counts, pending, pending_lines = _csv.parse_many(
            self._it, self._batch, *self._args)
        if pending is not None:
            if self.dialect.strict:
                raise Error("unexpected end of data")
            row = _csv.parse(pending + self.dialect.quotechar, *self._args)
            rows.append(row if row is not None else [])
            counts.append(pending_lines)
        self._rows = rows
        self._counts = counts
        self._pos = 0
        if self._grow and self._batch < 512:
            self._batch *= 2

    def __next__(self):
        pos = self._pos
        if pos >= len(self._rows):
            self._fill()
            pos = 0
            if not self._rows:
                raise StopIteration
        self._pos = pos + 1
        self.line_num += self._counts[pos]
        return self._rows[pos]


class writer:
    """Writes rows to `csvfile` (anything with write()) as delimited,
    quoted text."""

    def __init__(self, csvfile, dialect='excel', **fmtparams):
        if not hasattr(csvfile, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = csvfile.write
        self.dialect = _Params(dialect, **fmtparams)

    def writerow(self, row):
        d = self.dialect
        return self._write(_csv.format_row(
            row, d.delimiter, d.quotechar, d.escapechar, d.doublequote,
            d.lineterminator, d.quoting, Error))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class DictReader:
    """Records as dicts keyed by the first row (or `fieldnames`)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


class Sniffer:
    """Guesses the dialect of a CSV sample (sniff) and whether its first
    row is a header (has_header), with CPython's heuristics."""

    def __init__(self):
        # Tried in this order when several delimiters are equally likely.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    _QUOTED_FIELD_PATTERNS = (
        # delimiter, quoted field, delimiter
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)'
        r'(?P=delim)',
        # quoted field at a line start, then a delimiter
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])'
        r'(?P<space> ?)',
        # delimiter, then a quoted field at a line end
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)'
        r'(?:$|\n)',
        # a quoted field alone on its line
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    )

    def _guess_quote_and_delimiter(self, data, delimiters):
        """From quoted fields: (quotechar, doublequote, delimiter,
        skipinitialspace); the delimiter is '' when none shows."""
        import re
        matches = []
        for pattern in self._QUOTED_FIELD_PATTERNS:
            regexp = re.compile(pattern, re.DOTALL | re.MULTILINE)
            matches = list(regexp.finditer(data))
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        names = regexp.groupindex
        for m in matches:
            q = m.group('quote')
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' not in names:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if 'space' in names and m.group('space'):
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # A field holding the quote character doubled means doublequote.
        dq = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s"
            r"[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)" %
            {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(dq.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Without quoted fields: the character that occurs the same
        number of times on (nearly) every line, judged on chunks of ten
        lines. Returns (delimiter, skipinitialspace); ('', 0) when none."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        freq_tables = {}  # char -> {count on a line: lines with it}
        delims = {}
        iteration = 0
        start, end = 0, chunk
        while start < len(lines):
            iteration += 1
            for line in lines[start:end]:
                for code in range(127):
                    char = chr(code)
                    table = freq_tables.setdefault(char, {})
                    n = line.count(char)
                    table[n] = table.get(n, 0) + 1
            modes = {}
            for char, table in freq_tables.items():
                items = list(table.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = max(items, key=lambda x: x[1])
                    items.remove(best)
                    # The mode's weight less the lines that disagree.
                    modes[char] = (best[0],
                                   best[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk * iteration, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for char, (count, weight) in modes.items():
                    if count > 0 and weight > 0:
                        if (weight / total >= consistency and
                                (delimiters is None or char in delimiters)):
                            delims[char] = (count, weight)
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims)[0]
                return (delim, self._skips_space(lines[0], delim))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, self._skips_space(lines[0], d))
        delim = sorted((v, k) for k, v in delims.items())[-1][1]
        return (delim, self._skips_space(lines[0], delim))

    @staticmethod
    def _skips_space(line, delim):
        return line.count(delim) == line.count("%c " % delim)

    def has_header(self, sample):
        """Whether the first row looks like a header: in the columns whose
        values all have one type (number, or one length of text), the
        first row's cell does not fit it."""
        from io import StringIO
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {i: None for i in range(columns)}
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types):
                try:
                    complex(row[col])
                    this_type = complex
                except (ValueError, OverflowError):
                    this_type = len(row[col])
                if this_type != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this_type
                    else:
                        del column_types[col]
        votes = 0
        for col, col_type in column_types.items():
            if isinstance(col_type, int):
                votes += 1 if len(header[col]) != col_type else -1
            else:
                try:
                    col_type(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
