// The filesystem half of the `posix` module (posix_fs.cc): directory
// listing, stat, links, permissions and the environment; os.py (runtime/lib)
// builds os.stat_result, os.scandir and os.walk on top of these.
#ifndef INTERP_RUNTIME_MODULES_POSIX_FS_H_
#define INTERP_RUNTIME_MODULES_POSIX_FS_H_

#include <string>

#include "runtime/builtins/file.h"
#include "runtime/frames/thread_state.h"
#include "runtime/objects/function.h"

namespace interp {
namespace builtins {

// A path argument as CPython's path converter takes it: a str, or an
// object whose class has __fspath__ returning a str. False with TypeError
// ("NAME: path should be string, bytes or os.PathLike, not T") or
// ValueError (embedded null character) pending.
bool FsPathArg(ThreadState& ts, const char* fname, Value v, std::string* out);

// Raises the OSError subclass for `err` naming one or two files, with
// CPython's message ("[Errno 2] No such file or directory: 'a' -> 'b'").
Value RaiseOSError2(ThreadState& ts, int err, const std::string& a,
                    const std::string& b);

// An os function that observes or changes the file system (or a
// descriptor) first writes out what dropped file objects still buffer
// (see FlushAllFiles), so a script sees what it wrote.
template <NativeFn kFn>
Value Flushing(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  FlushAllFiles(ts);
  return kFn(ts, args, nargs, kwnames);
}

// Adds listdir, _scandir, stat, lstat, fstat, mkdir, replace, rename, ...
// to `m`. False with an exception pending.
bool AddPosixFsFunctions(ThreadState& ts, Module* m);

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_POSIX_FS_H_
