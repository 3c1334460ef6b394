// interp/embed/runtime.h: the public embedding API of interp.
//
// A host links one Bazel target, `@interp//:embed`, and includes only the
// headers under interp/embed/ (this one, handle.h, crash.h); none of them
// includes an internal header of the runtime.
//
//   auto rt = interp::embed::Runtime::Create(
//       {.sandbox = interp::embed::Sandbox::kPureComputation,
//        .memory_limit_bytes = 64 << 20});
//   if (!rt.ok()) return rt.status();
//   absl::Status s = (*rt)->RunString("def area(w, h): return w * h\n");
//   interp::embed::Lock lock(**rt);
//   absl::StatusOr<Handle> area = lock.Global("area");
//   absl::StatusOr<Handle> r = lock.Call(*area, {*lock.From(3),
//   *lock.From(4)}); absl::StatusOr<int64_t> n = lock.To<int64_t>(*r);   // 12
//
// Errors: every fallible function returns absl::Status(Or). A script
// exception gives a status whose message is the CPython-style traceback and
// whose ScriptErrorOf() carries the exception's type name, its str() and
// the traceback; the exception object itself is Lock::LastException(). A
// conversion that does not fit gives InvalidArgument (wrong type, with a
// CPython-style message such as "expected int, got str") or OutOfRange (an
// int too large for int64_t). No C++ exception leaves the library.
//
// Threads: any host thread may use a Runtime. A thread that is not attached
// (Runtime::ThreadScope) is attached for the duration of each call or Lock.
// The runtime has one global lock, shared with its script threads: each
// Runtime method takes it for the call; a Lock holds it for its lifetime,
// so a host thread can build and read values while script threads run
// (they pause at their next safe point until the Lock ends).
#ifndef INTERP_EMBED_RUNTIME_H_
#define INTERP_EMBED_RUNTIME_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "interp/embed/handle.h"

namespace interp {
class Runtime;  // the internal runtime (not part of this API)
}  // namespace interp

namespace interp::embed {

namespace internal {
struct Access;
struct EmbedState;
struct LockState;
}  // namespace internal

class Lock;
class Runtime;

// What scripts may reach; see README "Sandbox presets".
enum class Sandbox {
  // No restriction: every module and builtin.
  kEverything,
  // Builtins without open() and input(); only modules that compute (math,
  // json, re, random, collections, itertools, functools, datetime, ...);
  // no os, io, sys, subprocess, signal, threading, faulthandler.
  kPureComputation,
  // kPureComputation plus open() in read modes ('r', 'rb'); a write,
  // append, create or update mode raises PermissionError.
  kFilesystemReadOnly,
};

// A sink for script output: called with each piece of text the script
// writes, in order, on the thread that writes it, holding the runtime's
// lock (it must not call into the runtime).
using OutputSink = std::function<void(std::string_view text)>;

struct Options {
  std::vector<std::string> argv;         // sys.argv
  std::vector<std::string> module_path;  // sys.path entries
  Sandbox sandbox = Sandbox::kEverything;
  // Narrows the preset further: top-level module names scripts may import
  // (a module must be allowed by both). Unset: the preset's list.
  std::optional<std::vector<std::string>> allowed_modules;
  // Bytes of script objects (0: unlimited). An allocation past it raises
  // MemoryError in the script; the runtime stays usable.
  size_t memory_limit_bytes = 0;
  // Where sys.stdout / sys.stderr go. A sink receives every write at once
  // (no buffering on the runtime's side). Otherwise a file descriptor
  // (stdout_fd / stderr_fd >= 0) gets each write at once with write(2).
  // Neither: the process's stdout/stderr, buffered as in CPython (flushed
  // by FlushOutput, at the end of Run* calls for a TTY, and at exit).
  OutputSink stdout_sink;
  OutputSink stderr_sink;
  int stdout_fd = -1;
  int stderr_fd = -1;
};

// The parts of a script exception carried by a status (see ScriptErrorOf).
struct ScriptError {
  std::string type;       // the exception's class name, e.g. "ValueError"
  std::string message;    // str(exception)
  std::string traceback;  // the formatted traceback (also the message)
};

// The script exception behind `status`, or nullopt when the status does
// not come from one (OK, a conversion error, NotFound for a missing file).
std::optional<ScriptError> ScriptErrorOf(const absl::Status& status);

// The exit code of a status returned for a script that ended with
// SystemExit; nullopt for any other status.
std::optional<int> ExitCodeOf(const absl::Status& status);

// A status that a native function returns to raise `type` (a builtin
// exception class name: "TypeError", "ValueError", "KeyError", ...) with
// `message` in the calling script. Statuses not made by Raise raise by
// code: InvalidArgument -> ValueError, OutOfRange -> IndexError, NotFound
// -> KeyError, PermissionDenied -> PermissionError, Unimplemented ->
// NotImplementedError, ResourceExhausted -> MemoryError, DeadlineExceeded
// -> TimeoutError, others -> RuntimeError; a status that came from a
// script exception raises that same exception again.
absl::Status Raise(std::string_view type, std::string_view message);

// The arguments of a call to a native function.
class Args {
 public:
  Args(std::vector<Handle> positional,
       std::vector<std::pair<std::string, Handle>> keywords)
      : positional_(std::move(positional)), keywords_(std::move(keywords)) {}

  const std::vector<Handle>& positional() const { return positional_; }
  const std::vector<std::pair<std::string, Handle>>& keywords() const {
    return keywords_;
  }
  size_t size() const { return positional_.size(); }
  const Handle& operator[](size_t i) const { return positional_[i]; }

  // Binds the arguments to the parameters `names` the way a Python
  // signature `def fn(names[0], ..., names[n-1])` does, where the first
  // `required` have no default: the result has one Handle per name, empty
  // for an omitted optional one. Errors are TypeError statuses (Raise)
  // with CPython's messages, e.g. "fn() missing 1 required positional
  // argument: 'x'", "fn() takes 2 positional arguments but 3 were given",
  // "fn() got an unexpected keyword argument 'z'", "fn() got multiple
  // values for argument 'x'".
  absl::StatusOr<std::vector<Handle>> Bind(
      std::string_view fn, const std::vector<std::string_view>& names,
      size_t required) const;

 private:
  std::vector<Handle> positional_;
  std::vector<std::pair<std::string, Handle>> keywords_;
};

// A host function callable from scripts. It runs holding the runtime's
// lock (the Lock it gets), may call back into the runtime through it, and
// returns the result or a status that raises in the script (see Raise).
// Closures are fine: the runtime keeps the std::function until it ends.
using NativeFunction =
    std::function<absl::StatusOr<Handle>(Lock& lock, const Args& args)>;

// A module scripts can import (`import name`).
struct ModuleDef {
  std::vector<std::pair<std::string, NativeFunction>> functions;
  // Module constants (made under a Lock of the same runtime).
  std::vector<std::pair<std::string, Handle>> constants;
};

class Runtime {
 public:
  // A new independent runtime (its own heap, lock, modules and limits).
  // The calling thread becomes its "MainThread". Errors: ResourceExhausted
  // when it cannot start (out of memory); InvalidArgument for a sink and an
  // fd given for one stream.
  static absl::StatusOr<std::unique_ptr<Runtime>> Create(Options options = {});
  // Destroy it on the thread that created it, after every ThreadScope and
  // Lock of it has ended; waits for the non-daemon script threads first.
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Run source text / a file as __main__. A script exception: kUnknown with
  // the traceback as message (ScriptErrorOf gives its parts); a syntax
  // error: kInvalidArgument; SystemExit: kAborted with ExitCodeOf(status).
  absl::Status RunString(std::string_view source,
                         std::string_view filename = "<string>");
  absl::Status RunFile(std::string_view path);

  // Registers a module importable by scripts. Its functions appear as
  // "<native> name.fn" frames in crash reports. AlreadyExists when a
  // module of that name was defined before.
  absl::Status DefineModule(std::string_view name, ModuleDef def);

  // Host limits; see README "Embedding". A stopped script gets
  // TimeoutError, raised again at every later safe point and wait until
  // the host's next run, so a script cannot swallow it. Budget: calls and
  // loop iterations (n < 0: unlimited). Timeout: per run, from the start
  // of each Run*/Call (<= 0: none). Interrupt: from any thread, also from
  // a signal handler.
  void SetInstructionBudget(int64_t n);
  void SetTimeout(std::chrono::nanoseconds timeout);
  void Interrupt();
  // Changes the memory limit (bytes, 0: none); see Options.
  void SetMemoryLimit(size_t bytes);

  // Flushes the script's sys.stdout and sys.stderr (also when a script
  // replaced them). With sinks or fds there is nothing buffered on the
  // runtime's side; with the process's streams, everything a script printed
  // so far reaches fd 1 / fd 2 before this returns.
  absl::Status FlushOutput();

  // Attaches the calling host thread under `name` (shown in crash reports)
  // while the scope lives. Create and destroy it on the same thread.
  class ThreadScope {
   public:
    ThreadScope(Runtime& rt, std::string_view name);
    ~ThreadScope();
    ThreadScope(const ThreadScope&) = delete;
    ThreadScope& operator=(const ThreadScope&) = delete;

   private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
  };

 private:
  friend class Lock;
  friend struct internal::Access;
  explicit Runtime(std::unique_ptr<interp::Runtime> impl);

  std::unique_ptr<interp::Runtime> impl_;
  std::shared_ptr<internal::EmbedState> state_;
};

// Holds the runtime's lock on the calling thread for its lifetime
// (attaching the thread if needed), so the thread may create, read and call
// values. Blocks until the lock is free. Nesting on one thread is allowed
// (a native function gets a Lock; it may construct more). Script threads
// of the runtime wait while a Lock is held: keep it short.
class Lock {
 public:
  explicit Lock(Runtime& rt);
  ~Lock();
  Lock(const Lock&) = delete;
  Lock& operator=(const Lock&) = delete;

  // False only when the thread could not be attached (address space
  // exhausted); every call then fails with ResourceExhausted.
  bool ok() const;

  // --- Making values. Each fails with ResourceExhausted (MemoryError) when
  // the memory limit or the process's memory is exhausted.
  absl::StatusOr<Handle> None();
  absl::StatusOr<Handle> Bool(bool b);
  absl::StatusOr<Handle> Int(int64_t i);
  // Any int, from its decimal text ("-123456789012345678901234567890");
  // InvalidArgument when it is not one.
  absl::StatusOr<Handle> IntFromDecimal(std::string_view digits);
  absl::StatusOr<Handle> Float(double d);
  // InvalidArgument when `utf8` is not valid UTF-8.
  absl::StatusOr<Handle> Str(std::string_view utf8);
  absl::StatusOr<Handle> Bytes(std::string_view data);
  absl::StatusOr<Handle> List(const std::vector<Handle>& items);
  absl::StatusOr<Handle> Tuple(const std::vector<Handle>& items);
  // TypeError status (Raise) for an unhashable key.
  absl::StatusOr<Handle> Dict(
      const std::vector<std::pair<Handle, Handle>>& items);

  // --- Reading values. Type mismatches are InvalidArgument with the
  // message "expected <kind>, got <type name>".
  Kind KindOf(const Handle& h);
  std::string TypeName(const Handle& h);           // type(h).__name__
  absl::StatusOr<bool> ToBool(const Handle& h);    // a bool only
  absl::StatusOr<int64_t> ToInt(const Handle& h);  // OutOfRange if too big
  absl::StatusOr<std::string> ToIntDecimal(const Handle& h);  // any int
  absl::StatusOr<double> ToFloat(const Handle& h);       // a float or an int
  absl::StatusOr<std::string> ToStr(const Handle& h);    // a str: UTF-8
  absl::StatusOr<std::string> ToBytes(const Handle& h);  // bytes/bytearray
  // The items of a list or tuple (a snapshot).
  absl::StatusOr<std::vector<Handle>> Items(const Handle& h);
  // The items of a dict, in insertion order (a snapshot).
  absl::StatusOr<std::vector<std::pair<Handle, Handle>>> DictItems(
      const Handle& h);
  // repr(h) / str(h): may run script code (__repr__/__str__).
  absl::StatusOr<std::string> Repr(const Handle& h);
  absl::StatusOr<std::string> Text(const Handle& h);

  // --- Host containers, both ways. Supported T: Handle, bool, the integer
  // types, double, std::string (str), std::vector<T> (list; from a list or
  // tuple) and std::map<K, V> (dict), nested freely.
  template <typename T>
  absl::StatusOr<Handle> From(const T& value);
  template <typename T>
  absl::StatusOr<T> To(const Handle& h);

  // --- Scripts.
  // Global `name` of __main__, or "module.attr[.attr...]" of an imported
  // or importable module. NotFound when absent (no exception raised).
  absl::StatusOr<Handle> Global(std::string_view name);
  // getattr(obj, name).
  absl::StatusOr<Handle> GetAttr(const Handle& obj, std::string_view name);
  // Imports a module (subject to the sandbox).
  absl::StatusOr<Handle> Import(std::string_view name);
  // Calls any callable with positional and keyword arguments. When this
  // Lock took the runtime's lock, the call is a run of its own (the
  // timeout starts, an earlier Interrupt() is forgotten).
  absl::StatusOr<Handle> Call(
      const Handle& callable, const std::vector<Handle>& args = {},
      const std::vector<std::pair<std::string, Handle>>& kwargs = {});
  // The exception object of the last script exception a call made through
  // this Lock returned as a status; empty if none.
  Handle LastException() const;

 private:
  friend struct internal::Access;
  absl::StatusOr<Handle> FromImpl(bool b) { return Bool(b); }
  absl::StatusOr<Handle> FromImpl(double d) { return Float(d); }
  absl::StatusOr<Handle> FromImpl(const std::string& s) { return Str(s); }
  absl::StatusOr<Handle> FromImpl(std::string_view s) { return Str(s); }
  absl::StatusOr<Handle> FromImpl(const char* s) { return Str(s); }
  absl::StatusOr<Handle> FromImpl(const Handle& h) { return h; }
  template <typename I, typename = std::enable_if_t<std::is_integral_v<I> &&
                                                    !std::is_same_v<I, bool>>>
  absl::StatusOr<Handle> FromImpl(I i) {
    if constexpr (std::is_unsigned_v<I> && sizeof(I) >= sizeof(int64_t)) {
      if (i > static_cast<I>(INT64_MAX)) {
        return IntFromDecimal(std::to_string(i));
      }
    }
    return Int(static_cast<int64_t>(i));
  }
  template <typename T>
  absl::StatusOr<Handle> FromImpl(const std::vector<T>& v) {
    std::vector<Handle> items;
    items.reserve(v.size());
    for (const T& x : v) {
      absl::StatusOr<Handle> h = From(x);
      if (!h.ok()) return h.status();
      items.push_back(*std::move(h));
    }
    return List(items);
  }
  template <typename K, typename V, typename C, typename A>
  absl::StatusOr<Handle> FromImpl(const std::map<K, V, C, A>& m) {
    std::vector<std::pair<Handle, Handle>> items;
    items.reserve(m.size());
    for (const auto& [k, v] : m) {
      absl::StatusOr<Handle> hk = From(k);
      if (!hk.ok()) return hk.status();
      absl::StatusOr<Handle> hv = From(v);
      if (!hv.ok()) return hv.status();
      items.emplace_back(*std::move(hk), *std::move(hv));
    }
    return Dict(items);
  }

  template <typename T>
  struct Tag {};
  absl::StatusOr<Handle> ToImpl(const Handle& h, Tag<Handle>) { return h; }
  absl::StatusOr<bool> ToImpl(const Handle& h, Tag<bool>) { return ToBool(h); }
  absl::StatusOr<double> ToImpl(const Handle& h, Tag<double>) {
    return ToFloat(h);
  }
  absl::StatusOr<std::string> ToImpl(const Handle& h, Tag<std::string>) {
    return ToStr(h);
  }
  template <typename I, typename = std::enable_if_t<std::is_integral_v<I> &&
                                                    !std::is_same_v<I, bool>>>
  absl::StatusOr<I> ToImpl(const Handle& h, Tag<I>) {
    absl::StatusOr<int64_t> i = ToInt(h);
    if (!i.ok()) return i.status();
    if (static_cast<int64_t>(static_cast<I>(*i)) != *i ||
        (std::is_unsigned_v<I> && *i < 0)) {
      return absl::OutOfRangeError("int out of range for the host type");
    }
    return static_cast<I>(*i);
  }
  template <typename T>
  absl::StatusOr<std::vector<T>> ToImpl(const Handle& h, Tag<std::vector<T>>) {
    absl::StatusOr<std::vector<Handle>> items = Items(h);
    if (!items.ok()) return items.status();
    std::vector<T> out;
    out.reserve(items->size());
    for (const Handle& x : *items) {
      absl::StatusOr<T> v = To<T>(x);
      if (!v.ok()) return v.status();
      out.push_back(*std::move(v));
    }
    return out;
  }
  template <typename K, typename V, typename C, typename A>
  absl::StatusOr<std::map<K, V, C, A>> ToImpl(const Handle& h,
                                              Tag<std::map<K, V, C, A>>) {
    absl::StatusOr<std::vector<std::pair<Handle, Handle>>> items = DictItems(h);
    if (!items.ok()) return items.status();
    std::map<K, V, C, A> out;
    for (const auto& [hk, hv] : *items) {
      absl::StatusOr<K> k = To<K>(hk);
      if (!k.ok()) return k.status();
      absl::StatusOr<V> v = To<V>(hv);
      if (!v.ok()) return v.status();
      out.emplace(*std::move(k), *std::move(v));
    }
    return out;
  }

  Runtime& rt_;
  std::unique_ptr<internal::LockState> state_;
};

template <typename T>
absl::StatusOr<Handle> Lock::From(const T& value) {
  return FromImpl(value);
}

template <typename T>
absl::StatusOr<T> Lock::To(const Handle& h) {
  return ToImpl(h, Tag<T>{});
}

}  // namespace interp::embed

#endif  // INTERP_EMBED_RUNTIME_H_
