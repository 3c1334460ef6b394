// re.compile + match (runtime/modules/re, native): the first line of the
// input is the pattern, the rest the subject. A pattern either fails with
// re.error (or ValueError/OverflowError for absurd repeats and flags) or
// compiles; then every matching method runs, and their results agree with
// one another (search finds what finditer finds first, fullmatch implies
// match, sub with a function and with a template agree, split rejoins).
#include <cstddef>
#include <cstdint>

#include "tools/fuzz/driver_target.h"

namespace {

constexpr char kDriver[] = R"(import re, _fuzz
s = _fuzz.input()
pat, _, subject = s.partition("\n")
flags = 0
if pat[:1] == "!":
    flags = re.I | re.M | re.S
    pat = pat[1:]
try:
    p = re.compile(pat, flags)
except (re.error, ValueError, OverflowError, TypeError):
    p = None
if p is not None:
    m = p.search(subject)
    first = next(p.finditer(subject), None)
    assert (m is None) == (first is None)
    if m is not None:
        assert m.span() == first.span(), (m.span(), first.span())
        assert m.group(0) == subject[m.start():m.end()]
        m.groups(); m.groupdict(); m.span(p.groups) if p.groups else None
    fm = p.fullmatch(subject)
    if fm is not None:
        assert p.match(subject) is not None
    all_ = p.findall(subject)
    n = len(list(p.finditer(subject)))
    assert len(all_) == n, (len(all_), n)
    a = p.sub(lambda mm: "<" + mm.group(0) + ">", subject)
    b = p.sub(r"<\g<0>>", subject)
    assert a == b, (a, b)
    parts = p.split(subject, maxsplit=3)
    r, k = p.subn("", subject)
    assert k == n, (k, n)
    assert re.compile(re.escape(pat)).fullmatch(pat) is not None, pat
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return interp::fuzz::RunDriverTarget(kDriver, data, size, 4096);
}

extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=512:detect_leaks="
         "0:"
         "handle_abort=1";
}
