#include "runtime/modules/libcrypto.h"

#include <dlfcn.h>

namespace interp::builtins {
namespace {

struct Loaded {
  LibCrypto api;
  bool ok = false;
  const char* error = nullptr;
};

Loaded Load() {
  Loaded l;
  // RTLD_LOCAL: libcrypto's symbols stay out of the global scope, so they
  // cannot interpose anything a later dlopen resolves.
  void* handle = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    l.error = dlerror();
    return l;
  }
#define INTERP_LIBCRYPTO_RESOLVE(name)                                    \
  l.api.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name)); \
  if (l.api.name == nullptr) {                                            \
    l.error = "libcrypto.so.3 lacks " #name;                              \
    return l;                                                             \
  }
  INTERP_LIBCRYPTO_FUNCTIONS(INTERP_LIBCRYPTO_RESOLVE)
#undef INTERP_LIBCRYPTO_RESOLVE
  l.ok = true;
  return l;
}

}  // namespace

const LibCrypto* LoadLibCrypto(const char** error) {
  // Never destroyed: hash objects may be finalized during exit.
  static const Loaded* loaded = new Loaded(Load());
  if (!loaded->ok) {
    if (error != nullptr) *error = loaded->error;
    return nullptr;
  }
  return &loaded->api;
}

}  // namespace interp::builtins
