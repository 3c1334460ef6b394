// `_lzma`: the native half of `lzma` (runtime/lib/lzma.py) over Debian's
// liblzma (linked statically: tools/bazel/system_lzma.BUILD). Function
// style like `_bz2`: encoder/decoder handles for the .xz and legacy .lzma
// containers with presets and integrity checks (custom filter chains are
// not bound), and the calls that feed them; negative returns are liblzma
// error codes that lzma.py raises as LZMAError with CPython's messages.
#include <lzma.h>

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

// The container formats, numbered as CPython's lzma.FORMAT_*.
enum Format { kAuto = 0, kXz = 1, kAlone = 2, kRaw = 3 };

struct Xz {
  lzma_stream s = LZMA_STREAM_INIT;
  bool eof = false;
  int check = LZMA_CHECK_NONE;
  std::string pending;
  ~Xz() { lzma_end(&s); }
};

void FinalizeXz(void* p) { delete static_cast<Xz*>(p); }
const NativeDataOps kXzOps = {"lzma stream", nullptr, FinalizeXz};

Xz* AsXz(ThreadState& ts, Value v) {
  if (IsKind(v, ObjKind::kNativeData) && As<NativeData>(v)->ops == &kXzOps) {
    return static_cast<Xz*>(As<NativeData>(v)->data);
  }
  RaiseTypeError(ts, "expected an lzma stream handle");
  return nullptr;
}

Value Wrap(ThreadState& ts, Value cls, std::unique_ptr<Xz> xz) {
  auto* obj = Rt(ts).heap.New<NativeData>(ts, ObjKind::kNativeData,
                                          As<ClassObject>(cls));
  if (obj == nullptr) return RaiseMemoryError(ts);
  obj->data = xz.release();
  obj->ops = &kXzOps;
  return Value::Obj(obj);
}

bool DataArg(ThreadState& ts, Value v, std::string_view* out) {
  if (GetBuffer(v, out)) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "a bytes-like object is required, not '%s'", TypeName(ts, v));
  return false;
}

// encoder(cls, format, check, preset) -> handle, or -error code.
Value Encoder(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "encoder", nargs, 4, 4)) return Value::Error();
  int64_t format, check, preset;
  if (!ToIndex(ts, args[1], &format) || !ToIndex(ts, args[2], &check) ||
      !ToIndex(ts, args[3], &preset)) {
    return Value::Error();
  }
  auto xz = std::make_unique<Xz>();
  lzma_ret rc;
  if (format == kXz) {
    rc = lzma_easy_encoder(&xz->s, static_cast<uint32_t>(preset),
                           static_cast<lzma_check>(check));
  } else {
    lzma_options_lzma options;
    if (lzma_lzma_preset(&options, static_cast<uint32_t>(preset))) {
      return Value::Int(-LZMA_OPTIONS_ERROR);
    }
    rc = lzma_alone_encoder(&xz->s, &options);
  }
  if (rc != LZMA_OK) return Value::Int(-static_cast<int>(rc));
  return Wrap(ts, args[0], std::move(xz));
}

// decoder(cls, format, memlimit) -> handle, or -error code.
Value Decoder(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "decoder", nargs, 3, 3)) return Value::Error();
  int64_t format, memlimit;
  if (!ToIndex(ts, args[1], &format) || !ToIndex(ts, args[2], &memlimit)) {
    return Value::Error();
  }
  uint64_t limit = memlimit < 0 ? UINT64_MAX : static_cast<uint64_t>(memlimit);
  auto xz = std::make_unique<Xz>();
  // Unknown until the stream header is read (.lzma files have none).
  xz->check = format == kAlone ? LZMA_CHECK_NONE : LZMA_CHECK_ID_MAX + 1;
  const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
  lzma_ret rc;
  switch (format) {
    case kAuto:
      rc = lzma_auto_decoder(&xz->s, limit, flags);
      break;
    case kXz:
      rc = lzma_stream_decoder(&xz->s, limit, flags);
      break;
    default:
      rc = lzma_alone_decoder(&xz->s, limit);
      break;
  }
  if (rc != LZMA_OK) return Value::Int(-static_cast<int>(rc));
  return Wrap(ts, args[0], std::move(xz));
}

// Runs the encoder over `data` with `action` into `out`: LZMA_OK /
// LZMA_STREAM_END, a liblzma error, or -1 with an exception pending.
int RunEncode(ThreadState& ts, Xz* xz, std::string_view data,
              lzma_action action, std::string* out) {
  NativePoll poll(ts, /*at_safe_point=*/false);
  xz->s.next_in = reinterpret_cast<const uint8_t*>(data.data());
  xz->s.avail_in = data.size();
  for (;;) {
    if (!poll.Advance(kChunk / 64)) return -1;
    size_t old = out->size();
    if (!CheckResultSize(ts, old + kChunk)) return -1;
    out->resize(old + kChunk);
    xz->s.next_out = reinterpret_cast<uint8_t*>(out->data() + old);
    xz->s.avail_out = kChunk;
    lzma_ret rc = lzma_code(&xz->s, action);
    out->resize(old + kChunk - xz->s.avail_out);
    if (rc != LZMA_OK && rc != LZMA_STREAM_END) return rc;
    if (action == LZMA_RUN && xz->s.avail_in == 0) return LZMA_OK;
    if (action == LZMA_FINISH && rc == LZMA_STREAM_END) return rc;
  }
}

// compress(cls, h, data) / flush(cls, h) -> bytes, or -error code.
Value Compress(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "compress", nargs, 3, 3)) return Value::Error();
  Xz* xz = AsXz(ts, args[1]);
  std::string_view data;
  if (xz == nullptr || !DataArg(ts, args[2], &data)) return Value::Error();
  std::string copy(data);
  std::string out;
  int rc = RunEncode(ts, xz, copy, LZMA_RUN, &out);
  if (rc == -1) return Value::Error();
  if (rc != LZMA_OK) return Value::Int(-rc);
  return BytesValue(ts, out);
}

Value Flush(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "flush", nargs, 2, 2)) return Value::Error();
  Xz* xz = AsXz(ts, args[1]);
  if (xz == nullptr) return Value::Error();
  std::string out;
  int rc = RunEncode(ts, xz, {}, LZMA_FINISH, &out);
  if (rc == -1) return Value::Error();
  if (rc != LZMA_STREAM_END) return Value::Int(-rc);
  return BytesValue(ts, out);
}

// decompress(cls, h, data, max_length) -> (bytes, eof, unused_data,
// needs_input, check), or -error code.
Value Decompress(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "decompress", nargs, 4, 4)) return Value::Error();
  Xz* xz = AsXz(ts, args[1]);
  std::string_view data;
  int64_t max_length;
  if (xz == nullptr || !DataArg(ts, args[2], &data) ||
      !ToIndex(ts, args[3], &max_length)) {
    return Value::Error();
  }
  std::string input = xz->pending;
  input.append(data);
  xz->pending.clear();
  xz->s.next_in = reinterpret_cast<const uint8_t*>(input.data());
  xz->s.avail_in = input.size();
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
    xz->s.next_out = reinterpret_cast<uint8_t*>(out.data() + old);
    xz->s.avail_out = room;
    lzma_ret rc = lzma_code(&xz->s, LZMA_RUN);
    out.resize(old + room - xz->s.avail_out);
    if (rc == LZMA_GET_CHECK || rc == LZMA_NO_CHECK) {
      xz->check = lzma_get_check(&xz->s);
      continue;
    }
    if (rc == LZMA_STREAM_END) {
      xz->eof = true;
      break;
    }
    if (rc != LZMA_OK && rc != LZMA_BUF_ERROR) {
      xz->s.next_in = nullptr;
      xz->s.avail_in = 0;
      return Value::Int(-static_cast<int>(rc));
    }
    if (xz->s.avail_in == 0 && xz->s.avail_out != 0) break;
    if (rc == LZMA_BUF_ERROR) break;
  }
  std::string_view rest(reinterpret_cast<const char*>(xz->s.next_in),
                        xz->s.avail_in);
  bool needs_input;
  std::string unused;
  if (xz->eof) {
    needs_input = false;
    unused.assign(rest);
  } else if (rest.empty()) {
    needs_input =
        !(max_length >= 0 && out.size() == static_cast<size_t>(max_length));
  } else {
    needs_input = false;
    xz->pending.assign(rest);
  }
  xz->s.next_in = nullptr;
  xz->s.avail_in = 0;
  TempRoots roots(ts);
  Value result = BytesValue(ts, out);
  if (result.IsError()) return result;
  roots.Add(result);
  Value unused_v = BytesValue(ts, unused);
  if (unused_v.IsError()) return unused_v;
  roots.Add(unused_v);
  Value items[5] = {result, Value::Bool(xz->eof), unused_v,
                    Value::Bool(needs_input), Value::Int(xz->check)};
  Tuple* t = NewTupleFrom(ts, items, 5);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// is_check_supported(cls, check) -> bool.
Value CheckSupported(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  if (!CheckArgCount(ts, "is_check_supported", nargs, 2, 2)) {
    return Value::Error();
  }
  int64_t check;
  if (!ToIndex(ts, args[1], &check)) return Value::Error();
  return Value::Bool(lzma_check_is_supported(static_cast<lzma_check>(check)) !=
                     0);
}

Module* InitLzmaModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "_lzma"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  ClassObject* handle = NewClass(ts, "Handle", rt.classes.object, "_lzma",
                                 ObjKind::kNativeData, kClassBuiltin);
  if (handle == nullptr) return nullptr;
  roots.Add(Value::Obj(handle));
  static constexpr MethodDef kFunctions[] = {
      {"encoder", Encoder},       {"decoder", Decoder},
      {"compress", Compress},     {"flush", Flush},
      {"decompress", Decompress}, {"is_check_supported", CheckSupported},
  };
  for (const MethodDef& def : kFunctions) {
    NativeFunction* nf =
        NewNative(ts, std::string("_lzma.") + def.name, def.fn);
    if (nf == nullptr) return nullptr;
    nf->bound_self = Value::Obj(handle);
    if (!AddValue(ts, m, def.name, Value::Obj(nf))) return nullptr;
  }
  struct {
    const char* name;
    int64_t value;
  } const constants[] = {
      {"CHECK_NONE", LZMA_CHECK_NONE},
      {"CHECK_CRC32", LZMA_CHECK_CRC32},
      {"CHECK_CRC64", LZMA_CHECK_CRC64},
      {"CHECK_SHA256", LZMA_CHECK_SHA256},
      {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX},
      {"CHECK_UNKNOWN", LZMA_CHECK_ID_MAX + 1},
      {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT},
      {"PRESET_EXTREME", static_cast<int64_t>(LZMA_PRESET_EXTREME)},
      {"MEM_ERROR", LZMA_MEM_ERROR},
      {"MEMLIMIT_ERROR", LZMA_MEMLIMIT_ERROR},
      {"FORMAT_ERROR", LZMA_FORMAT_ERROR},
      {"OPTIONS_ERROR", LZMA_OPTIONS_ERROR},
      {"DATA_ERROR", LZMA_DATA_ERROR},
      {"BUF_ERROR", LZMA_BUF_ERROR},
      {"PROG_ERROR", LZMA_PROG_ERROR},
      {"UNSUPPORTED_CHECK", LZMA_UNSUPPORTED_CHECK},
  };
  for (const auto& c : constants) {
    if (!AddValue(ts, m, c.name, Value::Int(c.value))) return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_lzma", InitLzmaModule);

}  // namespace builtins
}  // namespace interp
