// exec(), eval() and compile(): source parsed and compiled at run time and
// run with a globals dict and an optional separate locals dict (a
// namespace code object, TopLevel::kNamespace, which reads and writes its
// names in that dict like a class body does).
#include <string>
#include <string_view>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/compiler/compiler.h"
#include "runtime/frontend/parser.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

// eval() ignores leading spaces and tabs, like CPython.
std::string_view StripForEval(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  return s;
}

// The future features of the innermost script code running (exec() and
// compile() inherit them, as in CPython).
uint32_t CallerFutureFlags(ThreadState& ts) {
  for (uint32_t i = ts.frames.depth_relaxed(); i > 0; --i) {
    Frame* f = &ts.frames.records()[i - 1];
    if (f->func != nullptr && f->code != nullptr) {
      return f->code->body->flags & kCodeFutureAnnotations;
    }
  }
  return 0;
}

// Parses and compiles; null with SyntaxError pending.
Code* CompileText(ThreadState& ts, std::string_view source,
                  std::string_view filename, CompileMode mode, TopLevel top) {
  const bool eval = mode == CompileMode::kEval;
  const bool single = mode == CompileMode::kInteractive;
  if (eval) source = StripForEval(source);
  ParseResult pr = Parse(source, filename,
                         single ? ParseMode::kInteractive : ParseMode::kFile);
  if (pr.module == nullptr) {
    if (pr.error.filename.empty()) pr.error.filename = std::string(filename);
    RaiseSyntaxError(ts, pr.error);
    return nullptr;
  }
  if (single && pr.module->body.empty()) {
    // 'single' needs one statement; blank or comment-only input is an error.
    SyntaxErrorInfo info;
    info.type = "SyntaxError";
    info.message = "invalid syntax";
    info.filename = std::string(filename);
    info.line = 1;
    info.col = 1;
    info.end_line = 1;
    info.end_col = 1;
    RaiseSyntaxError(ts, info);
    return nullptr;
  }
  if (eval && (pr.module->body.size() != 1 ||
               !pr.module->body[0]->Is<ast::ExprStmt>())) {
    SyntaxErrorInfo info;
    info.type = "SyntaxError";
    info.message = "invalid syntax";
    info.filename = std::string(filename);
    const ast::Stmt* s =
        pr.module->body.empty() ? nullptr : pr.module->body[0].get();
    info.line = s != nullptr ? s->line : 1;
    info.col = s != nullptr ? s->col + 1 : 1;
    info.end_line = info.line;
    info.end_col = info.col + 1;
    size_t nl = source.find('\n');
    info.text = std::string(source.substr(0, nl));
    RaiseSyntaxError(ts, info);
    return nullptr;
  }
  SyntaxErrorInfo err;
  Code* code = CompileModule(ts, *pr.module, source, mode, &err, top, nullptr,
                             CallerFutureFlags(ts));
  if (code == nullptr) {
    if (!ts.pending_exception.IsNone()) return nullptr;
    if (err.filename.empty()) err.filename = std::string(filename);
    RaiseSyntaxError(ts, err);
    return nullptr;
  }
  return code;
}

}  // namespace
}  // namespace vm

Value ExecOrEval(ThreadState& ts, bool eval, Value source, Dict* globals,
                 Dict* locals) {
  RuntimeState& rt = vm::Rt(ts);
  const char* fname = eval ? "eval" : "exec";
  TempRoots roots(ts);
  roots.Add(source);
  roots.Add(DictValue(globals));
  if (locals != nullptr) roots.Add(DictValue(locals));
  Code* code;
  if (IsKind(source, ObjKind::kCode)) {
    code = static_cast<Code*>(source.AsObject());
    if (locals != nullptr && !(code->body->flags & kCodeClassBody)) {
      // compile() cannot know the locals a later exec will get.
      return RaiseFormat(ts, rt.exc.type_error,
                         "%s() of a compile()d code object takes no separate "
                         "locals mapping in interp",
                         fname);
    }
  } else if (IsKind(source, ObjKind::kStr)) {
    code = vm::CompileText(
        ts, vm::AsStr(source)->view(), "<string>",
        eval ? CompileMode::kEval : CompileMode::kModule,
        locals != nullptr ? TopLevel::kNamespace : TopLevel::kGlobals);
    if (code == nullptr) return Value::Error();
  } else {
    return RaiseFormat(ts, rt.exc.type_error,
                       "%s() arg 1 must be a string, bytes or code object",
                       fname);
  }
  roots.Add(Value::Obj(code));
  Value r = RunCodeIn(ts, code, globals, locals);
  if (r.IsError()) return r;
  return eval ? r : Value::None();
}

Value CompileSource(ThreadState& ts, Value source, Value filename, Value mode) {
  RuntimeState& rt = vm::Rt(ts);
  if (!IsKind(source, ObjKind::kStr)) {
    return RaiseTypeError(ts,
                          "compile() arg 1 must be a string, bytes or AST "
                          "object");
  }
  if (!IsKind(filename, ObjKind::kStr) || !IsKind(mode, ObjKind::kStr)) {
    return RaiseTypeError(ts, "compile() filename and mode must be strings");
  }
  std::string_view m = vm::AsStr(mode)->view();
  CompileMode cm;
  if (m == "exec") {
    cm = CompileMode::kModule;
  } else if (m == "eval") {
    cm = CompileMode::kEval;
  } else if (m == "single") {
    cm = CompileMode::kInteractive;
  } else {
    return RaiseFormat(ts, rt.exc.value_error,
                       "compile() mode must be 'exec', 'eval' or 'single'");
  }
  Code* code =
      vm::CompileText(ts, vm::AsStr(source)->view(),
                      vm::AsStr(filename)->view(), cm, TopLevel::kGlobals);
  return code != nullptr ? Value::Obj(code) : Value::Error();
}

}  // namespace interp
