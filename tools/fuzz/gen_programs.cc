// Writes generated programs (program_generator.h) into a directory: seeds
// for program_fuzzer and differential_fuzzer, or material for a look at
// what the generator makes.
//
//   gen_programs OUT_DIR COUNT [SEED [CHUNKS]]
//       COUNT programs gen_I.py of CHUNKS chunks (default 2-5 at random)
//   gen_programs --per-template OUT_DIR COUNT [SEED]
//       COUNT one-chunk programs tT_I.py from each template T (to measure
//       what each template costs: program_fuzzer replays them)
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include "tools/fuzz/program_generator.h"

namespace {

bool Write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) std::fprintf(stderr, "cannot write %s\n", path.c_str());
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  bool per_template = argc > 1 && std::strcmp(argv[1], "--per-template") == 0;
  if (per_template) {
    --argc;
    ++argv;
  }
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: %s [--per-template] OUT_DIR COUNT [SEED [CHUNKS]]\n",
                 argv[0]);
    return 2;
  }
  std::string dir = argv[1];
  int count = std::atoi(argv[2]);
  interp::fuzz::Rng rng(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1);
  int chunks = argc > 4 ? std::atoi(argv[4]) : 0;
  if (per_template) {
    for (size_t t = 0; t < interp::fuzz::TemplateCount(); ++t) {
      for (int i = 0; i < count; ++i) {
        std::string path =
            dir + "/t" + std::to_string(t) + "_" + std::to_string(i) + ".py";
        if (!Write(path, interp::fuzz::GenerateChunkFromTemplate(t, rng))) {
          return 1;
        }
      }
    }
    return 0;
  }
  for (int i = 0; i < count; ++i) {
    std::string path = dir + "/gen_" + std::to_string(i) + ".py";
    int n = chunks > 0 ? chunks : 2 + static_cast<int>(rng() % 4);
    if (!Write(path, interp::fuzz::GenerateProgram(rng, n))) return 1;
  }
  return 0;
}
