// Structure-aware program generation and mutation for the execution fuzzer
// (issue 16). Byte-level mutation of Python text mostly yields SyntaxErrors
// and NameErrors; these functions work on whole top-level statements
// ("chunks") instead, drawing new ones from templates that exercise classes,
// exceptions, closures, generators, comprehensions and the standard modules
// (json, re, collections, itertools, functools, heapq, struct, ...), with
// random literals, names and operators filled in. Every chunk only uses
// names it defines or the builtins, so chunks stay valid in any order and
// most programs run to the end.
#ifndef INTERP_TOOLS_FUZZ_PROGRAM_GENERATOR_H_
#define INTERP_TOOLS_FUZZ_PROGRAM_GENERATOR_H_

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace interp::fuzz {

using Rng = std::mt19937_64;

// One random top-level statement (possibly compound), ending in '\n'.
std::string GenerateChunk(Rng& rng);

// How many chunk templates there are, and a chunk from the given one
// (index < TemplateCount()): for measuring what each template costs.
size_t TemplateCount();
std::string GenerateChunkFromTemplate(size_t index, Rng& rng);

// A whole program of a few chunks.
std::string GenerateProgram(Rng& rng, int chunks);

// Splits program text into chunks: for generated programs (they start with
// the "#~" marker line every generated chunk begins with) at the markers;
// otherwise into top-level statements: a chunk starts at every
// line that begins in column 0 and is not a continuation (decorators,
// `else:`/`except`/`finally:`/`elif` stay with their statement).
std::vector<std::string> SplitChunks(std::string_view program);

// One structure-aware mutation of `program` (insert / replace / delete /
// duplicate / swap chunks, change an int literal), at most
// `max_size` bytes unless it is a single chunk. Returns the new text.
std::string MutateProgram(std::string_view program, size_t max_size, Rng& rng);

// Chunks of `a` and `b` mixed (at most `max_size` bytes unless one chunk).
std::string CrossOverPrograms(std::string_view a, std::string_view b,
                              size_t max_size, Rng& rng);

}  // namespace interp::fuzz

#endif  // INTERP_TOOLS_FUZZ_PROGRAM_GENERATOR_H_
