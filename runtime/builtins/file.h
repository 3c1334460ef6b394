// Text file objects (ObjKind::kFile, class _io.TextIOWrapper): open(),
// sys.stdin/stdout/stderr. UTF-8 text over a file descriptor with our own
// buffering; reads that can block release the global lock.
#ifndef INTERP_RUNTIME_BUILTINS_FILE_H_
#define INTERP_RUNTIME_BUILTINS_FILE_H_

#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/runtime_state.h"

namespace interp {
namespace builtins {

// Buffers live outside the heap object (its layout is zero-filled plain
// data); owned by the object, released by its finalizer.
struct FileObject;
struct FileBuffers : RuntimeState::FileListNode {
  ~FileBuffers() {
    prev->next = next;
    next->prev = prev;
  }
  FileObject* owner = nullptr;  // set for writable files (listed)
  std::string wbuf;  // pending output
  std::string rbuf;  // input read ahead
  size_t rpos = 0;   // consumed prefix of rbuf
  bool eof = false;  // read(2) returned 0
};

enum FileFlags : uint32_t {
  kFileReadable = 1u << 0,
  kFileWritable = 1u << 1,
  kFileClosed = 1u << 2,
  kFileCloseFd = 1u << 3,       // close() closes the descriptor
  kFileLineBuffered = 1u << 4,  // flush after each write holding '\n'
  kFileUnbuffered = 1u << 5,    // flush after every write
  kFileAppend = 1u << 6,
  kFileStdStream = 1u << 7,  // sys.stdin/stdout/stderr
};

struct FileObject : Object {
  int fd;
  uint32_t flags;
  FileBuffers* buffers;
  Value name;  // the path (str) or the descriptor (int)
  Str* mode;
};

// A file object over `fd`. Null with an exception pending.
FileObject* NewFileObject(ThreadState& ts, int fd, Value name,
                          std::string_view mode, uint32_t flags);
// open(path, mode): FileNotFoundError etc. like CPython.
// `closefd` (for an int `path`): the file owns the descriptor and closes
// it, CPython's default.
Value OpenFile(ThreadState& ts, Value path, std::string_view mode,
               bool closefd = true);

// Buffered write of UTF-8 text; flushes per the buffering mode. False
// with an exception pending (closed file, OSError).
bool FileWrite(ThreadState& ts, FileObject* f, std::string_view text);
// Writes out pending output. False with OSError pending.
bool FileFlush(ThreadState& ts, FileObject* f);
// One line including its '\n' (empty at end of file). False with an
// exception pending. Releases the global lock while blocked.
bool FileReadLine(ThreadState& ts, FileObject* f, std::string* out);

// Writes the pending output of every writable file object (open() and
// process calls run this first, so that data written through a dropped,
// not yet collected file object is on disk). Never raises.
void FlushAllFiles(ThreadState& ts);

// Writes pending output of sys.stdout's file object (if it is one), for
// callers about to write to stderr or exit. Never raises.
void FlushStdout(ThreadState& ts);

inline bool IsFile(Value v) { return IsKind(v, ObjKind::kFile); }
inline FileObject* AsFile(Value v) {
  return static_cast<FileObject*>(v.AsObject());
}

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_FILE_H_
