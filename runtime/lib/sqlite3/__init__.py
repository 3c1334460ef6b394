"""DB-API 2.0 interface to SQLite databases (CPython 3.11's sqlite3).

The native half, _sqlite3, binds libsqlite3 function by function and
returns SQLite's result codes; this module keeps the DB-API's rules:
statement caching, implicit transactions (isolation_level), parameter
binding with CPython's messages, row factories, and the mapping of
result codes onto the exception classes.
"""

import _sqlite3
import datetime
import time
import collections.abc

paramstyle = "qmark"
threadsafety = 3
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version = _sqlite3.sqlite_version
sqlite_version_info = tuple(int(x) for x in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

_ERROR_NAMES = {}
for _name, _value in _sqlite3.error_codes:
    globals()[_name] = _value
    _ERROR_NAMES.setdefault(_value, _name)
for _name, _value in _sqlite3.constants:
    if not _name.startswith("SQLITE_OPEN_") and _name != "SQLITE_DETERMINISTIC":
        globals()[_name] = _value
del _name, _value

_ROW = SQLITE_ROW
_DONE = SQLITE_DONE


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class InternalError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class DataError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, InternalError,
             OperationalError, ProgrammingError, IntegrityError, DataError,
             NotSupportedError):
    _cls.__module__ = "sqlite3"
del _cls


def _error_class(code):
    primary = code & 0xFF
    if primary in (SQLITE_INTERNAL, SQLITE_NOTFOUND):
        return InternalError
    if primary == SQLITE_NOMEM:
        return MemoryError
    if primary in (SQLITE_ERROR, SQLITE_PERM, SQLITE_ABORT, SQLITE_BUSY,
                   SQLITE_LOCKED, SQLITE_READONLY, SQLITE_INTERRUPT,
                   SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN,
                   SQLITE_PROTOCOL, SQLITE_EMPTY, SQLITE_SCHEMA):
        return OperationalError
    if primary == SQLITE_CORRUPT:
        return DatabaseError
    if primary == SQLITE_TOOBIG:
        return DataError
    if primary in (SQLITE_CONSTRAINT, SQLITE_MISMATCH):
        return IntegrityError
    if primary == SQLITE_MISUSE:
        return ProgrammingError
    if primary == SQLITE_RANGE:
        return InterfaceError
    return DatabaseError


def _raise_for(db):
    """Raises the exception for the database's last error."""
    code = _sqlite3.errcode(db)
    cls = _error_class(code)
    message = _sqlite3.errmsg(db)
    if cls is MemoryError:
        raise MemoryError
    exc = cls(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = _ERROR_NAMES.get(code, "unknown error code")
    raise exc


# --- adapters and converters ---------------------------------------------

class PrepareProtocol:
    pass


PrepareProtocol.__module__ = "sqlite3"

adapters = {}
converters = {}


def register_adapter(type, adapter, /):
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    converters[typename.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=None, /):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(proto, "__adapt__", None)
    if conform is not None:
        result = conform(obj)
        if result is not None:
            return result
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        result = conform(proto)
        if result is not None:
            return result
    if alt is not None:
        return alt
    raise ProgrammingError("can't adapt")


def complete_statement(statement):
    if not isinstance(statement, str):
        raise TypeError("complete_statement() argument 'statement' must be "
                        "str, not " + type(statement).__name__)
    return _sqlite3.complete(statement)


# The DB-API's date and time constructors, as CPython's dbapi2 has them.
Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


def _adapt_date(val):
    return val.isoformat()


def _adapt_datetime(val):
    return val.isoformat(" ")


def _convert_date(val):
    return datetime.date(*map(int, val.split(b"-")))


def _convert_timestamp(val):
    datepart, timepart = val.split(b" ")
    year, month, day = map(int, datepart.split(b"-"))
    timepart_full = timepart.split(b".")
    hours, minutes, seconds = map(int, timepart_full[0].split(b":"))
    if len(timepart_full) == 2:
        microseconds = int("{:0<6.6}".format(timepart_full[1].decode()))
    else:
        microseconds = 0
    return datetime.datetime(year, month, day, hours, minutes, seconds,
                             microseconds)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)


# --- statements --------------------------------------------------------------

def _skip_space_and_comments(sql, i=0):
    """Index of the first character of sql[i:] that is neither white space
    nor inside a comment."""
    n = len(sql)
    while i < n:
        ch = sql[i]
        if ch in " \t\n\r\f":
            i += 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            if j < 0:
                return n
            i = j + 1
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            if j < 0:
                return n
            i = j + 2
        else:
            return i
    return n


def _is_dml(sql):
    i = _skip_space_and_comments(sql)
    word = sql[i:i + 7].upper()
    return (word.startswith("INSERT") or word.startswith("UPDATE")
            or word.startswith("DELETE") or word.startswith("REPLACE"))


class _Statement:
    __slots__ = ("handle", "sql", "is_dml", "in_use", "names", "nparams")

    def __init__(self, connection, sql):
        rc, handle, tail = _sqlite3.prepare(connection._db, sql)
        if rc != SQLITE_OK:
            _raise_for(connection._db)
        if _skip_space_and_comments(tail) < len(tail):
            if handle is not None:
                _sqlite3.finalize(handle)
            raise ProgrammingError(
                "You can only execute one statement at a time.")
        self.handle = handle
        self.sql = sql
        self.is_dml = handle is not None and _is_dml(sql)
        self.in_use = False
        if handle is not None:
            self.names = _sqlite3.param_names(handle)
            self.nparams = len(self.names)
        else:
            self.names = []
            self.nparams = 0

    def bind(self, connection, parameters):
        handle = self.handle
        if isinstance(parameters, dict):
            for i, name in enumerate(self.names, 1):
                if name is None:
                    raise ProgrammingError(
                        "Binding %d has no name, but you supplied a "
                        "dictionary (which has only names)." % i)
                key = name[1:]
                try:
                    value = parameters[key]
                except KeyError:
                    raise ProgrammingError(
                        "You did not supply a value for binding parameter "
                        "%s." % name) from None
                self._bind_one(connection, i, value)
            return
        if not (isinstance(parameters, (list, tuple, str, bytes, bytearray))
                or isinstance(parameters, collections.abc.Sequence)
                or hasattr(type(parameters), "__getitem__")):
            raise ProgrammingError("parameters are of unsupported type")
        count = len(parameters)
        if count != self.nparams:
            raise ProgrammingError(
                "Incorrect number of bindings supplied. The current "
                "statement uses %d, and there are %d supplied."
                % (self.nparams, count))
        for i in range(count):
            self._bind_one(connection, i + 1, parameters[i])

    def _bind_one(self, connection, i, value):
        if type(value) not in (int, float, str, bytes, type(None)):
            if adapters:
                adapter = adapters.get((type(value), PrepareProtocol))
                if adapter is not None:
                    value = adapter(value)
        rc = _sqlite3.bind(self.handle, i, value)
        if rc == -1:
            raise ProgrammingError(
                "Error binding parameter %d: type '%s' is not supported"
                % (i, type(value).__name__))
        if rc != SQLITE_OK:
            _raise_for(connection._db)

    def reset(self):
        if self.handle is not None:
            _sqlite3.reset(self.handle)
        self.in_use = False

    def finalize(self):
        if self.handle is not None:
            _sqlite3.finalize(self.handle)
            self.handle = None


_callable = callable


def _check_str(value, message):
    if not isinstance(value, str):
        raise TypeError(message + type(value).__name__)


_ISOLATION_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")


def _check_isolation_level(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None")
    upper = level.upper()
    if upper not in _ISOLATION_LEVELS:
        raise ValueError("isolation_level string must be '', 'DEFERRED', "
                         "'IMMEDIATE', or 'EXCLUSIVE'")
    return upper


def _path_bytes(database):
    if isinstance(database, str):
        return database.encode("utf-8", "surrogateescape")
    if isinstance(database, bytes):
        return database
    fspath = getattr(type(database), "__fspath__", None)
    if fspath is not None:
        path = fspath(database)
        if isinstance(path, (str, bytes)):
            return _path_bytes(path)
    raise TypeError("expected str, bytes or os.PathLike object, not "
                    + type(database).__name__)


class Connection:
    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    InternalError = InternalError
    OperationalError = OperationalError
    ProgrammingError = ProgrammingError
    IntegrityError = IntegrityError
    DataError = DataError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0,
                 isolation_level="", check_same_thread=True, factory=None,
                 cached_statements=128, uri=False):
        path = _path_bytes(database)
        flags = (_sqlite3_flag("SQLITE_OPEN_READWRITE")
                 | _sqlite3_flag("SQLITE_OPEN_CREATE"))
        self._db = None
        rc, db = _sqlite3.open(path, flags, bool(uri))
        if rc != SQLITE_OK:
            try:
                _raise_for(db)
            finally:
                _sqlite3.close(db)
        self._db = db
        _sqlite3.busy_timeout(db, int(timeout * 1000))
        self._isolation_level = _check_isolation_level(isolation_level)
        self.detect_types = detect_types
        self.row_factory = None
        self.text_factory = str
        self._cache = {}
        self._cache_size = cached_statements
        self._statements = []
        self._check_same_thread = check_same_thread
        import threading
        self._thread = threading.get_ident()

    def _check(self):
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")
        if self._check_same_thread:
            import threading
            ident = threading.get_ident()
            if ident != self._thread:
                raise ProgrammingError(
                    "SQLite objects created in a thread can only be used in "
                    "that same thread. The object was created in thread id "
                    "%d and this is thread id %d." % (self._thread, ident))

    def _statement(self, sql):
        st = self._cache.get(sql)
        if st is not None and not st.in_use and st.handle is not None:
            # Most recently used last.
            del self._cache[sql]
            self._cache[sql] = st
            return st
        st = _Statement(self, sql)
        if self._cache_size > 0 and st.handle is not None:
            if sql in self._cache:
                self._statements.append(self._cache.pop(sql))
            elif len(self._cache) >= self._cache_size:
                oldest = next(iter(self._cache))
                old = self._cache.pop(oldest)
                if old.in_use:
                    self._statements.append(old)
                else:
                    old.finalize()
            self._cache[sql] = st
        else:
            self._statements.append(st)
        return st

    def _begin(self):
        self._exec_simple("BEGIN " + self._isolation_level)

    def _exec_simple(self, sql):
        rc, handle, _ = _sqlite3.prepare(self._db, sql)
        if rc != SQLITE_OK:
            _raise_for(self._db)
        try:
            rc = _sqlite3.step(handle)
            if rc != _DONE and rc != _ROW:
                _raise_for(self._db)
        finally:
            _sqlite3.finalize(handle)

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        self._check()
        level = _check_isolation_level(value)
        if level is None and not _sqlite3.get_autocommit(self._db):
            self.commit()
        self._isolation_level = level

    @property
    def in_transaction(self):
        self._check()
        return not _sqlite3.get_autocommit(self._db)

    @property
    def total_changes(self):
        self._check()
        return _sqlite3.total_changes(self._db)

    def cursor(self, factory=None):
        self._check()
        if factory is None:
            factory = Cursor
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError("factory must return a cursor, not "
                            + type(cur).__name__)
        if self.row_factory is not None and cur.row_factory is None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        cur = self.cursor()
        return cur.execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        cur = self.cursor()
        return cur.executemany(sql, parameters)

    def executescript(self, sql_script, /):
        cur = self.cursor()
        return cur.executescript(sql_script)

    def commit(self):
        self._check()
        if not _sqlite3.get_autocommit(self._db):
            self._exec_simple("COMMIT")

    def rollback(self):
        self._check()
        if not _sqlite3.get_autocommit(self._db):
            self._exec_simple("ROLLBACK")

    def close(self):
        if self._db is None:
            return
        for st in self._cache.values():
            st.finalize()
        for st in self._statements:
            st.finalize()
        self._cache = {}
        self._statements = []
        _sqlite3.close(self._db)
        self._db = None

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        _check_str(name, "create_function() argument 'name' must be str, "
                         "not ")
        flags = _sqlite3_flag("SQLITE_DETERMINISTIC") if deterministic else 0
        rc = _sqlite3.create_function(self._db, name, narg, func, flags, False)
        if rc != SQLITE_OK:
            raise OperationalError("Error creating function")

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        _check_str(name, "create_aggregate() argument 'name' must be str, "
                         "not ")
        rc = _sqlite3.create_function(self._db, name, n_arg, aggregate_class,
                                      0, True)
        if rc != SQLITE_OK:
            raise OperationalError("Error creating aggregate")

    def create_collation(self, name, callable, /):
        self._check()
        _check_str(name, "create_collation() argument 1 must be str, not ")
        if callable is not None and not _callable(callable):
            raise TypeError("parameter must be callable")
        rc = _sqlite3.create_collation(self._db, name, callable)
        if rc != SQLITE_OK:
            _raise_for(self._db)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def __call__(self, sql):
        self._check()
        _check_str(sql, "")
        return _Statement(self, sql)


Connection.__module__ = "sqlite3"


_FLAGS = dict(_sqlite3.constants)


def _sqlite3_flag(name):
    return _FLAGS[name]


class Cursor:
    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, "
                            "not " + type(connection).__name__)
        self.connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.lastrowid = None
        self.rowcount = -1
        self.description = None
        self._statement = None
        self._next_row = None
        self._closed = False
        self._converters = None

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check()

    def _reset(self):
        st = self._statement
        if st is not None:
            st.reset()
            self._statement = None
        self._next_row = None

    def _read_row(self):
        st = self._statement
        text_factory = self.connection.text_factory
        row = _sqlite3.row(st.handle,
                           None if text_factory is str else text_factory)
        if self._converters:
            row = self._convert(row)
        return row

    def _convert(self, row):
        values = list(row)
        converters = self._converters
        for i, value in enumerate(values):
            conv = converters[i]
            if conv is not None and value is not None:
                if isinstance(value, str):
                    value = value.encode()
                elif not isinstance(value, bytes):
                    value = str(value).encode()
                values[i] = conv(value)
        return tuple(values)

    def _step(self):
        st = self._statement
        rc = _sqlite3.step(st.handle)
        if rc == _ROW:
            return True
        if rc == _DONE:
            return False
        db = self.connection._db
        st.reset()
        self._statement = None
        _raise_for(db)

    def _setup_description(self, st):
        n = _sqlite3.column_count(st.handle)
        if n == 0:
            self.description = None
            self._converters = None
            return
        names = _sqlite3.column_names(st.handle)
        detect = self.connection.detect_types
        convs = None
        if detect & PARSE_COLNAMES or detect & PARSE_DECLTYPES:
            convs = [None] * n
            decltypes = (_sqlite3.column_decltypes(st.handle)
                         if detect & PARSE_DECLTYPES else None)
            for i, name in enumerate(names):
                conv = None
                if detect & PARSE_COLNAMES:
                    lb = name.find("[")
                    if lb >= 0:
                        rb = name.find("]", lb)
                        if rb >= 0:
                            conv = converters.get(name[lb + 1:rb].upper())
                if conv is None and decltypes is not None \
                        and decltypes[i] is not None:
                    key = decltypes[i].split("(")[0].split(" ")[0].upper()
                    conv = converters.get(key)
                convs[i] = conv
            if not any(c is not None for c in convs):
                convs = None
        self._converters = convs
        if detect & PARSE_COLNAMES:
            clean = []
            for name in names:
                cut = name.find(" [")
                clean.append(name[:cut] if cut >= 0 else name)
            names = clean
        self.description = tuple((name, None, None, None, None, None, None)
                                 for name in names)

    def _execute(self, sql, parameter_list, multiple):
        self._check()
        self._reset()
        conn = self.connection
        st = conn._statement(sql)
        if st.handle is None:
            self.description = None
            self.rowcount = -1
            return self
        if multiple and not st.is_dml:
            raise ProgrammingError(
                "executemany() can only execute DML statements.")
        if st.is_dml and conn._isolation_level is not None \
                and _sqlite3.get_autocommit(conn._db):
            conn._begin()
        self.rowcount = 0 if st.is_dml else -1
        self._statement = st
        st.in_use = True
        has_row = False
        for params in parameter_list:
            st.reset()
            st.in_use = True
            self._statement = st
            try:
                st.bind(conn, params)
                has_row = self._step()
            except BaseException:
                st.reset()
                self._statement = None
                raise
            if st.is_dml:
                self.rowcount += _sqlite3.changes(conn._db)
            if multiple and has_row:
                raise ProgrammingError(
                    "executemany() can only execute DML statements.")
        if not multiple:
            self.lastrowid = _sqlite3.last_insert_rowid(conn._db)
        self._setup_description(st)
        if has_row:
            self._next_row = self._read_row()
        else:
            st.reset()
            self._statement = None
        return self

    def execute(self, sql, parameters=(), /):
        _check_str(sql, "execute() argument 1 must be str, not ")
        return self._execute(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        _check_str(sql, "executemany() argument 1 must be str, not ")
        return self._execute(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script, /):
        _check_str(sql_script, "executescript() argument must be str, not ")
        self._check()
        self._reset()
        conn = self.connection
        db = conn._db
        # A pending transaction is committed first, as CPython does.
        if not _sqlite3.get_autocommit(db):
            conn._exec_simple("COMMIT")
        sql = sql_script
        while True:
            rc, handle, tail = _sqlite3.prepare(db, sql)
            if rc != SQLITE_OK:
                _raise_for(db)
            if handle is not None:
                try:
                    while True:
                        rc = _sqlite3.step(handle)
                        if rc != _ROW:
                            break
                    if rc != _DONE:
                        _raise_for(db)
                finally:
                    _sqlite3.finalize(handle)
            if _skip_space_and_comments(tail) >= len(tail):
                break
            sql = tail
        return self

    def fetchone(self):
        self._check()
        row = self._next_row
        if row is None:
            return None
        if self._step():
            self._next_row = self._read_row()
        else:
            self._next_row = None
            self._statement.reset()
            self._statement = None
        if self.row_factory is not None:
            return self.row_factory(self, row)
        return row

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        while size > 0:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
            size -= 1
        return rows

    def fetchall(self):
        rows = []
        while True:
            row = self.fetchone()
            if row is None:
                return rows
            rows.append(row)

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        self.connection._check()
        self._reset()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


Cursor.__module__ = "sqlite3"


class Row:
    __slots__ = ("_description", "_data")

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not "
                            + type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not "
                            + type(data).__name__)
        self._description = cursor.description
        self._data = data

    def keys(self):
        if self._description is None:
            return []
        return [d[0] for d in self._description]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, str):
            if self._description is not None:
                lowered = key.lower()
                for i, d in enumerate(self._description):
                    if d[0].lower() == lowered:
                        return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, (int, slice)):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return (self._description == other._description
                and self._data == other._data)

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


Row.__module__ = "sqlite3"


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=128,
            uri=False):
    return factory(database, timeout=timeout, detect_types=detect_types,
                   isolation_level=isolation_level,
                   check_same_thread=check_same_thread,
                   cached_statements=cached_statements, uri=uri)
