// `_sqlite3`: the native half of `sqlite3` (runtime/lib/sqlite3), over
// Debian's libsqlite3 (linked statically: tools/bazel/system_sqlite3.BUILD).
// It is a thin, function-style binding -- open, prepare, bind, step, read a
// row -- that returns SQLite's result codes; the Python half turns them into
// the DB-API objects and exceptions (Connection, Cursor, Row,
// IntegrityError, ...) with CPython's messages, so the policy lives in one
// readable place and this file only moves values across.
//
// Handles are NativeData objects of one class, `_sqlite3.Handle`, which
// every function of the module carries as its bound_self (so no runtime
// slot is needed for it). A statement handle keeps its database handle
// alive through its trace; the database is closed with sqlite3_close_v2,
// which waits for the last statement, so finalizers may run in any order.
//
// User functions and aggregates call script code from inside
// sqlite3_step: the callables and the live aggregate instances are values
// owned by the database handle and traced through it, and the thread that
// entered step is recorded so the callbacks run on it.
#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

struct Db;

// What a user function or aggregate registered with SQLite points at.
struct UserFn {
  Db* db;
  Value callable;  // the function, or the aggregate class
  std::string name;
};

struct Db {
  sqlite3* db = nullptr;
  ThreadState* ts = nullptr;  // the thread inside sqlite3_step, for callbacks
  std::vector<std::unique_ptr<UserFn>> fns;
  std::map<int64_t, Value> aggregates;  // live aggregate instances by id
  int64_t next_aggregate = 1;
  ~Db() {
    if (db != nullptr) sqlite3_close_v2(db);
  }
};

struct Stmt {
  sqlite3_stmt* stmt = nullptr;
  Value db;  // the database handle (keeps it alive)
  ~Stmt() {
    if (stmt != nullptr) sqlite3_finalize(stmt);
  }
};

void TraceDb(void* p, Tracer& t) {
  auto* d = static_cast<Db*>(p);
  for (const auto& f : d->fns) t.Mark(f->callable);
  for (const auto& [id, v] : d->aggregates) t.Mark(v);
}
void FinalizeDb(void* p) { delete static_cast<Db*>(p); }
void TraceStmt(void* p, Tracer& t) { t.Mark(static_cast<Stmt*>(p)->db); }
void FinalizeStmt(void* p) { delete static_cast<Stmt*>(p); }

const NativeDataOps kDbOps = {"sqlite3 database", TraceDb, FinalizeDb};
const NativeDataOps kStmtOps = {"sqlite3 statement", TraceStmt, FinalizeStmt};

Db* AsDb(ThreadState& ts, Value v) {
  if (IsKind(v, ObjKind::kNativeData) && As<NativeData>(v)->ops == &kDbOps) {
    auto* d = static_cast<Db*>(As<NativeData>(v)->data);
    if (d->db != nullptr) return d;
    RaiseValueError(ts, "the database handle is closed");
    return nullptr;
  }
  RaiseTypeError(ts, "expected a database handle");
  return nullptr;
}

Stmt* AsStmt(ThreadState& ts, Value v) {
  if (IsKind(v, ObjKind::kNativeData) && As<NativeData>(v)->ops == &kStmtOps) {
    auto* s = static_cast<Stmt*>(As<NativeData>(v)->data);
    if (s->stmt != nullptr) return s;
    RaiseValueError(ts, "the statement handle is finalized");
    return nullptr;
  }
  RaiseTypeError(ts, "expected a statement handle");
  return nullptr;
}

Value NewHandle(ThreadState& ts, Value cls, void* data,
                const NativeDataOps* ops) {
  auto* obj = Rt(ts).heap.New<NativeData>(ts, ObjKind::kNativeData,
                                          As<ClassObject>(cls));
  if (obj == nullptr) {
    ops->finalize(data);
    return RaiseMemoryError(ts);
  }
  obj->data = data;
  obj->ops = ops;
  return Value::Obj(obj);
}

bool StrArg(ThreadState& ts, Value v, const char* what, std::string_view* out) {
  if (!IsStr(v)) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "%s must be str, not %s", what,
                TypeName(ts, v));
    return false;
  }
  *out = AsStr(v)->view();
  return true;
}

bool IntArg(ThreadState& ts, Value v, int64_t* out) {
  return ToIndex(ts, v, out);
}

// --- values across the boundary ------------------------------------------

// A SQLite value as a script value: TEXT as str (or bytes when `raw_text`).
Value FromSqlite(ThreadState& ts, int type, sqlite3_int64 i, double d,
                 const void* p, int n, bool raw_text) {
  switch (type) {
    case SQLITE_INTEGER:
      return Value::Int(i);
    case SQLITE_FLOAT:
      return Value::Float(d);
    case SQLITE_TEXT:
      if (raw_text) {
        return BytesValue(
            ts, {static_cast<const char*>(p), static_cast<size_t>(n)});
      }
      return StrValue(ts,
                      {static_cast<const char*>(p), static_cast<size_t>(n)});
    case SQLITE_BLOB:
      return BytesValue(ts,
                        {static_cast<const char*>(p), static_cast<size_t>(n)});
    default:
      return Value::None();
  }
}

Value ColumnValue(ThreadState& ts, sqlite3_stmt* st, int i, bool raw_text) {
  int type = sqlite3_column_type(st, i);
  switch (type) {
    case SQLITE_INTEGER:
      return Value::Int(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
      return Value::Float(sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
      const unsigned char* p = sqlite3_column_text(st, i);
      return FromSqlite(ts, type, 0, 0, p, sqlite3_column_bytes(st, i),
                        raw_text);
    }
    case SQLITE_BLOB: {
      const void* p = sqlite3_column_blob(st, i);
      return FromSqlite(ts, type, 0, 0, p, sqlite3_column_bytes(st, i), false);
    }
    default:
      return Value::None();
  }
}

Value ArgValue(ThreadState& ts, sqlite3_value* v) {
  int type = sqlite3_value_type(v);
  switch (type) {
    case SQLITE_INTEGER:
      return Value::Int(sqlite3_value_int64(v));
    case SQLITE_FLOAT:
      return Value::Float(sqlite3_value_double(v));
    case SQLITE_TEXT:
      return FromSqlite(ts, type, 0, 0, sqlite3_value_text(v),
                        sqlite3_value_bytes(v), false);
    case SQLITE_BLOB:
      return FromSqlite(ts, type, 0, 0, sqlite3_value_blob(v),
                        sqlite3_value_bytes(v), false);
    default:
      return Value::None();
  }
}

// How a script value maps onto SQLite's types.
enum class Kind { kNull, kInt, kFloat, kText, kBlob, kTooBig, kUnsupported };

Kind Classify(ThreadState& ts, Value v, int64_t* i, double* d,
              std::string_view* s) {
  if (v.IsNone()) return Kind::kNull;
  if (v.IsIntLike()) {
    *i = v.AsInt();
    return Kind::kInt;
  }
  if (v.IsFloat()) {
    *d = v.AsFloat();
    return Kind::kFloat;
  }
  if (IsKind(v, ObjKind::kBigInt)) {
    Value plain = IntPlain(ts, v);
    if (plain.IsIntLike()) {
      *i = plain.AsInt();
      return Kind::kInt;
    }
    return Kind::kTooBig;
  }
  if (IsStr(v)) {
    *s = AsStr(v)->view();
    return Kind::kText;
  }
  if (GetBuffer(v, s)) return Kind::kBlob;
  return Kind::kUnsupported;
}

// --- the database ----------------------------------------------------------

// open(cls, path: bytes, flags, uri) -> (rc, handle). The handle exists
// even when the open failed (its errmsg says why) unless SQLite ran out
// of memory.
Value Open(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "open", nargs, 4, 4)) return Value::Error();
  std::string_view path;
  int64_t flags;
  if (!GetBuffer(args[1], &path)) {
    return RaiseTypeError(ts, "open() path must be bytes");
  }
  if (!IntArg(ts, args[2], &flags)) return Value::Error();
  if (args[3].IsBool() && args[3].AsBool()) flags |= SQLITE_OPEN_URI;
  auto d = std::make_unique<Db>();
  std::string cpath(path);
  int rc =
      sqlite3_open_v2(cpath.c_str(), &d->db, static_cast<int>(flags), nullptr);
  if (d->db == nullptr) return RaiseMemoryError(ts);
  sqlite3_extended_result_codes(d->db, 1);
  Value h = NewHandle(ts, args[0], d.release(), &kDbOps);
  if (h.IsError()) return h;
  TempRoots roots(ts);
  roots.Add(h);
  Value items[2] = {Value::Int(rc), h};
  Tuple* t = NewTupleFrom(ts, items, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value Close(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "close", nargs, 2, 2)) return Value::Error();
  Db* d = AsDb(ts, args[1]);
  if (d == nullptr) return Value::Error();
  int rc = sqlite3_close_v2(d->db);
  d->db = nullptr;
  d->aggregates.clear();
  return Value::Int(rc);
}

// One-argument database queries: errmsg, errcode, changes, ...
template <typename F>
Value DbQuery(ThreadState& ts, const Value* args, uint32_t nargs,
              const char* name, F f) {
  if (!CheckArgCount(ts, name, nargs, 2, 2)) return Value::Error();
  Db* d = AsDb(ts, args[1]);
  if (d == nullptr) return Value::Error();
  return f(d->db);
}

Value ErrMsg(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return DbQuery(ts, args, nargs, "errmsg",
                 [&](sqlite3* db) { return StrValue(ts, sqlite3_errmsg(db)); });
}
Value ErrCode(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return DbQuery(ts, args, nargs, "errcode", [](sqlite3* db) {
    return Value::Int(sqlite3_extended_errcode(db));
  });
}
Value Changes(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return DbQuery(ts, args, nargs, "changes",
                 [](sqlite3* db) { return Value::Int(sqlite3_changes64(db)); });
}
Value TotalChanges(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return DbQuery(ts, args, nargs, "total_changes", [](sqlite3* db) {
    return Value::Int(sqlite3_total_changes64(db));
  });
}
Value LastRowid(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return DbQuery(ts, args, nargs, "last_insert_rowid", [](sqlite3* db) {
    return Value::Int(sqlite3_last_insert_rowid(db));
  });
}
Value Autocommit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return DbQuery(ts, args, nargs, "get_autocommit", [](sqlite3* db) {
    return Value::Bool(sqlite3_get_autocommit(db) != 0);
  });
}

Value BusyTimeout(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "busy_timeout", nargs, 3, 3)) return Value::Error();
  Db* d = AsDb(ts, args[1]);
  int64_t ms;
  if (d == nullptr || !IntArg(ts, args[2], &ms)) return Value::Error();
  return Value::Int(sqlite3_busy_timeout(d->db, static_cast<int>(ms)));
}

Value Limit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "limit", nargs, 4, 4)) return Value::Error();
  Db* d = AsDb(ts, args[1]);
  int64_t id, value;
  if (d == nullptr || !IntArg(ts, args[2], &id) ||
      !IntArg(ts, args[3], &value)) {
    return Value::Error();
  }
  return Value::Int(
      sqlite3_limit(d->db, static_cast<int>(id), static_cast<int>(value)));
}

Value Complete(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "complete", nargs, 2, 2)) return Value::Error();
  std::string_view sql;
  if (!StrArg(ts, args[1], "statement", &sql)) return Value::Error();
  std::string c(sql);
  return Value::Bool(sqlite3_complete(c.c_str()) != 0);
}

// --- statements --------------------------------------------------------------

// prepare(cls, db, sql) -> (rc, stmt or None, tail): `tail` is the text
// after the first statement. A statement made only of comments or
// whitespace prepares to None.
Value Prepare(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "prepare", nargs, 3, 3)) return Value::Error();
  Db* d = AsDb(ts, args[1]);
  std::string_view sql;
  if (d == nullptr || !StrArg(ts, args[2], "sql", &sql)) return Value::Error();
  if (sql.size() > static_cast<size_t>(INT32_MAX)) {
    return RaiseWithMessage(ts, Rt(ts).exc.overflow_error,
                            "query string is too large");
  }
  sqlite3_stmt* st = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(d->db, sql.data(), static_cast<int>(sql.size()),
                              &st, &tail);
  TempRoots roots(ts);
  Value h = Value::None();
  if (st != nullptr) {
    auto s = std::make_unique<Stmt>();
    s->stmt = st;
    s->db = args[1];
    h = NewHandle(ts, args[0], s.release(), &kStmtOps);
    if (h.IsError()) return h;
    roots.Add(h);
  }
  size_t used = tail != nullptr ? static_cast<size_t>(tail - sql.data()) : 0;
  Value rest = StrValue(ts, sql.substr(used));
  if (rest.IsError()) return rest;
  roots.Add(rest);
  Value items[3] = {Value::Int(rc), h, rest};
  Tuple* t = NewTupleFrom(ts, items, 3);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value Finalize(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "finalize", nargs, 2, 2)) return Value::Error();
  if (IsKind(args[1], ObjKind::kNativeData) &&
      As<NativeData>(args[1])->ops == &kStmtOps) {
    auto* s = static_cast<Stmt*>(As<NativeData>(args[1])->data);
    if (s->stmt != nullptr) sqlite3_finalize(s->stmt);
    s->stmt = nullptr;
    return Value::None();
  }
  return RaiseTypeError(ts, "expected a statement handle");
}

template <typename F>
Value StmtQuery(ThreadState& ts, const Value* args, uint32_t nargs,
                const char* name, F f) {
  if (!CheckArgCount(ts, name, nargs, 2, 2)) return Value::Error();
  Stmt* s = AsStmt(ts, args[1]);
  if (s == nullptr) return Value::Error();
  return f(s->stmt);
}

Value Reset(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return StmtQuery(ts, args, nargs, "reset", [](sqlite3_stmt* st) {
    sqlite3_clear_bindings(st);
    return Value::Int(sqlite3_reset(st));
  });
}
Value ParamCount(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return StmtQuery(ts, args, nargs, "param_count", [](sqlite3_stmt* st) {
    return Value::Int(sqlite3_bind_parameter_count(st));
  });
}
Value ColumnCount(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return StmtQuery(ts, args, nargs, "column_count", [](sqlite3_stmt* st) {
    return Value::Int(sqlite3_column_count(st));
  });
}
Value ReadOnly(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return StmtQuery(ts, args, nargs, "readonly", [](sqlite3_stmt* st) {
    return Value::Bool(sqlite3_stmt_readonly(st) != 0);
  });
}
Value Busy(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return StmtQuery(ts, args, nargs, "busy", [](sqlite3_stmt* st) {
    return Value::Bool(sqlite3_stmt_busy(st) != 0);
  });
}

// param_names(cls, stmt) -> list of the parameters' names (None for `?`).
Value ParamNames(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "param_names", nargs, 2, 2)) return Value::Error();
  Stmt* s = AsStmt(ts, args[1]);
  if (s == nullptr) return Value::Error();
  int n = sqlite3_bind_parameter_count(s->stmt);
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  for (int i = 1; i <= n; ++i) {
    const char* name = sqlite3_bind_parameter_name(s->stmt, i);
    Value v = name != nullptr ? StrValue(ts, name) : Value::None();
    if (v.IsError() || !ListAppend(ts, out, v)) return Value::Error();
  }
  return Value::Obj(out);
}

// column_names(cls, stmt) -> list of str.
Value ColumnNames(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "column_names", nargs, 2, 2)) return Value::Error();
  Stmt* s = AsStmt(ts, args[1]);
  if (s == nullptr) return Value::Error();
  int n = sqlite3_column_count(s->stmt);
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  for (int i = 0; i < n; ++i) {
    const char* name = sqlite3_column_name(s->stmt, i);
    if (name == nullptr) return RaiseMemoryError(ts);
    Value v = StrValue(ts, name);
    if (v.IsError() || !ListAppend(ts, out, v)) return Value::Error();
  }
  return Value::Obj(out);
}

// column_decltypes(cls, stmt) -> list of str or None.
Value ColumnDecltypes(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*) {
  if (!CheckArgCount(ts, "column_decltypes", nargs, 2, 2)) {
    return Value::Error();
  }
  Stmt* s = AsStmt(ts, args[1]);
  if (s == nullptr) return Value::Error();
  int n = sqlite3_column_count(s->stmt);
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  for (int i = 0; i < n; ++i) {
    const char* t = sqlite3_column_decltype(s->stmt, i);
    Value v = t != nullptr ? StrValue(ts, t) : Value::None();
    if (v.IsError() || !ListAppend(ts, out, v)) return Value::Error();
  }
  return Value::Obj(out);
}

// bind(cls, stmt, index, value) -> rc, or -1 when the value's type has no
// SQLite counterpart (the caller words that error). Ints past 64 bits
// raise OverflowError as CPython does.
Value Bind(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "bind", nargs, 4, 4)) return Value::Error();
  Stmt* s = AsStmt(ts, args[1]);
  int64_t index;
  if (s == nullptr || !IntArg(ts, args[2], &index)) return Value::Error();
  int64_t i = 0;
  double d = 0;
  std::string_view text;
  int pos = static_cast<int>(index);
  int rc;
  switch (Classify(ts, args[3], &i, &d, &text)) {
    case Kind::kNull:
      rc = sqlite3_bind_null(s->stmt, pos);
      break;
    case Kind::kInt:
      rc = sqlite3_bind_int64(s->stmt, pos, i);
      break;
    case Kind::kFloat:
      rc = sqlite3_bind_double(s->stmt, pos, d);
      break;
    case Kind::kText:
      rc = sqlite3_bind_text64(s->stmt, pos, text.data(), text.size(),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    case Kind::kBlob:
      rc = sqlite3_bind_blob64(s->stmt, pos, text.data(), text.size(),
                               SQLITE_TRANSIENT);
      break;
    case Kind::kTooBig:
      return RaiseOverflowError(
          ts, "Python int too large to convert to SQLite INTEGER");
    default:
      return Value::Int(-1);
  }
  return Value::Int(rc);
}

// step(cls, stmt) -> rc. Script callbacks (user functions) run inside.
Value Step(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "step", nargs, 2, 2)) return Value::Error();
  Stmt* s = AsStmt(ts, args[1]);
  if (s == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(args[1]);
  auto* d = static_cast<Db*>(As<NativeData>(s->db)->data);
  ThreadState* outer = d->ts;
  d->ts = &ts;
  int rc = sqlite3_step(s->stmt);
  d->ts = outer;
  if (ts.pending_exception.IsObject()) {
    // A callback left an exception it could not report through SQLite.
    return Value::Error();
  }
  return Value::Int(rc);
}

// row(cls, stmt, text_factory) -> tuple of the current row's values.
// TEXT columns are str, or text_factory(bytes) when it is not None.
Value Row(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "row", nargs, 3, 3)) return Value::Error();
  Stmt* s = AsStmt(ts, args[1]);
  if (s == nullptr) return Value::Error();
  Value factory = args[2];
  bool raw = !factory.IsNone();
  int n = sqlite3_data_count(s->stmt);
  Tuple* t = NewTuple(ts, static_cast<uint32_t>(n));
  if (t == nullptr) return Value::Error();
  for (int i = 0; i < n; ++i) t->items[i] = Value::None();
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  roots.Add(args[1]);
  for (int i = 0; i < n; ++i) {
    bool text = sqlite3_column_type(s->stmt, i) == SQLITE_TEXT;
    Value v = ColumnValue(ts, s->stmt, i, raw && text);
    if (v.IsError()) return v;
    if (raw && text) {
      roots.Add(v);
      v = CallValue(ts, factory, &v, 1);
      if (v.IsError()) return v;
      if (s->stmt == nullptr) {
        return RaiseValueError(ts, "the statement handle is finalized");
      }
    }
    t->items[i] = v;
  }
  return Value::Obj(t);
}

// --- user functions and aggregates -----------------------------------------

// Sets a callback's result from a script value; false when it has no
// SQLite type.
bool SetResult(ThreadState& ts, sqlite3_context* ctx, Value v) {
  int64_t i = 0;
  double d = 0;
  std::string_view text;
  switch (Classify(ts, v, &i, &d, &text)) {
    case Kind::kNull:
      sqlite3_result_null(ctx);
      return true;
    case Kind::kInt:
      sqlite3_result_int64(ctx, i);
      return true;
    case Kind::kFloat:
      sqlite3_result_double(ctx, d);
      return true;
    case Kind::kText:
      sqlite3_result_text64(ctx, text.data(), text.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
      return true;
    case Kind::kBlob:
      sqlite3_result_blob64(ctx, text.data(), text.size(), SQLITE_TRANSIENT);
      return true;
    default:
      return false;
  }
}

// The callback's arguments as a tuple (rooted by the caller).
Tuple* ArgsTuple(ThreadState& ts, int argc, sqlite3_value** argv) {
  Tuple* t = NewTuple(ts, static_cast<uint32_t>(argc));
  if (t == nullptr) return nullptr;
  for (int i = 0; i < argc; ++i) t->items[i] = Value::None();
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  for (int i = 0; i < argc; ++i) {
    Value v = ArgValue(ts, argv[i]);
    if (v.IsError()) return nullptr;
    t->items[i] = v;
  }
  return t;
}

// The exception a callback raised is reported to SQLite (which makes the
// statement fail with `message`), not propagated: CPython does the same
// unless callback tracebacks are enabled.
void Fail(ThreadState& ts, sqlite3_context* ctx, const char* message) {
  if (ts.pending_exception.IsObject()) TakePendingException(ts);
  sqlite3_result_error(ctx, message, -1);
}

void CallFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto* fn = static_cast<UserFn*>(sqlite3_user_data(ctx));
  ThreadState& ts = *fn->db->ts;
  Tuple* t = ArgsTuple(ts, argc, argv);
  if (t == nullptr)
    return Fail(ts, ctx, "user-defined function raised exception");
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  Value r = CallValue(ts, fn->callable, t->items, t->size);
  if (r.IsError() || !SetResult(ts, ctx, r)) {
    return Fail(ts, ctx, "user-defined function raised exception");
  }
}

// The aggregate instance of this context, made on the first step.
Value AggregateInstance(ThreadState& ts, sqlite3_context* ctx, UserFn* fn,
                        bool create, int64_t** slot_out) {
  auto* slot = static_cast<int64_t*>(
      sqlite3_aggregate_context(ctx, create ? sizeof(int64_t) : 0));
  *slot_out = slot;
  if (slot == nullptr) return Value::Empty();
  if (*slot != 0) return fn->db->aggregates[*slot];
  if (!create) return Value::Empty();
  Value inst = CallValue(ts, fn->callable, nullptr, 0);
  if (inst.IsError()) return inst;
  int64_t id = fn->db->next_aggregate++;
  fn->db->aggregates[id] = inst;
  *slot = id;
  return inst;
}

void AggregateStep(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto* fn = static_cast<UserFn*>(sqlite3_user_data(ctx));
  ThreadState& ts = *fn->db->ts;
  int64_t* slot = nullptr;
  Value inst = AggregateInstance(ts, ctx, fn, true, &slot);
  if (slot == nullptr) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (inst.IsError()) {
    return Fail(ts, ctx,
                "user-defined aggregate's '__init__' method raised error");
  }
  TempRoots roots(ts);
  roots.Add(inst);
  Str* name = InternStr(ts, "step");
  Value step = name != nullptr ? GetAttr(ts, inst, name) : Value::Error();
  if (step.IsError()) {
    return Fail(ts, ctx, "user-defined aggregate's 'step' method not defined");
  }
  roots.Add(step);
  Tuple* t = ArgsTuple(ts, argc, argv);
  if (t == nullptr) {
    return Fail(ts, ctx, "user-defined aggregate's 'step' method raised error");
  }
  roots.Add(Value::Obj(t));
  if (CallValue(ts, step, t->items, t->size).IsError()) {
    return Fail(ts, ctx, "user-defined aggregate's 'step' method raised error");
  }
}

void AggregateFinal(sqlite3_context* ctx) {
  auto* fn = static_cast<UserFn*>(sqlite3_user_data(ctx));
  ThreadState& ts = *fn->db->ts;
  int64_t* slot = nullptr;
  Value inst = AggregateInstance(ts, ctx, fn, false, &slot);
  if (inst.IsEmpty()) {
    // No row reached step: the aggregate of nothing is NULL, as CPython's.
    sqlite3_result_null(ctx);
    return;
  }
  TempRoots roots(ts);
  roots.Add(inst);
  fn->db->aggregates.erase(*slot);
  Str* name = InternStr(ts, "finalize");
  Value fin = name != nullptr ? GetAttr(ts, inst, name) : Value::Error();
  Value r = fin.IsError() ? fin : CallValue(ts, fin, nullptr, 0);
  if (r.IsError() || !SetResult(ts, ctx, r)) {
    return Fail(ts, ctx,
                "user-defined aggregate's 'finalize' method raised error");
  }
}

// create_function(cls, db, name, narg, callable, flags, aggregate) -> rc.
Value CreateFunction(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  if (!CheckArgCount(ts, "create_function", nargs, 7, 7)) {
    return Value::Error();
  }
  Db* d = AsDb(ts, args[1]);
  std::string_view name;
  int64_t narg, flags;
  if (d == nullptr || !StrArg(ts, args[2], "name", &name) ||
      !IntArg(ts, args[3], &narg) || !IntArg(ts, args[5], &flags)) {
    return Value::Error();
  }
  bool aggregate = args[6].IsIntLike() && args[6].AsInt() != 0;
  auto fn = std::make_unique<UserFn>();
  fn->db = d;
  fn->name = std::string(name);
  bool remove = args[4].IsNone();
  fn->callable = args[4];
  int rc;
  if (remove) {
    rc = sqlite3_create_function_v2(
        d->db, fn->name.c_str(), static_cast<int>(narg), SQLITE_UTF8, nullptr,
        nullptr, nullptr, nullptr, nullptr);
    return Value::Int(rc);
  }
  if (aggregate) {
    rc = sqlite3_create_function_v2(
        d->db, fn->name.c_str(), static_cast<int>(narg),
        SQLITE_UTF8 | static_cast<int>(flags), fn.get(), nullptr, AggregateStep,
        AggregateFinal, nullptr);
  } else {
    rc = sqlite3_create_function_v2(
        d->db, fn->name.c_str(), static_cast<int>(narg),
        SQLITE_UTF8 | static_cast<int>(flags), fn.get(), CallFunction, nullptr,
        nullptr, nullptr);
  }
  // Kept for the database's life: SQLite may still hold the pointer for
  // statements prepared before a replacement.
  if (rc == SQLITE_OK) d->fns.push_back(std::move(fn));
  return Value::Int(rc);
}

// --- collations -------------------------------------------------------------

int Collate(void* p, int na, const void* a, int nb, const void* b) {
  auto* fn = static_cast<UserFn*>(p);
  ThreadState& ts = *fn->db->ts;
  Value sa =
      StrValue(ts, {static_cast<const char*>(a), static_cast<size_t>(na)});
  if (sa.IsError()) return 0;
  TempRoots roots(ts);
  roots.Add(sa);
  Value sb =
      StrValue(ts, {static_cast<const char*>(b), static_cast<size_t>(nb)});
  if (sb.IsError()) return 0;
  roots.Add(sb);
  Value argv[2] = {sa, sb};
  Value r = CallValue(ts, fn->callable, argv, 2);
  if (r.IsError()) {
    // CPython leaves the exception for the statement to raise.
    return 0;
  }
  if (!r.IsIntLike()) {
    if (IsKind(r, ObjKind::kBigInt)) {
      Value plain = IntPlain(ts, r);
      if (!plain.IsIntLike()) return 0;
      r = plain;
    } else {
      RaiseTypeError(ts, "'" + std::string(TypeName(ts, r)) +
                             "' object cannot be interpreted as an integer");
      return 0;
    }
  }
  int64_t v = r.AsInt();
  return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

// create_collation(cls, db, name, callable or None) -> rc.
Value CreateCollation(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*) {
  if (!CheckArgCount(ts, "create_collation", nargs, 4, 4)) {
    return Value::Error();
  }
  Db* d = AsDb(ts, args[1]);
  std::string_view name;
  if (d == nullptr || !StrArg(ts, args[2], "name", &name)) {
    return Value::Error();
  }
  auto fn = std::make_unique<UserFn>();
  fn->db = d;
  fn->name = std::string(name);
  fn->callable = args[3];
  int rc = sqlite3_create_collation_v2(d->db, fn->name.c_str(), SQLITE_UTF8,
                                       args[3].IsNone() ? nullptr : fn.get(),
                                       args[3].IsNone() ? nullptr : Collate,
                                       nullptr);
  if (rc == SQLITE_OK && !args[3].IsNone()) d->fns.push_back(std::move(fn));
  return Value::Int(rc);
}

// --- the module --------------------------------------------------------------

struct Constant {
  const char* name;
  int value;
};
#define INTERP_SQLITE_CONSTANT(x) \
  { #x, x }

// Result codes (primary and extended): their names are also what an
// exception's sqlite_errorname says.
constexpr Constant kErrorCodes[] = {
    INTERP_SQLITE_CONSTANT(SQLITE_OK),
    INTERP_SQLITE_CONSTANT(SQLITE_ERROR),
    INTERP_SQLITE_CONSTANT(SQLITE_INTERNAL),
    INTERP_SQLITE_CONSTANT(SQLITE_PERM),
    INTERP_SQLITE_CONSTANT(SQLITE_ABORT),
    INTERP_SQLITE_CONSTANT(SQLITE_BUSY),
    INTERP_SQLITE_CONSTANT(SQLITE_LOCKED),
    INTERP_SQLITE_CONSTANT(SQLITE_NOMEM),
    INTERP_SQLITE_CONSTANT(SQLITE_READONLY),
    INTERP_SQLITE_CONSTANT(SQLITE_INTERRUPT),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR),
    INTERP_SQLITE_CONSTANT(SQLITE_CORRUPT),
    INTERP_SQLITE_CONSTANT(SQLITE_NOTFOUND),
    INTERP_SQLITE_CONSTANT(SQLITE_FULL),
    INTERP_SQLITE_CONSTANT(SQLITE_CANTOPEN),
    INTERP_SQLITE_CONSTANT(SQLITE_PROTOCOL),
    INTERP_SQLITE_CONSTANT(SQLITE_EMPTY),
    INTERP_SQLITE_CONSTANT(SQLITE_SCHEMA),
    INTERP_SQLITE_CONSTANT(SQLITE_TOOBIG),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT),
    INTERP_SQLITE_CONSTANT(SQLITE_MISMATCH),
    INTERP_SQLITE_CONSTANT(SQLITE_MISUSE),
    INTERP_SQLITE_CONSTANT(SQLITE_NOLFS),
    INTERP_SQLITE_CONSTANT(SQLITE_AUTH),
    INTERP_SQLITE_CONSTANT(SQLITE_FORMAT),
    INTERP_SQLITE_CONSTANT(SQLITE_RANGE),
    INTERP_SQLITE_CONSTANT(SQLITE_NOTADB),
    INTERP_SQLITE_CONSTANT(SQLITE_NOTICE),
    INTERP_SQLITE_CONSTANT(SQLITE_WARNING),
    INTERP_SQLITE_CONSTANT(SQLITE_ROW),
    INTERP_SQLITE_CONSTANT(SQLITE_DONE),
    INTERP_SQLITE_CONSTANT(SQLITE_ABORT_ROLLBACK),
    INTERP_SQLITE_CONSTANT(SQLITE_AUTH_USER),
    INTERP_SQLITE_CONSTANT(SQLITE_BUSY_RECOVERY),
    INTERP_SQLITE_CONSTANT(SQLITE_BUSY_SNAPSHOT),
    INTERP_SQLITE_CONSTANT(SQLITE_BUSY_TIMEOUT),
    INTERP_SQLITE_CONSTANT(SQLITE_CANTOPEN_CONVPATH),
    INTERP_SQLITE_CONSTANT(SQLITE_CANTOPEN_DIRTYWAL),
    INTERP_SQLITE_CONSTANT(SQLITE_CANTOPEN_FULLPATH),
    INTERP_SQLITE_CONSTANT(SQLITE_CANTOPEN_ISDIR),
    INTERP_SQLITE_CONSTANT(SQLITE_CANTOPEN_NOTEMPDIR),
    INTERP_SQLITE_CONSTANT(SQLITE_CANTOPEN_SYMLINK),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_CHECK),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_COMMITHOOK),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_FOREIGNKEY),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_FUNCTION),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_NOTNULL),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_PINNED),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_PRIMARYKEY),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_ROWID),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_TRIGGER),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_UNIQUE),
    INTERP_SQLITE_CONSTANT(SQLITE_CONSTRAINT_VTAB),
    INTERP_SQLITE_CONSTANT(SQLITE_CORRUPT_INDEX),
    INTERP_SQLITE_CONSTANT(SQLITE_CORRUPT_SEQUENCE),
    INTERP_SQLITE_CONSTANT(SQLITE_CORRUPT_VTAB),
    INTERP_SQLITE_CONSTANT(SQLITE_ERROR_MISSING_COLLSEQ),
    INTERP_SQLITE_CONSTANT(SQLITE_ERROR_RETRY),
    INTERP_SQLITE_CONSTANT(SQLITE_ERROR_SNAPSHOT),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_ACCESS),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_AUTH),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_BEGIN_ATOMIC),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_BLOCKED),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_CHECKRESERVEDLOCK),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_CLOSE),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_COMMIT_ATOMIC),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_CONVPATH),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_CORRUPTFS),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_DATA),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_DELETE),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_DELETE_NOENT),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_DIR_CLOSE),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_DIR_FSYNC),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_FSTAT),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_FSYNC),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_GETTEMPPATH),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_LOCK),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_MMAP),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_NOMEM),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_RDLOCK),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_READ),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_ROLLBACK_ATOMIC),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_SEEK),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_SHMLOCK),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_SHMMAP),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_SHMOPEN),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_SHMSIZE),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_SHORT_READ),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_TRUNCATE),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_UNLOCK),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_VNODE),
    INTERP_SQLITE_CONSTANT(SQLITE_IOERR_WRITE),
    INTERP_SQLITE_CONSTANT(SQLITE_LOCKED_SHAREDCACHE),
    INTERP_SQLITE_CONSTANT(SQLITE_LOCKED_VTAB),
    INTERP_SQLITE_CONSTANT(SQLITE_NOTICE_RECOVER_ROLLBACK),
    INTERP_SQLITE_CONSTANT(SQLITE_NOTICE_RECOVER_WAL),
    INTERP_SQLITE_CONSTANT(SQLITE_OK_LOAD_PERMANENTLY),
    INTERP_SQLITE_CONSTANT(SQLITE_OK_SYMLINK),
    INTERP_SQLITE_CONSTANT(SQLITE_READONLY_CANTINIT),
    INTERP_SQLITE_CONSTANT(SQLITE_READONLY_CANTLOCK),
    INTERP_SQLITE_CONSTANT(SQLITE_READONLY_DBMOVED),
    INTERP_SQLITE_CONSTANT(SQLITE_READONLY_DIRECTORY),
    INTERP_SQLITE_CONSTANT(SQLITE_READONLY_RECOVERY),
    INTERP_SQLITE_CONSTANT(SQLITE_READONLY_ROLLBACK),
    INTERP_SQLITE_CONSTANT(SQLITE_WARNING_AUTOINDEX),
};

// Authorizer action codes, authorizer results and limits.
constexpr Constant kOtherConstants[] = {
    INTERP_SQLITE_CONSTANT(SQLITE_DENY),
    INTERP_SQLITE_CONSTANT(SQLITE_IGNORE),
    INTERP_SQLITE_CONSTANT(SQLITE_CREATE_INDEX),
    INTERP_SQLITE_CONSTANT(SQLITE_CREATE_TABLE),
    INTERP_SQLITE_CONSTANT(SQLITE_CREATE_TEMP_INDEX),
    INTERP_SQLITE_CONSTANT(SQLITE_CREATE_TEMP_TABLE),
    INTERP_SQLITE_CONSTANT(SQLITE_CREATE_TEMP_TRIGGER),
    INTERP_SQLITE_CONSTANT(SQLITE_CREATE_TEMP_VIEW),
    INTERP_SQLITE_CONSTANT(SQLITE_CREATE_TRIGGER),
    INTERP_SQLITE_CONSTANT(SQLITE_CREATE_VIEW),
    INTERP_SQLITE_CONSTANT(SQLITE_DELETE),
    INTERP_SQLITE_CONSTANT(SQLITE_DROP_INDEX),
    INTERP_SQLITE_CONSTANT(SQLITE_DROP_TABLE),
    INTERP_SQLITE_CONSTANT(SQLITE_DROP_TEMP_INDEX),
    INTERP_SQLITE_CONSTANT(SQLITE_DROP_TEMP_TABLE),
    INTERP_SQLITE_CONSTANT(SQLITE_DROP_TEMP_TRIGGER),
    INTERP_SQLITE_CONSTANT(SQLITE_DROP_TEMP_VIEW),
    INTERP_SQLITE_CONSTANT(SQLITE_DROP_TRIGGER),
    INTERP_SQLITE_CONSTANT(SQLITE_DROP_VIEW),
    INTERP_SQLITE_CONSTANT(SQLITE_INSERT),
    INTERP_SQLITE_CONSTANT(SQLITE_PRAGMA),
    INTERP_SQLITE_CONSTANT(SQLITE_READ),
    INTERP_SQLITE_CONSTANT(SQLITE_SELECT),
    INTERP_SQLITE_CONSTANT(SQLITE_TRANSACTION),
    INTERP_SQLITE_CONSTANT(SQLITE_UPDATE),
    INTERP_SQLITE_CONSTANT(SQLITE_ATTACH),
    INTERP_SQLITE_CONSTANT(SQLITE_DETACH),
    INTERP_SQLITE_CONSTANT(SQLITE_ALTER_TABLE),
    INTERP_SQLITE_CONSTANT(SQLITE_REINDEX),
    INTERP_SQLITE_CONSTANT(SQLITE_ANALYZE),
    INTERP_SQLITE_CONSTANT(SQLITE_CREATE_VTABLE),
    INTERP_SQLITE_CONSTANT(SQLITE_DROP_VTABLE),
    INTERP_SQLITE_CONSTANT(SQLITE_FUNCTION),
    INTERP_SQLITE_CONSTANT(SQLITE_SAVEPOINT),
    INTERP_SQLITE_CONSTANT(SQLITE_RECURSIVE),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_LENGTH),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_SQL_LENGTH),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_COLUMN),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_EXPR_DEPTH),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_COMPOUND_SELECT),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_VDBE_OP),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_FUNCTION_ARG),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_ATTACHED),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_LIKE_PATTERN_LENGTH),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_VARIABLE_NUMBER),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_TRIGGER_DEPTH),
    INTERP_SQLITE_CONSTANT(SQLITE_LIMIT_WORKER_THREADS),
    INTERP_SQLITE_CONSTANT(SQLITE_OPEN_READONLY),
    INTERP_SQLITE_CONSTANT(SQLITE_OPEN_READWRITE),
    INTERP_SQLITE_CONSTANT(SQLITE_OPEN_CREATE),
    INTERP_SQLITE_CONSTANT(SQLITE_DETERMINISTIC),
};
#undef INTERP_SQLITE_CONSTANT

// A list of (name, value) pairs.
Value ConstantList(ThreadState& ts, const Constant* table, size_t n) {
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  for (size_t i = 0; i < n; ++i) {
    Value name = StrValue(ts, table[i].name);
    if (name.IsError()) return name;
    roots.Add(name);
    Value items[2] = {name, Value::Int(table[i].value)};
    Tuple* t = NewTupleFrom(ts, items, 2);
    if (t == nullptr || !ListAppend(ts, out, Value::Obj(t))) {
      return Value::Error();
    }
  }
  return Value::Obj(out);
}

Module* InitSqlite3Module(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "_sqlite3"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  ClassObject* handle = NewClass(ts, "Handle", rt.classes.object, "_sqlite3",
                                 ObjKind::kNativeData, kClassBuiltin);
  if (handle == nullptr) return nullptr;
  roots.Add(Value::Obj(handle));
  static constexpr MethodDef kFunctions[] = {
      {"open", Open},
      {"close", Close},
      {"errmsg", ErrMsg},
      {"errcode", ErrCode},
      {"changes", Changes},
      {"total_changes", TotalChanges},
      {"last_insert_rowid", LastRowid},
      {"get_autocommit", Autocommit},
      {"busy_timeout", BusyTimeout},
      {"limit", Limit},
      {"complete", Complete},
      {"prepare", Prepare},
      {"finalize", Finalize},
      {"reset", Reset},
      {"param_count", ParamCount},
      {"param_names", ParamNames},
      {"column_count", ColumnCount},
      {"column_names", ColumnNames},
      {"column_decltypes", ColumnDecltypes},
      {"readonly", ReadOnly},
      {"busy", Busy},
      {"bind", Bind},
      {"step", Step},
      {"row", Row},
      {"create_function", CreateFunction},
      {"create_collation", CreateCollation},
  };
  for (const MethodDef& def : kFunctions) {
    NativeFunction* nf =
        NewNative(ts, std::string("_sqlite3.") + def.name, def.fn);
    if (nf == nullptr) return nullptr;
    nf->bound_self = Value::Obj(handle);
    if (!AddValue(ts, m, def.name, Value::Obj(nf))) return nullptr;
  }
  Value codes = ConstantList(ts, kErrorCodes, std::size(kErrorCodes));
  if (codes.IsError() || !AddValue(ts, m, "error_codes", codes)) return nullptr;
  Value others = ConstantList(ts, kOtherConstants, std::size(kOtherConstants));
  if (others.IsError() || !AddValue(ts, m, "constants", others)) return nullptr;
  Value version = StrValue(ts, sqlite3_libversion());
  if (version.IsError() || !AddValue(ts, m, "sqlite_version", version)) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_sqlite3", InitSqlite3Module);

}  // namespace builtins
}  // namespace interp
