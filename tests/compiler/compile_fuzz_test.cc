// Fuzz target (SPEC 5): any bytes -> Parse -> CompileModule must not crash,
// and whatever compiles must be structurally valid bytecode (verify.h).
// Both file and interactive modes. One runtime serves all inputs; its heap
// is collected every few hundred inputs so long runs stay bounded.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "runtime/compiler/compiler.h"
#include "runtime/embed/runtime.h"
#include "runtime/frontend/parser.h"
#include "tests/compiler/verify.h"

namespace {

interp::Runtime& TheRuntime() {
  static interp::Runtime* rt = new interp::Runtime();
  return *rt;
}

void CompileOne(interp::ThreadState& ts, std::string_view src,
                interp::CompileMode mode) {
  interp::ParseResult pr =
      interp::Parse(src, "fuzz.py",
                    mode == interp::CompileMode::kInteractive
                        ? interp::ParseMode::kInteractive
                        : interp::ParseMode::kFile);
  if (pr.module == nullptr) return;
  interp::SyntaxErrorInfo err;
  interp::Code* code = interp::CompileModule(ts, *pr.module, src, mode, &err);
  if (code == nullptr) {
    // Every failure explains itself with a position inside the source.
    if (err.message.empty() || err.line < 1) std::abort();
    return;
  }
  std::string problem = interp::testing::VerifyCode(code);
  if (!problem.empty()) {
    std::fprintf(stderr, "invalid bytecode: %s\n%s\n", problem.c_str(),
                 interp::Disassemble(code).c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static uint64_t runs = 0;
  interp::Runtime& rt = TheRuntime();
  if (!rt.ok()) std::abort();
  interp::ThreadState& ts = rt.main_thread();
  std::string_view src(reinterpret_cast<const char*>(data), size);
  CompileOne(ts, src, interp::CompileMode::kModule);
  CompileOne(ts, src, interp::CompileMode::kInteractive);
  // Nothing compiled here is reachable any more: a safe point.
  if (++runs % 256 == 0) rt.state().heap.Collect(ts);
  return 0;
}
