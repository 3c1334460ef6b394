// __slots__ at class creation (class_create.cc) and the member
// descriptors they become (objects/member_descriptor.h).
#ifndef INTERP_RUNTIME_VM_SLOTS_H_
#define INTERP_RUNTIME_VM_SLOTS_H_

#include <vector>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/runtime_state.h"

namespace interp {
namespace vm {

// The checks CPython makes on the slot `names` (Str values) of a class
// whose layout base is `base`: identifiers only, no __dict__ or
// __weakref__ the instances already have, none on int/bytes/tuple
// subtypes. Sets *members when a name other than __dict__/__weakref__
// is declared (the class then has a layout of its own). False with the
// exception pending.
bool CheckSlots(ThreadState& ts, ClassObject* base,
                const std::vector<Value>& names, bool* members);
// Puts a member descriptor for each slot name (mangled when private)
// into the new class's dict; ValueError when the class namespace `ns`
// binds the same name. False with the exception pending.
bool AddMemberDescriptors(ThreadState& ts, ClassObject* cls, Dict* ns,
                          const std::vector<Value>& names);
// The attributes of member descriptor `descr` that its class's own
// attributes of the same name would hide (__name__, __qualname__,
// __doc__), or Empty.
Value MemberDescriptorAttr(ThreadState& ts, Value descr, Str* name);
// AttributeError(name), CPython's message for deleting an unset slot.
Value RaiseUnsetSlotDelete(ThreadState& ts, Str* name);
// Registers member_descriptor's methods (from InitVm).
void InitMemberDescriptors(ThreadState& ts);

}  // namespace vm
}  // namespace interp

#endif  // INTERP_RUNTIME_VM_SLOTS_H_
