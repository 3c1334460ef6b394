// Writes generated programs (program_generator.h) into a directory: seeds
// for program_fuzzer and differential_fuzzer, or material for a look at
// what the generator makes.
//
//   gen_programs OUT_DIR COUNT [SEED]
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "tools/fuzz/program_generator.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s OUT_DIR COUNT [SEED]\n", argv[0]);
    return 2;
  }
  int count = std::atoi(argv[2]);
  interp::fuzz::Rng rng(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1);
  for (int i = 0; i < count; ++i) {
    std::string path =
        std::string(argv[1]) + "/gen_" + std::to_string(i) + ".py";
    std::ofstream out(path, std::ios::binary);
    out << interp::fuzz::GenerateProgram(rng, 2 + static_cast<int>(rng() % 4));
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", path.c_str());
      return 1;
    }
  }
  return 0;
}
