// Private to the json module: the decoder (json_decode.cc) and encoder
// (json_encode.cc) entry points the module's init (json_encode.cc) binds.
#ifndef INTERP_RUNTIME_MODULES_JSON_INTERNAL_H_
#define INTERP_RUNTIME_MODULES_JSON_INTERNAL_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {
namespace builtins {
namespace json {

// json.loads(s, *, object_hook, parse_float, parse_int, parse_constant,
// object_pairs_hook, strict) and json.load(fp, ...).
Value Loads(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw);
Value Load(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw);

}  // namespace json
}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_JSON_INTERNAL_H_
