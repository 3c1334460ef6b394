// "Did you mean: 'x'?" hints for NameError and AttributeError, as CPython
// 3.11 appends them to the last line of an uncaught exception's report.
//
// Like CPython, the raising side only records context (cheap: exceptions
// that are caught never pay for the search); the hint is computed when the
// report is formatted.
#ifndef INTERP_RUNTIME_VM_SUGGESTIONS_H_
#define INTERP_RUNTIME_VM_SUGGESTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

struct Code;

// Called by the VM right after it raised NameError for a lookup in the
// current (top) frame: remembers that frame's globals in the exception.
void RecordNameErrorContext(ThreadState& ts);

// Called when attribute lookup of `name` on `obj` failed with a pending
// AttributeError: sets its `name` and `obj` attributes unless set already
// (CPython does the same for every AttributeError leaving getattr).
void RecordAttributeErrorContext(ThreadState& ts, Value obj, Str* name);

// ". Did you mean: 'x'?" for `exc` (an exception being reported), or "".
// `innermost` is the code object of the frame that raised it (the last
// traceback entry), or null.
std::string SuggestionSuffix(ThreadState& ts, Value exc, Code* innermost);

namespace suggest {

// The weighted edit distance CPython uses to rank candidates: insertions
// and deletions cost 2, substituting a character by its other ASCII case
// costs 1, any other substitution 2, on UTF-8 bytes. Returns a value
// > max_cost when the distance exceeds max_cost (or the strings are too
// long to compare).
int64_t Distance(std::string_view a, std::string_view b, int64_t max_cost);

// The closest candidate to `name` within CPython's budget (at most a third
// of the characters changed), first one wins ties; "" when none is close
// or there are too many candidates.
std::string Best(std::string_view name,
                 const std::vector<std::string>& candidates);

}  // namespace suggest
}  // namespace interp

#endif  // INTERP_RUNTIME_VM_SUGGESTIONS_H_
