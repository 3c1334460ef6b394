// RuntimeState: one runtime's heap, builtin types, interned names, module
// table and global lock. Several may live in one process; nothing here is
// global. The public embedding API (runtime.h) wraps it.
//
// Sections are owned by different parts of the runtime; add fields to your
// section only.
#ifndef INTERP_RUNTIME_OBJECTS_RUNTIME_STATE_H_
#define INTERP_RUNTIME_OBJECTS_RUNTIME_STATE_H_

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "runtime/object.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/names.h"

namespace interp {

class Gil;           // gil.h
struct VmCaches;     // VM-private (vm/*.cc)
struct ModuleTable;  // import machinery

// Weak references, dying generators, atexit (objects/finalization.h).
struct FinalizationState;

// Builtin types. Each is a ClassObject with kClassBuiltin.
// Parts of the runtime owned here whose types belong to higher layers (the
// VM's caches, the global lock). The deleter travels with the pointer, so
// this layer destroys them without seeing their definitions; the layer
// that defines T creates them with MakeUpperLayer<T>(...).
template <typename T>
using UpperLayerPtr = std::unique_ptr<T, void (*)(T*)>;

template <typename T, typename... Args>
UpperLayerPtr<T> MakeUpperLayer(Args&&... args) {
  return UpperLayerPtr<T>(
      std::make_unique<T>(std::forward<Args>(args)...).release(),
      [](T* p) { std::default_delete<T>()(p); });
}

struct BuiltinClasses {
  ClassObject* object;
  ClassObject* type;
  ClassObject* none_type;
  ClassObject* bool_;
  ClassObject* int_;
  ClassObject* float_;
  ClassObject* complex;  // objects/complex.h
  ClassObject* str;
  ClassObject* list;
  ClassObject* tuple;
  ClassObject* dict;
  ClassObject* set;
  ClassObject* range;
  ClassObject* slice;
  ClassObject* iterator;   // shared by builtin iterators
  ClassObject* dict_keys;  // views returned by keys()/values()/items()
  ClassObject* dict_values;
  ClassObject* dict_items;
  ClassObject* cell;
  ClassObject* code;
  ClassObject* function;
  ClassObject* builtin_function;
  ClassObject* method;
  ClassObject* module;
  ClassObject* file;  // TextIOWrapper
  ClassObject* property;
  ClassObject* staticmethod;
  ClassObject* classmethod;
  ClassObject* super;
  ClassObject* native_data;
  // Needed by data (iterator.h): specific classes of builtin iterators, so
  // type(enumerate([])).__name__ == 'enumerate'. Builtins sets those it
  // creates (with `construct` for enumerate/zip/map/filter/reversed); a
  // null entry means the iterator uses `iterator` above.
  ClassObject* enumerate;
  ClassObject* zip;
  ClassObject* map;
  ClassObject* filter;
  ClassObject* reversed;
  ClassObject* list_iterator;
  ClassObject* tuple_iterator;
  ClassObject* str_iterator;
  ClassObject* range_iterator;
  ClassObject* dict_keyiterator;
  ClassObject* dict_valueiterator;
  ClassObject* dict_itemiterator;
  ClassObject* set_iterator;
  ClassObject* callable_iterator;
  // Class names CPython gives reversed(list), reversed(dict) and iter() of
  // a non-ASCII str.
  ClassObject* list_reverseiterator;
  ClassObject* dict_reversekeyiterator;
  ClassObject* str_unicode_iterator;
  // Builtins: type(NotImplemented) (its instance is not_implemented below).
  ClassObject* not_implemented_type;
  ClassObject* generator;
  // Builtins: frozenset (Set layout), type(...) and the class __dict__ view.
  ClassObject* frozenset;
  ClassObject* ellipsis_type;
  ClassObject* mappingproxy;
  // The class attribute a __slots__ name becomes (objects/member_descriptor.h).
  ClassObject* member_descriptor;
  // Frame and traceback objects (vm/frame_object.h).
  ClassObject* frame;
  ClassObject* traceback;
  // Native data modules (runtime/modules), set when the module is first
  // imported; their constructors and natives find their classes here.
  ClassObject* random_random;
  ClassObject* random_system_random;
  ClassObject* re_pattern;
  ClassObject* re_match;
  ClassObject* re_scanner_iterator;
  ClassObject* re_error;
  ClassObject* json_decode_error;
  // bytes and bytearray (objects/bytes.h) and their iterators.
  ClassObject* bytes;
  ClassObject* bytearray;
  ClassObject* bytes_iterator;
  ClassObject* bytearray_iterator;
  // Binary file objects (builtins/file.h): open(..., "rb"/"wb"/"r+b").
  ClassObject* buffered_reader;
  ClassObject* buffered_writer;
  ClassObject* buffered_random;
  // io.BytesIO and io.StringIO (modules/io_module.cc adds their methods).
  ClassObject* bytes_io;
  ClassObject* string_io;
  // struct.Struct, created with the struct module (null until imported).
  ClassObject* struct_class;
  // hashlib's hash objects (null until hashlib is imported).
  ClassObject* hash_class;
  ClassObject* hash_xof_class;
  // Coroutine objects (`async def`): generators (ObjKind::kGenerator) of
  // this class.
  ClassObject* coroutine;
  // Async generators (generators of this class), the awaitables their
  // __anext__/asend/athrow/aclose return, and the marker around the values
  // they yield (a 1-tuple of that class, never seen by scripts).
  ClassObject* async_generator;
  ClassObject* async_generator_asend;
  ClassObject* async_generator_athrow;
  ClassObject* async_generator_wrapped_value;
  // zlib's stream objects (null until zlib is imported).
  ClassObject* zlib_compress;
  ClassObject* zlib_decompress;
  // collections.deque and its iterators (null until _collections is
  // imported).
  ClassObject* deque;
  ClassObject* deque_iterator;
  ClassObject* deque_reverse_iterator;
};

// Builtin exception classes, with CPython's hierarchy.
struct ExceptionClasses {
  ClassObject* base_exception;
  ClassObject* exception;
  ClassObject* arithmetic_error;
  ClassObject* zero_division_error;
  ClassObject* overflow_error;
  ClassObject* assertion_error;
  ClassObject* attribute_error;
  ClassObject* import_error;
  ClassObject* module_not_found_error;
  ClassObject* lookup_error;
  ClassObject* index_error;
  ClassObject* key_error;
  ClassObject* memory_error;
  ClassObject* name_error;
  ClassObject* unbound_local_error;
  ClassObject* not_implemented_error;
  ClassObject* os_error;
  ClassObject* file_not_found_error;
  ClassObject* file_exists_error;
  ClassObject* recursion_error;
  ClassObject* runtime_error;
  ClassObject* stop_iteration;
  ClassObject* syntax_error;
  ClassObject* indentation_error;
  ClassObject* tab_error;
  ClassObject* timeout_error;
  ClassObject* type_error;
  ClassObject* value_error;
  ClassObject* unicode_error;
  ClassObject* keyboard_interrupt;
  ClassObject* system_exit;
  // Builtins: input() at end of file, and the errno-specific OSError
  // subclasses OSError(errno, ...) maps to (like CPython).
  ClassObject* eof_error;
  ClassObject* permission_error;
  ClassObject* is_a_directory_error;
  ClassObject* not_a_directory_error;
  ClassObject* child_process_error;
  ClassObject* process_lookup_error;
  ClassObject* interrupted_error;
  ClassObject* broken_pipe_error;
  // io.UnsupportedOperation (a file method its mode does not allow); not a
  // builtin name.
  ClassObject* unsupported_operation;
  ClassObject* generator_exit;
  // The warning categories (builtin names; the warnings module uses them).
  ClassObject* warning;
  ClassObject* user_warning;
  ClassObject* deprecation_warning;
  ClassObject* pending_deprecation_warning;
  ClassObject* syntax_warning;
  ClassObject* runtime_warning;
  ClassObject* future_warning;
  ClassObject* import_warning;
  ClassObject* unicode_warning;
  ClassObject* bytes_warning;
  ClassObject* resource_warning;
  ClassObject* encoding_warning;
  // Codec errors (builtins/bytes_codecs.cc): subclasses of UnicodeError.
  ClassObject* unicode_decode_error;
  ClassObject* unicode_encode_error;
  // struct.error and binascii.Error/Incomplete, created with their
  // modules (null until imported); not builtin names.
  ClassObject* struct_error;
  ClassObject* binascii_error;
  ClassObject* binascii_incomplete;
  // zlib.error (null until zlib is imported).
  ClassObject* zlib_error;
  // The rest of CPython's builtin exceptions (builtins/exceptions.cc).
  ClassObject* connection_error;
  ClassObject* connection_aborted_error;
  ClassObject* connection_refused_error;
  ClassObject* connection_reset_error;
  ClassObject* blocking_io_error;
  ClassObject* buffer_error;
  ClassObject* floating_point_error;
  ClassObject* reference_error;
  ClassObject* system_error;
  ClassObject* stop_async_iteration;
  // PEP 654 (builtins/exception_group.cc, vm/exception_group.cc).
  ClassObject* base_exception_group;
  ClassObject* exception_group;
};

// What DeferNatives (vm/lazy_natives.h) recorded for a class's dict, to be
// installed when the dict is first read. Plain data: the names and
// functions are static tables, so the collector has nothing to trace.
enum class DeferredKind : uint8_t {
  kMethod,        // a native per entry
  kClassMethod,   // classmethod(native) per entry
  kStaticMethod,  // staticmethod(native) per entry
  kProperty,      // property(getter=fn, setter=setter) per entry
  kNone,          // the value None per entry (fn unused)
};
struct DeferredNatives {
  ClassObject* cls;  // null once installed
  // Natives are named "<prefix>.<entry name>" in reports and NativeInfo.
  std::string prefix;
  // The entries: a static table, or null for the single entry `one`.
  const NativeMethodDef* defs;
  NativeMethodDef one;
  uint32_t n;
  uint32_t next;  // entries already installed (a MemoryError stops midway)
  DeferredKind kind;
  // Install an entry only where the dict has no such name yet (the slot
  // wrappers yield to a type's own methods); otherwise it replaces it.
  bool if_absent;
  NativeFn setter;  // kProperty; may be null
};

struct RuntimeOptions {
  std::vector<std::string> argv;         // sys.argv
  std::vector<std::string> module_path;  // sys.path entries
  std::vector<std::pair<std::string, std::string>> xoptions;  // -X name[=value]
  std::string executable;                                     // sys.executable
  // sys.stdout and sys.stderr write through on every write (python3 -u).
  bool unbuffered_stdio = false;
  // The modules scripts may import, by top-level name ("os" also covers
  // "os.path"); unset: every module. A host running untrusted plugins
  // leaves out os, subprocess, shutil, pathlib, signal... The standard
  // modules are held to the same list when they import each other.
  std::optional<std::vector<std::string>> allowed_modules;
};

struct RuntimeState {
  explicit RuntimeState(RuntimeOptions options);
  ~RuntimeState();

  // Marks every runtime-owned root (classes, names, modules, ...).
  void TraceRoots(Tracer& t);

  RuntimeOptions options;

  // Writable file objects' buffers (builtins/file.cc links them; a
  // file's finalizer unlinks it), so pending output can be written before
  // the next open() or process call even when its object was dropped.
  // Declared before the heap, whose destruction finalizes the files.
  struct FileListNode {
    FileListNode* prev = this;
    FileListNode* next = this;
  };
  FileListNode open_files;

  // --- Heap and collector (heap.cc) ---
  Heap heap{this};

  // --- Types and names (bootstrap: classes.cc / strings) ---
  BuiltinClasses classes{};
  ExceptionClasses exc{};
  // Interned strings: the table is owned by str.cc (type defined in
  // intern_table.h, which the file defining ~RuntimeState must include).
  struct InternTable;
  std::unique_ptr<InternTable> interned;
  CommonNames names{};  // interned by InitCommonNames (str.h)

  // --- Modules and builtins (import / builtins) ---
  Dict* modules = nullptr;  // sys.modules: Str -> Module
  Object* builtins_module = nullptr;
  Object* sys_module = nullptr;
  int64_t recursion_limit = 1000;
  // Needed by data (protocols): the NotImplemented singleton, which user
  // __eq__/__add__/... may return. Builtins creates it (and TraceRoots
  // marks it); the protocols compare against it.
  Object* not_implemented = nullptr;
  Object* ellipsis = nullptr;  // the Ellipsis singleton (builtins)
  // Attribute dicts of instances of user subclasses of builtin layouts
  // (class L(list) ... self.extra = 1): object -> dict. The collector keeps
  // an entry's dict alive while its object is, and drops dead objects'
  // entries (heap.cc).
  absl::flat_hash_map<const Object*, Dict*> side_dicts;
  // __del__ support (vm/finalizers.h): some class has __del__ (until then
  // collections skip the search), and the unreachable objects the last
  // collections found whose __del__ has not run yet (roots until it has).
  bool has_del_classes = false;
  bool running_del = false;
  std::vector<Object*> pending_del;
  // Weak references, generators to close, coroutines never awaited and
  // atexit callbacks (objects/finalization.h). Never null.
  std::unique_ptr<FinalizationState> finalization;

  // --- Threads (gil.cc / threading) ---
  UpperLayerPtr<Gil> gil{nullptr, nullptr};
  ThreadState* main_thread = nullptr;
  // Per-runtime state of the threading and signal modules
  // (runtime/threads/threads_state.h), created on first use. A shared_ptr
  // because threads started by the threading module keep it alive: a
  // daemon thread may outlive the runtime.
  struct ThreadsState;
  std::shared_ptr<ThreadsState> threads;
  // Script values kept by the threading/signal modules (the table of
  // signal handlers): TraceRoots marks it. (They are also reachable from
  // the `signal` module while it is in sys.modules.)
  Value threads_roots;

  // --- VM (vm/*.cc) ---
  UpperLayerPtr<VmCaches> vm{nullptr, nullptr};
  uint64_t class_epoch =
      0;  // bumped when any class dict changes after creation
  // Natives of builtin classes not made yet, in registration order
  // (vm/lazy_natives.h); classes with entries here carry kClassLazyNatives.
  std::vector<DeferredNatives> deferred_natives;

  // A few MiB set aside while memory is plentiful and given back when it
  // runs out (RaiseMemoryError), so that reporting the MemoryError and
  // compiling the host's next script do not fail for want of the last
  // pages under a hard limit (ulimit -v). The embedding API takes it again
  // when a new run starts and memory allows.
  static constexpr size_t kMemoryReserveBytes = size_t{4} << 20;
  struct FreeDeleter {
    void operator()(void* p) const { std::free(p); }
  };
  std::unique_ptr<void, FreeDeleter> memory_reserve;

  // --- Host limits (embedding API) ---
  std::atomic<int64_t> instruction_budget{-1};  // <0: unlimited

  // --- Ints (objects/bigint.cc) ---
  // sys.set_int_max_str_digits(): the most decimal digits int <-> str
  // converts (0: no limit). CPython 3.11's default.
  int64_t int_max_str_digits = 4300;

  // Values the host keeps through the embedding API's handles
  // (runtime/embed): marked at every collection when set. Runs under the
  // global lock, on the collecting thread.
  std::function<void(Tracer&)> trace_host_roots;

  // Compiled code of the frozen standard modules imported so far (module
  // name -> Code), reused when one is imported again (vm/import.cc).
  Dict* frozen_code = nullptr;

  // --- Floats (builtins/constructors.cc) ---
  // Floats are unboxed, and containers treat bit-identical values as the
  // same object (Equals). Each NaN float() parses gets its own payload
  // from this counter, so that two NaNs CPython would make as separate
  // objects stay unequal in containers while one NaN still finds itself.
  uint64_t nan_serial = 0;
};

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_RUNTIME_STATE_H_
