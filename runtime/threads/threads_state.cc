// ThreadsState, SyncCore's fork registry and the NativeData glue of the
// threading module's records (threads_state.h).
#include "runtime/threads/threads_state.h"

#include <memory>
#include <mutex>
#include <new>

#include "runtime/builtins/errors.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"

namespace interp {

namespace {

// Every live SyncCore, so that a fork child can reset the mutexes that
// threads which do not exist in the child held at the time of fork. Process
// -wide because fork is: the child inherits the cores of every runtime.
std::mutex g_sync_registry_mu;
SyncCore* g_sync_registry_head = nullptr;

}  // namespace

SyncCore::SyncCore() {
  std::lock_guard<std::mutex> lock(g_sync_registry_mu);
  reg_next = g_sync_registry_head;
  if (reg_next != nullptr) reg_next->reg_prev = this;
  g_sync_registry_head = this;
}

SyncCore::~SyncCore() {
  std::lock_guard<std::mutex> lock(g_sync_registry_mu);
  if (reg_prev != nullptr) {
    reg_prev->reg_next = reg_next;
  } else {
    g_sync_registry_head = reg_next;
  }
  if (reg_next != nullptr) reg_next->reg_prev = reg_prev;
}

void LockSyncCoreRegistry() { g_sync_registry_mu.lock(); }
void UnlockSyncCoreRegistry() { g_sync_registry_mu.unlock(); }

void ReinitSyncCoresAfterFork() {
  // Single-threaded child, registry mutex held by us (LockSyncCoreRegistry
  // before fork). The old mutex/condvar objects may be "held" by threads
  // that no longer exist: overwrite them with fresh ones without running
  // their destructors (which would be undefined on a locked mutex).
  for (SyncCore* c = g_sync_registry_head; c != nullptr; c = c->reg_next) {
    new (&c->mu) std::mutex();
    new (&c->cv) std::condition_variable();
  }
}

RuntimeState::ThreadsState::~ThreadsState() {
  for (ThreadRecord* rec : records) RefCounted::Unref(rec);
}

RuntimeState::ThreadsState& GetThreadsState(RuntimeState& rt) {
  if (rt.threads == nullptr) {
    rt.threads = std::make_shared<RuntimeState::ThreadsState>();
  }
  return *rt.threads;
}

namespace {

void FinalizeThreadRecord(void* data) {
  RefCounted::Unref(static_cast<ThreadRecord*>(data));
}
void FinalizeLock(void* data) {
  RefCounted::Unref(static_cast<LockData*>(data));
}
void FinalizeEvent(void* data) {
  RefCounted::Unref(static_cast<EventData*>(data));
}

const NativeDataOps kThreadRecordOps = {"_thread_handle", nullptr,
                                        FinalizeThreadRecord};
const NativeDataOps kLockOps = {"lock", nullptr, FinalizeLock};
const NativeDataOps kEventOps = {"Event", nullptr, FinalizeEvent};

// Takes over one reference to `data` (dropped by the finalizer, or here on
// failure).
template <typename T>
Object* Wrap(ThreadState& ts, ClassObject* cls, T* data,
             const NativeDataOps* ops) {
  RuntimeState& rt = RuntimeOf(ts);
  auto* obj = rt.heap.New<NativeData>(ts, ObjKind::kNativeData, cls);
  if (obj == nullptr) {
    RefCounted::Unref(data);
    RaiseMemoryError(ts);
    return nullptr;
  }
  obj->data = data;
  obj->ops = ops;
  obj->attrs = nullptr;
  return obj;
}

}  // namespace

Object* NewThreadRecordObject(ThreadState& ts, ClassObject* cls,
                              ThreadRecord* rec) {
  return Wrap(ts, cls, rec, &kThreadRecordOps);
}
Object* NewLockObject(ThreadState& ts, ClassObject* cls, LockData* lock) {
  return Wrap(ts, cls, lock, &kLockOps);
}
Object* NewEventObject(ThreadState& ts, ClassObject* cls, EventData* event) {
  return Wrap(ts, cls, event, &kEventOps);
}

ThreadRecord* AsThreadRecord(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kThreadRecordOps ? static_cast<ThreadRecord*>(nd->data)
                                      : nullptr;
}
LockData* AsLockData(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kLockOps ? static_cast<LockData*>(nd->data) : nullptr;
}
EventData* AsEventData(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kEventOps ? static_cast<EventData*>(nd->data) : nullptr;
}

}  // namespace interp
