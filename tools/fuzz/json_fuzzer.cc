// json.loads / json.dumps (runtime/modules/json_*.cc, native): any text
// either fails with ValueError (JSONDecodeError) or decodes to a value
// whose encoding decodes back to the same encoding; the compact and the
// indented/sorted encoders agree. OverflowError is tolerated while JSON
// integers beyond 64 bits are not decoded (findings/json_bigint.py);
// bytes input is left out until json.loads accepts it
// (findings/json_loads_bytes.py).
#include <cstddef>
#include <cstdint>

#include "tools/fuzz/driver_target.h"

namespace {

constexpr char kDriver[] = R"(import json, _fuzz
s = _fuzz.input()
try:
    v = json.loads(s)
except (ValueError, OverflowError):
    v = None
    bad = True
else:
    bad = False
if not bad:
    t = json.dumps(v)
    assert json.dumps(json.loads(t)) == t, (s, t)
    u = json.dumps(v, indent=1, sort_keys=True, ensure_ascii=False)
    assert json.dumps(json.loads(u), sort_keys=True) == json.dumps(v, sort_keys=True)
try:
    json.loads(s, parse_float=str, parse_int=str, object_pairs_hook=list)
except ValueError:
    pass
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return interp::fuzz::RunDriverTarget(kDriver, data, size, 8192);
}

extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=512:detect_leaks="
         "0:"
         "handle_abort=1";
}
