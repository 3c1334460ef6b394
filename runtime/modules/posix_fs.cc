// posix: the filesystem functions (see posix_fs.h). Each function returns
// plain values (lists of names, tuples of numbers); the Python layer in
// runtime/lib/os.py gives them CPython's shapes (stat_result, DirEntry).
#include "runtime/modules/posix_fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {

bool FsPathArg(ThreadState& ts, const char* fname, Value v, std::string* out) {
  Value s = v;
  if (!IsStr(v) && v.IsObject()) {
    bool found = false;
    Value r =
        CallSpecial(ts, v, InternStr(ts, "__fspath__"), nullptr, 0, &found);
    if (found) {
      if (r.IsError()) return false;
      if (!IsStr(r)) {
        RaiseFormat(ts, Rt(ts).exc.type_error,
                    "expected %s.__fspath__() to return str or bytes, not %s",
                    TypeName(ts, v), TypeName(ts, r));
        return false;
      }
      s = r;
    }
  }
  if (!IsStr(s)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "%s: path should be string, bytes or os.PathLike, not %s",
                fname, TypeName(ts, v));
    return false;
  }
  *out = std::string(AsStr(s)->view());
  if (out->find('\0') != std::string::npos) {
    RaiseValueError(ts,
                    absl::StrCat(fname, ": embedded null character in path"));
    return false;
  }
  return true;
}

Value RaiseOSError2(ThreadState& ts, int err, const std::string& a,
                    const std::string& b) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  Value items[5] = {Value::Int(err), Value::None(), Value::None(),
                    Value::None(), Value::None()};
  items[1] = StrValue(ts, strerror(err));
  if (items[1].IsError()) return Value::Error();
  roots.Add(items[1]);
  items[2] = StrValue(ts, a);
  if (items[2].IsError()) return Value::Error();
  roots.Add(items[2]);
  items[4] = StrValue(ts, b);
  if (items[4].IsError()) return Value::Error();
  roots.Add(items[4]);
  // OSError(errno, ...) picks the subclass for errno, like CPython.
  Value exc = CallValue(ts, Value::Obj(rt.exc.os_error), items, 5);
  if (exc.IsError()) return exc;
  return RaiseValue(ts, exc);
}

namespace {

bool IntArgOf(ThreadState& ts, Value v, int* out) {
  int64_t i;
  if (v.IsFloat()) {
    RaiseTypeError(ts, "'float' object cannot be interpreted as an integer");
    return false;
  }
  if (!ToIndex(ts, v, &i)) return false;
  if (i < INT_MIN || i > INT_MAX) {
    RaiseOverflowError(ts, "signed integer is greater than maximum");
    return false;
  }
  *out = static_cast<int>(i);
  return true;
}

Value TupleOf(ThreadState& ts, Value* items, uint32_t n) {
  Tuple* t = NewTupleFrom(ts, items, n);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// Lists `path`, calling `add(entry)` per entry other than . and ..; polls
// the host limits once per entry (a directory may hold millions).
template <typename Add>
Value ReadDir(ThreadState& ts, const std::string& path, bool has_name,
              Add add) {
  DIR* dir;
  {
    BlockingRegion region(ts);
    dir = opendir(path.c_str());
  }
  if (dir == nullptr) return RaiseOSError(ts, errno, path, has_name);
  NativePoll poll(ts);
  for (;;) {
    errno = 0;
    dirent* e = readdir(dir);
    if (e == nullptr) {
      int err = errno;
      closedir(dir);
      if (err != 0) return RaiseOSError(ts, err, path, has_name);
      return Value::None();
    }
    const char* n = e->d_name;
    if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) {
      continue;
    }
    if (!add(e) || !poll.Tick()) {
      closedir(dir);
      return Value::Error();
    }
  }
}

// The directory argument of listdir/scandir: '.' when absent or None.
bool DirArg(ThreadState& ts, const char* name, const Value* args,
            uint32_t nargs, Tuple* kw, std::string* path, bool* has_name) {
  Value a[1];
  if (!BindArgs(ts, name, args, nargs, kw, {"path"}, 0, 1, 0, a)) {
    return false;
  }
  *has_name = !a[0].IsEmpty() && !a[0].IsNone();
  if (!*has_name) {
    *path = ".";
    return true;
  }
  return FsPathArg(ts, name, a[0], path);
}

Value Listdir(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  std::string path;
  bool has_name;
  if (!DirArg(ts, "listdir", args, nargs, kw, &path, &has_name)) {
    return Value::Error();
  }
  List* list = NewList(ts, 0);
  if (list == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(list));
  Value r = ReadDir(ts, path, has_name, [&](dirent* e) {
    Value name = StrValue(ts, e->d_name);
    return !name.IsError() && ListAppend(ts, list, name);
  });
  if (r.IsError()) return r;
  return Value::Obj(list);
}

// _scandir(path): [(name, d_type, inode), ...]; os.scandir wraps each in a
// DirEntry. d_type is DT_UNKNOWN on filesystems that do not report it.
Value Scandir(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  std::string path;
  bool has_name;
  if (!DirArg(ts, "scandir", args, nargs, kw, &path, &has_name)) {
    return Value::Error();
  }
  List* list = NewList(ts, 0);
  if (list == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(list));
  Value r = ReadDir(ts, path, has_name, [&](dirent* e) {
    Value items[3] = {StrValue(ts, e->d_name),
                      Value::Int(static_cast<int64_t>(e->d_type)),
                      Value::Int(static_cast<int64_t>(e->d_ino))};
    if (items[0].IsError()) return false;
    TempRoots nr(ts);
    nr.Add(items[0]);
    Value t = TupleOf(ts, items, 3);
    return !t.IsError() && ListAppend(ts, list, t);
  });
  if (r.IsError()) return r;
  return Value::Obj(list);
}

double Seconds(const timespec& t) {
  return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9;
}
int64_t Nanos(const timespec& t) {
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// The fields in os.stat_result's order: the 10 indexable ones, then
// st_atime/st_mtime/st_ctime as floats, the _ns forms, blksize, blocks,
// rdev.
Value StatTuple(ThreadState& ts, const struct stat& st) {
  Value items[19] = {
      Value::Int(st.st_mode),
      Value::Int(static_cast<int64_t>(st.st_ino)),
      Value::Int(static_cast<int64_t>(st.st_dev)),
      Value::Int(static_cast<int64_t>(st.st_nlink)),
      Value::Int(st.st_uid),
      Value::Int(st.st_gid),
      Value::Int(st.st_size),
      Value::Int(st.st_atim.tv_sec),
      Value::Int(st.st_mtim.tv_sec),
      Value::Int(st.st_ctim.tv_sec),
      Value::Float(Seconds(st.st_atim)),
      Value::Float(Seconds(st.st_mtim)),
      Value::Float(Seconds(st.st_ctim)),
      Value::Int(Nanos(st.st_atim)),
      Value::Int(Nanos(st.st_mtim)),
      Value::Int(Nanos(st.st_ctim)),
      Value::Int(st.st_blksize),
      Value::Int(st.st_blocks),
      Value::Int(static_cast<int64_t>(st.st_rdev)),
  };
  return TupleOf(ts, items, 19);
}

Value StatImpl(ThreadState& ts, const char* name, Value target, bool follow) {
  struct stat st;
  int rc;
  if (target.IsIntLike()) {
    int fd;
    if (!IntArgOf(ts, target, &fd)) return Value::Error();
    {
      BlockingRegion region(ts);
      rc = fstat(fd, &st);
    }
    if (rc != 0) return RaiseOSError(ts, errno);
    return StatTuple(ts, st);
  }
  std::string path;
  if (!FsPathArg(ts, name, target, &path)) return Value::Error();
  {
    BlockingRegion region(ts);
    rc = follow ? stat(path.c_str(), &st) : lstat(path.c_str(), &st);
  }
  if (rc != 0) return RaiseOSError(ts, errno, path, true);
  return StatTuple(ts, st);
}

Value Stat(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "stat", args, nargs, kw,
                {"path", "dir_fd", "follow_symlinks"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  if (!a[1].IsEmpty() && !a[1].IsNone()) {
    return RaiseFormat(ts, Rt(ts).exc.not_implemented_error,
                       "dir_fd unavailable on this platform");
  }
  int follow = a[2].IsEmpty() ? 1 : Truthy(ts, a[2]);
  if (follow < 0) return Value::Error();
  return StatImpl(ts, "stat", a[0], follow != 0);
}

Value Lstat(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "lstat", args, nargs, kw, {"path"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  if (a[0].IsIntLike()) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "lstat: path should be string, bytes or os.PathLike, "
                       "not int");
  }
  return StatImpl(ts, "lstat", a[0], false);
}

Value Fstat(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "fstat", args, nargs, kw, {"fd"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  int fd;
  if (!IntArgOf(ts, a[0], &fd)) return Value::Error();
  return StatImpl(ts, "fstat", Value::Int(fd), true);
}

// os.statvfs_result's 10 indexable fields, then f_fsid.
Value StatvfsTuple(ThreadState& ts, const struct statvfs& st) {
  Value items[11] = {
      Value::Int(static_cast<int64_t>(st.f_bsize)),
      Value::Int(static_cast<int64_t>(st.f_frsize)),
      Value::Int(static_cast<int64_t>(st.f_blocks)),
      Value::Int(static_cast<int64_t>(st.f_bfree)),
      Value::Int(static_cast<int64_t>(st.f_bavail)),
      Value::Int(static_cast<int64_t>(st.f_files)),
      Value::Int(static_cast<int64_t>(st.f_ffree)),
      Value::Int(static_cast<int64_t>(st.f_favail)),
      Value::Int(static_cast<int64_t>(st.f_flag)),
      Value::Int(static_cast<int64_t>(st.f_namemax)),
      Value::Int(static_cast<int64_t>(st.f_fsid)),
  };
  return TupleOf(ts, items, 11);
}

// statvfs(path) or statvfs(fd), as in CPython; fstatvfs(fd).
Value StatvfsImpl(ThreadState& ts, const char* name, Value target) {
  struct statvfs st;
  int rc;
  if (target.IsIntLike()) {
    int fd;
    if (!IntArgOf(ts, target, &fd)) return Value::Error();
    {
      BlockingRegion region(ts);
      rc = fstatvfs(fd, &st);
    }
    if (rc != 0) return RaiseOSError(ts, errno);
    return StatvfsTuple(ts, st);
  }
  if (!IsStr(target) && !target.IsObject()) {
    // Descriptors are accepted too, so the message names integers.
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s: path should be string, bytes, os.PathLike or "
                       "integer, not %s",
                       name, TypeName(ts, target));
  }
  std::string path;
  if (!FsPathArg(ts, name, target, &path)) return Value::Error();
  {
    BlockingRegion region(ts);
    rc = statvfs(path.c_str(), &st);
  }
  if (rc != 0) return RaiseOSError(ts, errno, path, true);
  return StatvfsTuple(ts, st);
}

Value Statvfs(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "statvfs", args, nargs, kw, {"path"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  return StatvfsImpl(ts, "statvfs", a[0]);
}

Value Fstatvfs(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "fstatvfs", args, nargs, kw, {"fd"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  int fd;
  if (!IntArgOf(ts, a[0], &fd)) return Value::Error();
  return StatvfsImpl(ts, "fstatvfs", Value::Int(fd));
}

Value Mkdir(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "mkdir", args, nargs, kw, {"path", "mode", "dir_fd"}, 1, 2,
                0, a)) {
    return Value::Error();
  }
  std::string path;
  if (!FsPathArg(ts, "mkdir", a[0], &path)) return Value::Error();
  int mode = 0777;
  if (!a[1].IsEmpty() && !IntArgOf(ts, a[1], &mode)) return Value::Error();
  if (mkdir(path.c_str(), static_cast<mode_t>(mode)) != 0) {
    return RaiseOSError(ts, errno, path, true);
  }
  return Value::None();
}

Value TwoPaths(ThreadState& ts, const char* name, const Value* args,
               uint32_t nargs, Tuple* kw, int (*op)(const char*, const char*)) {
  Value a[2];
  if (!BindArgs(ts, name, args, nargs, kw, {"src", "dst"}, 2, 2, 0, a)) {
    return Value::Error();
  }
  std::string src, dst;
  if (!FsPathArg(ts, name, a[0], &src) || !FsPathArg(ts, name, a[1], &dst)) {
    return Value::Error();
  }
  int rc;
  {
    BlockingRegion region(ts);
    rc = op(src.c_str(), dst.c_str());
  }
  if (rc != 0) return RaiseOSError2(ts, errno, src, dst);
  return Value::None();
}

Value Rename(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return TwoPaths(ts, "rename", args, nargs, kw, rename);
}
Value Replace(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return TwoPaths(ts, "replace", args, nargs, kw, rename);
}
Value Link(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return TwoPaths(ts, "link", args, nargs, kw, link);
}

Value Symlink(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "symlink", args, nargs, kw,
                {"src", "dst", "target_is_directory"}, 2, 3, 0, a)) {
    return Value::Error();
  }
  std::string src, dst;
  if (!FsPathArg(ts, "symlink", a[0], &src) ||
      !FsPathArg(ts, "symlink", a[1], &dst)) {
    return Value::Error();
  }
  if (symlink(src.c_str(), dst.c_str()) != 0) {
    return RaiseOSError2(ts, errno, src, dst);
  }
  return Value::None();
}

Value Readlink(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "readlink", args, nargs, kw, {"path"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  std::string path;
  if (!FsPathArg(ts, "readlink", a[0], &path)) return Value::Error();
  std::string buf(PATH_MAX, '\0');
  ssize_t n = readlink(path.c_str(), buf.data(), buf.size());
  if (n < 0) return RaiseOSError(ts, errno, path, true);
  buf.resize(static_cast<size_t>(n));
  return StrValue(ts, buf);
}

Value Chmod(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "chmod", args, nargs, kw, {"path", "mode"}, 2, 2, 0, a)) {
    return Value::Error();
  }
  std::string path;
  int mode;
  if (!FsPathArg(ts, "chmod", a[0], &path) || !IntArgOf(ts, a[1], &mode)) {
    return Value::Error();
  }
  if (chmod(path.c_str(), static_cast<mode_t>(mode)) != 0) {
    return RaiseOSError(ts, errno, path, true);
  }
  return Value::None();
}

Value Access(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "access", args, nargs, kw, {"path", "mode"}, 2, 2, 0, a)) {
    return Value::Error();
  }
  std::string path;
  int mode;
  if (!FsPathArg(ts, "access", a[0], &path) || !IntArgOf(ts, a[1], &mode)) {
    return Value::Error();
  }
  return Value::Bool(access(path.c_str(), mode) == 0);
}

Value Umask(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  int mask;
  if (!BindArgs(ts, "umask", args, nargs, kw, {"mask"}, 1, 1, 1, a) ||
      !IntArgOf(ts, a[0], &mask)) {
    return Value::Error();
  }
  return Value::Int(umask(static_cast<mode_t>(mask)));
}

bool TimeArg(ThreadState& ts, Value v, timespec* out) {
  double d;
  if (v.IsIntLike()) {
    out->tv_sec = v.AsInt();
    out->tv_nsec = 0;
    return true;
  }
  if (!ToDouble(ts, v, &d)) return false;
  double whole = std::floor(d);
  out->tv_sec = static_cast<time_t>(whole);
  out->tv_nsec = static_cast<long>((d - whole) * 1e9);
  return true;
}

// utime(path, times=None, *, ns=None)
Value Utime(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "utime", args, nargs, kw, {"path", "times", "ns"}, 1, 2, 0,
                a)) {
    return Value::Error();
  }
  std::string path;
  if (!FsPathArg(ts, "utime", a[0], &path)) return Value::Error();
  timespec times[2];
  timespec* tp = nullptr;
  if (!a[1].IsEmpty() && !a[1].IsNone()) {
    if (!IsKind(a[1], ObjKind::kTuple) || As<Tuple>(a[1])->size != 2) {
      return RaiseTypeError(
          ts, "utime: 'times' must be either a tuple of two ints or None");
    }
    Tuple* t = As<Tuple>(a[1]);
    if (!TimeArg(ts, t->items[0], &times[0]) ||
        !TimeArg(ts, t->items[1], &times[1])) {
      return Value::Error();
    }
    tp = times;
  } else if (!a[2].IsEmpty() && !a[2].IsNone()) {
    if (!IsKind(a[2], ObjKind::kTuple) || As<Tuple>(a[2])->size != 2) {
      return RaiseTypeError(ts, "utime: 'ns' must be a tuple of two ints");
    }
    Tuple* t = As<Tuple>(a[2]);
    for (int i = 0; i < 2; ++i) {
      int64_t ns;
      if (!ToInt64(ts, t->items[i], &ns)) return Value::Error();
      times[i].tv_sec = ns / 1000000000;
      times[i].tv_nsec = ns % 1000000000;
    }
    tp = times;
  }
  if (utimensat(AT_FDCWD, path.c_str(), tp, 0) != 0) {
    return RaiseOSError(ts, errno, path, true);
  }
  return Value::None();
}

bool EnvStr(ThreadState& ts, const char* fname, Value v, std::string* out) {
  if (!IsStr(v)) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "str expected, not %s",
                TypeName(ts, v));
    return false;
  }
  *out = std::string(AsStr(v)->view());
  if (out->find('\0') != std::string::npos) {
    RaiseValueError(ts, "embedded null byte");
    return false;
  }
  (void)fname;
  return true;
}

Value Putenv(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "putenv", kw) ||
      !CheckArgCount(ts, "putenv", nargs, 2, 2)) {
    return Value::Error();
  }
  std::string k, v;
  if (!EnvStr(ts, "putenv", args[0], &k) ||
      !EnvStr(ts, "putenv", args[1], &v)) {
    return Value::Error();
  }
  if (k.empty() || k.find('=') != std::string::npos) {
    return RaiseValueError(ts, "illegal environment variable name");
  }
  if (setenv(k.c_str(), v.c_str(), 1) != 0) return RaiseOSError(ts, errno);
  return Value::None();
}

Value Unsetenv(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "unsetenv", kw) ||
      !CheckArgCount(ts, "unsetenv", nargs, 1, 1)) {
    return Value::Error();
  }
  std::string k;
  if (!EnvStr(ts, "unsetenv", args[0], &k)) return Value::Error();
  if (k.empty() || k.find('=') != std::string::npos) {
    return RaiseValueError(ts, "illegal environment variable name");
  }
  if (unsetenv(k.c_str()) != 0) return RaiseOSError(ts, errno);
  return Value::None();
}

Value CpuCount(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "cpu_count", kw) ||
      !CheckArgCount(ts, "cpu_count", nargs, 0, 0)) {
    return Value::Error();
  }
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? Value::None() : Value::Int(n);
}

Value Isatty(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  int fd;
  if (!NoKwargs(ts, "isatty", kw) ||
      !CheckArgCount(ts, "isatty", nargs, 1, 1) ||
      !IntArgOf(ts, args[0], &fd)) {
    return Value::Error();
  }
  return Value::Bool(isatty(fd) == 1);
}

template <auto kFn>
Value IdFn(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "getuid", kw) ||
      !CheckArgCount(ts, "getuid", nargs, 0, 0)) {
    return Value::Error();
  }
  return Value::Int(static_cast<int64_t>(kFn()));
}

// open(path, flags, mode=0o777) -> fd
Value Open(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "open", args, nargs, kw,
                {"path", "flags", "mode", "dir_fd"}, 2, 3, 0, a)) {
    return Value::Error();
  }
  std::string path;
  int flags, mode = 0777;
  if (!FsPathArg(ts, "open", a[0], &path) || !IntArgOf(ts, a[1], &flags) ||
      (!a[2].IsEmpty() && !IntArgOf(ts, a[2], &mode))) {
    return Value::Error();
  }
  int fd;
  int err;
  do {
    BlockingRegion region(ts);
    fd = open(path.c_str(), flags | O_CLOEXEC, mode);
    err = errno;
  } while (fd < 0 && err == EINTR);
  if (fd < 0) return RaiseOSError(ts, err, path, true);
  return Value::Int(fd);
}

Value Lseek(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "lseek", kw) || !CheckArgCount(ts, "lseek", nargs, 3, 3)) {
    return Value::Error();
  }
  int fd, how;
  int64_t pos;
  if (!IntArgOf(ts, args[0], &fd) || !ToInt64(ts, args[1], &pos) ||
      !IntArgOf(ts, args[2], &how)) {
    return Value::Error();
  }
  off_t r = lseek(fd, static_cast<off_t>(pos), how);
  if (r < 0) return RaiseOSError(ts, errno);
  return Value::Int(r);
}

// _random_bits(): 62 random bits from the kernel, for tempfile names.
Value RandomBits(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "_random_bits", kw) ||
      !CheckArgCount(ts, "_random_bits", nargs, 0, 0)) {
    return Value::Error();
  }
  uint64_t v = 0;
  int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return RaiseOSError(ts, errno);
  ssize_t n = read(fd, &v, sizeof v);
  int err = errno;
  close(fd);
  if (n != static_cast<ssize_t>(sizeof v)) return RaiseOSError(ts, err);
  return Value::Int(static_cast<int64_t>(v >> 2));
}

// _copyfile(src, dst): copies the bytes of file src to dst (created or
// truncated) -- shutil.copyfile's data path, without the data ever
// becoming a script object, the global lock released while it copies.
Value Copyfile(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "_copyfile", args, nargs, kw, {"src", "dst"}, 2, 2, 0, a)) {
    return Value::Error();
  }
  std::string src, dst;
  if (!FsPathArg(ts, "_copyfile", a[0], &src) ||
      !FsPathArg(ts, "_copyfile", a[1], &dst)) {
    return Value::Error();
  }
  int in = open(src.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return RaiseOSError(ts, errno, src, true);
  struct stat st;
  if (fstat(in, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(in);
    return RaiseOSError(ts, EISDIR, src, true);
  }
  int out = open(dst.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (out < 0) {
    int err = errno;
    close(in);
    return RaiseOSError(ts, err, dst, true);
  }
  int err = 0;
  bool read_failed = false;
  {
    BlockingRegion region(ts);
    char buf[1 << 16];
    for (;;) {
      ssize_t n = read(in, buf, sizeof buf);
      if (n < 0) {
        if (errno == EINTR) continue;
        err = errno;
        read_failed = true;
        break;
      }
      if (n == 0) break;
      for (ssize_t off = 0; off < n;) {
        ssize_t w = write(out, buf + off, static_cast<size_t>(n - off));
        if (w < 0) {
          if (errno == EINTR) continue;
          err = errno;
          break;
        }
        off += w;
      }
      if (err != 0) break;
    }
  }
  close(in);
  if (close(out) != 0 && err == 0) err = errno;
  if (err != 0) return RaiseOSError(ts, err, read_failed ? src : dst, true);
  return Value::None();
}

// get_terminal_size(fd=1) -> (columns, lines) of the terminal on fd.
Value TerminalSize(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "get_terminal_size", args, nargs, kw, {"fd"}, 0, 1, 1, a)) {
    return Value::Error();
  }
  int fd = 1;
  if (!a[0].IsEmpty() && !IntArgOf(ts, a[0], &fd)) return Value::Error();
  winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) != 0) return RaiseOSError(ts, errno);
  Value items[2] = {Value::Int(w.ws_col), Value::Int(w.ws_row)};
  return TupleOf(ts, items, 2);
}

}  // namespace

bool AddPosixFsFunctions(ThreadState& ts, Module* m) {
  static constexpr MethodDef kFunctions[] = {
      {"listdir", Flushing<Listdir>},
      {"_scandir", Flushing<Scandir>},
      {"stat", Flushing<Stat>},
      {"lstat", Flushing<Lstat>},
      {"fstat", Flushing<Fstat>},
      {"statvfs", Flushing<Statvfs>},
      {"fstatvfs", Flushing<Fstatvfs>},
      {"mkdir", Mkdir},
      {"rename", Flushing<Rename>},
      {"replace", Flushing<Replace>},
      {"link", Flushing<Link>},
      {"symlink", Flushing<Symlink>},
      {"readlink", Flushing<Readlink>},
      {"chmod", Flushing<Chmod>},
      {"access", Flushing<Access>},
      {"umask", Umask},
      {"utime", Flushing<Utime>},
      {"putenv", Putenv},
      {"unsetenv", Unsetenv},
      {"cpu_count", CpuCount},
      {"isatty", Isatty},
      {"getuid", IdFn<getuid>},
      {"geteuid", IdFn<geteuid>},
      {"getgid", IdFn<getgid>},
      {"getegid", IdFn<getegid>},
      {"getppid", IdFn<getppid>},
      {"open", Flushing<Open>},
      {"lseek", Flushing<Lseek>},
      {"_random_bits", RandomBits},
      {"_copyfile", Flushing<Copyfile>},
      {"_get_terminal_size", TerminalSize},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return false;
  }
  struct {
    const char* name;
    int value;
  } const ints[] = {
      {"F_OK", F_OK},
      {"R_OK", R_OK},
      {"W_OK", W_OK},
      {"X_OK", X_OK},
      {"O_APPEND", O_APPEND},
      {"O_CREAT", O_CREAT},
      {"O_EXCL", O_EXCL},
      {"O_TRUNC", O_TRUNC},
      {"O_NOFOLLOW", O_NOFOLLOW},
      {"O_CLOEXEC", O_CLOEXEC},
      {"O_DIRECTORY", O_DIRECTORY},
      {"O_NONBLOCK", O_NONBLOCK},
      {"SEEK_SET", SEEK_SET},
      {"SEEK_CUR", SEEK_CUR},
      {"SEEK_END", SEEK_END},
      {"ST_RDONLY", ST_RDONLY},
      {"ST_NOSUID", ST_NOSUID},
  };
  for (const auto& c : ints) {
    if (!AddValue(ts, m, c.name, Value::Int(c.value))) return false;
  }
  return true;
}

}  // namespace builtins
}  // namespace interp
