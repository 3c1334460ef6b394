// SHA-512 (FIPS 180-4), for random.seed(str), which CPython derives from
// the string's bytes followed by their SHA-512 digest.
#ifndef INTERP_RUNTIME_MODULES_SHA512_H_
#define INTERP_RUNTIME_MODULES_SHA512_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace interp {

std::array<uint8_t, 64> Sha512(std::string_view data);

}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_SHA512_H_
