// interp::embed::Runtime (interp/embed/runtime.h) on top of the internal
// interp::Runtime: creation with a sandbox preset, output sinks, host
// native functions (std::function closures), limits.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <new>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "interp/embed/runtime.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/embed/embed_state.h"
#include "runtime/embed/runtime.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/vm_internal.h"

namespace interp::embed {
namespace {

using internal::Access;
using internal::EmbedState;
using internal::HostFunction;

constexpr char kRaisePayload[] = "interp/raise";

absl::Cord CordOf(std::string_view s) { return absl::Cord(std::string(s)); }

// Modules a "pure computation" script may import: they compute, and reach
// neither the file system nor other processes. Their own imports must be
// on the list too (the allowlist applies to every import).
const std::vector<std::string>& PureModules() {
  static const auto* const kModules = new std::vector<std::string>{
      "_strptime", "abc", "base64", "_base64", "binascii", "bisect", "builtins",
      "collections", "copy", "dataclasses", "datetime", "enum", "fractions",
      "functools", "hashlib", "heapq", "itertools", "json", "_json", "keyword",
      "math", "operator", "pprint", "queue", "random", "re", "statistics",
      "string", "struct", "sys", "textwrap", "threading", "time", "types",
      "typing",
      // Coroutines on the event loop (timers only: no sockets or pipes).
      "asyncio",
      // configparser reads files only where open() exists; platform tells
      // about the host, so it is left out.
      "array", "cmath", "concurrent", "configparser", "copyreg", "inspect",
      "numbers", "pickle", "timeit", "unicodedata",
      // Text and data helpers that touch neither files nor processes.
      "calendar", "difflib", "getopt", "graphlib", "hmac", "html", "shlex",
      "urllib", "zlib",
      // Added with sqlite3 (branch stdlib4). xml, zipfile, tarfile, bz2
      // and lzma read and write files only through open(), so the
      // presets' open() rules hold for them.
      "bz2", "colorsys", "lzma", "sched", "stat", "tarfile", "xml", "zipfile",
      // Decimal arithmetic (pure Python on the runtime's ints); the
      // parser's trees as ast nodes; tokens of source text.
      "_decimal_arith", "decimal", "_ast", "ast", "token", "tokenize",
      // Runtime services: weak references (finalize reaches atexit and
      // gc), exit callbacks, context variables, size-limited reprs.
      "atexit", "contextvars", "gc", "reprlib", "weakref"};
  return *kModules;
}

std::optional<std::vector<std::string>> AllowedModules(const Options& o) {
  std::optional<std::vector<std::string>> preset;
  if (o.sandbox != Sandbox::kEverything) preset = PureModules();
  if (!o.allowed_modules.has_value()) return preset;
  if (!preset.has_value()) return o.allowed_modules;
  std::vector<std::string> both;
  for (const std::string& m : *o.allowed_modules) {
    if (std::find(preset->begin(), preset->end(), m) != preset->end()) {
      both.push_back(m);
    }
  }
  return both;
}

// The exception a status returned by a host function raises.
ClassObject* ExceptionClassFor(ThreadState& ts, const absl::Status& s) {
  RuntimeState& rt = *ts.runtime.load(std::memory_order_relaxed);
  if (auto type = s.GetPayload(kRaisePayload)) {
    Str* name = InternStr(ts, std::string(*type));
    Value c =
        name != nullptr ? ModuleGet(rt.builtins_module, name) : Value::Empty();
    if (IsKind(c, ObjKind::kClass) &&
        (As<ClassObject>(c)->flags & kClassException)) {
      return As<ClassObject>(c);
    }
    return rt.exc.runtime_error;
  }
  switch (s.code()) {
    case absl::StatusCode::kInvalidArgument:
      return rt.exc.value_error;
    case absl::StatusCode::kOutOfRange:
      return rt.exc.index_error;
    case absl::StatusCode::kNotFound:
      return rt.exc.key_error;
    case absl::StatusCode::kPermissionDenied:
      return rt.exc.permission_error;
    case absl::StatusCode::kUnimplemented:
      return rt.exc.not_implemented_error;
    case absl::StatusCode::kResourceExhausted:
      return rt.exc.memory_error;
    case absl::StatusCode::kDeadlineExceeded:
      return rt.exc.timeout_error;
    default:
      return rt.exc.runtime_error;
  }
}

// What every native function object made by the public API runs:
// args[0] is the HostFunction (bound_self, an int), the rest the call's.
Value HostTrampoline(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  auto* host = reinterpret_cast<HostFunction*>(args[0].AsInt());
  ++args;
  --nargs;
  // nargs counts the positional arguments; keyword values follow them.
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  uint32_t npos = nargs;
  nargs += nkw;
  try {
    Lock lock(*host->runtime);
    const auto& table = Access::State(*host->runtime).handles;
    std::vector<Handle> positional;
    positional.reserve(npos);
    std::vector<std::pair<std::string, Handle>> keywords;
    for (uint32_t i = 0; i < nargs; ++i) {
      std::optional<Handle> h = Access::Wrap(table, args[i]);
      if (!h.has_value()) return RaiseMemoryError(ts);
      if (i < npos) {
        positional.push_back(*std::move(h));
      } else {
        Str* name = vm::AsStr(kwnames->items[i - npos]);
        keywords.emplace_back(std::string(name->view()), *std::move(h));
      }
    }
    Args call_args(std::move(positional), std::move(keywords));
    absl::StatusOr<Handle> r = host->fn(lock, call_args);
    if (r.ok()) {
      Value v = Access::Unwrap(table.get(), *r);
      if (v.IsEmpty()) {
        return RaiseRuntimeError(
            ts, "native function returned an empty or foreign handle");
      }
      return v;
    }
    // A script exception that came back through the host re-raises as
    // itself; anything else raises by its payload or code.
    Handle last = Access::StateOf(lock).last_exception;
    if (r.status().GetPayload(kExceptionTypePayload).has_value() && last) {
      Value e = Access::Unwrap(table.get(), last);
      if (!e.IsEmpty()) return RaiseValue(ts, e);
    }
    absl::string_view message = r.status().message();
    return RaiseWithMessage(ts, ExceptionClassFor(ts, r.status()),
                            std::string_view(message.data(), message.size()));
  } catch (const std::bad_alloc&) {
    return RaiseMemoryError(ts);
  } catch (const std::exception& e) {
    return RaiseRuntimeError(ts,
                             absl::StrCat("native function threw: ", e.what()));
  }
}

// A native function object for `fn`, named "<module>.<name>" in reports.
Value NewHostNative(ThreadState& ts, EmbedState& state, embed::Runtime& rt,
                    std::string_view qualified_name, NativeFunction fn) {
  HostFunction* host;
  {
    std::lock_guard<std::mutex> l(state.mu);
    state.functions.push_back(HostFunction{&rt, std::move(fn)});
    host = &state.functions.back();
  }
  interp::NativeFunction* nf = NewNative(ts, qualified_name, HostTrampoline);
  if (nf == nullptr) return Value::Error();
  nf->bound_self = Value::Int(reinterpret_cast<int64_t>(host));
  return Value::Obj(nf);
}

// open() of the "filesystem read-only" preset: the builtin open for read
// modes only.
absl::StatusOr<Handle> ReadOnlyOpen(const Handle& original, Lock& lock,
                                    const Args& args) {
  absl::StatusOr<std::vector<Handle>> bound =
      args.Bind("open", {"file", "mode"}, 1);
  if (!bound.ok()) return bound.status();
  std::string mode = "r";
  if ((*bound)[1]) {
    absl::StatusOr<std::string> m = lock.ToStr((*bound)[1]);
    if (!m.ok()) {
      return Raise("TypeError", absl::StrCat("open() argument 'mode' must be "
                                             "str, not ",
                                             lock.TypeName((*bound)[1])));
    }
    mode = *m;
  }
  if (mode.find_first_of("wax+") != std::string::npos) {
    return Raise("PermissionError",
                 absl::StrCat("open() in mode '", mode,
                              "' is not allowed by the host (read-only)"));
  }
  std::vector<Handle> positional = args.positional();
  return lock.Call(original, positional, args.keywords());
}

// A file-like object for sys.stdout/sys.stderr that hands every write to
// a host sink. Written in Python: it only needs write/flush and the few
// attributes print() and tracebacks read.
constexpr char kHostStreamSource[] = R"py(
class HostStream:
    encoding = 'utf-8'
    errors = 'strict'
    closed = False
    def __init__(self, sink, name):
        self._sink = sink
        self.name = name
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not '
                            + type(s).__name__)
        self._sink(s)
        return len(s)
    def writelines(self, lines):
        for line in lines:
            self.write(line)
    def flush(self):
        pass
    def isatty(self):
        return False
    def readable(self):
        return False
    def writable(self):
        return True
    def seekable(self):
        return False
)py";

absl::Status WriteAllToFd(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return absl::InternalError("write failed");
    }
    text.remove_prefix(static_cast<size_t>(n));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status Raise(std::string_view type, std::string_view message) {
  absl::Status s(absl::StatusCode::kUnknown, vm::AV(message));
  s.SetPayload(kRaisePayload, CordOf(type));
  return s;
}

std::optional<ScriptError> ScriptErrorOf(const absl::Status& status) {
  auto type = status.GetPayload(kExceptionTypePayload);
  if (!type.has_value()) return std::nullopt;
  ScriptError e;
  e.type = std::string(*type);
  if (auto m = status.GetPayload(kExceptionMessagePayload)) {
    e.message = std::string(*m);
  }
  e.traceback = std::string(status.message());
  return e;
}

std::optional<int> ExitCodeOf(const absl::Status& status) {
  return interp::SystemExitCode(status);
}

Runtime::Runtime(std::unique_ptr<interp::Runtime> impl)
    : impl_(std::move(impl)), state_(std::make_shared<EmbedState>()) {}

absl::StatusOr<std::unique_ptr<Runtime>> Runtime::Create(Options options) {
  try {
    if ((options.stdout_sink && options.stdout_fd >= 0) ||
        (options.stderr_sink && options.stderr_fd >= 0)) {
      return absl::InvalidArgumentError(
          "give a sink or a file descriptor for a stream, not both");
    }
    RuntimeOptions ro;
    ro.argv = options.argv;
    ro.module_path = options.module_path;
    ro.allowed_modules = AllowedModules(options);
    auto impl = std::make_unique<interp::Runtime>(std::move(ro));
    if (!impl->ok()) {
      return absl::ResourceExhaustedError("the runtime failed to start");
    }
    std::unique_ptr<Runtime> rt(new Runtime(std::move(impl)));
    // The collector marks what host handles refer to.
    std::shared_ptr<internal::HandleTable> table = rt->state_->handles;
    rt->impl_->state().trace_host_roots = [table](Tracer& t) {
      table->Trace(t);
    };
    if (options.memory_limit_bytes != 0) {
      rt->impl_->SetMemoryLimit(options.memory_limit_bytes);
    }
    EmbedState& state = *rt->state_;
    if (options.stdout_fd >= 0) {
      int fd = options.stdout_fd;
      options.stdout_sink = [fd](std::string_view t) {
        (void)WriteAllToFd(fd, t);
      };
    }
    if (options.stderr_fd >= 0) {
      int fd = options.stderr_fd;
      options.stderr_sink = [fd](std::string_view t) {
        (void)WriteAllToFd(fd, t);
      };
    }
    state.sinks[0] = std::move(options.stdout_sink);
    state.sinks[1] = std::move(options.stderr_sink);

    Lock lock(*rt);
    if (!lock.ok()) return absl::ResourceExhaustedError("cannot attach");
    ThreadState& ts = *Access::StateOf(lock).entry.thread();
    RuntimeState& rs = rt->impl_->state();
    Object* builtins = rs.builtins_module;
    Dict* bdict = As<Module>(Value::Obj(builtins))->dict;
    if (options.sandbox != Sandbox::kEverything) {
      for (std::string_view name : {"open", "input"}) {
        Str* key = InternStr(ts, name);
        if (key == nullptr) return absl::ResourceExhaustedError("MemoryError");
        if (name == "open" && options.sandbox == Sandbox::kFilesystemReadOnly) {
          std::optional<Handle> original =
              Access::Wrap(state.handles, DictGetStr(bdict, key));
          if (!original.has_value()) {
            return absl::ResourceExhaustedError("MemoryError");
          }
          Handle open_fn = *original;
          Value wrapper = NewHostNative(ts, state, *rt, "builtins.open",
                                        [open_fn](Lock& l, const Args& a) {
                                          return ReadOnlyOpen(open_fn, l, a);
                                        });
          if (wrapper.IsError() || !DictSetStr(ts, bdict, key, wrapper)) {
            return absl::ResourceExhaustedError("MemoryError");
          }
          continue;
        }
        if (DictDel(ts, bdict, Value::Obj(key)) < 0) {
          TakePendingException(ts);
        }
      }
    }
    if (state.sinks[0] || state.sinks[1]) {
      Dict* globals = NewDict(ts);
      if (globals == nullptr)
        return absl::ResourceExhaustedError("MemoryError");
      TempRoots roots(ts);
      roots.Add(DictValue(globals));
      Value src = StrValue(ts, kHostStreamSource);
      if (src.IsError()) return absl::ResourceExhaustedError("MemoryError");
      roots.Add(src);
      if (ExecOrEval(ts, false, src, globals, nullptr).IsError()) {
        return rt->impl_->StatusFromException(ts, TakePendingException(ts));
      }
      Value cls = DictGetStr(globals, InternStr(ts, "HostStream"));
      roots.Add(cls);
      static constexpr const char* kNames[2][2] = {{"stdout", "__stdout__"},
                                                   {"stderr", "__stderr__"}};
      for (int i = 0; i < 2; ++i) {
        if (!state.sinks[i]) continue;
        const OutputSink* sink = &state.sinks[i];
        Value writer = NewHostNative(
            ts, state, *rt, absl::StrCat("sys.", kNames[i][0], ".write"),
            [sink](Lock& l, const Args& a) -> absl::StatusOr<Handle> {
              absl::StatusOr<std::string> text = l.ToStr(a[0]);
              if (!text.ok()) return text.status();
              if (!text->empty()) (*sink)(*text);
              return l.None();
            });
        if (writer.IsError())
          return absl::ResourceExhaustedError("MemoryError");
        roots.Add(writer);
        Value name = StrValue(ts, absl::StrCat("<", kNames[i][0], ">"));
        if (name.IsError()) return absl::ResourceExhaustedError("MemoryError");
        Value call_args[2] = {writer, name};
        Value stream = CallValue(ts, cls, call_args, 2);
        if (stream.IsError()) {
          return rt->impl_->StatusFromException(ts, TakePendingException(ts));
        }
        roots.Add(stream);
        ModuleSet(ts, rs.sys_module, kNames[i][0], stream);
        ModuleSet(ts, rs.sys_module, kNames[i][1], stream);
      }
    }
    return rt;
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("MemoryError");
  }
}

Runtime::~Runtime() {
  // The internal runtime goes first: its finalization may still run script
  // code and host functions, which use the state.
  if (impl_ != nullptr) impl_->Finalize();
  state_->handles->Kill();
  impl_.reset();
}

absl::Status Runtime::RunString(std::string_view source,
                                std::string_view filename) {
  return impl_->RunString(source, filename);
}

absl::Status Runtime::RunFile(std::string_view path) {
  return impl_->RunFile(path);
}

absl::Status Runtime::DefineModule(std::string_view name, ModuleDef def) {
  try {
    {
      std::lock_guard<std::mutex> l(state_->mu);
      if (std::find(state_->defined_modules.begin(),
                    state_->defined_modules.end(),
                    name) != state_->defined_modules.end()) {
        return absl::AlreadyExistsError(
            absl::StrCat("module ", vm::AV(name), " is already defined"));
      }
      state_->defined_modules.emplace_back(name);
    }
    Lock lock(*this);
    if (!lock.ok()) return absl::ResourceExhaustedError("cannot attach");
    ThreadState& ts = *Access::StateOf(lock).entry.thread();
    RuntimeState& rs = impl_->state();
    Object* m = NewModule(ts, name);
    if (m == nullptr) return absl::ResourceExhaustedError("MemoryError");
    TempRoots roots(ts);
    roots.Add(Value::Obj(m));
    for (auto& [fname, fn] : def.functions) {
      Value f =
          NewHostNative(ts, *state_, *this,
                        absl::StrCat(vm::AV(name), ".", fname), std::move(fn));
      if (f.IsError()) {
        TakePendingException(ts);
        return absl::ResourceExhaustedError("MemoryError");
      }
      ModuleSet(ts, m, fname, f);
    }
    for (const auto& [cname, value] : def.constants) {
      Value v = Access::Unwrap(state_->handles.get(), value);
      if (v.IsEmpty()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "constant ", cname, ": empty handle or one of another runtime"));
      }
      ModuleSet(ts, m, cname, v);
    }
    // The host's own modules are importable whatever the sandbox.
    if (rs.options.allowed_modules.has_value()) {
      rs.options.allowed_modules->emplace_back(name);
    }
    Str* key = InternStr(ts, name);
    if (key == nullptr || !DictSetStr(ts, rs.modules, key, Value::Obj(m))) {
      TakePendingException(ts);
      return absl::ResourceExhaustedError("MemoryError");
    }
    return absl::OkStatus();
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("MemoryError");
  }
}

void Runtime::SetInstructionBudget(int64_t n) {
  impl_->SetInstructionBudget(n);
}
void Runtime::SetTimeout(std::chrono::nanoseconds timeout) {
  impl_->SetTimeout(timeout);
}
void Runtime::Interrupt() { impl_->Interrupt(); }
void Runtime::SetMemoryLimit(size_t bytes) { impl_->SetMemoryLimit(bytes); }

absl::Status Runtime::FlushOutput() {
  impl_->FlushOutput();
  return absl::OkStatus();
}

struct Runtime::ThreadScope::Impl {
  Impl(interp::Runtime& rt, std::string_view name) : scope(rt, name) {}
  interp::Runtime::ThreadScope scope;
};

Runtime::ThreadScope::ThreadScope(Runtime& rt, std::string_view name)
    : impl_(std::make_unique<Impl>(*rt.impl_, name)) {}

Runtime::ThreadScope::~ThreadScope() = default;

}  // namespace interp::embed
