// Fuzz target: any bytes -> Parse() (file and interactive modes) and
// IsIncompleteInput() must return without crashing, and a successful parse
// must respect the AST depth bound and dump without crashing.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "runtime/frontend/ast.h"
#include "runtime/frontend/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  interp::ParseResult r = interp::Parse(src, "fuzz.py");
  if (r.module) {
    for (const auto& s : r.module->body) {
      if (s->height > interp::ast::kMaxAstDepth) std::abort();
    }
    (void)interp::ast::Dump(*r.module);
  } else if (r.error.message.empty()) {
    std::abort();  // every failure must explain itself
  }
  (void)interp::Parse(src, "<stdin>", interp::ParseMode::kInteractive);
  (void)interp::IsIncompleteInput(src);
  return 0;
}
