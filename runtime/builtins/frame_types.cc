// The attributes of `frame` and `traceback` objects (vm/frame_object.h
// holds the objects themselves) and types.TracebackType's constructor.
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/frame_object.h"

namespace interp {
namespace builtins {
namespace {

vm::FrameData* FrameSelf(ThreadState& ts, const Value* args, uint32_t nargs,
                         const char* what) {
  vm::FrameData* fd = nargs >= 1 ? vm::AsFrameData(args[0]) : nullptr;
  if (fd == nullptr) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "descriptor '%s' for 'frame' objects doesn't apply to a '%s' "
                "object",
                what, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
  }
  return fd;
}

vm::TracebackData* TbSelf(ThreadState& ts, const Value* args, uint32_t nargs,
                          const char* what) {
  vm::TracebackData* tb = nargs >= 1 ? vm::AsTracebackData(args[0]) : nullptr;
  if (tb == nullptr) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "descriptor '%s' for 'traceback' objects doesn't apply to a "
                "'%s' object",
                what, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
  }
  return tb;
}

#define FRAME_GETTER(fn_name, attr, expr)                                     \
  Value fn_name(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) { \
    vm::FrameData* fd = FrameSelf(ts, args, nargs, attr);                     \
    if (fd == nullptr) return Value::Error();                                 \
    return expr;                                                              \
  }

FRAME_GETTER(FrameCode, "f_code", Value::Obj(fd->code))
FRAME_GETTER(FrameLineno, "f_lineno", Value::Int(vm::FrameLineno(fd)))
FRAME_GETTER(FrameLasti, "f_lasti", Value::Int(vm::FrameLasti(fd)))
FRAME_GETTER(FrameBack, "f_back", vm::FrameBack(ts, fd))
FRAME_GETTER(FrameLocals, "f_locals", vm::FrameLocals(ts, fd))
FRAME_GETTER(FrameTrace, "f_trace", fd->trace)
#undef FRAME_GETTER

Value FrameGlobals(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  vm::FrameData* fd = FrameSelf(ts, args, nargs, "f_globals");
  if (fd == nullptr) return Value::Error();
  if (fd->globals == nullptr) {
    // A frame known only by its code (no function recorded it).
    fd->globals = NewDict(ts);
    if (fd->globals == nullptr) return Value::Error();
  }
  return DictValue(fd->globals);
}

Value FrameBuiltins(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple*) {
  if (FrameSelf(ts, args, nargs, "f_builtins") == nullptr) {
    return Value::Error();
  }
  Object* b = Rt(ts).builtins_module;
  if (b == nullptr) return RaiseRuntimeError(ts, "no builtins module");
  return DictValue(static_cast<Module*>(b)->dict);
}

Value FrameSetTrace(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple*) {
  vm::FrameData* fd = FrameSelf(ts, args, nargs, "f_trace");
  if (fd == nullptr || nargs != 2) return Value::Error();
  fd->trace = args[1];
  return Value::None();
}

// frame.clear(): drops a finished frame's locals; a running one cannot be
// cleared (CPython's RuntimeError).
Value FrameClear(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  vm::FrameData* fd = FrameSelf(ts, args, nargs, "clear");
  if (fd == nullptr || !NoKwargs(ts, "frame.clear", kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "frame.clear() takes no arguments (%d given)",
                       static_cast<int>(nargs - 1));
  }
  if (vm::FrameIsLive(fd)) {
    return RaiseRuntimeError(ts, "cannot clear an executing frame");
  }
  Dict* d = NewDict(ts);
  if (d == nullptr) return Value::Error();
  fd->locals = DictValue(d);
  fd->trace = Value::None();
  return Value::None();
}

// <frame at 0x..., file 'f.py', line 3, code g>
Value FrameRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  vm::FrameData* fd = FrameSelf(ts, args, nargs, "__repr__");
  if (fd == nullptr) return Value::Error();
  const CodeBody* b = fd->code->body;
  std::string file = "'";
  if (b->filename != nullptr) file += b->filename->view();
  file += "'";
  std::string s = absl::StrCat(
      "<frame at 0x",
      absl::Hex(reinterpret_cast<uintptr_t>(args[0].AsObject())), ", file ",
      file, ", line ", vm::FrameLineno(fd), ", code ",
      b->name != nullptr ? std::string(b->name->view()) : "?", ">");
  return StrValue(ts, s);
}

Value TbFrame(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  vm::TracebackData* tb = TbSelf(ts, args, nargs, "tb_frame");
  return tb == nullptr ? Value::Error() : tb->frame;
}

Value TbLineno(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  vm::TracebackData* tb = TbSelf(ts, args, nargs, "tb_lineno");
  return tb == nullptr ? Value::Error() : Value::Int(tb->lineno);
}

Value TbLasti(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  vm::TracebackData* tb = TbSelf(ts, args, nargs, "tb_lasti");
  return tb == nullptr ? Value::Error() : Value::Int(tb->lasti);
}

Value TbNext(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  vm::TracebackData* tb = TbSelf(ts, args, nargs, "tb_next");
  return tb == nullptr ? Value::Error() : tb->next;
}

// tb_next = x: None or a traceback that does not lead back to this one.
Value TbSetNext(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  vm::TracebackData* tb = TbSelf(ts, args, nargs, "tb_next");
  if (tb == nullptr || nargs != 2) return Value::Error();
  Value next = args[1];
  if (!next.IsNone() && vm::AsTracebackData(next) == nullptr) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "expected traceback object, got '%s'",
                       TypeName(ts, next));
  }
  for (Value c = next; !c.IsNone();) {
    if (c.AsObject() == args[0].AsObject()) {
      return RaiseValueError(ts, "traceback loop detected");
    }
    c = vm::AsTracebackData(c)->next;
  }
  tb->next = next;
  return Value::None();
}

// TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
Value TracebackConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "traceback", kwnames)) return Value::Error();
  if (nargs != 4) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "traceback() takes exactly 4 arguments (%d given)",
                       static_cast<int>(nargs));
  }
  if (!args[0].IsNone() && vm::AsTracebackData(args[0]) == nullptr) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "expected traceback object or None, got '%s'",
                       TypeName(ts, args[0]));
  }
  if (vm::AsFrameData(args[1]) == nullptr) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "TracebackType() argument 'tb_frame' must be frame, "
                       "not %s",
                       TypeName(ts, args[1]));
  }
  int64_t lasti = 0, lineno = 0;
  if (!ToIndex(ts, args[2], &lasti) || !ToIndex(ts, args[3], &lineno)) {
    return Value::Error();
  }
  return vm::NewTracebackObject(ts, args[0], args[1],
                                static_cast<uint32_t>(lasti),
                                static_cast<int32_t>(lineno));
}

}  // namespace

bool InitFrameTypes(ThreadState& ts) {
  BuiltinClasses& c = Rt(ts).classes;
  struct Prop {
    const char* name;
    NativeFn get;
    NativeFn set;
  };
  static constexpr Prop kFrameProps[] = {
      {"f_code", FrameCode, nullptr},
      {"f_lineno", FrameLineno, nullptr},
      {"f_lasti", FrameLasti, nullptr},
      {"f_back", FrameBack, nullptr},
      {"f_globals", FrameGlobals, nullptr},
      {"f_locals", FrameLocals, nullptr},
      {"f_builtins", FrameBuiltins, nullptr},
      {"f_trace", FrameTrace, FrameSetTrace},
  };
  for (const Prop& p : kFrameProps) {
    if (!AddNativeProperty(ts, c.frame, "frame", p.name, p.get, p.set)) {
      return false;
    }
  }
  static constexpr MethodDef kFrameMethods[] = {
      {"clear", FrameClear},
      {"__repr__", FrameRepr},
  };
  if (!AddMethods(ts, c.frame, "frame", kFrameMethods)) return false;
  static constexpr Prop kTbProps[] = {
      {"tb_frame", TbFrame, nullptr},
      {"tb_lineno", TbLineno, nullptr},
      {"tb_lasti", TbLasti, nullptr},
      {"tb_next", TbNext, TbSetNext},
  };
  for (const Prop& p : kTbProps) {
    if (!AddNativeProperty(ts, c.traceback, "traceback", p.name, p.get,
                           p.set)) {
      return false;
    }
  }
  c.traceback->construct = TracebackConstruct;
  return true;
}

}  // namespace builtins
}  // namespace interp
