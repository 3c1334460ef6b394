// Modules: running module bodies, `import` (sys.modules cache, builtin
// module table, modules and packages found on sys.path, then the frozen
// standard modules of runtime/lib), `from m import x`, and
// turning parse/compile errors into SyntaxError exceptions.
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/compiler/compiler.h"
#include "runtime/frontend/parser.h"
#include "runtime/lib/frozen.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

bool IsRegularFile(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

bool SetStrAttr(ThreadState& ts, Dict* d, std::string_view key, Value v) {
  Str* k = InternStr(ts, key);
  return k != nullptr && DictSetStr(ts, d, k, v);
}

// The path of `file` in sys.path entry `dir`, as CPython's path finder
// spells it: absolute (a relative or empty entry is taken from the current
// directory), the entry's trailing slashes dropped, nothing resolved.
std::string ModuleCandidate(std::string_view dir, std::string_view file) {
  std::string base(dir);
  if (base.empty() || base.front() != '/') {
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof(cwd)) != nullptr) {
      base = base.empty() ? std::string(cwd) : absl::StrCat(cwd, "/", AV(base));
    }
  }
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  if (base.empty()) return std::string(file);
  if (base == "/") return absl::StrCat("/", AV(file));
  return absl::StrCat(base, "/", AV(file));
}

std::string ModuleFileOf(ThreadState& ts, Value module) {
  if (!IsKind(module, ObjKind::kModule)) return "unknown location";
  Value f = DictGetStr(As<Module>(module)->dict, Rt(ts).names.__file__);
  if (IsKind(f, ObjKind::kStr)) return std::string(AsStr(f)->view());
  return "unknown location";
}

}  // namespace

bool ModuleInitializing(ThreadState& ts, Object* module) {
  RuntimeState& rt = Rt(ts);
  if (rt.vm == nullptr) return false;
  auto& v = rt.vm->initializing_modules;
  return std::find(v.begin(), v.end(), module) != v.end();
}

Value RaiseSyntaxError(ThreadState& ts, const SyntaxErrorInfo& info) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls = rt.exc.syntax_error;
  if (info.type == "IndentationError") cls = rt.exc.indentation_error;
  if (info.type == "TabError") cls = rt.exc.tab_error;
  auto* e = rt.heap.New<ExceptionObject>(ts, ObjKind::kException, cls);
  if (e == nullptr) return RaiseMemoryError(ts);
  TempRoots roots(ts);
  Value ev = Value::Obj(e);
  roots.Add(ev);
  e->traceback = Value::None();
  e->cause = Value::None();
  e->context = Value::None();
  Value msg = StrValue(ts, info.message);
  Value filename = StrValue(ts, info.filename);
  Value text = StrValue(ts, info.text);
  if (msg.IsError() || filename.IsError() || text.IsError())
    return Value::Error();
  roots.Add(msg);
  roots.Add(filename);
  roots.Add(text);
  Value details[6] = {
      filename, Value::Int(info.line),     Value::Int(info.col),
      text,     Value::Int(info.end_line), Value::Int(info.end_col)};
  Tuple* dt = NewTupleFrom(ts, details, 6);
  if (dt == nullptr) return Value::Error();
  Value args[2] = {msg, Value::Obj(dt)};
  e->args = NewTupleFrom(ts, args, 2);
  if (e->args == nullptr) return Value::Error();
  e->attrs = NewDict(ts);
  if (e->attrs == nullptr) return Value::Error();
  const CommonNames& n = rt.names;
  DictSetStr(ts, e->attrs, n.msg, msg);
  DictSetStr(ts, e->attrs, n.filename, filename);
  DictSetStr(ts, e->attrs, n.lineno, Value::Int(info.line));
  DictSetStr(ts, e->attrs, n.offset, Value::Int(info.col));
  DictSetStr(ts, e->attrs, n.text, text);
  DictSetStr(ts, e->attrs, n.end_lineno, Value::Int(info.end_line));
  DictSetStr(ts, e->attrs, n.end_offset, Value::Int(info.end_col));
  SetStrAttr(ts, e->attrs, "print_file_and_line", Value::None());
  ts.pending_exception = ev;
  return Value::Error();
}

// CPython's report of a compile-time SyntaxWarning (the warnings module's
// default format; the compiler warns without a registry, so a repeated
// warning prints again).
void PrintCompileWarnings(ThreadState& ts, std::string_view source,
                          std::string_view filename,
                          const std::vector<CompileWarning>& warnings) {
  for (const CompileWarning& w : warnings) {
    std::string text = absl::StrCat(AV(filename), ":", w.line,
                                    ": SyntaxWarning: ", w.message, "\n");
    if (!filename.empty() && filename[0] != '<') {
      // The source line, stripped (linecache cannot read "<stdin>").
      size_t start = 0;
      for (int l = 1; l < w.line && start != std::string_view::npos; ++l) {
        start = source.find('\n', start);
        if (start != std::string_view::npos) ++start;
      }
      if (start != std::string_view::npos) {
        size_t end = source.find('\n', start);
        std::string_view line = source.substr(
            start, end == std::string_view::npos ? end : end - start);
        size_t b = line.find_first_not_of(" \t\f\r");
        size_t e = line.find_last_not_of(" \t\f\r");
        if (b != std::string_view::npos) {
          absl::StrAppend(&text, "  ", AV(line.substr(b, e - b + 1)), "\n");
        }
      }
    }
    WriteStderrText(ts, text);
  }
}

namespace {

// Parses and compiles `source`; null with SyntaxError (or MemoryError)
// pending on failure.
Code* CompileSource(ThreadState& ts, std::string_view source,
                    std::string_view filename, CompileMode mode) {
  ParseResult pr =
      Parse(source, filename,
            mode == CompileMode::kInteractive ? ParseMode::kInteractive
                                              : ParseMode::kFile);
  if (pr.module == nullptr) {
    if (pr.error.filename.empty()) pr.error.filename = std::string(filename);
    RaiseSyntaxError(ts, pr.error);
    return nullptr;
  }
  SyntaxErrorInfo err;
  std::vector<CompileWarning> warnings;
  Code* code = CompileModule(ts, *pr.module, source, mode, &err,
                             TopLevel::kGlobals, &warnings);
  if (code == nullptr) {
    if (!ts.pending_exception.IsNone()) return nullptr;
    if (err.filename.empty()) err.filename = std::string(filename);
    RaiseSyntaxError(ts, err);
    return nullptr;
  }
  if (!warnings.empty()) {
    TempRoots roots(ts);
    roots.Add(Value::Obj(code));
    PrintCompileWarnings(ts, source, filename, warnings);
  }
  // Developer aid (`-X dis`): the bytecode of every module compiled, on
  // stderr, to see what a hot loop really executes.
  for (const auto& [name, value] : Rt(ts).options.xoptions) {
    if (name == "dis") {
      std::string listing = Disassemble(code);
      fwrite(listing.data(), 1, listing.size(), stderr);
      break;
    }
  }
  return code;
}

}  // namespace

Value ExecSourceMode(ThreadState& ts, std::string_view source,
                     std::string_view filename, Module* module,
                     CompileMode mode) {
  Code* code = CompileSource(ts, source, filename, mode);
  if (code == nullptr) return Value::Error();
  return RunModuleCode(ts, code, module);
}

Value ImportFrom(ThreadState& ts, Value module, Str* name) {
  RuntimeState& rt = Rt(ts);
  Value v = GetAttrOrEmpty(ts, module, name);
  if (!v.IsEmpty()) return v;
  std::string mname = "?";
  if (IsKind(module, ObjKind::kModule) && As<Module>(module)->name != nullptr) {
    mname = std::string(As<Module>(module)->name->view());
  }
  // `from package import submodule` imports the submodule.
  if (IsKind(module, ObjKind::kModule) &&
      !DictGetStr(As<Module>(module)->dict, InternStr(ts, "__path__"))
           .IsEmpty()) {
    Str* full = InternStr(ts, absl::StrCat(mname, ".", AV(name->view())));
    if (full == nullptr) return Value::Error();
    Value sub = ImportModule(ts, full);
    if (!sub.IsError()) return sub;
    if (!PendingExceptionMatches(ts, rt.exc.module_not_found_error)) {
      return sub;
    }
    TakePendingException(ts);
  }
  if (IsKind(module, ObjKind::kModule) &&
      ModuleInitializing(ts, module.AsObject())) {
    return RaiseFormat(ts, rt.exc.import_error,
                       "cannot import name '%s' from partially initialized "
                       "module '%s' (most likely due to a circular import) "
                       "(%s)",
                       name->view(), mname, ModuleFileOf(ts, module));
  }
  return RaiseFormat(ts, rt.exc.import_error,
                     "cannot import name '%s' from '%s' (%s)", name->view(),
                     mname, ModuleFileOf(ts, module));
}

// `from M import *`: binds M.__all__'s names, or without __all__ every name
// of M's namespace that does not start with an underscore.
Value ImportStar(ThreadState& ts, Value module, Dict* globals) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(module);
  Str* all_name = InternStr(ts, "__all__");
  if (all_name == nullptr) return Value::Error();
  Value all = GetAttrOrEmpty(ts, module, all_name);
  if (all.IsError()) return all;
  if (!all.IsEmpty()) {
    roots.Add(all);
    Value it = GetIter(ts, all);
    if (it.IsError()) return it;
    roots.Add(it);
    for (;;) {
      Value name = IterNext(ts, it);
      if (name.IsError()) return name;
      if (name.IsEmpty()) break;
      roots.Add(name);
      if (!IsKind(name, ObjKind::kStr)) {
        std::string mname = "?";
        if (IsKind(module, ObjKind::kModule) &&
            As<Module>(module)->name != nullptr) {
          mname = std::string(As<Module>(module)->name->view());
        }
        return RaiseFormat(ts, rt.exc.type_error,
                           "Item in %s.__all__ must be str, not %s", mname,
                           TypeName(ts, name));
      }
      Value v = GetAttr(ts, module, As<Str>(name));
      if (v.IsError()) return v;
      if (!DictSet(ts, globals, name, v)) return Value::Error();
    }
    return Value::None();
  }
  if (!IsKind(module, ObjKind::kModule)) return Value::None();
  Dict* ns = As<Module>(module)->dict;
  uint32_t pos = 0;
  Value key, value;
  while (DictNext(ns, &pos, &key, &value)) {
    if (!IsKind(key, ObjKind::kStr) || As<Str>(key)->view().starts_with('_')) {
      continue;
    }
    if (!DictSet(ts, globals, key, value)) return Value::Error();
  }
  return Value::None();
}

// `from .x import y`: `name` is the module with its leading dots; the base
// is the importing module's __package__ (or, without one, its __name__,
// less the last part unless it is a package), less one part per extra dot.
Value ImportRelative(ThreadState& ts, Dict* globals, Str* name) {
  RuntimeState& rt = Rt(ts);
  std::string_view spec = name->view();
  size_t level = spec.find_first_not_of('.');
  if (level == std::string_view::npos) level = spec.size();
  std::string_view rest = spec.substr(level);
  std::string package;
  Value pkg = DictGetStr(globals, InternStr(ts, "__package__"));
  if (!pkg.IsEmpty() && IsKind(pkg, ObjKind::kStr)) {
    package = std::string(As<Str>(pkg)->view());
  } else {
    Value modname = DictGetStr(globals, rt.names.__name__);
    if (!modname.IsEmpty() && IsKind(modname, ObjKind::kStr)) {
      package = std::string(As<Str>(modname)->view());
      if (DictGetStr(globals, InternStr(ts, "__path__")).IsEmpty()) {
        size_t dot = package.rfind('.');
        package = dot == std::string::npos ? "" : package.substr(0, dot);
      }
    }
  }
  if (package.empty()) {
    return RaiseFormat(ts, rt.exc.import_error,
                       "attempted relative import with no known parent "
                       "package");
  }
  std::string_view base = package;
  for (size_t i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string_view::npos) {
      return RaiseFormat(ts, rt.exc.import_error,
                         "attempted relative import beyond top-level "
                         "package");
    }
    base = base.substr(0, dot);
  }
  std::string full =
      rest.empty() ? std::string(base) : absl::StrCat(AV(base), ".", AV(rest));
  Str* full_name = InternStr(ts, full);
  if (full_name == nullptr) return Value::Error();
  return ImportModule(ts, full_name);
}

bool DisplayDefault(ThreadState& ts, Value v);

bool PrintExpr(ThreadState& ts, Value v) {
  RuntimeState& rt = Rt(ts);
  if (rt.sys_module != nullptr) {
    // A script's sys.displayhook replaces the default display.
    Value hook = ModuleGet(rt.sys_module, InternStr(ts, "displayhook"));
    Value dflt = ModuleGet(rt.sys_module, InternStr(ts, "__displayhook__"));
    if (hook.IsEmpty()) {
      RaiseRuntimeError(ts, "lost sys.displayhook");
      return false;
    }
    if (!hook.Is(dflt)) return !CallValue(ts, hook, &v, 1).IsError();
  }
  return DisplayDefault(ts, v);
}

bool DisplayDefault(ThreadState& ts, Value v) {
  if (v.IsNone()) return true;
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(v);
  // Like CPython's displayhook: builtins._ holds the last value.
  if (rt.builtins_module != nullptr) {
    Str* underscore = InternStr(ts, "_");
    if (underscore != nullptr) {
      DictSetStr(ts, static_cast<Module*>(rt.builtins_module)->dict, underscore,
                 v);
    }
  }
  Value r = Repr(ts, v);
  if (r.IsError()) return false;
  std::string line = absl::StrCat(AV(AsStr(r)->view()), "\n");
  Value out = rt.sys_module != nullptr
                  ? ModuleGet(rt.sys_module, rt.names.stdout)
                  : Value::Empty();
  if (out.IsEmpty() || out.IsNone()) {
    fwrite(line.data(), 1, line.size(), stdout);
    return true;
  }
  roots.Add(out);
  Value write = GetAttr(ts, out, rt.names.write);
  if (write.IsError()) return false;
  roots.Add(write);
  Value s = StrValue(ts, line);
  if (s.IsError()) return false;
  return !CallValue(ts, write, &s, 1).IsError();
}

}  // namespace vm

bool DisplayValue(ThreadState& ts, Value v) {
  return vm::DisplayDefault(ts, v);
}

Value RunModuleCode(ThreadState& ts, Code* code, Module* module) {
  if (ts.native_reentry_depth >= vm::kMaxNativeReentry) {
    return vm::RaiseRecursionError(ts);
  }
  TempRoots roots(ts);
  roots.Add(Value::Obj(code));
  roots.Add(Value::Obj(module));
  Function* fn = vm::NewFunction(ts, code, module->dict);
  if (fn == nullptr) return Value::Error();
  roots.Add(Value::Obj(fn));
  Value* top = vm::StackTop(ts);
  Frame* f = vm::PushFunctionFrame(ts, fn, top, 0, nullptr, kFrameModule);
  if (f == nullptr) return Value::Error();
  Value r = vm::RunNested(ts, f);
  return r.IsError() ? r : Value::None();
}

Value RunCodeIn(ThreadState& ts, Code* code, Dict* globals, Dict* locals) {
  if (ts.native_reentry_depth >= vm::kMaxNativeReentry) {
    return vm::RaiseRecursionError(ts);
  }
  TempRoots roots(ts);
  roots.Add(Value::Obj(code));
  roots.Add(DictValue(globals));
  if (locals != nullptr) roots.Add(DictValue(locals));
  Function* fn = vm::NewFunction(ts, code, globals);
  if (fn == nullptr) return Value::Error();
  roots.Add(Value::Obj(fn));
  Value* top = vm::StackTop(ts);
  Frame* f;
  if (locals != nullptr) {
    // A namespace code object (TopLevel::kNamespace) takes its dict as
    // its one argument, like a class body.
    top[0] = DictValue(locals);
    f = vm::PushFunctionFrame(ts, fn, top, 1, nullptr, kFrameModule);
  } else {
    f = vm::PushFunctionFrame(ts, fn, top, 0, nullptr, kFrameModule);
  }
  if (f == nullptr) return Value::Error();
  return vm::RunNested(ts, f);
}

Value ExecSource(ThreadState& ts, std::string_view source,
                 std::string_view filename, Module* module) {
  return vm::ExecSourceMode(ts, source, filename, module, CompileMode::kModule);
}

namespace vm {
namespace {

// Where a module's source was found: a file on sys.path (or in a package's
// __path__), or a module frozen into the binary (runtime/lib).
struct LocatedModule {
  std::string filename;  // the path, or "<frozen NAME>"
  std::string source;
  bool is_package = false;
  std::string package_dir;  // a file package's directory (its __path__)
};

// Searches `dirs` for NAME.py, then NAME/__init__.py, in each directory in
// turn (CPython's path finder order), then the frozen modules under the
// full dotted name. False when the module exists nowhere.
bool LocateModule(std::string_view full_name, std::string_view leaf,
                  const std::vector<std::string>& dirs, LocatedModule* out) {
  std::string file = absl::StrCat(AV(leaf), ".py");
  std::string init = absl::StrCat(AV(leaf), "/__init__.py");
  for (const std::string& dir : dirs) {
    std::string package = ModuleCandidate(dir, init);
    if (IsRegularFile(package)) {
      out->filename = package;
      out->is_package = true;
      out->package_dir = ModuleCandidate(dir, leaf);
      return ReadFile(package, &out->source);
    }
    std::string candidate = ModuleCandidate(dir, file);
    if (IsRegularFile(candidate)) {
      out->filename = candidate;
      return ReadFile(candidate, &out->source);
    }
  }
  if (const FrozenModule* frozen = FindFrozenModule(full_name)) {
    out->filename = absl::StrCat("<frozen ", AV(full_name), ">");
    out->source = std::string(frozen->source);
    out->is_package = frozen->is_package;
    return true;
  }
  return false;
}

// The directories a top-level import searches: sys.path when it is a list
// (non-str entries skipped, like CPython), else the runtime's options.
std::vector<std::string> SysPathDirs(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  std::vector<std::string> dirs;
  Value path = rt.sys_module != nullptr
                   ? ModuleGet(rt.sys_module, InternStr(ts, "path"))
                   : Value::Empty();
  if (IsKind(path, ObjKind::kList)) {
    List* l = As<List>(path);
    for (uint32_t i = 0; i < l->size; ++i) {
      if (IsKind(l->items[i], ObjKind::kStr)) {
        dirs.emplace_back(AsStr(l->items[i])->view());
      }
    }
  } else {
    dirs = rt.options.module_path;
  }
  return dirs;
}

// A package's __path__ entries (strings only).
std::vector<std::string> PackageDirs(ThreadState& ts, Value package) {
  std::vector<std::string> dirs;
  if (!IsKind(package, ObjKind::kModule)) return dirs;
  Value path = DictGetStr(As<Module>(package)->dict, InternStr(ts, "__path__"));
  if (IsKind(path, ObjKind::kList)) {
    List* l = As<List>(path);
    for (uint32_t i = 0; i < l->size; ++i) {
      if (IsKind(l->items[i], ObjKind::kStr)) {
        dirs.emplace_back(AsStr(l->items[i])->view());
      }
    }
  }
  return dirs;
}

Value RaiseNoModule(ThreadState& ts, Str* name) {
  RuntimeState& rt = Rt(ts);
  Value r = RaiseFormat(ts, rt.exc.module_not_found_error,
                        "No module named '%s'", name->view());
  if (IsKind(ts.pending_exception, ObjKind::kException)) {
    auto* e = static_cast<ExceptionObject*>(ts.pending_exception.AsObject());
    if (e->attrs == nullptr) e->attrs = NewDict(ts);
    if (e->attrs != nullptr) {
      DictSetStr(ts, e->attrs, rt.names.name, Value::Obj(name));
    }
  }
  return r;
}

// Runs frozen module `name` in `m`. Its code is compiled once per runtime
// and kept (RuntimeState::frozen_code): the source is part of the binary
// and code objects are immutable, so importing the module again -- after a
// host dropped it from sys.modules, or after each reset of the fuzz
// runner, which used to spend most of its time recompiling the standard
// modules -- skips the parser and the compiler. Module objects, and the
// functions and classes the body creates, are still fresh each time.
Value RunFrozenModule(ThreadState& ts, Str* name, const LocatedModule& found,
                      Module* m) {
  RuntimeState& rt = Rt(ts);
  if (rt.frozen_code == nullptr) {
    rt.frozen_code = NewDict(ts);
    if (rt.frozen_code == nullptr) return Value::Error();
  }
  Value cached = DictGetStr(rt.frozen_code, name);
  if (IsKind(cached, ObjKind::kCode)) {
    return RunModuleCode(ts, static_cast<Code*>(cached.AsObject()), m);
  }
  Code* code =
      CompileSource(ts, found.source, found.filename, CompileMode::kModule);
  if (code == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(code));
  if (!DictSetStr(ts, rt.frozen_code, name, Value::Obj(code))) {
    return Value::Error();
  }
  return RunModuleCode(ts, code, m);
}

// Creates module `name`, registers it in sys.modules (before its body runs:
// an import cycle sees the partial module, like CPython) and runs it.
Value LoadModule(ThreadState& ts, Str* name, const LocatedModule& found) {
  RuntimeState& rt = Rt(ts);
  Object* mo = NewModule(ts, name->view());
  if (mo == nullptr) return Value::Error();
  Module* m = static_cast<Module*>(mo);
  Value mv = Value::Obj(m);
  TempRoots roots(ts);
  roots.Add(mv);
  bool frozen = found.filename.front() == '<';
  // Frozen modules have no __file__ (as CPython's frozen modules); their
  // tracebacks name "<frozen NAME>", which is what really ran.
  if (!frozen) {
    Value fv = StrValue(ts, found.filename);
    if (fv.IsError() || !DictSetStr(ts, m->dict, rt.names.__file__, fv)) {
      return Value::Error();
    }
  }
  std::string_view package = name->view();
  if (!found.is_package) {
    size_t dot = package.rfind('.');
    package = dot == std::string_view::npos ? "" : package.substr(0, dot);
  }
  Value pv = StrValue(ts, package);
  if (pv.IsError() || !SetStrAttr(ts, m->dict, "__package__", pv)) {
    return Value::Error();
  }
  if (found.is_package) {
    List* path = NewList(ts, 0);
    if (path == nullptr) return Value::Error();
    roots.Add(Value::Obj(path));
    Value dir = StrValue(ts, frozen ? found.filename : found.package_dir);
    if (dir.IsError() || !ListAppend(ts, path, dir) ||
        !SetStrAttr(ts, m->dict, "__path__", Value::Obj(path))) {
      return Value::Error();
    }
  }
  if (rt.modules != nullptr && !DictSetStr(ts, rt.modules, name, mv)) {
    return Value::Error();
  }
  rt.vm->initializing_modules.push_back(m);
  Value r = frozen ? RunFrozenModule(ts, name, found, m)
                   : ExecSource(ts, found.source, found.filename, m);
  auto& init = rt.vm->initializing_modules;
  init.erase(std::find(init.begin(), init.end(), static_cast<Object*>(m)));
  if (r.IsError()) {
    if (rt.modules != nullptr) {
      Value saved = TakePendingException(ts);
      DictDel(ts, rt.modules, Value::Obj(name));
      ts.pending_exception = saved;
    }
    return r;
  }
  if (rt.modules != nullptr) {
    Value cur = DictGetStr(rt.modules, name);
    if (!cur.IsEmpty()) return cur;
  }
  return mv;
}

}  // namespace
}  // namespace vm

Value ImportModule(ThreadState& ts, Str* name) {
  RuntimeState& rt = vm::Rt(ts);
  // Private frozen helpers of the standard modules (_threading_py) follow
  // the module that loads them, so they are not held to the list.
  bool private_helper = !name->view().empty() && name->view()[0] == '_' &&
                        FindFrozenModule(name->view()) != nullptr;
  if (rt.options.allowed_modules.has_value() && !private_helper) {
    std::string_view top = name->view().substr(0, name->view().find('.'));
    const std::vector<std::string>& allowed = *rt.options.allowed_modules;
    // The native halves of modules written in Python come with them: a
    // host that allows `os` allows the `posix` and `posixpath` it is
    // built on.
    static constexpr std::pair<std::string_view, std::string_view>
        kImpliedBy[] = {{"posix", "os"},
                        {"posixpath", "os"},
                        {"_subprocess", "subprocess"},
                        {"_time", "time"},
                        {"_traceback", "traceback"},
                        {"_csv", "csv"},
                        {"importlib", "unittest"},
                        {"_importlib", "importlib"},
                        {"_importlib", "unittest"},
                        {"_platform", "platform"},
                        {"_inspect", "inspect"},
                        {"_collections", "collections"},
                        {"_textio", "io"},
                        {"_sqlite3", "sqlite3"},
                        {"_pwd", "pwd"},
                        {"_grp", "grp"},
                        {"_expat", "xml"},
                        {"_bz2", "bz2"},
                        {"_lzma", "lzma"},
                        {"_weakref", "weakref"},
                        {"_socket", "socket"}};
    auto is_allowed = [&](std::string_view m) {
      return std::find(allowed.begin(), allowed.end(), m) != allowed.end();
    };
    bool granted = is_allowed(top);
    for (const auto& [impl, by] : kImpliedBy) {
      if (top == impl && is_allowed(by)) granted = true;
    }
    if (!granted) {
      return RaiseFormat(ts, rt.exc.import_error,
                         "import of '%s' is not allowed by the host",
                         name->view());
    }
  }
  if (rt.modules != nullptr) {
    Value m = DictGetStr(rt.modules, name);
    if (!m.IsEmpty()) return m;
  }
  // `import a.b`: import `a`, then its submodule `b` (a file or frozen
  // module in a's __path__), or a module attribute such as os.path.
  size_t dot = name->view().rfind('.');
  if (dot != std::string_view::npos && dot > 0) {
    Str* parent_name = InternStr(ts, name->view().substr(0, dot));
    Str* leaf = InternStr(ts, name->view().substr(dot + 1));
    if (parent_name == nullptr || leaf == nullptr) return Value::Error();
    Value parent = ImportModule(ts, parent_name);
    if (parent.IsError()) return parent;
    TempRoots roots(ts);
    roots.Add(parent);
    // The parent's namespace, not its attribute protocol: a module
    // __getattr__ (PEP 562) that imports submodules lazily must not be
    // asked for the one being imported.
    Value sub = IsKind(parent, ObjKind::kModule)
                    ? DictGetStr(As<Module>(parent)->dict, leaf)
                    : GetAttrOrEmpty(ts, parent, leaf);
    if (sub.IsError()) return sub;
    if (!IsKind(sub, ObjKind::kModule)) {
      vm::LocatedModule found;
      if (!vm::LocateModule(name->view(), leaf->view(),
                            vm::PackageDirs(ts, parent), &found)) {
        return vm::RaiseNoModule(ts, name);
      }
      sub = vm::LoadModule(ts, name, found);
      if (sub.IsError()) return sub;
      roots.Add(sub);
      if (SetAttr(ts, parent, leaf, sub).IsError()) return Value::Error();
    }
    if (rt.modules != nullptr && !DictSetStr(ts, rt.modules, name, sub)) {
      return Value::Error();
    }
    return sub;
  }
  if (BuiltinModuleInit init = FindBuiltinModule(name->view())) {
    Module* m = init(ts);
    if (m == nullptr) return Value::Error();
    Value mv = Value::Obj(m);
    if (rt.modules != nullptr && !DictSetStr(ts, rt.modules, name, mv)) {
      return Value::Error();
    }
    return mv;
  }
  vm::LocatedModule found;
  if (!vm::LocateModule(name->view(), name->view(), vm::SysPathDirs(ts),
                        &found)) {
    return vm::RaiseNoModule(ts, name);
  }
  return vm::LoadModule(ts, name, found);
}

bool FindModuleSource(ThreadState& ts, std::string_view name,
                      std::string* filename, std::string* source,
                      bool* is_package) {
  vm::LocatedModule found;
  std::string main_name(name);
  if (!vm::LocateModule(name, name, vm::SysPathDirs(ts), &found)) {
    return false;
  }
  *is_package = found.is_package;
  if (found.is_package) {
    // `-m package` runs package/__main__.py.
    std::string sub = absl::StrCat(vm::AV(name), ".__main__");
    vm::LocatedModule main;
    std::vector<std::string> dirs;
    if (found.filename.front() != '<') dirs.push_back(found.package_dir);
    if (!vm::LocateModule(sub, "__main__", dirs, &main)) return false;
    found = std::move(main);
  }
  *filename = found.filename;
  *source = std::move(found.source);
  return true;
}

Value ImportDunder(ThreadState& ts, Str* name, Value globals, Value fromlist,
                   int64_t level) {
  RuntimeState& rt = vm::Rt(ts);
  if (level < 0) return RaiseValueError(ts, "level must be >= 0");
  Value module;
  std::string_view top_name = name->view().substr(0, name->view().find('.'));
  if (level > 0) {
    if (!IsKind(globals, ObjKind::kDict)) {
      return RaiseFormat(ts, rt.exc.type_error, "globals must be a dict");
    }
    Str* spec = InternStr(
        ts, absl::StrCat(std::string(level, '.'), vm::AV(name->view())));
    if (spec == nullptr) return Value::Error();
    module = vm::ImportRelative(ts, AsDict(globals), spec);
  } else {
    if (name->view().empty()) return RaiseValueError(ts, "Empty module name");
    module = ImportModule(ts, name);
  }
  if (module.IsError()) return module;
  TempRoots roots(ts);
  roots.Add(module);
  int truthy = fromlist.IsEmpty() ? 0 : Truthy(ts, fromlist);
  if (truthy < 0) return Value::Error();
  bool has_fromlist = truthy > 0;
  if (!has_fromlist) {
    if (top_name.size() == name->view().size()) return module;
    // `import a.b.c` binds `a` (for a relative name, package.a).
    if (level == 0) {
      Str* top = InternStr(ts, top_name);
      return top != nullptr ? ImportModule(ts, top) : Value::Error();
    }
    Str* spec =
        InternStr(ts, absl::StrCat(std::string(level, '.'), vm::AV(top_name)));
    if (spec == nullptr) return Value::Error();
    return vm::ImportRelative(ts, AsDict(globals), spec);
  }
  // A package's fromlist entries that are submodules get imported, as
  // `from package import submodule` does.
  if (!IsKind(module, ObjKind::kModule) ||
      DictGetStr(As<Module>(module)->dict, InternStr(ts, "__path__"))
          .IsEmpty()) {
    return module;
  }
  List* l = NewList(ts, 0);
  if (l == nullptr) return Value::Error();
  roots.Add(Value::Obj(l));
  if (!ListExtend(ts, l, fromlist)) return Value::Error();
  Value mod_name = GetAttr(ts, module, rt.names.__name__);
  if (mod_name.IsError()) return mod_name;
  if (!IsKind(mod_name, ObjKind::kStr)) return module;
  roots.Add(mod_name);
  for (uint32_t i = 0; i < l->size; ++i) {
    if (!IsKind(l->items[i], ObjKind::kStr)) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "Item in ``from list'' must be str, not %s",
                         TypeName(ts, l->items[i]));
    }
    Str* item = vm::AsStr(l->items[i]);
    if (item->view() == "*") continue;
    Value present = GetAttrOrEmpty(ts, module, item);
    if (present.IsError()) return present;
    if (!present.IsEmpty()) continue;
    Str* sub = InternStr(ts, absl::StrCat(vm::AV(vm::AsStr(mod_name)->view()),
                                          ".", vm::AV(item->view())));
    if (sub == nullptr) return Value::Error();
    if (ImportModule(ts, sub).IsError()) {
      // A missing submodule is left for the caller's attribute lookup to
      // report, as CPython's _handle_fromlist does.
      if (!PendingExceptionMatches(ts, rt.exc.module_not_found_error)) {
        return Value::Error();
      }
      TakePendingException(ts);
    }
  }
  return module;
}

Value ReloadModule(ThreadState& ts, Value module) {
  RuntimeState& rt = vm::Rt(ts);
  if (!IsKind(module, ObjKind::kModule)) {
    return RaiseTypeError(ts, "reload() argument must be a module");
  }
  Module* m = As<Module>(module);
  Value name = DictGetStr(m->dict, rt.names.__name__);
  if (!IsKind(name, ObjKind::kStr)) {
    return RaiseTypeError(ts, "reload() argument must be a module");
  }
  Str* n = vm::AsStr(name);
  if (rt.modules == nullptr || DictGetStr(rt.modules, n).AsObject() != m) {
    return RaiseFormat(ts, rt.exc.import_error, "module %s not in sys.modules",
                       n->view());
  }
  if (FindBuiltinModule(n->view()) != nullptr) return module;
  std::string_view full = n->view();
  size_t dot = full.rfind('.');
  std::vector<std::string> dirs;
  if (dot == std::string_view::npos) {
    dirs = vm::SysPathDirs(ts);
  } else {
    Value parent = DictGetStr(rt.modules, InternStr(ts, full.substr(0, dot)));
    if (parent.IsEmpty()) {
      return RaiseFormat(ts, rt.exc.import_error,
                         "parent '%s' not in sys.modules", full.substr(0, dot));
    }
    dirs = vm::PackageDirs(ts, parent);
  }
  vm::LocatedModule found;
  std::string_view leaf =
      dot == std::string_view::npos ? full : full.substr(dot + 1);
  if (!vm::LocateModule(full, leaf, dirs, &found)) {
    return vm::RaiseNoModule(ts, n);
  }
  TempRoots roots(ts);
  roots.Add(module);
  Value r = found.filename.front() == '<'
                ? vm::RunFrozenModule(ts, n, found, m)
                : ExecSource(ts, found.source, found.filename, m);
  if (r.IsError()) return r;
  Value cur = DictGetStr(rt.modules, n);
  return cur.IsEmpty() ? module : cur;
}

Value LocateModuleOrigin(ThreadState& ts, Str* name) {
  std::string_view full = name->view();
  size_t dot = full.rfind('.');
  std::vector<std::string> dirs;
  if (dot == std::string_view::npos) {
    if (FindBuiltinModule(full) != nullptr) {
      Value origin = StrValue(ts, "built-in");
      if (origin.IsError()) return origin;
      Value items[3] = {origin, Value::Bool(false), Value::None()};
      Tuple* t = NewTupleFrom(ts, items, 3);
      return t != nullptr ? Value::Obj(t) : Value::Error();
    }
    dirs = vm::SysPathDirs(ts);
  } else {
    Value parent = ImportModule(ts, InternStr(ts, full.substr(0, dot)));
    if (parent.IsError()) return parent;
    dirs = vm::PackageDirs(ts, parent);
  }
  vm::LocatedModule found;
  std::string_view leaf =
      dot == std::string_view::npos ? full : full.substr(dot + 1);
  if (!vm::LocateModule(full, leaf, dirs, &found)) return Value::None();
  bool frozen = found.filename.front() == '<';
  Value origin = StrValue(ts, frozen ? "frozen" : found.filename);
  if (origin.IsError()) return origin;
  TempRoots roots(ts);
  roots.Add(origin);
  Value package_dir = Value::None();
  if (found.is_package && !frozen) {
    package_dir = StrValue(ts, found.package_dir);
    if (package_dir.IsError()) return package_dir;
  }
  roots.Add(package_dir);
  Value items[3] = {origin, Value::Bool(found.is_package), package_dir};
  Tuple* t = NewTupleFrom(ts, items, 3);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

}  // namespace interp
