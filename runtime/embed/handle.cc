// Handle and the handle table (embed_state.h).
#include "interp/embed/handle.h"

#include <new>
#include <utility>

#include "runtime/embed/embed_state.h"

namespace interp::embed {
namespace internal {

std::optional<uint32_t> HandleTable::Add(Value v) {
  std::lock_guard<std::mutex> l(mu);
  if (!alive) return std::nullopt;
  try {
    if (!free_slots.empty()) {
      uint32_t s = free_slots.back();
      free_slots.pop_back();
      values[s] = v;
      refs[s] = 1;
      return s;
    }
    values.push_back(v);
    refs.push_back(1);
  } catch (const std::bad_alloc&) {
    if (refs.size() < values.size()) values.pop_back();
    return std::nullopt;
  }
  return static_cast<uint32_t>(values.size() - 1);
}

void HandleTable::Ref(uint32_t slot) {
  std::lock_guard<std::mutex> l(mu);
  if (slot < refs.size()) ++refs[slot];
}

void HandleTable::Unref(uint32_t slot) {
  std::lock_guard<std::mutex> l(mu);
  if (slot >= refs.size() || refs[slot] == 0) return;
  if (--refs[slot] != 0) return;
  values[slot] = Value::Empty();
  if (!alive) return;
  try {
    free_slots.push_back(slot);
  } catch (const std::bad_alloc&) {
    // The slot stays unused; nothing else is lost.
  }
}

Value HandleTable::Get(uint32_t slot) {
  std::lock_guard<std::mutex> l(mu);
  if (!alive || slot >= values.size()) return Value::Empty();
  return values[slot];
}

void HandleTable::Trace(Tracer& t) {
  std::lock_guard<std::mutex> l(mu);
  for (const Value& v : values) t.Mark(v);
}

void HandleTable::Kill() {
  std::lock_guard<std::mutex> l(mu);
  alive = false;
  for (Value& v : values) v = Value::Empty();
  free_slots.clear();
}

std::optional<Handle> Access::Wrap(const std::shared_ptr<HandleTable>& table,
                                   Value v) {
  std::optional<uint32_t> slot = table->Add(v);
  if (!slot.has_value()) return std::nullopt;
  Handle h;
  h.table_ = table;
  h.slot_ = *slot;
  return h;
}

Value Access::Unwrap(const HandleTable* table, const Handle& h) {
  if (h.table_ == nullptr || h.table_.get() != table) return Value::Empty();
  return h.table_->Get(h.slot_);
}

}  // namespace internal

Handle::Handle(const Handle& other) : table_(other.table_), slot_(other.slot_) {
  if (table_ != nullptr) table_->Ref(slot_);
}

Handle& Handle::operator=(const Handle& other) {
  if (this == &other) return *this;
  if (other.table_ != nullptr) other.table_->Ref(other.slot_);
  Reset();
  table_ = other.table_;
  slot_ = other.slot_;
  return *this;
}

Handle::Handle(Handle&& other) noexcept
    : table_(std::move(other.table_)), slot_(other.slot_) {
  other.table_ = nullptr;
}

Handle& Handle::operator=(Handle&& other) noexcept {
  if (this == &other) return *this;
  Reset();
  table_ = std::move(other.table_);
  slot_ = other.slot_;
  other.table_ = nullptr;
  return *this;
}

Handle::~Handle() { Reset(); }

void Handle::Reset() {
  if (table_ == nullptr) return;
  table_->Unref(slot_);
  table_ = nullptr;
}

}  // namespace interp::embed
