# sqlite3: connections, cursors, parameters, fetching, types, row
# factories, transactions, user functions and the exception hierarchy.
import os
import sqlite3
import tempfile


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.lastrowid, cur.rowcount, cur.description, repr(con.isolation_level),
      con.in_transaction, cur.arraysize, cur.connection is con)
cur.execute("create table people(id integer primary key, name text unique,"
            " age integer, score real, photo blob)")
print("create:", cur.lastrowid, cur.rowcount, cur.description)
cur.execute("insert into people(name, age) values (?, ?)", ("ann", 31))
print("insert:", cur.lastrowid, cur.rowcount, con.in_transaction,
      con.total_changes)
cur.executemany("insert into people(name, age, score) values (?, ?, ?)",
                [("bob", 25, 1.5), ("cy", 40, None), ("dee", 19, -2.25)])
print("executemany:", cur.lastrowid, cur.rowcount, con.total_changes)
cur.execute("insert into people(name, age) values (:n, :a)",
            {"n": "eve", "a": 52})
con.commit()
print("after commit:", con.in_transaction)

cur.execute("select id, name, age, score from people order by id")
print(cur.rowcount, [d[0] for d in cur.description], len(cur.description[0]))
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchmany(2))
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall())
for row in con.execute("select name from people where age > ? order by age",
                       (20,)):
    print("iter", row)

# Types: 64-bit ints, floats, str, bytes, None, bools.
big = 2**63 - 1
row = con.execute("select ?, ?, ?, ?, ?, ?, ?", (big, -big - 1, 0.1, "é✓",
                  b"\x00\xff", None, True)).fetchone()
print(row, [type(v).__name__ for v in row])
show("too big", lambda: con.execute("select ?", (2**63,)))
show("list param", lambda: con.execute("select ?", ([1],)))
show("bad params", lambda: con.execute("select ?", 3))
print(con.execute("select typeof(?), typeof(?), typeof(?), typeof(?)",
                  (1, 1.0, "s", b"b")).fetchone())
print(con.execute("select 1.5, x'0102', null, 'text'").fetchone())

# Parameter errors.
show("too many", lambda: con.execute("select ?", (1, 2)))
show("too few", lambda: con.execute("select ?, ?", (1,)))
show("dict for qmark", lambda: con.execute("select ?", {"a": 1}))
show("missing name", lambda: con.execute("select :a", {"b": 1}))
show("named by position", lambda: con.execute("select :a", (7,)).fetchall())
show("two statements", lambda: con.execute("select 1; select 2"))
show("empty", lambda: con.execute("").fetchall())
show("comment only", lambda: con.execute("-- nothing").fetchall())
show("trailing comment",
     lambda: con.execute("select 3; -- done").fetchall())

# SQLite's own errors.
for sql in ["selec 1", "select * from nowhere", "select nofunc(1)",
            "insert into people(name) values ('ann')",
            "insert into people values (1, 2)"]:
    try:
        con.execute(sql)
    except sqlite3.Error as e:
        print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
con.execute("create table strict_t(x not null check (x > 0))")
for v in [None, -1]:
    try:
        con.execute("insert into strict_t values (?)", (v,))
    except sqlite3.IntegrityError as e:
        print("IntegrityError", e, e.sqlite_errorname)
print([c.__name__ for c in sqlite3.IntegrityError.__mro__])
print([c.__name__ for c in sqlite3.Warning.__mro__])
for name in ["InterfaceError", "InternalError", "OperationalError",
             "ProgrammingError", "DataError", "NotSupportedError"]:
    cls = getattr(sqlite3, name)
    print(name, cls.__bases__[0].__name__, cls.__module__,
          getattr(con, name) is cls)
show("executemany select", lambda: cur.executemany("select ?", [(1,)]))

# Row factories.
con.row_factory = sqlite3.Row
r = con.execute("select name, age as Years from people where id = 1").fetchone()
print(type(r).__name__, r.keys(), r["name"], r["years"], r["YEARS"], r[0],
      r[-1], r[0:2], len(r), tuple(r))
show("row key", lambda: r["nope"])
show("row index", lambda: r[9])
show("row float", lambda: r[1.5])
r2 = con.execute("select name, age as Years from people where id = 1").fetchone()
print(r == r2, r != r2, hash(r) == hash(r2), r == tuple(r))
con.row_factory = lambda cursor, row: {d[0]: v for d, v in
                                       zip(cursor.description, row)}
print(con.execute("select id, name from people where id < 3").fetchall())
con.row_factory = None
cur2 = con.cursor()
cur2.row_factory = lambda c, row: row[0]
print(cur2.execute("select name from people order by name desc").fetchall())
con.text_factory = bytes
print(con.execute("select name, x'41' from people where id = 2").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select name from people where id = 3").fetchone())
con.text_factory = str

# Transactions.
print("pending from the failed inserts:", con.in_transaction)
con.commit()
con.execute("create table acct(n integer)")
con.execute("insert into acct values (1)")
print("in tx:", con.in_transaction)
con.rollback()
print("rolled back:", con.execute("select count(*) from acct").fetchone(),
      con.in_transaction)
with con:
    con.execute("insert into acct values (2)")
print("with commit:", con.execute("select n from acct").fetchall(),
      con.in_transaction)
try:
    with con:
        con.execute("insert into acct values (3)")
        raise ValueError("boom")
except ValueError as e:
    print("with rollback:", e, con.execute("select n from acct").fetchall())
for level in ["deferred", "IMMEDIATE", "foo", 3, None, ""]:
    try:
        con.isolation_level = level
        print("isolation", repr(con.isolation_level))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
con.isolation_level = None
con.execute("insert into acct values (4)")
print("autocommit:", con.in_transaction)
con.execute("begin")
con.execute("insert into acct values (5)")
print("explicit:", con.in_transaction)
con.execute("rollback")
print(con.execute("select n from acct order by n").fetchall())
con.isolation_level = ""

# executescript.
con.executescript("""
    create table s(a, b);
    insert into s values (1, 'x');  -- comment
    /* block */ insert into s values (2, 'y');
""")
print(con.execute("select * from s").fetchall())
show("script error", lambda: con.executescript("insert into s values (3);"
                                               " bogus;"))
print(con.execute("select count(*) from s").fetchone())
show("execute int", lambda: con.execute(3))
show("executescript int", lambda: con.executescript(3))

# User functions, aggregates and collations.
con.create_function("double", 1, lambda x: x * 2)
con.create_function("joined", -1, lambda *a: "-".join(map(str, a)),
                    deterministic=True)
print(con.execute("select double(21), double('ab'), joined(1, 'b', 2.5),"
                  " joined()").fetchone())
con.create_function("oops", 1, lambda x: 1 / 0)
show("udf raises", lambda: con.execute("select oops(1)").fetchall())
con.create_function("badtype", 0, lambda: [1])
show("udf bad result", lambda: con.execute("select badtype()").fetchall())


class Total:
    def __init__(self):
        self.items = []

    def step(self, value):
        self.items.append(value)

    def finalize(self):
        return ",".join(str(v) for v in sorted(self.items))


con.create_aggregate("collect", 1, Total)
print(con.execute("select collect(n) from acct").fetchone(),
      con.execute("select collect(n) from acct where n > 99").fetchone())
print(con.execute("select a % 2, collect(b) from s group by a % 2"
                  " order by 1").fetchall())


class BadStep:
    def step(self, v):
        raise ValueError

    def finalize(self):
        return 0


class BadFinal:
    def step(self, v):
        pass

    def finalize(self):
        return 1 / 0


con.create_aggregate("badstep", 1, BadStep)
con.create_aggregate("badfinal", 1, BadFinal)
show("agg step", lambda: con.execute("select badstep(n) from acct").fetchall())
show("agg final",
     lambda: con.execute("select badfinal(n) from acct").fetchall())
con.create_collation("reverse", lambda a, b: (a < b) - (a > b))
print(con.execute("select b from s order by b collate reverse").fetchall())
print(sqlite3.complete_statement("select 1;"),
      sqlite3.complete_statement("select 1"))

# Files: data survives close and reopen.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "test.db")
    c1 = sqlite3.connect(path)
    c1.execute("create table kv(k text primary key, v)")
    c1.executemany("insert into kv values (?, ?)", [("a", 1), ("b", b"2")])
    c1.commit()
    c1.execute("insert into kv values ('c', 3)")  # never committed
    c1.close()
    c2 = sqlite3.connect(path)
    print(c2.execute("select * from kv order by k").fetchall())
    c2.close()
    show("missing dir", lambda: sqlite3.connect(os.path.join(d, "no", "x.db")))

# Closing.
cur.close()
show("closed cursor", lambda: cur.execute("select 1"))
con.close()
con.close()
show("closed db", lambda: con.execute("select 1"))
show("closed commit", lambda: con.commit())
show("closed cursor()", lambda: con.cursor())
print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety,
      sqlite3.sqlite_version_info[0], sqlite3.SQLITE_CONSTRAINT_UNIQUE,
      sqlite3.SQLITE_ROW, sqlite3.SQLITE_DENY, sqlite3.PARSE_DECLTYPES)

# Converters and adapters, detect_types.
import datetime
sqlite3.register_converter("point", lambda b: tuple(map(int, b.split(b","))))
sqlite3.register_adapter(complex if False else tuple,
                         lambda t: ",".join(map(str, t)))
c3 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES |
                     sqlite3.PARSE_COLNAMES)
c3.execute("create table p(pt point, d date, ts timestamp)")
c3.execute("insert into p values (?, ?, ?)",
           ((3, 4), datetime.date(2024, 2, 29),
            datetime.datetime(2024, 1, 2, 3, 4, 5, 600)))
print(c3.execute("select * from p").fetchone())
print(c3.execute('select pt as "x [point]", pt from p').fetchone())
print(c3.execute('select pt as "x [point]" from p').description[0][0])
c3.close()
# An error nobody catches ends the script with sqlite3's class name.
c4 = sqlite3.connect(":memory:")
c4.execute("select * from missing_table")
