// Natives of builtin classes, made when their class's dict is first read.
//
// Bootstrap registers a few hundred methods, properties and slot wrappers
// on the builtin types; making each one (a NativeFunction, its interned
// name, its NativeInfo record, a dict slot) was most of what `interp -c
// pass` did. Registration now appends a DeferredNatives record (class,
// name prefix, static table) to RuntimeState::deferred_natives and sets
// kClassLazyNatives on the class; the first reader of that class's dict
// replays the class's records in registration order, so the dict ends up
// exactly as eager registration left it: the same entries, in the same
// insertion order, with the same replacements (a later table wins, an
// if_absent table yields).
//
// Invariant: while a class carries kClassLazyNatives, nothing reads its
// `dict` except through ClassDict / MaterializeClassNatives (call.h); the
// collector may trace it, and writers go through ClassDict too, so that
// writes keep their order relative to the records. A lookup that
// would have found a deferred native therefore always finds it, and no
// inline cache is ever filled from an incomplete dict.
#ifndef INTERP_RUNTIME_VM_LAZY_NATIVES_H_
#define INTERP_RUNTIME_VM_LAZY_NATIVES_H_

#include <cstddef>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/call.h"

namespace interp {

// Records `n` entries of the static table `defs` for cls's dict, to be made
// on first read, each as `kind` says and named "<qual_prefix>.<name>".
// `defs` must outlive the runtime (a static table). Never fails (the record
// is plain data); returns true for the callers' && chains. A null `cls`
// (a builtin class the layer above did not create) records nothing.
bool DeferNatives(ThreadState& ts, ClassObject* cls,
                  std::string_view qual_prefix, const NativeMethodDef* defs,
                  size_t n, DeferredKind kind, bool if_absent = false);
// The same for one entry given by value (`name` a string literal).
bool DeferNative(ThreadState& ts, ClassObject* cls,
                 std::string_view qual_prefix, const char* name, NativeFn fn,
                 DeferredKind kind, bool if_absent = false,
                 NativeFn setter = nullptr);

// MaterializeClassNatives and ClassDict, the readers' side: vm/call.h.

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_LAZY_NATIVES_H_
