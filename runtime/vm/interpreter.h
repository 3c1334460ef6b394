// Entry points into the VM for the rest of the runtime (call.h has the
// calling and attribute protocols).
#ifndef INTERP_RUNTIME_VM_INTERPRETER_H_
#define INTERP_RUNTIME_VM_INTERPRETER_H_

#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/objects/code.h"
#include "runtime/objects/function.h"
#include "runtime/vm/safepoint.h"

namespace interp {

class Tracer;
struct RuntimeState;

// Runs a module body with module->dict as globals (a nested interpreter
// activation). Returns None or Error.
Value RunModuleCode(ThreadState& ts, Code* code, Module* module);

// Runs compiled code (exec/eval) with `globals`; a code object compiled
// with TopLevel::kNamespace gets `locals` as its namespace (non-null).
// Returns the code's result (None for statements) or Error.
Value RunCodeIn(ThreadState& ts, Code* code, Dict* globals, Dict* locals);

// Parses, compiles and runs `source` as module `module` (SyntaxError is
// raised as a script exception with filename/lineno/offset/text set).
Value ExecSource(ThreadState& ts, std::string_view source,
                 std::string_view filename, Module* module);

// `import name` (script modules from sys.path, builtin modules from the
// builtin-module table; cached in sys.modules). Returns the module or Error.
Value ImportModule(ThreadState& ts, Str* name);

// builtins.__import__(name, globals, locals, fromlist, level): `level`
// leading dots resolved against globals' __package__/__name__; returns the
// top-level package when fromlist is empty, else the named module (with
// fromlist's submodules imported), as CPython's.
Value ImportDunder(ThreadState& ts, Str* name, Value globals, Value fromlist,
                   int64_t level);

// importlib.reload(module): runs the module's source (found again under
// its __name__) in its existing namespace. Returns the module or Error.
Value ReloadModule(ThreadState& ts, Value module);

// Where importing `name` would find it, without importing it (a dotted
// name's parent is imported): a tuple (origin, is_package, package_dir)
// with origin a path, "frozen" or "built-in" (package_dir None unless a
// directory package), None when the module exists nowhere, or Error.
Value LocateModuleOrigin(ThreadState& ts, Str* name);

// The source of module `name` as `interp -m name` runs it: found on
// sys.path or frozen; for a package (*is_package), its __main__ submodule,
// to run after importing the package. False when there is no such module
// (nothing is raised).
bool FindModuleSource(ThreadState& ts, std::string_view name,
                      std::string* filename, std::string* source,
                      bool* is_package);

// The traceback + "Type: message" text CPython's default excepthook
// prints for `exc` (chained exceptions included), with source lines read
// from the files when readable.
std::string FormatException(ThreadState& ts, Value exc);
// The `File ...` entries (source lines and markers) FormatException
// prints for traceback `tb` (an entry list or a traceback chain).
std::string FormatTraceback(Value tb);
// The default sys.displayhook: prints repr(v) on sys.stdout and keeps it
// as builtins._ (nothing for None).
bool DisplayValue(ThreadState& ts, Value v);
// Writes FormatException to sys.stderr (falls back to fd 2).
void PrintException(ThreadState& ts, Value exc);
// CPython's unraisable-exception report, for an exception nobody can catch
// (raised by a __del__, ...): "Exception ignored in: <repr(obj)>" and the
// traceback, on sys.stderr.
void PrintUnraisable(ThreadState& ts, Value exc, Value obj);
// The same with CPython's err_msg in place of "Exception ignored in"
// ("Exception ignored in atexit callback").
void PrintUnraisableWith(ThreadState& ts, Value exc, std::string_view what,
                         Value obj);

// Registers KindOps of the VM's object kinds (function.h layouts, classes,
// instances, exceptions) and creates VM caches (bootstrap).
void InitVm(ThreadState& ts);

// Sets `exc` pending with its __context__ linked to the exception being
// handled (like a `raise` statement in script code). Returns Error.
Value RaiseWithContext(ThreadState& ts, Value exc);

// The source line `line` (1-based) of `filename`, leading and trailing
// whitespace stripped; empty when unreadable. Used by tracebacks and the
// REPL.
std::string ReadSourceLine(std::string_view filename, int line);

// The exception currently being handled by the calling thread (what
// sys.exc_info()[1] returns), or None.
Value CurrentHandledException(ThreadState& ts);

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_INTERPRETER_H_
