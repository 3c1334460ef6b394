// mappingproxy: the read-only view of a mapping that `cls.__dict__` and
// vars(cls) return, as in CPython. A proxy is a NativeData of class
// mappingproxy whose data is the mapping object itself (traced through its
// ops); the protocols (items, `in`, len, iteration, repr, ==) forward to
// the mapping, and stores fail as on any object without __setitem__.
#ifndef INTERP_RUNTIME_OBJECTS_MAPPING_PROXY_H_
#define INTERP_RUNTIME_OBJECTS_MAPPING_PROXY_H_

#include "runtime/frames/thread_state.h"
#include "runtime/value.h"

namespace interp {

// A new proxy of `mapping` (a dict); Error with MemoryError pending when
// the heap is full.
Value NewMappingProxy(ThreadState& ts, Value mapping);
// The mapping behind proxy `v`, or Empty when `v` is not a mappingproxy.
Value MappingProxyTarget(Value v);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_MAPPING_PROXY_H_
