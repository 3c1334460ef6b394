// interp/embed/handle.h: Handle, a host's reference to a script value.
//
// A Handle keeps the value it refers to alive for as long as the Handle (or
// a copy of it) exists: the runtime's collector treats every live Handle as
// a root. Handles are plain C++ values: copyable, movable, destroyed by
// RAII, and may be copied, moved and destroyed on any host thread without
// holding the runtime's lock. Reading or using the value they refer to
// (conversions, calls) needs a `Lock` (interp/embed/runtime.h).
//
//   interp::embed::Lock lock(rt);
//   absl::StatusOr<Handle> list = lock.From(std::vector<int64_t>{1, 2, 3});
//   Handle kept = *list;   // survives any number of collections
//
// A Handle may outlive its Runtime; it then refers to nothing and every use
// fails with FailedPrecondition.
#ifndef INTERP_EMBED_HANDLE_H_
#define INTERP_EMBED_HANDLE_H_

#include <cstdint>
#include <memory>

namespace interp::embed {

namespace internal {
struct HandleTable;  // runtime/embed/handle_table.h
struct Access;
}  // namespace internal

// The kind of value a Handle refers to, as Lock::KindOf reports it.
// Subclasses of the builtin types report kOther.
enum class Kind {
  kNone,
  kBool,
  kInt,  // small or big
  kFloat,
  kStr,
  kBytes,
  kList,
  kTuple,
  kDict,
  kOther,  // anything else (functions, instances, modules, ...)
};

class Handle {
 public:
  // An empty handle: refers to nothing (`!h`).
  Handle() = default;
  Handle(const Handle& other);
  Handle& operator=(const Handle& other);
  Handle(Handle&& other) noexcept;
  Handle& operator=(Handle&& other) noexcept;
  ~Handle();

  // False for an empty (default-constructed or moved-from) handle.
  explicit operator bool() const { return table_ != nullptr; }

 private:
  friend struct internal::Access;
  void Reset();

  std::shared_ptr<internal::HandleTable> table_;
  uint32_t slot_ = 0;
};

}  // namespace interp::embed

#endif  // INTERP_EMBED_HANDLE_H_
