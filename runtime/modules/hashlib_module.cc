// The `hashlib` module over OpenSSL's libcrypto (EVP API): md5, sha1, the
// sha2 and sha3 families, blake2b/blake2s (their default sizes: EVP has no
// key, salt or digest_size parameters, so those arguments are refused),
// shake_128/shake_256, hashlib.new(name), algorithms_available and
// algorithms_guaranteed. A hash object is a NativeData owning an
// EVP_MD_CTX, freed by its finalizer.
#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/modules/libcrypto.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

struct Algorithm {
  const char* name;      // Python's name
  const char* evp_name;  // OpenSSL's
  bool xof;              // shake: digest(length)
};

constexpr Algorithm kAlgorithms[] = {
    {"md5", "MD5", false},
    {"sha1", "SHA1", false},
    {"sha224", "SHA224", false},
    {"sha256", "SHA256", false},
    {"sha384", "SHA384", false},
    {"sha512", "SHA512", false},
    {"blake2b", "BLAKE2B512", false},
    {"blake2s", "BLAKE2S256", false},
    {"sha3_224", "SHA3-224", false},
    {"sha3_256", "SHA3-256", false},
    {"sha3_384", "SHA3-384", false},
    {"sha3_512", "SHA3-512", false},
    {"shake_128", "SHAKE128", true},
    {"shake_256", "SHAKE256", true},
};

// Every path here starts from the module, whose init loaded libcrypto.
const LibCrypto& Crypto() { return *LoadLibCrypto(); }

struct HashState {
  const Algorithm* algo;
  EVP_MD_CTX* ctx;
};

void FinalizeHash(void* p) {
  auto* h = static_cast<HashState*>(p);
  Crypto().EVP_MD_CTX_free(h->ctx);
  delete h;
}
const NativeDataOps kHashOps = {"HASH", nullptr, FinalizeHash};

const Algorithm* FindAlgorithm(std::string_view name) {
  std::string lower;
  for (char c : name) {
    lower.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  for (const Algorithm& a : kAlgorithms) {
    if (lower == a.name) return &a;
  }
  return nullptr;
}

HashState* SelfHash(ThreadState& ts, const Value* args, uint32_t nargs) {
  if (nargs >= 1 && IsKind(args[0], ObjKind::kNativeData) &&
      As<NativeData>(args[0])->ops == &kHashOps) {
    return static_cast<HashState*>(As<NativeData>(args[0])->data);
  }
  RaiseTypeError(ts, "descriptor requires a '_hashlib.HASH' object");
  return nullptr;
}

bool Update(ThreadState& ts, HashState* h, Value data) {
  if (IsStr(data)) {
    RaiseTypeError(ts, "Strings must be encoded before hashing");
    return false;
  }
  std::string_view view;
  if (!GetBuffer(data, &view)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "object supporting the buffer API required");
    return false;
  }
  // Large inputs go in slices so host limits can stop them; nothing here
  // runs script code, so the view stays valid.
  constexpr size_t kSlice = size_t{1} << 20;
  NativePoll poll(ts, /*at_safe_point=*/false);
  for (size_t off = 0; off < view.size(); off += kSlice) {
    if (!poll.Advance(kSlice / 64)) return false;
    size_t n = std::min(kSlice, view.size() - off);
    if (Crypto().EVP_DigestUpdate(h->ctx, view.data() + off, n) != 1) {
      RaiseValueError(ts, "hash update failed");
      return false;
    }
  }
  return true;
}

Value MakeHash(ThreadState& ts, const Algorithm* algo, Value data) {
  RuntimeState& rt = Rt(ts);
  const EVP_MD* md = Crypto().EVP_get_digestbyname(algo->evp_name);
  if (md == nullptr) {
    return RaiseFormat(ts, rt.exc.value_error, "unsupported hash type %s",
                       algo->name);
  }
  auto state = std::make_unique<HashState>();
  state->algo = algo;
  state->ctx = Crypto().EVP_MD_CTX_new();
  if (state->ctx == nullptr) return RaiseMemoryError(ts);
  if (Crypto().EVP_DigestInit_ex(state->ctx, md, nullptr) != 1) {
    Crypto().EVP_MD_CTX_free(state->ctx);
    return RaiseFormat(ts, rt.exc.value_error, "unsupported hash type %s",
                       algo->name);
  }
  if (!data.IsEmpty() && !Update(ts, state.get(), data)) {
    Crypto().EVP_MD_CTX_free(state->ctx);
    return Value::Error();
  }
  ClassObject* cls =
      algo->xof ? rt.classes.hash_xof_class : rt.classes.hash_class;
  auto* obj = rt.heap.New<NativeData>(ts, ObjKind::kNativeData, cls);
  if (obj == nullptr) {
    Crypto().EVP_MD_CTX_free(state->ctx);
    return RaiseMemoryError(ts);
  }
  obj->data = state.release();
  obj->ops = &kHashOps;
  return Value::Obj(obj);
}

// The digest of a copy of the context (a hash object stays usable).
bool Finish(ThreadState& ts, HashState* h, int64_t length, std::string* out) {
  EVP_MD_CTX* copy = Crypto().EVP_MD_CTX_new();
  if (copy == nullptr || Crypto().EVP_MD_CTX_copy_ex(copy, h->ctx) != 1) {
    Crypto().EVP_MD_CTX_free(copy);
    RaiseMemoryError(ts);
    return false;
  }
  bool ok;
  if (h->algo->xof) {
    out->resize(static_cast<size_t>(length));
    ok = length == 0 || Crypto().EVP_DigestFinalXOF(
                            copy, reinterpret_cast<unsigned char*>(out->data()),
                            out->size()) == 1;
  } else {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    ok = Crypto().EVP_DigestFinal_ex(copy, md, &n) == 1;
    out->assign(reinterpret_cast<char*>(md), n);
  }
  Crypto().EVP_MD_CTX_free(copy);
  if (!ok) RaiseValueError(ts, "hash digest failed");
  return ok;
}

bool DigestArgs(ThreadState& ts, HashState* h, const char* name,
                const Value* args, uint32_t nargs, Tuple* kw, int64_t* length) {
  *length = 0;
  if (!h->algo->xof) return MethodArgs(ts, "HASH", name, nargs - 1, kw, 0, 0);
  Value a[1];
  if (!BindArgs(ts, name, args + 1, nargs - 1, kw, {"length"}, 0, 1, 0, a)) {
    return false;
  }
  if (a[0].IsEmpty()) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "%s() missing required argument 'length' (pos 1)", name);
    return false;
  }
  if (!ToIndex(ts, a[0], length)) return false;
  if (*length < 0) {
    RaiseValueError(ts, "length must be non-negative");
    return false;
  }
  return CheckResultSize(ts, static_cast<uint64_t>(*length) * 2);
}

Value Digest(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  HashState* h = SelfHash(ts, args, nargs);
  int64_t length;
  if (h == nullptr || !DigestArgs(ts, h, "digest", args, nargs, kw, &length)) {
    return Value::Error();
  }
  std::string out;
  if (!Finish(ts, h, length, &out)) return Value::Error();
  return BytesValue(ts, out);
}

Value Hexdigest(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  HashState* h = SelfHash(ts, args, nargs);
  int64_t length;
  if (h == nullptr ||
      !DigestArgs(ts, h, "hexdigest", args, nargs, kw, &length)) {
    return Value::Error();
  }
  std::string out;
  if (!Finish(ts, h, length, &out)) return Value::Error();
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(out.size() * 2);
  for (unsigned char c : out) {
    hex.push_back(kHex[c >> 4]);
    hex.push_back(kHex[c & 15]);
  }
  return AsciiStrValue(ts, hex);
}

Value UpdateMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  HashState* h = SelfHash(ts, args, nargs);
  if (h == nullptr || !MethodArgs(ts, "HASH", "update", nargs - 1, kw, 1, 1) ||
      !Update(ts, h, args[1])) {
    return Value::Error();
  }
  return Value::None();
}

Value Copy(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  HashState* h = SelfHash(ts, args, nargs);
  if (h == nullptr || !MethodArgs(ts, "HASH", "copy", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  Value v = MakeHash(ts, h->algo, Value::Empty());
  if (v.IsError()) return v;
  auto* dst = static_cast<HashState*>(As<NativeData>(v)->data);
  if (Crypto().EVP_MD_CTX_copy_ex(dst->ctx, h->ctx) != 1)
    return RaiseMemoryError(ts);
  return v;
}

Value Name(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  HashState* h = SelfHash(ts, args, nargs);
  return h != nullptr ? StrValue(ts, h->algo->name) : Value::Error();
}
Value DigestSize(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  HashState* h = SelfHash(ts, args, nargs);
  if (h == nullptr) return Value::Error();
  if (h->algo->xof) return Value::Int(0);
  return Value::Int(
      Crypto().EVP_MD_get_size(Crypto().EVP_MD_CTX_get0_md(h->ctx)));
}
Value BlockSize(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  HashState* h = SelfHash(ts, args, nargs);
  if (h == nullptr) return Value::Error();
  return Value::Int(
      Crypto().EVP_MD_get_block_size(Crypto().EVP_MD_CTX_get0_md(h->ctx)));
}

// hashlib.new(name, data=b'', *, usedforsecurity=True); the constructors
// md5(string=b'', *, usedforsecurity=True) and friends.
Value New(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "new", args, nargs, kw, {"name", "data", "usedforsecurity"},
                1, 2, 0, a)) {
    return Value::Error();
  }
  if (!IsStr(a[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "new() argument 'name' must be str, not %s",
                       TypeName(ts, a[0]));
  }
  const Algorithm* algo = FindAlgorithm(AsStr(a[0])->view());
  if (algo == nullptr) {
    return RaiseFormat(ts, Rt(ts).exc.value_error, "unsupported hash type %s",
                       AV(AsStr(a[0])->view()));
  }
  return MakeHash(ts, algo, a[1]);
}

template <size_t I>
Value Constructor(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  const Algorithm* algo = &kAlgorithms[I];
  Value a[2];
  std::string fname = std::string("openssl_") + algo->name;
  if (!BindArgs(ts, fname, args, nargs, kw, {"string", "usedforsecurity"}, 0, 1,
                0, a)) {
    return Value::Error();
  }
  return MakeHash(ts, algo, a[0]);
}

template <size_t... I>
bool AddConstructors(ThreadState& ts, Module* m, std::index_sequence<I...>) {
  return (AddFunction(ts, m, kAlgorithms[I].name, Constructor<I>) && ...);
}

Value NameSet(ThreadState& ts) {
  Set* s = NewSet(ts);
  if (s == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(SetValue(s));
  for (const Algorithm& a : kAlgorithms) {
    if (Crypto().EVP_get_digestbyname(a.evp_name) == nullptr) continue;
    Value n = StrValue(ts, a.name);
    if (n.IsError() || SetAdd(ts, s, n) < 0) return Value::Error();
  }
  return SetValue(s);
}

ClassObject* HashClass(ThreadState& ts, const char* name) {
  RuntimeState& rt = Rt(ts);
  ClassObject* c = NewClass(ts, name, rt.classes.object, "_hashlib",
                            ObjKind::kNativeData, kClassBuiltin);
  if (c == nullptr) return nullptr;
  static constexpr MethodDef kMethods[] = {
      {"update", UpdateMethod},
      {"digest", Digest},
      {"hexdigest", Hexdigest},
      {"copy", Copy},
  };
  std::string qual = std::string("_hashlib.") + name;
  if (!AddMethods(ts, c, qual, kMethods) ||
      !AddNativeProperty(ts, c, qual, "name", Name) ||
      !AddNativeProperty(ts, c, qual, "digest_size", DigestSize) ||
      !AddNativeProperty(ts, c, qual, "block_size", BlockSize)) {
    return nullptr;
  }
  return c;
}

Module* InitHashlibModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  const char* error = nullptr;
  if (LoadLibCrypto(&error) == nullptr) {
    RaiseFormat(ts, rt.exc.import_error, "hashlib needs libcrypto: %s",
                error != nullptr ? error : "not found");
    return nullptr;
  }
  auto* m = static_cast<Module*>(NewModule(ts, "hashlib"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (rt.classes.hash_class == nullptr) {
    rt.classes.hash_class = HashClass(ts, "HASH");
    if (rt.classes.hash_class == nullptr) return nullptr;
    rt.classes.hash_xof_class = HashClass(ts, "HASHXOF");
    if (rt.classes.hash_xof_class == nullptr) return nullptr;
  }
  if (!AddFunction(ts, m, "new", New) ||
      !AddConstructors(ts, m,
                       std::make_index_sequence<std::size(kAlgorithms)>())) {
    return nullptr;
  }
  Value available = NameSet(ts);
  if (available.IsError()) return nullptr;
  roots.Add(available);
  Value guaranteed = NameSet(ts);
  if (guaranteed.IsError()) return nullptr;
  if (!AddValue(ts, m, "algorithms_available", available) ||
      !AddValue(ts, m, "algorithms_guaranteed", guaranteed)) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("hashlib", InitHashlibModule);

}  // namespace builtins
}  // namespace interp
