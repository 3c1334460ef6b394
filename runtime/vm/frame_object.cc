// Frame and traceback objects: see frame_object.h for the design (live
// frame objects read their record; popping a record that has one
// snapshots it; tracebacks are built from the exception's entry list on
// first use).
#include "runtime/vm/frame_object.h"

#include "runtime/builtins/errors.h"
#include "runtime/frames/code_info.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

void TraceFrameData(void* p, Tracer& t) {
  auto* fd = static_cast<FrameData*>(p);
  t.MarkObject(fd->code);
  if (fd->globals != nullptr) t.MarkObject(DictObject(fd->globals));
  t.Mark(fd->locals);
  t.Mark(fd->back);
  t.Mark(fd->trace);
}

void TraceTracebackData(void* p, Tracer& t) {
  auto* tb = static_cast<TracebackData*>(p);
  t.Mark(tb->next);
  t.Mark(tb->frame);
}

const NativeDataOps kFrameOps = {"frame", TraceFrameData, nullptr, nullptr};
const NativeDataOps kTracebackOps = {"traceback", TraceTracebackData, nullptr,
                                     nullptr};

NativeData* NewNativeOf(ThreadState& ts, ClassObject* cls,
                        const NativeDataOps* ops, size_t size) {
  auto* obj = Rt(ts).heap.New<NativeData>(ts, ObjKind::kNativeData, cls, size);
  if (obj == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  obj->data = obj + 1;
  obj->ops = ops;
  obj->attrs = nullptr;
  return obj;
}

FrameData* NewFrameData(ThreadState& ts, Value* out) {
  NativeData* obj =
      NewNativeOf(ts, Rt(ts).classes.frame, &kFrameOps, sizeof(FrameData));
  if (obj == nullptr) return nullptr;
  auto* fd = static_cast<FrameData*>(obj->data);
  *fd = FrameData{
      nullptr,      0, 0, nullptr, nullptr, Value::None(), Value::None(),
      Value::None()};
  *out = Value::Obj(obj);
  return fd;
}

const NativeData* OwnerOf(const FrameData* fd) {
  return reinterpret_cast<const NativeData*>(fd) - 1;
}

bool IsScriptRecord(const Frame& f) {
  return !(f.flags & kFrameNative) && f.code != nullptr;
}

// The index of the script record below `index`, or -1.
int64_t CallerIndex(ThreadState& ts, uint32_t index) {
  Frame* records = ts.frames.records();
  for (int64_t i = static_cast<int64_t>(index) - 1; i >= 0; --i) {
    if (IsScriptRecord(records[i])) return i;
  }
  return -1;
}

bool IsCellRegister(const CodeBody* b, uint32_t reg) {
  for (uint16_t r : b->cell_params) {
    if (r == reg) return true;
  }
  for (uint16_t r : b->cell_locals) {
    if (r == reg) return true;
  }
  for (uint16_t r : b->free_regs) {
    if (r == reg) return true;
  }
  return false;
}

// The locals of a live record as CPython's f_locals shows them: the
// module's globals, a class body's namespace, or a snapshot dict of the
// bound named registers (cells read through).
Value RecordLocals(ThreadState& ts, const Frame& f) {
  const CodeBody* b = f.code->body;
  if ((b->flags & kCodeModule) && f.func != nullptr &&
      f.func->globals != nullptr) {
    return DictValue(f.func->globals);
  }
  if ((b->flags & kCodeClassBody) && IsKind(f.base[0], ObjKind::kDict)) {
    return f.base[0];
  }
  Dict* d = NewDict(ts);
  if (d == nullptr) return Value::Error();
  uint32_t n = static_cast<uint32_t>(b->varnames.size());
  if (n > b->num_regs) n = b->num_regs;
  for (uint32_t i = 0; i < n; ++i) {
    Str* name = b->varnames[i];
    if (name == nullptr || name->byte_len == 0 || name->data[0] == '.') {
      continue;
    }
    Value v = f.base[i];
    if (IsCellRegister(b, i) && IsKind(v, ObjKind::kCell)) {
      v = As<Cell>(v)->value;
    }
    if (v.IsEmpty() || v.IsError()) continue;
    if (!DictSetStr(ts, d, name, v)) return Value::Error();
  }
  return DictValue(d);
}

// An entry-list item (a Code, a Function or a frame object) as its code.
Code* EntryCode(Value item) {
  if (IsKind(item, ObjKind::kCode)) return As<Code>(item);
  if (IsKind(item, ObjKind::kFunction)) return As<Function>(item)->code;
  if (FrameData* fd = AsFrameData(item)) return fd->code;
  return nullptr;
}

int32_t LineOf(const Code* code, uint32_t pc) {
  const CodeBody* b = code->body;
  return LineForPc(b->lines.data(), static_cast<uint32_t>(b->lines.size()), pc);
}

}  // namespace

FrameData* AsFrameData(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kFrameOps ? static_cast<FrameData*>(nd->data) : nullptr;
}

TracebackData* AsTracebackData(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kTracebackOps ? static_cast<TracebackData*>(nd->data)
                                   : nullptr;
}

bool FrameIsLive(const FrameData* fd) {
  ThreadState* ts = fd->ts;
  if (ts == nullptr || fd->index >= ts->frames.depth_relaxed() ||
      fd->index >= ts->frame_objects.size()) {
    return false;
  }
  const Frame& f = ts->frames.records()[fd->index];
  const Value& slot = ts->frame_objects[fd->index];
  // A record popped without FinishFrameObject (a host's C++ unwinding)
  // and reused since does not carry this object.
  return (f.flags & kFrameHasObject) && slot.IsObject() &&
         slot.AsObject() == OwnerOf(fd);
}

Value FrameObjectFor(ThreadState& ts, uint32_t index) {
  Frame& f = ts.frames.records()[index];
  if (f.flags & kFrameHasObject) return ts.frame_objects[index];
  Value obj;
  FrameData* fd = NewFrameData(ts, &obj);
  if (fd == nullptr) return Value::Error();
  fd->ts = &ts;
  fd->index = index;
  fd->code = f.code;
  fd->globals = f.func != nullptr ? f.func->globals : nullptr;
  if (ts.frame_objects.size() <= index) {
    ts.frame_objects.resize(index + 1, Value::None());
  }
  ts.frame_objects[index] = obj;
  f.flags |= kFrameHasObject;
  return obj;
}

Value CallerFrameObject(ThreadState& ts, uint32_t depth) {
  Frame* records = ts.frames.records();
  for (uint32_t i = ts.frames.depth_relaxed(); i > 0; --i) {
    if (!IsScriptRecord(records[i - 1])) continue;
    if (depth == 0) return FrameObjectFor(ts, i - 1);
    --depth;
  }
  return Value::Empty();
}

void FinishFrameObject(ThreadState& ts, Frame* f) {
  uint32_t index = static_cast<uint32_t>(f - ts.frames.records());
  Value obj = ts.frame_objects[index];
  ts.frame_objects[index] = Value::None();
  f->flags &= ~kFrameHasObject;
  FrameData* fd = AsFrameData(obj);
  if (fd == nullptr) return;
  // Runs while a return value or a propagating exception is in flight:
  // neither is disturbed (allocation never collects; a failed snapshot
  // leaves the frame without locals rather than replacing the exception).
  Value saved = ts.pending_exception;
  fd->lasti = f->pc.load(std::memory_order_relaxed);
  Value locals = RecordLocals(ts, *f);
  fd->locals = locals.IsError() ? Value::None() : locals;
  fd->back = Value::None();
  // A suspended generator's frame has no caller (CPython: f_back None).
  if (!(f->flags & kFrameGenerator)) {
    int64_t caller = CallerIndex(ts, index);
    if (caller >= 0) {
      Value back = FrameObjectFor(ts, static_cast<uint32_t>(caller));
      if (!back.IsError()) fd->back = back;
    }
  }
  fd->ts = nullptr;
  ts.pending_exception = saved;
}

uint32_t FrameLasti(const FrameData* fd) {
  if (FrameIsLive(fd)) {
    return fd->ts->frames.records()[fd->index].pc.load(
        std::memory_order_relaxed);
  }
  return fd->lasti;
}

int32_t FrameLineno(const FrameData* fd) {
  return LineOf(fd->code, FrameLasti(fd));
}

Value FrameLocals(ThreadState& ts, FrameData* fd) {
  if (FrameIsLive(fd)) {
    return RecordLocals(*fd->ts, fd->ts->frames.records()[fd->index]);
  }
  if (fd->locals.IsNone()) {
    // Ended before it had an object: its registers are gone.
    Dict* d = NewDict(ts);
    if (d == nullptr) return Value::Error();
    fd->locals = DictValue(d);
  }
  return fd->locals;
}

Value FrameBack(ThreadState& ts, FrameData* fd) {
  if (FrameIsLive(fd)) {
    int64_t caller = CallerIndex(*fd->ts, fd->index);
    if (caller < 0) return Value::None();
    return FrameObjectFor(*fd->ts, static_cast<uint32_t>(caller));
  }
  return fd->back;
}

Value NewTracebackObject(ThreadState& ts, Value next, Value frame,
                         uint32_t lasti, int32_t lineno) {
  NativeData* obj = NewNativeOf(ts, Rt(ts).classes.traceback, &kTracebackOps,
                                sizeof(TracebackData));
  if (obj == nullptr) return Value::Error();
  *static_cast<TracebackData*>(obj->data) =
      TracebackData{next, frame, lasti, lineno};
  return Value::Obj(obj);
}

void AddTraceback(ThreadState& ts, Value exc, Frame* frame, uint32_t pc) {
  if (!IsKind(exc, ObjKind::kException)) return;
  auto* e = static_cast<ExceptionObject*>(exc.AsObject());
  uint32_t index = static_cast<uint32_t>(frame - ts.frames.records());
  if (AsTracebackData(e->traceback) != nullptr) {
    // Already a chain (read by the script, or set by with_traceback): the
    // frame becomes its new head, as in CPython.
    TempRoots roots(ts);
    roots.Add(exc);
    Value saved = ts.pending_exception;
    Value fobj = FrameObjectFor(ts, index);
    Value tb = fobj.IsError() ? fobj
                              : NewTracebackObject(ts, e->traceback, fobj, pc,
                                                   LineOf(frame->code, pc));
    ts.pending_exception = saved;
    if (!tb.IsError()) e->traceback = tb;
    return;
  }
  if (!IsKind(e->traceback, ObjKind::kList)) {
    // A fresh exception: this is where it was raised, so it links to the
    // one being handled (natives' and the VM's own errors included).
    LinkContext(ts, exc);
    List* l = NewList(ts, 0);
    if (l == nullptr) {
      // Out of memory: keep the original exception, lose the entry.
      TakePendingException(ts);
      ts.pending_exception = exc;
      return;
    }
    e->traceback = Value::Obj(l);
  }
  List* l = As<List>(e->traceback);
  // The frame object when the frame has one (its locals are then kept),
  // else the function (for f_globals) or the bare code.
  Value item;
  if (frame->flags & kFrameHasObject) {
    item = ts.frame_objects[index];
  } else if (frame->func != nullptr && frame->func->code == frame->code) {
    item = Value::Obj(frame->func);
  } else {
    item = Value::Obj(frame->code);
  }
  Value saved = ts.pending_exception;
  if (!ListAppend(ts, l, item) ||
      !ListAppend(ts, l,
                  Value::Int((static_cast<int64_t>(index) << 32) | pc))) {
    ts.pending_exception = saved;
  }
}

Value MaterializeTraceback(ThreadState& ts, Value exc) {
  if (!IsKind(exc, ObjKind::kException)) return Value::None();
  auto* e = static_cast<ExceptionObject*>(exc.AsObject());
  if (!IsKind(e->traceback, ObjKind::kList)) {
    return e->traceback.IsObject() ? e->traceback : Value::None();
  }
  TempRoots roots(ts);
  roots.Add(exc);
  List* l = As<List>(e->traceback);
  roots.Add(e->traceback);
  int64_t n = static_cast<int64_t>(l->size) / 2;
  // Frame objects first, outermost to innermost, so that a reconstructed
  // frame's caller (the next entry out) exists when it is made.
  std::vector<Value> frames(static_cast<size_t>(n), Value::None());
  Value outer = Value::None();
  for (int64_t k = n - 1; k >= 0; --k) {
    Value item = l->items[2 * k];
    int64_t meta = l->items[2 * k + 1].AsInt();
    uint32_t pc = static_cast<uint32_t>(meta & 0xffffffff);
    uint32_t index = static_cast<uint32_t>(meta >> 32);
    Code* code = EntryCode(item);
    Value f;
    if (AsFrameData(item) != nullptr) {
      f = item;
    } else if (k == n - 1 && index < ts.frames.depth_relaxed() &&
               ts.frames.records()[index].code == code) {
      // Every other entry's frame was unwound; the outermost one is the
      // frame that caught the exception, still running when it is the
      // record at the same place with the same code.
      f = FrameObjectFor(ts, index);
    } else {
      FrameData* fd = NewFrameData(ts, &f);
      if (fd != nullptr) {
        fd->code = code;
        fd->lasti = pc;
        fd->globals = IsKind(item, ObjKind::kFunction)
                          ? As<Function>(item)->globals
                          : nullptr;
        fd->back = outer;
      }
    }
    if (f.IsError()) return Value::Error();
    frames[static_cast<size_t>(k)] = f;
    roots.Add(f);
    outer = f;
  }
  Value next = Value::None();
  for (int64_t k = 0; k < n; ++k) {
    Value item = l->items[2 * k];
    uint32_t pc =
        static_cast<uint32_t>(l->items[2 * k + 1].AsInt() & 0xffffffff);
    Code* code = EntryCode(item);
    Value tb = NewTracebackObject(ts, next, frames[static_cast<size_t>(k)], pc,
                                  code != nullptr ? LineOf(code, pc) : -1);
    if (tb.IsError()) return tb;
    roots.Add(tb);
    next = tb;
  }
  e->traceback = next;
  return next;
}

void CollectTracebackEntries(Value tb, std::vector<TbEntry>* out) {
  if (IsKind(tb, ObjKind::kList)) {
    List* l = As<List>(tb);
    // Stored innermost first, as the exception unwound.
    for (int64_t i = static_cast<int64_t>(l->size) - 2; i >= 0; i -= 2) {
      Code* code = EntryCode(l->items[i]);
      if (code == nullptr || !l->items[i + 1].IsInt()) continue;
      uint32_t pc = static_cast<uint32_t>(l->items[i + 1].AsInt() & 0xffffffff);
      out->push_back(TbEntry{code, pc, LineOf(code, pc)});
    }
    return;
  }
  // A chain may have been made cyclic through tb_next: bounded walk.
  for (int guard = 0; guard < 1000000; ++guard) {
    TracebackData* t = AsTracebackData(tb);
    if (t == nullptr) return;
    FrameData* fd = AsFrameData(t->frame);
    if (fd != nullptr && fd->code != nullptr) {
      out->push_back(TbEntry{fd->code, t->lasti, t->lineno});
    }
    tb = t->next;
  }
}

}  // namespace vm
}  // namespace interp
