// The `posix` module (file descriptors, environment, the native half of
// os.path as posix._path) that runtime/lib/os.py builds `os` on,
// plus the process functions the threads part adds through
// AddOsProcessFunctions (runtime/threads/os_process.h).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/file.h"
#include "runtime/builtins/internal.h"
#include "runtime/frames/thread_registry.h"
#include "runtime/modules/posix_fs.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/threads/os_process.h"
#include "runtime/vm/call.h"
#include "runtime/vm/gil.h"

extern char** environ;

namespace interp {
namespace builtins {
namespace {

bool IntArg(ThreadState& ts, Value v, int* out) {
  int64_t i;
  if (v.IsFloat()) {
    RaiseTypeError(ts, "'float' object cannot be interpreted as an integer");
    return false;
  }
  if (!ToIndex(ts, v, &i)) return false;
  if (i < INT32_MIN || i > INT32_MAX) {
    RaiseOverflowError(ts, "signed integer is greater than maximum");
    return false;
  }
  *out = static_cast<int>(i);
  return true;
}

bool PathArg(ThreadState& ts, const char* fname, Value v, std::string* out) {
  return FsPathArg(ts, fname, v, out);
}

// v itself when it is a str, else what its __fspath__ returns when that
// is a str; Empty when neither (Error when __fspath__ raised).
Value FsPathStr(ThreadState& ts, Value v) {
  if (IsStr(v)) return v;
  if (!v.IsObject()) return Value::Empty();
  bool found = false;
  Value r = CallSpecial(ts, v, InternStr(ts, "__fspath__"), nullptr, 0, &found);
  if (!found) return Value::Empty();
  if (r.IsError()) return r;
  return IsStr(r) ? r : Value::Empty();
}

Value Close(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "close", kw) || !CheckArgCount(ts, "close", nargs, 1, 1)) {
    return Value::Error();
  }
  int fd;
  if (!IntArg(ts, args[0], &fd)) return Value::Error();
  if (close(fd) != 0 && errno != EINTR) return RaiseOSError(ts, errno);
  return Value::None();
}

Value Write(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "write", kw) || !CheckArgCount(ts, "write", nargs, 2, 2)) {
    return Value::Error();
  }
  int fd;
  if (!IntArg(ts, args[0], &fd)) return Value::Error();
  std::string_view view;
  if (!GetBuffer(args[1], &view)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "a bytes-like object is required, not '%s'",
                       TypeName(ts, args[1]));
  }
  // A copy: a bytearray may change while the lock is released.
  std::string data(view);
  ssize_t w;
  int err;
  do {
    BlockingRegion region(ts);
    w = write(fd, data.data(), data.size());
    err = errno;
  } while (w < 0 && err == EINTR);
  if (w < 0) return RaiseOSError(ts, err);
  return Value::Int(w);
}

// os.read(fd, n): at most n bytes (fewer at end of file or from a pipe).
Value Read(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "read", kw) || !CheckArgCount(ts, "read", nargs, 2, 2)) {
    return Value::Error();
  }
  int fd;
  int64_t n;
  if (!IntArg(ts, args[0], &fd) || !ToIndex(ts, args[1], &n)) {
    return Value::Error();
  }
  if (n < 0) return RaiseValueError(ts, "negative count");
  std::string buf(static_cast<size_t>(std::min<int64_t>(n, 1 << 24)), '\0');
  ssize_t r;
  int err;
  do {
    BlockingRegion region(ts);
    r = read(fd, buf.data(), buf.size());
    err = errno;
  } while (r < 0 && err == EINTR);
  if (r < 0) return RaiseOSError(ts, err);
  buf.resize(static_cast<size_t>(r));
  return BytesValue(ts, buf);
}

Value Dup(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "dup", kw) || !CheckArgCount(ts, "dup", nargs, 1, 1)) {
    return Value::Error();
  }
  int fd;
  if (!IntArg(ts, args[0], &fd)) return Value::Error();
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return RaiseOSError(ts, errno);
  return Value::Int(r);
}

Value Dup2(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "dup2", kw) || !CheckArgCount(ts, "dup2", nargs, 2, 3)) {
    return Value::Error();
  }
  int fd, fd2;
  if (!IntArg(ts, args[0], &fd) || !IntArg(ts, args[1], &fd2)) {
    return Value::Error();
  }
  if (dup2(fd, fd2) < 0) return RaiseOSError(ts, errno);
  return Value::Int(fd2);
}

Value Pipe(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "pipe", kw) || !CheckArgCount(ts, "pipe", nargs, 0, 0)) {
    return Value::Error();
  }
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return RaiseOSError(ts, errno);
  Value items[2] = {Value::Int(fds[0]), Value::Int(fds[1])};
  Tuple* t = NewTupleFrom(ts, items, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value PathOp(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
             const char* name, int (*op)(const char*)) {
  if (!NoKwargs(ts, name, kw) || !CheckArgCount(ts, name, nargs, 1, 1)) {
    return Value::Error();
  }
  std::string path;
  if (!PathArg(ts, name, args[0], &path)) return Value::Error();
  if (op(path.c_str()) != 0) return RaiseOSError(ts, errno, path, true);
  return Value::None();
}
Value Remove(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return PathOp(ts, a, n, kw, "remove", unlink);
}
Value Unlink(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return PathOp(ts, a, n, kw, "unlink", unlink);
}
Value Rmdir(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return PathOp(ts, a, n, kw, "rmdir", rmdir);
}
Value Chdir(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return PathOp(ts, a, n, kw, "chdir", chdir);
}
Value Getcwd(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "getcwd", kw) ||
      !CheckArgCount(ts, "getcwd", nargs, 0, 0)) {
    return Value::Error();
  }
  char buf[4096];
  if (getcwd(buf, sizeof buf) == nullptr) return RaiseOSError(ts, errno);
  return StrValue(ts, buf);
}

Value Strerror(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "strerror", kw) ||
      !CheckArgCount(ts, "strerror", nargs, 1, 1)) {
    return Value::Error();
  }
  int code;
  if (!IntArg(ts, args[0], &code)) return Value::Error();
  return StrValue(ts, strerror(code));
}

// os._exit: ends the process now, without flushing any buffer or running
// any cleanup (the point of _exit). One exception: while another thread is
// writing a fatal report, it waits for that report and the death by its
// signal (bounded), so the report is never cut short (README, faulthandler).
Value Exit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (nargs == 0 && (kw == nullptr || kw->size == 0)) {
    // CPython's argument-clinic wording.
    return RaiseTypeError(ts,
                          "_exit() missing required argument 'status' "
                          "(pos 1)");
  }
  if (!NoKwargs(ts, "_exit", kw) || !CheckArgCount(ts, "_exit", nargs, 1, 1)) {
    return Value::Error();
  }
  int code;
  if (!IntArg(ts, args[0], &code)) return Value::Error();
  CloseFatalReportGateForExit();
  _exit(code);
}

// --- os.path -----------------------------------------------------------

bool StatPath(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
              const char* name, struct stat* st, bool* ok) {
  if (!NoKwargs(ts, name, kw) || !CheckArgCount(ts, name, nargs, 1, 1)) {
    return false;
  }
  if (args[0].IsIntLike()) {
    *ok = fstat(static_cast<int>(args[0].AsInt()), st) == 0;
    return true;
  }
  Value s = FsPathStr(ts, args[0]);
  if (s.IsError()) return false;
  if (s.IsEmpty()) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "stat: path should be string, bytes, os.PathLike or integer, "
                "not %s",
                TypeName(ts, args[0]));
    return false;
  }
  std::string p(AsStr(s)->view());
  *ok = p.find('\0') == std::string::npos && stat(p.c_str(), st) == 0;
  return true;
}

Value Exists(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  struct stat st;
  bool ok;
  if (!StatPath(ts, args, nargs, kw, "exists", &st, &ok)) return Value::Error();
  return Value::Bool(ok);
}
Value Isfile(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  struct stat st;
  bool ok;
  if (!StatPath(ts, args, nargs, kw, "isfile", &st, &ok)) return Value::Error();
  return Value::Bool(ok && S_ISREG(st.st_mode));
}
Value Isdir(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  struct stat st;
  bool ok;
  if (!StatPath(ts, args, nargs, kw, "isdir", &st, &ok)) return Value::Error();
  return Value::Bool(ok && S_ISDIR(st.st_mode));
}
Value Getsize(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  struct stat st;
  bool ok;
  if (!StatPath(ts, args, nargs, kw, "getsize", &st, &ok)) {
    return Value::Error();
  }
  if (!ok) {
    std::string p = IsStr(args[0]) ? std::string(AsStr(args[0])->view()) : "";
    return RaiseOSError(ts, errno, p, IsStr(args[0]));
  }
  return Value::Int(st.st_size);
}

Value Join(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "join", kw)) return Value::Error();
  if (nargs == 0) {
    return RaiseTypeError(ts,
                          "join() missing 1 required positional argument: 'a'");
  }
  std::string path;
  for (uint32_t i = 0; i < nargs; ++i) {
    Value s = FsPathStr(ts, args[i]);
    if (s.IsError()) return s;
    if (s.IsEmpty()) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "join() argument must be str, bytes, or os.PathLike "
                         "object, not '%s'",
                         TypeName(ts, args[i]));
    }
    std::string_view b = AsStr(s)->view();
    if (i == 0 || (!b.empty() && b[0] == '/')) {
      path = std::string(b);
    } else if (path.empty() || path.back() == '/') {
      path.append(b);
    } else {
      path.push_back('/');
      path.append(b);
    }
  }
  return StrValue(ts, path);
}

// Splits at the last '/', keeping a root of slashes on the head.
void SplitPath(std::string_view p, std::string_view* head,
               std::string_view* tail) {
  size_t i = p.rfind('/');
  size_t cut = i == std::string_view::npos ? 0 : i + 1;
  *tail = p.substr(cut);
  std::string_view h = p.substr(0, cut);
  size_t end = h.size();
  while (end > 0 && h[end - 1] == '/') --end;
  *head = end == 0 ? h : h.substr(0, end);
}

bool OnePathStr(ThreadState& ts, const char* name, const Value* args,
                uint32_t nargs, Tuple* kw, std::string* out) {
  if (!NoKwargs(ts, name, kw) || !CheckArgCount(ts, name, nargs, 1, 1)) {
    return false;
  }
  Value s = FsPathStr(ts, args[0]);
  if (s.IsError()) return false;
  if (s.IsEmpty()) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "expected str, bytes or os.PathLike object, not %s",
                TypeName(ts, args[0]));
    return false;
  }
  *out = std::string(AsStr(s)->view());
  return true;
}

Value Basename(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  std::string p;
  std::string_view head, tail;
  if (!OnePathStr(ts, "basename", args, nargs, kw, &p)) return Value::Error();
  SplitPath(p, &head, &tail);
  return StrValue(ts, tail);
}
Value Dirname(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  std::string p;
  std::string_view head, tail;
  if (!OnePathStr(ts, "dirname", args, nargs, kw, &p)) return Value::Error();
  SplitPath(p, &head, &tail);
  return StrValue(ts, head);
}
Value Split(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  std::string p;
  std::string_view head, tail;
  if (!OnePathStr(ts, "split", args, nargs, kw, &p)) return Value::Error();
  SplitPath(p, &head, &tail);
  Value h = StrValue(ts, head);
  if (h.IsError()) return h;
  TempRoots roots(ts);
  roots.Add(h);
  Value t = StrValue(ts, tail);
  if (t.IsError()) return t;
  Value items[2] = {h, t};
  Tuple* tup = NewTupleFrom(ts, items, 2);
  return tup != nullptr ? Value::Obj(tup) : Value::Error();
}
Value Splitext(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  std::string p;
  if (!OnePathStr(ts, "splitext", args, nargs, kw, &p)) return Value::Error();
  size_t slash = p.rfind('/');
  size_t base = slash == std::string_view::npos ? 0 : slash + 1;
  size_t dot = p.rfind('.');
  size_t cut = p.size();
  if (dot != std::string_view::npos && dot > base) {
    // Leading dots of the base name do not start an extension.
    size_t first = base;
    while (first < p.size() && p[first] == '.') ++first;
    if (dot >= first) cut = dot;
  }
  Value r = StrValue(ts, p.substr(0, cut));
  if (r.IsError()) return r;
  TempRoots roots(ts);
  roots.Add(r);
  Value e = StrValue(ts, p.substr(cut));
  if (e.IsError()) return e;
  Value items[2] = {r, e};
  Tuple* tup = NewTupleFrom(ts, items, 2);
  return tup != nullptr ? Value::Obj(tup) : Value::Error();
}
Value Isabs(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  std::string p;
  if (!OnePathStr(ts, "isabs", args, nargs, kw, &p)) return Value::Error();
  return Value::Bool(!p.empty() && p[0] == '/');
}
Value Abspath(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  std::string p;
  if (!OnePathStr(ts, "abspath", args, nargs, kw, &p)) return Value::Error();
  std::string full;
  if (p.empty() || p[0] != '/') {
    char buf[4096];
    if (getcwd(buf, sizeof buf) == nullptr) return RaiseOSError(ts, errno);
    full = buf;
    full.push_back('/');
  }
  full.append(p);
  // Normalise "." and ".." components and repeated slashes.
  std::vector<std::string_view> parts;
  std::string_view rest = full;
  while (!rest.empty()) {
    size_t s = rest.find('/');
    std::string_view part = rest.substr(0, s);
    rest =
        s == std::string_view::npos ? std::string_view() : rest.substr(s + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string out;
  for (std::string_view part : parts) {
    out.push_back('/');
    out.append(part);
  }
  if (out.empty()) out = "/";
  return StrValue(ts, out);
}

Module* CreatePathModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "posix._path"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"exists", Flushing<Exists>},
      {"isfile", Flushing<Isfile>},
      {"isdir", Flushing<Isdir>},
      {"getsize", Flushing<Getsize>},
      {"join", Join},
      {"basename", Basename},
      {"dirname", Dirname},
      {"split", Split},
      {"splitext", Splitext},
      {"isabs", Isabs},
      {"abspath", Abspath},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  Value sep = StrValue(ts, "/");
  if (sep.IsError() || !AddValue(ts, m, "sep", sep)) return nullptr;
  return m;
}

Value EnvironDict(ThreadState& ts) {
  Dict* d = NewDict(ts);
  if (d == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(DictValue(d));
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string_view entry(*e);
    size_t eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    Value k = StrValue(ts, entry.substr(0, eq));
    if (k.IsError()) return k;
    TempRoots kr(ts);
    kr.Add(k);
    Value v = StrValue(ts, entry.substr(eq + 1));
    if (v.IsError() || !DictSet(ts, d, k, v)) return Value::Error();
  }
  return DictValue(d);
}

}  // namespace

Module* InitOsModule(ThreadState& ts) {
  // Named "os": crash reports show what scripts called (<native> os.kill),
  // though the module is registered as posix and os.py re-exports it.
  auto* m = static_cast<Module*>(NewModule(ts, "os"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"close", Flushing<Close>},
      {"write", Flushing<Write>},
      {"read", Flushing<Read>},
      {"dup", Flushing<Dup>},
      {"dup2", Flushing<Dup2>},
      {"pipe", Pipe},
      {"remove", Flushing<Remove>},
      {"unlink", Flushing<Unlink>},
      {"rmdir", Flushing<Rmdir>},
      {"chdir", Chdir},
      {"getcwd", Getcwd},
      {"strerror", Strerror},
      {"_exit", Exit},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  Value env = EnvironDict(ts);
  if (env.IsError() || !AddValue(ts, m, "environ", env)) return nullptr;
  Module* path = CreatePathModule(ts);
  if (path == nullptr || !AddValue(ts, m, "_path", Value::Obj(path))) {
    return nullptr;
  }
  struct {
    const char* name;
    const char* value;
  } const strs[] = {{"name", "posix"}, {"sep", "/"},
                    {"linesep", "\n"}, {"devnull", "/dev/null"},
                    {"curdir", "."},   {"pardir", ".."},
                    {"pathsep", ":"}};
  for (const auto& s : strs) {
    Value v = StrValue(ts, s.value);
    if (v.IsError() || !AddValue(ts, m, s.name, v)) return nullptr;
  }
  if (!AddValue(ts, m, "O_RDONLY", Value::Int(O_RDONLY)) ||
      !AddValue(ts, m, "O_WRONLY", Value::Int(O_WRONLY)) ||
      !AddValue(ts, m, "O_RDWR", Value::Int(O_RDWR))) {
    return nullptr;
  }
  if (!AddPosixFsFunctions(ts, m)) return nullptr;
  ts.pending_exception = Value::None();
  AddOsProcessFunctions(ts, m);
  if (!ts.pending_exception.IsNone()) return nullptr;
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("posix", InitOsModule);

}  // namespace builtins
}  // namespace interp
