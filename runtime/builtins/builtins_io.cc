// I/O builtins: print, input, open. print writes straight into the buffer
// of sys.stdout's file object when it is one of ours (no method calls),
// and goes through its write() method otherwise, like CPython.
#include <string>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/file.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

bool OptionalStr(ThreadState& ts, const char* what, Value v,
                 std::string_view dflt, std::string_view* out) {
  if (v.IsEmpty() || v.IsNone()) {
    *out = dflt;
    return true;
  }
  if (!IsStr(v)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "%s must be None or a string, not %s", what, TypeName(ts, v));
    return false;
  }
  *out = AsStr(v)->view();
  return true;
}

Value CallMethod(ThreadState& ts, Value obj, Str* name, const Value* args,
                 uint32_t nargs) {
  Value m = GetAttr(ts, obj, name);
  if (m.IsError()) return m;
  TempRoots roots(ts);
  roots.Add(m);
  return CallValue(ts, m, args, nargs);
}

Value Print(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  Value sepv = Value::Empty(), endv = Value::Empty(), file = Value::Empty(),
        flushv = Value::Empty();
  for (uint32_t i = 0; i < NumKw(kw); ++i) {
    Str* k = AsStr(kw->items[i]);
    Value v = args[nargs + i];
    if (k == rt.names.sep) {
      sepv = v;
    } else if (k == rt.names.end) {
      endv = v;
    } else if (k == rt.names.file) {
      file = v;
    } else if (k == rt.names.flush) {
      flushv = v;
    } else {
      return RaiseFormat(ts, rt.exc.type_error,
                         "'%s' is an invalid keyword argument for print()",
                         k->view());
    }
  }
  std::string_view sep, end;
  if (!OptionalStr(ts, "sep", sepv, " ", &sep) ||
      !OptionalStr(ts, "end", endv, "\n", &end)) {
    return Value::Error();
  }
  if (file.IsEmpty() || file.IsNone()) {
    file = rt.sys_module != nullptr ? ModuleGet(rt.sys_module, rt.names.stdout)
                                    : Value::Empty();
    // No stdout (sys.stdout = None): print does nothing, like CPython.
    if (file.IsEmpty() || file.IsNone()) return Value::None();
  }
  bool flush = false;
  if (!flushv.IsEmpty()) {
    int t = Truthy(ts, flushv);
    if (t < 0) return Value::Error();
    flush = t != 0;
  }
  TempRoots roots(ts);
  roots.Add(file);
  if (IsFile(file) && file.AsObject()->cls == rt.classes.file) {
    std::string text;
    for (uint32_t i = 0; i < nargs; ++i) {
      if (i > 0) text.append(sep);
      if (!AppendStr(ts, args[i], &text)) return Value::Error();
    }
    text.append(end);
    FileObject* f = AsFile(file);
    if (!FileWrite(ts, f, text)) return Value::Error();
    if (flush && !FileFlush(ts, f)) return Value::Error();
    return Value::None();
  }
  Value write = GetAttr(ts, file, rt.names.write);
  if (write.IsError()) return write;
  roots.Add(write);
  auto emit = [&](Value s) {
    if (s.IsError()) return false;
    roots.Add(s);
    return !CallValue(ts, write, &s, 1).IsError();
  };
  for (uint32_t i = 0; i < nargs; ++i) {
    if (i > 0 && !emit(StrValue(ts, sep))) return Value::Error();
    if (!emit(ToStr(ts, args[i]))) return Value::Error();
  }
  if (!emit(StrValue(ts, end))) return Value::Error();
  if (flush && CallMethod(ts, file, rt.names.flush, nullptr, 0).IsError()) {
    return Value::Error();
  }
  return Value::None();
}

Value Input(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "input", kw)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "input expected at most 1 argument, got %d", nargs);
  }
  if (rt.sys_module == nullptr) {
    return RaiseRuntimeError(ts, "input(): lost sys.stdin");
  }
  Value in = ModuleGet(rt.sys_module, rt.names.stdin);
  Value out = ModuleGet(rt.sys_module, rt.names.stdout);
  if (in.IsEmpty() || in.IsNone()) {
    return RaiseRuntimeError(ts, "input(): lost sys.stdin");
  }
  TempRoots roots(ts);
  roots.Add(in);
  roots.Add(out);
  if (!out.IsEmpty() && !out.IsNone()) {
    if (nargs == 1) {
      Value prompt = ToStr(ts, args[0]);
      if (prompt.IsError()) return prompt;
      roots.Add(prompt);
      if (IsFile(out) && out.AsObject()->cls == rt.classes.file) {
        if (!FileWrite(ts, AsFile(out), AsStr(prompt)->view())) {
          return Value::Error();
        }
      } else if (CallMethod(ts, out, rt.names.write, &prompt, 1).IsError()) {
        return Value::Error();
      }
    }
    // The prompt (and anything printed before) must be visible before
    // the program blocks for input.
    if (IsFile(out) && out.AsObject()->cls == rt.classes.file) {
      if (!FileFlush(ts, AsFile(out))) return Value::Error();
    } else if (CallMethod(ts, out, rt.names.flush, nullptr, 0).IsError()) {
      return Value::Error();
    }
  }
  std::string line;
  if (IsFile(in) && in.AsObject()->cls == rt.classes.file) {
    if (!FileReadLine(ts, AsFile(in), &line)) return Value::Error();
  } else {
    Value r = CallMethod(ts, in, rt.names.readline, nullptr, 0);
    if (r.IsError()) return r;
    if (!IsStr(r)) {
      return RaiseTypeError(ts, "object.readline() returned non-string");
    }
    line = std::string(AsStr(r)->view());
  }
  if (line.empty()) {
    return RaiseWithMessage(ts, rt.exc.eof_error, "EOF when reading a line");
  }
  if (line.back() == '\n') line.pop_back();
  Value s = StrValue(ts, line);
  return s;
}

Value Open(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[7];
  if (!BindArgs(ts, "open", args, nargs, kw,
                {"file", "mode", "buffering", "encoding", "errors", "newline",
                 "closefd"},
                1, 7, 0, a)) {
    return Value::Error();
  }
  std::string_view mode = "r";
  if (!a[1].IsEmpty()) {
    if (!IsStr(a[1])) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "open() argument 'mode' must be str, not %s",
                         TypeName(ts, a[1]));
    }
    mode = AsStr(a[1])->view();
  }
  if (!a[3].IsEmpty() && !a[3].IsNone() && !IsStr(a[3])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "open() argument 'encoding' must be str or None, not "
                       "%s",
                       TypeName(ts, a[3]));
  }
  bool closefd = true;
  if (!a[6].IsEmpty()) {
    int t = Truthy(ts, a[6]);
    if (t < 0) return Value::Error();
    closefd = t != 0;
  }
  OpenTextOptions options;
  options.encoding = a[3];
  options.errors = a[4];
  options.newline = a[5];
  return OpenFile(ts, a[0], mode, closefd, options);
}

}  // namespace

bool AddIoBuiltins(ThreadState& ts, Module* m) {
  static constexpr MethodDef kFunctions[] = {
      {"print", Print},
      {"input", Input},
      {"open", Open},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return false;
  }
  return true;
}

}  // namespace builtins
}  // namespace interp
