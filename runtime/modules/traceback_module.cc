// `_traceback`, the native half of traceback (runtime/lib/traceback.py):
// the runtime's own report of an exception (the text CPython's excepthook
// prints, chained exceptions and position markers included) and the
// (filename, line, name) entries of a traceback or of the calling thread's
// stack, read from the frame records the faulthandler reads.
#include <memory>
#include <string>
#include <vector>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/frames/code_info.h"
#include "runtime/frames/frame_reader.h"
#include "runtime/objects/code.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/interpreter.h"

namespace interp {
namespace builtins {
namespace {

// format_exception(exc) -> str
Value FormatExc(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "format_exception", kw) ||
      !CheckArgCount(ts, "format_exception", nargs, 1, 1)) {
    return Value::Error();
  }
  return StrValue(ts, FormatException(ts, args[0]));
}

bool AppendEntry(ThreadState& ts, List* out, std::string_view filename,
                 int64_t line, std::string_view name) {
  Value items[3] = {StrValue(ts, filename), Value::Int(line), Value::None()};
  if (items[0].IsError()) return false;
  TempRoots roots(ts);
  roots.Add(items[0]);
  items[2] = StrValue(ts, name);
  if (items[2].IsError()) return false;
  roots.Add(items[2]);
  Tuple* t = NewTupleFrom(ts, items, 3);
  return t != nullptr && ListAppend(ts, out, Value::Obj(t));
}

// The traceback of `v`: an exception's (entry list or chain), or `v`
// itself when it is a traceback object.
Value TracebackOf(Value v) {
  if (IsKind(v, ObjKind::kException)) {
    return static_cast<ExceptionObject*>(v.AsObject())->traceback;
  }
  return v;
}

// extract_tb(exc_or_tb) -> [(filename, lineno, name), ...], outermost
// first.
Value ExtractTb(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "extract_tb", kw) ||
      !CheckArgCount(ts, "extract_tb", nargs, 1, 1)) {
    return Value::Error();
  }
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  std::vector<vm::TbEntry> entries;
  vm::CollectTracebackEntries(TracebackOf(args[0]), &entries);
  for (const vm::TbEntry& t : entries) {
    const CodeBody* body = t.code->body;
    if (!AppendEntry(ts, out, body->filename ? body->filename->view() : "",
                     t.lineno, body->name ? body->name->view() : "")) {
      return Value::Error();
    }
  }
  return Value::Obj(out);
}

// format_tb(exc_or_tb) -> str: the `File ...` blocks of the runtime's
// report (source lines and position markers).
Value FormatTb(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "format_tb", kw) ||
      !CheckArgCount(ts, "format_tb", nargs, 1, 1)) {
    return Value::Error();
  }
  return StrValue(ts, FormatTraceback(TracebackOf(args[0])));
}

// extract_stack() -> [(filename, lineno, name), ...] of the calling
// thread's script frames, outermost first (native frames left out).
Value ExtractStack(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "extract_stack", kw) ||
      !CheckArgCount(ts, "extract_stack", nargs, 0, 0)) {
    return Value::Error();
  }
  auto cap = std::make_unique<frame_reader::FrameCapture>();
  frame_reader::CaptureFrames(&ts, cap.get());
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  auto snap = std::make_unique<frame_reader::FrameSnapshot>();
  for (int64_t i = static_cast<int64_t>(cap->count) - 1; i >= 0; --i) {
    if (!frame_reader::ResolveFrame(cap->frames[i], snap.get()) ||
        snap->kind != frame_reader::FrameKind::kScript) {
      continue;
    }
    if (!AppendEntry(
            ts, out, std::string_view(snap->filename, snap->filename_copied),
            snap->line, std::string_view(snap->name, snap->name_copied))) {
      return Value::Error();
    }
  }
  return Value::Obj(out);
}

}  // namespace

Module* InitTracebackModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_traceback"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"format_exception", FormatExc},
      {"extract_tb", ExtractTb},
      {"format_tb", FormatTb},
      {"extract_stack", ExtractStack},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("_traceback", InitTracebackModule);

}  // namespace builtins
}  // namespace interp
