// member_descriptor: the class attribute a __slots__ name becomes
// (`S.a` is `<member 'a' of 'S' objects>`), as in CPython.
//
// interp keeps a slot's value where every instance attribute lives (the
// instance's shape slots, or the side dict of a builtin-layout instance),
// so attribute access never calls the descriptor: instance loads and
// stores find the value directly, and the class is a builtin type, so the
// VM's inline caches treat it as a plain class attribute. The descriptor
// answers the explicit protocol (`S.a.__get__(obj)`, `__set__`,
// `__delete__`) and tells attribute lookup that a missing value is an
// unset slot (AttributeError), not the class attribute.
//
// A descriptor is a NativeData of class member_descriptor whose data is
// a (name, owner class) tuple.
#ifndef INTERP_RUNTIME_OBJECTS_MEMBER_DESCRIPTOR_H_
#define INTERP_RUNTIME_OBJECTS_MEMBER_DESCRIPTOR_H_

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace interp {

// A new descriptor for slot `name` of `owner`; Error with MemoryError
// pending when the heap is full.
Value NewMemberDescriptor(ThreadState& ts, ClassObject* owner, Str* name);
// Whether `v` is a member descriptor.
bool IsMemberDescriptor(Value v);
// The slot name and owner class of member descriptor `v` (which must be
// one).
Str* MemberDescriptorName(Value v);
ClassObject* MemberDescriptorOwner(Value v);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_MEMBER_DESCRIPTOR_H_
