"""CSV files (CPython's csv): reader, writer, DictReader, DictWriter,
dialects. Records are split by the native _csv parser."""

import _csv

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "DictReader",
           "DictWriter", "unix_dialect"]

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
