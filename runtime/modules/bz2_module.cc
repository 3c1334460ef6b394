// `_bz2`: the native half of `bz2` (runtime/lib/bz2.py) over Debian's
// libbz2 (linked statically: tools/bazel/system_bz2.BUILD). Function style:
// compressor/decompressor handles and the calls that feed them; bz2.py
// wraps them in BZ2Compressor, BZ2Decompressor and BZ2File and turns the
// negative result codes returned here into CPython's exceptions. The
// streams are libbz2's, so compressed bytes equal CPython's.
#include <bzlib.h>

#include <climits>
#include <memory>
#include <string>
#include <string_view>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

constexpr size_t kChunk = 64 * 1024;

struct Bz {
  bz_stream s{};
  bool compress = false;
  bool live = false;
  bool eof = false;
  std::string pending;  // input not consumed yet (decompression)
  ~Bz() {
    if (!live) return;
    if (compress) {
      BZ2_bzCompressEnd(&s);
    } else {
      BZ2_bzDecompressEnd(&s);
    }
  }
};

void FinalizeBz(void* p) { delete static_cast<Bz*>(p); }
const NativeDataOps kBzOps = {"bz2 stream", nullptr, FinalizeBz};

Bz* AsBz(ThreadState& ts, Value v) {
  if (IsKind(v, ObjKind::kNativeData) && As<NativeData>(v)->ops == &kBzOps) {
    return static_cast<Bz*>(As<NativeData>(v)->data);
  }
  RaiseTypeError(ts, "expected a bz2 stream handle");
  return nullptr;
}

Value Wrap(ThreadState& ts, Value cls, std::unique_ptr<Bz> bz) {
  auto* obj = Rt(ts).heap.New<NativeData>(ts, ObjKind::kNativeData,
                                          As<ClassObject>(cls));
  if (obj == nullptr) return RaiseMemoryError(ts);
  obj->data = bz.release();
  obj->ops = &kBzOps;
  return Value::Obj(obj);
}

bool DataArg(ThreadState& ts, Value v, std::string_view* out) {
  if (GetBuffer(v, out)) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "a bytes-like object is required, not '%s'", TypeName(ts, v));
  return false;
}

// compressor(cls, level) -> handle, or an int error code.
Value Compressor(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "compressor", nargs, 2, 2)) return Value::Error();
  int64_t level;
  if (!ToIndex(ts, args[1], &level)) return Value::Error();
  auto bz = std::make_unique<Bz>();
  bz->compress = true;
  int rc = BZ2_bzCompressInit(&bz->s, static_cast<int>(level), 0, 0);
  if (rc != BZ_OK) return Value::Int(rc);
  bz->live = true;
  return Wrap(ts, args[0], std::move(bz));
}

Value Decompressor(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "decompressor", nargs, 1, 1)) return Value::Error();
  auto bz = std::make_unique<Bz>();
  int rc = BZ2_bzDecompressInit(&bz->s, 0, 0);
  if (rc != BZ_OK) return Value::Int(rc);
  bz->live = true;
  return Wrap(ts, args[0], std::move(bz));
}

// Runs the compressor over `data` with `action`; out gets the output.
// Returns the last libbz2 code, or INT_MIN with an exception pending.
int RunCompress(ThreadState& ts, Bz* bz, std::string_view data, int action,
                std::string* out) {
  NativePoll poll(ts, /*at_safe_point=*/false);
  bz->s.next_in = const_cast<char*>(data.data());
  bz->s.avail_in = static_cast<unsigned>(data.size());
  // BZ_RUN without input makes no progress, which libbz2 reports as a
  // parameter error.
  if (action == BZ_RUN && data.empty()) return BZ_RUN_OK;
  for (;;) {
    if (!poll.Advance(kChunk / 64)) return INT_MIN;
    size_t old = out->size();
    if (!CheckResultSize(ts, old + kChunk)) return INT_MIN;
    out->resize(old + kChunk);
    bz->s.next_out = out->data() + old;
    bz->s.avail_out = kChunk;
    int rc = BZ2_bzCompress(&bz->s, action);
    out->resize(old + kChunk - bz->s.avail_out);
    if (rc < 0) return rc;
    if (action == BZ_RUN && bz->s.avail_in == 0) return rc;
    if (action == BZ_FINISH && rc == BZ_STREAM_END) return rc;
  }
}

// compress(cls, h, data) -> bytes or error code.
Value Compress(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "compress", nargs, 3, 3)) return Value::Error();
  Bz* bz = AsBz(ts, args[1]);
  std::string_view data;
  if (bz == nullptr || !DataArg(ts, args[2], &data)) return Value::Error();
  if (data.size() > UINT_MAX) return RaiseOverflowError(ts, "data too large");
  std::string copy(data);
  std::string out;
  int rc = RunCompress(ts, bz, copy, BZ_RUN, &out);
  if (rc == INT_MIN) return Value::Error();
  if (rc < 0) return Value::Int(rc);
  return BytesValue(ts, out);
}

Value Flush(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "flush", nargs, 2, 2)) return Value::Error();
  Bz* bz = AsBz(ts, args[1]);
  if (bz == nullptr) return Value::Error();
  std::string out;
  int rc = RunCompress(ts, bz, {}, BZ_FINISH, &out);
  if (rc == INT_MIN) return Value::Error();
  if (rc < 0) return Value::Int(rc);
  return BytesValue(ts, out);
}

// decompress(cls, h, data, max_length) -> (bytes, eof, unused_data,
// needs_input), or an error code.
Value Decompress(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "decompress", nargs, 4, 4)) return Value::Error();
  Bz* bz = AsBz(ts, args[1]);
  std::string_view data;
  int64_t max_length;
  if (bz == nullptr || !DataArg(ts, args[2], &data) ||
      !ToIndex(ts, args[3], &max_length)) {
    return Value::Error();
  }
  std::string input = bz->pending;
  input.append(data);
  bz->pending.clear();
  bz->s.next_in = input.data();
  bz->s.avail_in = static_cast<unsigned>(input.size());
  std::string out;
  NativePoll poll(ts, /*at_safe_point=*/false);
  for (;;) {
    if (!poll.Advance(kChunk / 64)) return Value::Error();
    size_t room = kChunk;
    if (max_length >= 0) {
      if (out.size() >= static_cast<size_t>(max_length)) break;
      room = std::min(room, static_cast<size_t>(max_length) - out.size());
    }
    size_t old = out.size();
    if (!CheckResultSize(ts, old + room)) return Value::Error();
    out.resize(old + room);
    bz->s.next_out = out.data() + old;
    bz->s.avail_out = static_cast<unsigned>(room);
    int rc = BZ2_bzDecompress(&bz->s);
    out.resize(old + room - bz->s.avail_out);
    if (rc == BZ_STREAM_END) {
      bz->eof = true;
      break;
    }
    if (rc != BZ_OK) return Value::Int(rc);
    if (bz->s.avail_in == 0 && bz->s.avail_out != 0) break;
  }
  std::string_view rest(bz->s.next_in, bz->s.avail_in);
  bool needs_input;
  std::string unused;
  if (bz->eof) {
    needs_input = false;
    unused.assign(rest);
  } else if (rest.empty()) {
    needs_input =
        !(max_length >= 0 && out.size() == static_cast<size_t>(max_length));
  } else {
    needs_input = false;
    bz->pending.assign(rest);
  }
  bz->s.next_in = nullptr;
  bz->s.avail_in = 0;
  TempRoots roots(ts);
  Value result = BytesValue(ts, out);
  if (result.IsError()) return result;
  roots.Add(result);
  Value unused_v = BytesValue(ts, unused);
  if (unused_v.IsError()) return unused_v;
  roots.Add(unused_v);
  Value items[4] = {result, Value::Bool(bz->eof), unused_v,
                    Value::Bool(needs_input)};
  Tuple* t = NewTupleFrom(ts, items, 4);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Module* InitBz2Module(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "_bz2"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  ClassObject* handle = NewClass(ts, "Handle", rt.classes.object, "_bz2",
                                 ObjKind::kNativeData, kClassBuiltin);
  if (handle == nullptr) return nullptr;
  roots.Add(Value::Obj(handle));
  static constexpr MethodDef kFunctions[] = {
      {"compressor", Compressor}, {"decompressor", Decompressor},
      {"compress", Compress},     {"flush", Flush},
      {"decompress", Decompress},
  };
  for (const MethodDef& def : kFunctions) {
    NativeFunction* nf = NewNative(ts, std::string("_bz2.") + def.name, def.fn);
    if (nf == nullptr) return nullptr;
    nf->bound_self = Value::Obj(handle);
    if (!AddValue(ts, m, def.name, Value::Obj(nf))) return nullptr;
  }
  struct {
    const char* name;
    int value;
  } const codes[] = {
      {"BZ_PARAM_ERROR", BZ_PARAM_ERROR},
      {"BZ_SEQUENCE_ERROR", BZ_SEQUENCE_ERROR},
      {"BZ_MEM_ERROR", BZ_MEM_ERROR},
      {"BZ_DATA_ERROR", BZ_DATA_ERROR},
      {"BZ_DATA_ERROR_MAGIC", BZ_DATA_ERROR_MAGIC},
      {"BZ_CONFIG_ERROR", BZ_CONFIG_ERROR},
  };
  for (const auto& c : codes) {
    if (!AddValue(ts, m, c.name, Value::Int(c.value))) return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_bz2", InitBz2Module);

}  // namespace builtins
}  // namespace interp
