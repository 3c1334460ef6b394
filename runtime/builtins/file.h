// File objects (ObjKind::kFile): open(), sys.stdin/stdout/stderr. Text
// files (class _io.TextIOWrapper) decode utf-8, ascii or latin-1; binary
// files (open(..., "rb"), classes _io.BufferedReader/Writer/Random) read
// and write bytes. Our own buffering over a file descriptor; reads that
// can block release the global lock.
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
  ~FileBuffers() { Unlink(); }
  // Leaves the runtime's list (idempotent: an unlinked node points at
  // itself).
  void Unlink() {
    prev->next = next;
    next->prev = prev;
    prev = next = this;
  }
  FileObject* owner = nullptr;  // set for writable files (listed)
  std::string wbuf;             // pending output
  std::string rbuf;             // input read ahead
  size_t rpos = 0;              // consumed prefix of rbuf
  bool eof = false;             // read(2) returned 0
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
  kFileBinary = 1u << 8,     // bytes in and out ("rb", "wb", ...)
  // A utf-16/utf-32 text file whose read-ahead buffer holds the rest of
  // the file decoded to UTF-8 (such files are decoded whole on the first
  // read: their characters cannot be counted or split bytewise).
  kFileWideDecoded = 1u << 9,
};

// How a text file treats line ends (open's newline=): kNewlineUniversal
// (None, the default) reads "\r\n" and "\r" as "\n"; kNewlineNone ('')
// and kNewlineLf ('\n') translate nothing; kNewlineCr/kNewlineCrLf write
// "\n" as "\r"/"\r\n".
enum class FileNewline : uint8_t {
  kUniversal,
  kNone,
  kLf,
  kCr,
  kCrLf,
};

struct FileObject : Object {
  int fd;
  uint32_t flags;
  FileBuffers* buffers;
  Value name;  // the path (str) or the descriptor (int)
  Str* mode;
  // Text files: the encoding as given to open() (None: UTF-8, the
  // default), the codec it names (bytes_codecs.h's Codec), the errors
  // handler (None: strict) and the newline mode.
  Value encoding;
  Value errors;
  uint8_t codec;
  FileNewline newline;
  // Text files: the binary layer (`f.buffer`), made on first use over the
  // same descriptor. Flushing the text layer flushes it first, so bytes
  // written through it come out before text still buffered above it, as
  // CPython's TextIOWrapper/BufferedWriter pair orders them.
  Value buffer;
};

// open()'s encoding, errors and newline arguments (Empty when not given).
struct OpenTextOptions {
  Value encoding = Value::Empty();
  Value errors = Value::Empty();
  Value newline = Value::Empty();
};

// A file object over `fd`. Null with an exception pending.
FileObject* NewFileObject(ThreadState& ts, int fd, Value name,
                          std::string_view mode, uint32_t flags);
// open(path, mode): FileNotFoundError etc. like CPython.
// `closefd` (for an int `path`): the file owns the descriptor and closes
// it, CPython's default.
Value OpenFile(ThreadState& ts, Value path, std::string_view mode,
               bool closefd = true,
               const OpenTextOptions& options = OpenTextOptions());

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
