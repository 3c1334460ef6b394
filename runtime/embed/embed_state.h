// The public embedding API's per-runtime state (interp/embed/runtime.h):
// the handle table the collector treats as roots, the host closures behind
// native functions, and the output sinks. Internal to runtime/embed.
#ifndef INTERP_RUNTIME_EMBED_EMBED_STATE_H_
#define INTERP_RUNTIME_EMBED_EMBED_STATE_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "interp/embed/handle.h"
#include "interp/embed/runtime.h"
#include "runtime/embed/entry.h"
#include "runtime/objects/heap.h"
#include "runtime/value.h"

namespace interp::embed::internal {

// Slots of Values with a count of the Handles that refer to each. Handles
// are copied and destroyed on any thread without the runtime's lock, hence
// the mutex; the collector marks every used slot (under the mutex, on the
// collecting thread, which holds the runtime's lock -- so a thread holding
// `mu` never waits for the runtime's lock).
struct HandleTable {
  std::mutex mu;
  std::vector<Value> values;
  std::vector<uint32_t> refs;
  std::vector<uint32_t> free_slots;
  bool alive = true;  // false once the runtime is gone

  // A slot holding `v` with one reference; nullopt when out of memory.
  std::optional<uint32_t> Add(Value v);
  void Ref(uint32_t slot);
  void Unref(uint32_t slot);
  // The value, or Empty when the runtime is gone.
  Value Get(uint32_t slot);
  void Trace(Tracer& t);
  void Kill();
};

// One host function: what a native function object's bound_self points to.
struct HostFunction {
  embed::Runtime* runtime;
  NativeFunction fn;
};

struct EmbedState {
  std::shared_ptr<HandleTable> handles = std::make_shared<HandleTable>();
  std::mutex mu;                       // guards the two containers below
  std::deque<HostFunction> functions;  // stable addresses
  std::vector<std::string> defined_modules;
  Handle original_open;  // the builtin open, for the read-only wrapper
  OutputSink sinks[2];   // stdout, stderr (null: the process's streams)
};

struct LockState {
  explicit LockState(interp::Runtime& rt) : entry(rt, /*new_run=*/false) {}
  interp::Runtime::Entry entry;
  Handle last_exception;
};

// Friend of Handle, Lock and Runtime: the bridge between Handles and the
// internal Values.
struct Access {
  static EmbedState& State(embed::Runtime& rt) { return *rt.state_; }
  static std::shared_ptr<EmbedState> SharedState(embed::Runtime& rt) {
    return rt.state_;
  }
  static interp::Runtime& Internal(embed::Runtime& rt) { return *rt.impl_; }
  static embed::Runtime& RuntimeOf(Lock& lock) { return lock.rt_; }
  static LockState& StateOf(Lock& lock) { return *lock.state_; }
  // A new handle for `v` in `table`; nullopt when out of memory.
  static std::optional<Handle> Wrap(const std::shared_ptr<HandleTable>& table,
                                    Value v);
  // The value of `h` when it belongs to `table`; Empty otherwise (empty
  // handle, another runtime's handle, a runtime that is gone).
  static Value Unwrap(const HandleTable* table, const Handle& h);
  static const HandleTable* TableOf(const Handle& h) { return h.table_.get(); }
};

}  // namespace interp::embed::internal

#endif  // INTERP_RUNTIME_EMBED_EMBED_STATE_H_
