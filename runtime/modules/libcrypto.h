// OpenSSL's libcrypto, loaded when a module first needs it (hashlib, and
// random.seed() of a str or bytes) rather than by the dynamic loader at
// every start: libcrypto's ~4,000 symbol relocations were most of the
// loader's work and ~1.4 MB of RSS for `interp -c pass` (README "Speed").
#ifndef INTERP_RUNTIME_MODULES_LIBCRYPTO_H_
#define INTERP_RUNTIME_MODULES_LIBCRYPTO_H_

#include <openssl/evp.h>

namespace interp::builtins {

// The EVP functions interp calls; each member has the type of the
// function of the same name.
#define INTERP_LIBCRYPTO_FUNCTIONS(X) \
  X(EVP_Digest)                       \
  X(EVP_DigestFinalXOF)               \
  X(EVP_DigestFinal_ex)               \
  X(EVP_DigestInit_ex)                \
  X(EVP_DigestUpdate)                 \
  X(EVP_MD_CTX_copy_ex)               \
  X(EVP_MD_CTX_free)                  \
  X(EVP_MD_CTX_get0_md)               \
  X(EVP_MD_CTX_new)                   \
  X(EVP_MD_get_block_size)            \
  X(EVP_MD_get_size)                  \
  X(EVP_get_digestbyname)             \
  X(EVP_sha512)

struct LibCrypto {
#define INTERP_LIBCRYPTO_MEMBER(name) decltype(&::name) name;
  INTERP_LIBCRYPTO_FUNCTIONS(INTERP_LIBCRYPTO_MEMBER)
#undef INTERP_LIBCRYPTO_MEMBER
};

// The table, or null when libcrypto.so.3 (or one of the functions) cannot
// be loaded; `error`, when given, then receives dlerror()'s text (a static
// string). Loads once per process (thread-safe); the library stays loaded.
const LibCrypto* LoadLibCrypto(const char** error = nullptr);

}  // namespace interp::builtins

#endif  // INTERP_RUNTIME_MODULES_LIBCRYPTO_H_
