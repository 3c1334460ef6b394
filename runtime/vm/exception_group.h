// PEP 654 exception groups: what BaseExceptionGroup's methods
// (builtins/exception_group.cc) and the `except*` instruction share --
// validating and filling a group, split/subgroup by a condition, the
// matching of one except* clause and the exception an except* statement
// re-raises when its handlers are done.
#ifndef INTERP_RUNTIME_VM_EXCEPTION_GROUP_H_
#define INTERP_RUNTIME_VM_EXCEPTION_GROUP_H_

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace interp {
namespace vm {

// Whether `v` is an instance of BaseExceptionGroup (filled by __init__).
bool IsExceptionGroup(ThreadState& ts, Value v);

// BaseExceptionGroup.__new__(cls, message, exceptions): CPython's argument
// checks, then a new instance of `cls` holding them (an ExceptionGroup
// when cls is BaseExceptionGroup and every member is an Exception). Error
// with the TypeError/ValueError pending.
Value NewExceptionGroupInstance(ThreadState& ts, ClassObject* cls,
                                const Value* args, uint32_t nargs);

// BaseExceptionGroup(message, excs) for excs a non-empty tuple.
Value NewExceptionGroup(ThreadState& ts, Value message, Value excs);

// eg.split(condition) (need_rest) or eg.subgroup(condition): *match and
// *rest are None when empty.
bool SplitExceptionGroup(ThreadState& ts, Value eg, Value condition,
                         bool need_rest, Value* match, Value* rest);

// One `except* T` clause: *rest (the part not handled yet, or None) is
// split by T. On return *match is what the clause handles (None when
// nothing) and *rest what is left. A naked exception is handled wrapped in
// a group. T is validated first (TypeError for non-exception classes and
// for exception group classes).
bool ExceptStarMatch(ThreadState& ts, Value type, Value* rest, Value* match);

// What an except* statement raises at its end: `raised` holds what the
// handlers raised (in order) and then the unhandled rest (None entries are
// skipped). Re-raised parts of `orig` are kept in orig's structure; new
// exceptions are grouped with them. None when nothing is left to raise.
Value PrepareReraiseStar(ThreadState& ts, Value orig, Value raised);

}  // namespace vm
}  // namespace interp

#endif  // INTERP_RUNTIME_VM_EXCEPTION_GROUP_H_
