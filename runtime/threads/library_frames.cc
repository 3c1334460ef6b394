// Traceback entries for CPython's threading.py frames (library_frames.h).
#include "runtime/threads/library_frames.h"

#include <memory>

#include "runtime/compiler/compiler.h"
#include "runtime/objects/code.h"
#include "runtime/objects/str.h"
#include "runtime/vm/vm_internal.h"

namespace interp {

namespace {

// A code object that is never run: only its name, file name and line table
// matter, for the traceback printer (and crash reports, which see it only
// as a traceback entry's code, never on a frame stack).
Code* PlaceholderCode(ThreadState& ts, const ThreadingPyFrame& frame) {
  auto body = std::make_unique<CodeBody>();
  body->name = InternStr(ts, frame.function);
  body->qualname = body->name;
  body->filename = InternStr(ts, kThreadingPyPath);
  if (body->name == nullptr || body->filename == nullptr) return nullptr;
  body->first_line = frame.line;
  body->lines.push_back(LineEntry{0, frame.line});
  body->positions.push_back(PosEntry{0, frame.line, frame.line,
                                     static_cast<uint16_t>(frame.col),
                                     static_cast<uint16_t>(frame.end_col)});
  return NewCode(ts, std::move(body));
}

}  // namespace

void AddThreadingPyFrames(ThreadState& ts,
                          std::initializer_list<ThreadingPyFrame> frames) {
  Value exc = ts.pending_exception;
  if (!IsKind(exc, ObjKind::kException)) return;
  for (const ThreadingPyFrame& frame : frames) {
    Code* code = PlaceholderCode(ts, frame);
    if (code == nullptr) {
      // Out of memory: keep the exception being raised, not the new one.
      ts.pending_exception = exc;
      return;
    }
    // Allocation never collects (collection runs at VM safe points only),
    // so `code` needs no rooting until the traceback list holds it.
    vm::AddTraceback(ts, exc, code, 0);
  }
}

}  // namespace interp
