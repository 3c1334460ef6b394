// The `zlib` module over the system zlib (Debian's zlib1g-dev, linked
// statically: tools/bazel/system_zlib.BUILD says why): compress,
// decompress, crc32, adler32, compressobj/decompressobj with their
// streaming objects, zlib.error, the constants. CPython links the same
// library, so compressed bytes are identical for the same level and
// window; messages and error numbers follow CPython's zlibmodule.
//
// A stream object is a NativeData owning a heap-allocated z_stream (zlib
// keeps pointers into it, so it never moves), freed by its finalizer.
// Output grows in chunks; each chunk ticks the native poll so a host can
// stop a decompression bomb.
#include <zlib.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/operators.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

constexpr size_t kChunk = 16384;  // CPython's DEF_BUF_SIZE

struct Stream {
  z_stream zs{};
  bool compress = false;
  bool live = false;  // between *Init2 and *End
  bool eof = false;   // Decompress: the end of the stream was seen
  std::string unused_data;
  std::string unconsumed_tail;
  std::string zdict;
  ~Stream() {
    if (!live) return;
    if (compress) {
      deflateEnd(&zs);
    } else {
      inflateEnd(&zs);
    }
  }
};

void FinalizeStream(void* p) { delete static_cast<Stream*>(p); }
const NativeDataOps kCompressOps = {"Compress", nullptr, FinalizeStream};
const NativeDataOps kDecompressOps = {"Decompress", nullptr, FinalizeStream};

ClassObject* ErrorClass(ThreadState& ts) {
  ClassObject* c = Rt(ts).exc.zlib_error;
  return c != nullptr ? c : Rt(ts).exc.exception;
}

// zlib.error "Error <n> <while ...>[: <reason>]" as CPython words it.
Value ZlibError(ThreadState& ts, const z_stream& zs, int err,
                const char* while_msg) {
  const char* reason =
      err == Z_VERSION_ERROR ? "library version mismatch" : zs.msg;
  if (reason == nullptr) {
    switch (err) {
      case Z_BUF_ERROR:
        reason = "incomplete or truncated stream";
        break;
      case Z_STREAM_ERROR:
        reason = "inconsistent stream state";
        break;
      case Z_DATA_ERROR:
        reason = "invalid input data";
        break;
      default:
        break;
    }
  }
  if (reason == nullptr) {
    return RaiseFormat(ts, ErrorClass(ts), "Error %d %s", err, while_msg);
  }
  return RaiseFormat(ts, ErrorClass(ts), "Error %d %s: %.200s", err, while_msg,
                     reason);
}

bool DataArg(ThreadState& ts, Value v, std::string_view* out) {
  if (!GetBuffer(v, out)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "a bytes-like object is required, not '%s'", TypeName(ts, v));
    return false;
  }
  if (out->size() > std::numeric_limits<uInt>::max()) {
    RaiseOverflowError(ts, "data is too large for zlib");
    return false;
  }
  return true;
}

bool IntArg(ThreadState& ts, Value v, int64_t dflt, int64_t* out) {
  if (v.IsEmpty()) {
    *out = dflt;
    return true;
  }
  if (v.IsFloat()) {
    RaiseTypeError(ts, "'float' object cannot be interpreted as an integer");
    return false;
  }
  if (!ToIndex(ts, v, out)) return false;
  if (*out < std::numeric_limits<int>::min() ||
      *out > std::numeric_limits<int>::max()) {
    RaiseOverflowError(ts, *out < 0 ? "signed integer is less than minimum"
                                    : "signed integer is greater than maximum");
    return false;
  }
  return true;
}

// Runs `step` (one deflate/inflate call) until it reports done, growing
// `out` by a chunk at a time, at most `limit` bytes (0: no limit).
// Returns the last zlib status, or INT32_MIN with an exception pending.
template <typename Step>
int Pump(ThreadState& ts, z_stream& zs, std::string* out, size_t limit,
         Step step) {
  NativePoll poll(ts, /*at_safe_point=*/false);
  int err = Z_OK;
  for (;;) {
    if (!poll.Advance(kChunk / 64)) return std::numeric_limits<int>::min();
    size_t room = kChunk;
    if (limit > 0) {
      if (out->size() >= limit) return err;
      room = std::min(room, limit - out->size());
    }
    size_t old = out->size();
    if (!CheckResultSize(ts, old + room)) {
      return std::numeric_limits<int>::min();
    }
    out->resize(old + room);
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + old);
    zs.avail_out = static_cast<uInt>(room);
    err = step();
    out->resize(old + room - zs.avail_out);
    if (err == Z_STREAM_END || err == Z_NEED_DICT) return err;
    if (err != Z_OK && err != Z_BUF_ERROR) return err;
    // Done when zlib had output room left over (it has nothing more to
    // say for the input it was given).
    if (zs.avail_out != 0) return err;
  }
}

// --- one-shot functions ------------------------------------------------

Value Compress(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  Value a[3];
  if (!BindArgs(ts, "compress", args, nargs, kwnames,
                {"data", "level", "wbits"}, 1, 3, 1, a)) {
    return Value::Error();
  }
  std::string_view data;
  int64_t level, wbits;
  if (!DataArg(ts, a[0], &data) ||
      !IntArg(ts, a[1], Z_DEFAULT_COMPRESSION, &level) ||
      !IntArg(ts, a[2], MAX_WBITS, &wbits)) {
    return Value::Error();
  }
  Stream s;
  s.compress = true;
  int err = deflateInit2(&s.zs, static_cast<int>(level), Z_DEFLATED,
                         static_cast<int>(wbits), 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) {
    return RaiseMemoryError(ts);
  }
  if (err != Z_OK) {
    return RaiseWithMessage(ts, ErrorClass(ts), "Bad compression level");
  }
  s.live = true;
  s.zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.zs.avail_in = static_cast<uInt>(data.size());
  std::string out;
  err = Pump(ts, s.zs, &out, 0, [&] { return deflate(&s.zs, Z_FINISH); });
  if (err == std::numeric_limits<int>::min()) return Value::Error();
  if (err != Z_STREAM_END) {
    return ZlibError(ts, s.zs, err, "while compressing data");
  }
  return BytesValue(ts, out);
}

Value Decompress(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  Value a[3];
  if (!BindArgs(ts, "decompress", args, nargs, kwnames,
                {"data", "wbits", "bufsize"}, 1, 3, 1, a)) {
    return Value::Error();
  }
  std::string_view data;
  int64_t wbits, bufsize = static_cast<int64_t>(kChunk);
  if (!DataArg(ts, a[0], &data) || !IntArg(ts, a[1], MAX_WBITS, &wbits)) {
    return Value::Error();
  }
  if (!a[2].IsEmpty()) {
    if (!ToIndex(ts, a[2], &bufsize)) return Value::Error();
    if (bufsize < 0) return RaiseValueError(ts, "bufsize must be non-negative");
  }
  Stream s;
  int err = inflateInit2(&s.zs, static_cast<int>(wbits));
  if (err == Z_MEM_ERROR) return RaiseMemoryError(ts);
  if (err != Z_OK) {
    return ZlibError(ts, s.zs, err, "while preparing to decompress data");
  }
  s.live = true;
  s.zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.zs.avail_in = static_cast<uInt>(data.size());
  std::string out;
  err = Pump(ts, s.zs, &out, 0, [&] { return inflate(&s.zs, Z_NO_FLUSH); });
  if (err == std::numeric_limits<int>::min()) return Value::Error();
  if (err == Z_MEM_ERROR) return RaiseMemoryError(ts);
  if (err != Z_STREAM_END) {
    // Z_OK or Z_BUF_ERROR with the input used up: the stream was cut
    // short (zlib leaves no message for that).
    return ZlibError(ts, s.zs, err == Z_OK ? Z_BUF_ERROR : err,
                     "while decompressing data");
  }
  return BytesValue(ts, out);
}

template <bool kAdler>
Value Checksum(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  const char* name = kAdler ? "adler32" : "crc32";
  Value a[2];
  if (!BindArgs(ts, name, args, nargs, kwnames, {"data", "value"}, 1, 2, 2,
                a)) {
    return Value::Error();
  }
  std::string_view data;
  if (!GetBuffer(a[0], &data)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "a bytes-like object is required, not '%s'",
                       TypeName(ts, a[0]));
  }
  uint64_t value = kAdler ? 1 : 0;
  if (!a[1].IsEmpty()) {
    if (a[1].IsFloat()) {
      return RaiseTypeError(
          ts, "'float' object cannot be interpreted as an integer");
    }
    Value iv;
    if (!ToInteger(ts, a[1], &iv)) return Value::Error();
    // Any int, reduced to its low 32 bits as CPython's converter does.
    if (!iv.IsIntLike()) {
      iv = IntBinary(ts, BinOp::kBitAnd, iv, Value::Int(0xFFFFFFFF));
      if (iv.IsError()) return iv;
    }
    value = static_cast<uint64_t>(iv.AsInt());
  }
  uLong v = static_cast<uLong>(value & 0xFFFFFFFFu);
  NativePoll poll(ts, /*at_safe_point=*/false);
  constexpr size_t kSlice = size_t{1} << 20;
  for (size_t off = 0; off < data.size(); off += kSlice) {
    if (!poll.Advance(kSlice / 64)) return Value::Error();
    size_t n = std::min(kSlice, data.size() - off);
    const auto* p = reinterpret_cast<const Bytef*>(data.data() + off);
    v = kAdler ? adler32(v, p, static_cast<uInt>(n))
               : crc32(v, p, static_cast<uInt>(n));
  }
  return Value::Int(static_cast<int64_t>(v & 0xFFFFFFFFu));
}

// --- stream objects ------------------------------------------------------

Stream* SelfStream(ThreadState& ts, const Value* args, uint32_t nargs,
                   const NativeDataOps* ops, const char* what) {
  if (nargs >= 1 && IsKind(args[0], ObjKind::kNativeData) &&
      As<NativeData>(args[0])->ops == ops) {
    return static_cast<Stream*>(As<NativeData>(args[0])->data);
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor requires a 'zlib.%s' object", what);
  return nullptr;
}

Value WrapStream(ThreadState& ts, std::unique_ptr<Stream> s, bool compress) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls =
      compress ? rt.classes.zlib_compress : rt.classes.zlib_decompress;
  auto* obj = rt.heap.New<NativeData>(ts, ObjKind::kNativeData, cls);
  if (obj == nullptr) return RaiseMemoryError(ts);
  obj->data = s.release();
  obj->ops = compress ? &kCompressOps : &kDecompressOps;
  return Value::Obj(obj);
}

Value CompressObj(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  Value a[6];
  if (!BindArgs(ts, "compressobj", args, nargs, kwnames,
                {"level", "method", "wbits", "memLevel", "strategy", "zdict"},
                0, 6, 0, a)) {
    return Value::Error();
  }
  int64_t level, method, wbits, mem_level, strategy;
  if (!IntArg(ts, a[0], Z_DEFAULT_COMPRESSION, &level) ||
      !IntArg(ts, a[1], Z_DEFLATED, &method) ||
      !IntArg(ts, a[2], MAX_WBITS, &wbits) ||
      !IntArg(ts, a[3], 8, &mem_level) ||
      !IntArg(ts, a[4], Z_DEFAULT_STRATEGY, &strategy)) {
    return Value::Error();
  }
  std::string_view zdict;
  bool have_zdict = !a[5].IsEmpty() && !a[5].IsNone();
  if (have_zdict && !GetBuffer(a[5], &zdict)) {
    return RaiseTypeError(ts,
                          "zdict argument must support the buffer protocol");
  }
  auto s = std::make_unique<Stream>();
  s->compress = true;
  int err =
      deflateInit2(&s->zs, static_cast<int>(level), static_cast<int>(method),
                   static_cast<int>(wbits), static_cast<int>(mem_level),
                   static_cast<int>(strategy));
  if (err == Z_MEM_ERROR) {
    return RaiseWithMessage(ts, Rt(ts).exc.memory_error,
                            "Can't allocate memory for compression object");
  }
  if (err == Z_STREAM_ERROR) {
    return RaiseValueError(ts, "Invalid initialization option");
  }
  if (err != Z_OK) {
    return ZlibError(ts, s->zs, err, "while creating compression object");
  }
  s->live = true;
  if (have_zdict) {
    err = deflateSetDictionary(&s->zs,
                               reinterpret_cast<const Bytef*>(zdict.data()),
                               static_cast<uInt>(zdict.size()));
    if (err != Z_OK) return RaiseValueError(ts, "Invalid dictionary");
  }
  return WrapStream(ts, std::move(s), true);
}

Value DecompressObj(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames) {
  Value a[2];
  if (!BindArgs(ts, "decompressobj", args, nargs, kwnames, {"wbits", "zdict"},
                0, 2, 0, a)) {
    return Value::Error();
  }
  int64_t wbits;
  if (!IntArg(ts, a[0], MAX_WBITS, &wbits)) return Value::Error();
  std::string_view zdict;
  if (!a[1].IsEmpty() && !GetBuffer(a[1], &zdict)) {
    return RaiseTypeError(ts,
                          "zdict argument must support the buffer protocol");
  }
  auto s = std::make_unique<Stream>();
  s->zdict.assign(zdict);
  int err = inflateInit2(&s->zs, static_cast<int>(wbits));
  if (err == Z_MEM_ERROR) {
    return RaiseWithMessage(ts, Rt(ts).exc.memory_error,
                            "Can't allocate memory for decompression object");
  }
  if (err == Z_STREAM_ERROR) {
    return RaiseValueError(ts, "Invalid initialization option");
  }
  if (err != Z_OK) {
    return ZlibError(ts, s->zs, err, "while creating decompression object");
  }
  s->live = true;
  // A raw stream has no header to ask for its dictionary: set it now.
  if (!s->zdict.empty() && wbits < 0) {
    err = inflateSetDictionary(&s->zs,
                               reinterpret_cast<const Bytef*>(s->zdict.data()),
                               static_cast<uInt>(s->zdict.size()));
    if (err != Z_OK) return ZlibError(ts, s->zs, err, "while setting zdict");
  }
  return WrapStream(ts, std::move(s), false);
}

Value CompressMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  Stream* s = SelfStream(ts, args, nargs, &kCompressOps, "Compress");
  if (s == nullptr || !NoKwargs(ts, "compress", kwnames) ||
      !CheckArgCount(ts, "compress", nargs - 1, 1, 1)) {
    return Value::Error();
  }
  std::string_view data;
  if (!DataArg(ts, args[1], &data)) return Value::Error();
  if (!s->live) {
    return ZlibError(ts, s->zs, Z_STREAM_ERROR, "while compressing data");
  }
  std::string copy(data);  // the object's buffer may change meanwhile
  s->zs.next_in = reinterpret_cast<Bytef*>(copy.data());
  s->zs.avail_in = static_cast<uInt>(copy.size());
  std::string out;
  int err =
      Pump(ts, s->zs, &out, 0, [&] { return deflate(&s->zs, Z_NO_FLUSH); });
  s->zs.next_in = nullptr;
  s->zs.avail_in = 0;
  if (err == std::numeric_limits<int>::min()) return Value::Error();
  if (err != Z_OK && err != Z_BUF_ERROR) {
    return ZlibError(ts, s->zs, err, "while compressing data");
  }
  return BytesValue(ts, out);
}

Value CompressFlush(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames) {
  Stream* s = SelfStream(ts, args, nargs, &kCompressOps, "Compress");
  if (s == nullptr) return Value::Error();
  Value a[1];
  if (!BindArgs(ts, "flush", args + 1, nargs - 1, kwnames, {"mode"}, 0, 1, 1,
                a)) {
    return Value::Error();
  }
  int64_t mode;
  if (!IntArg(ts, a[0], Z_FINISH, &mode)) return Value::Error();
  if (mode == Z_NO_FLUSH) return BytesValue(ts, "");
  if (!s->live) {
    return ZlibError(ts, s->zs, Z_STREAM_ERROR, "while flushing");
  }
  s->zs.next_in = nullptr;
  s->zs.avail_in = 0;
  std::string out;
  int err = Pump(ts, s->zs, &out, 0,
                 [&] { return deflate(&s->zs, static_cast<int>(mode)); });
  if (err == std::numeric_limits<int>::min()) return Value::Error();
  if (err == Z_STREAM_END && mode == Z_FINISH) {
    deflateEnd(&s->zs);
    s->live = false;
  } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
    return ZlibError(ts, s->zs, err, "while flushing");
  }
  return BytesValue(ts, out);
}

Value StreamCopy(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  bool compress = nargs >= 1 && IsKind(args[0], ObjKind::kNativeData) &&
                  As<NativeData>(args[0])->ops == &kCompressOps;
  Stream* s =
      SelfStream(ts, args, nargs, compress ? &kCompressOps : &kDecompressOps,
                 compress ? "Compress" : "Decompress");
  if (s == nullptr) return Value::Error();
  if (!s->live) return RaiseValueError(ts, "Inconsistent stream state");
  auto c = std::make_unique<Stream>();
  c->compress = s->compress;
  c->eof = s->eof;
  c->unused_data = s->unused_data;
  c->unconsumed_tail = s->unconsumed_tail;
  c->zdict = s->zdict;
  int err =
      compress ? deflateCopy(&c->zs, &s->zs) : inflateCopy(&c->zs, &s->zs);
  if (err == Z_MEM_ERROR) return RaiseMemoryError(ts);
  if (err != Z_OK) return RaiseValueError(ts, "Inconsistent stream state");
  c->live = true;
  return WrapStream(ts, std::move(c), compress);
}

// Inflates `input` into `out` (at most `limit` bytes when > 0), setting
// the dictionary when the stream asks for it. The zlib status, or
// INT32_MIN with an exception pending.
int Inflate(ThreadState& ts, Stream* s, std::string_view input, size_t limit,
            int flush, std::string* out) {
  s->zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
  s->zs.avail_in = static_cast<uInt>(input.size());
  for (;;) {
    int err =
        Pump(ts, s->zs, out, limit, [&] { return inflate(&s->zs, flush); });
    if (err != Z_NEED_DICT) return err;
    if (s->zdict.empty()) {
      ZlibError(ts, s->zs, err, "while decompressing data");
      return std::numeric_limits<int>::min();
    }
    err = inflateSetDictionary(&s->zs,
                               reinterpret_cast<const Bytef*>(s->zdict.data()),
                               static_cast<uInt>(s->zdict.size()));
    if (err != Z_OK) {
      ZlibError(ts, s->zs, err, "while setting zdict");
      return std::numeric_limits<int>::min();
    }
  }
}

// After a decompress call: input past the end of the stream becomes
// unused_data; input left because of max_length becomes unconsumed_tail.
void SaveUnconsumed(Stream* s, std::string_view input, int err) {
  size_t left = s->zs.avail_in;
  std::string_view rest = input.substr(input.size() - left);
  if (err == Z_STREAM_END) {
    s->eof = true;
    s->unused_data.append(rest);
    rest = {};
  }
  s->unconsumed_tail.assign(rest);
  s->zs.next_in = nullptr;
  s->zs.avail_in = 0;
}

Value DecompressMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kwnames) {
  Stream* s = SelfStream(ts, args, nargs, &kDecompressOps, "Decompress");
  if (s == nullptr) return Value::Error();
  Value a[2];
  if (!BindArgs(ts, "decompress", args + 1, nargs - 1, kwnames,
                {"data", "max_length"}, 1, 2, 1, a)) {
    return Value::Error();
  }
  std::string_view data;
  int64_t max_length = 0;
  if (!DataArg(ts, a[0], &data)) return Value::Error();
  if (!a[1].IsEmpty() && !ToIndex(ts, a[1], &max_length)) {
    return Value::Error();
  }
  if (max_length < 0) {
    return RaiseValueError(ts, "max_length must be non-negative");
  }
  if (!s->live) {
    return ZlibError(ts, s->zs, Z_STREAM_ERROR, "while decompressing data");
  }
  std::string input(data);
  std::string out;
  int err = Inflate(ts, s, input, static_cast<size_t>(max_length), Z_SYNC_FLUSH,
                    &out);
  if (err == std::numeric_limits<int>::min()) return Value::Error();
  if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
    SaveUnconsumed(s, input, err);
    return ZlibError(ts, s->zs, err, "while decompressing data");
  }
  SaveUnconsumed(s, input, err);
  return BytesValue(ts, out);
}

Value DecompressFlush(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  Stream* s = SelfStream(ts, args, nargs, &kDecompressOps, "Decompress");
  if (s == nullptr) return Value::Error();
  Value a[1];
  if (!BindArgs(ts, "flush", args + 1, nargs - 1, kwnames, {"length"}, 0, 1, 1,
                a)) {
    return Value::Error();
  }
  int64_t length = static_cast<int64_t>(kChunk);
  if (!a[0].IsEmpty() && !ToIndex(ts, a[0], &length)) return Value::Error();
  if (length <= 0)
    return RaiseValueError(ts, "length must be greater than zero");
  if (!s->live) return BytesValue(ts, "");
  std::string input = s->unconsumed_tail;
  std::string out;
  int err = Inflate(ts, s, input, 0, Z_FINISH, &out);
  if (err == std::numeric_limits<int>::min()) return Value::Error();
  SaveUnconsumed(s, input, err);
  if (err == Z_STREAM_END) {
    inflateEnd(&s->zs);
    s->live = false;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return ZlibError(ts, s->zs, err, "while flushing");
  }
  return BytesValue(ts, out);
}

Value UnusedData(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  Stream* s = SelfStream(ts, args, nargs, &kDecompressOps, "Decompress");
  return s != nullptr ? BytesValue(ts, s->unused_data) : Value::Error();
}
Value UnconsumedTail(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  Stream* s = SelfStream(ts, args, nargs, &kDecompressOps, "Decompress");
  return s != nullptr ? BytesValue(ts, s->unconsumed_tail) : Value::Error();
}
Value Eof(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  Stream* s = SelfStream(ts, args, nargs, &kDecompressOps, "Decompress");
  return s != nullptr ? Value::Bool(s->eof) : Value::Error();
}

bool MakeClasses(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  if (rt.classes.zlib_compress != nullptr) return true;
  ClassObject* c = NewClass(ts, "Compress", rt.classes.object, "zlib",
                            ObjKind::kNativeData, kClassBuiltin);
  if (c == nullptr) return false;
  rt.classes.zlib_compress = c;
  static constexpr MethodDef kCompressMethods[] = {
      {"compress", CompressMethod},
      {"flush", CompressFlush},
      {"copy", StreamCopy},
      {"__copy__", StreamCopy},
  };
  if (!AddMethods(ts, c, "zlib.Compress", kCompressMethods)) return false;
  ClassObject* d = NewClass(ts, "Decompress", rt.classes.object, "zlib",
                            ObjKind::kNativeData, kClassBuiltin);
  if (d == nullptr) return false;
  rt.classes.zlib_decompress = d;
  static constexpr MethodDef kDecompressMethods[] = {
      {"decompress", DecompressMethod},
      {"flush", DecompressFlush},
      {"copy", StreamCopy},
      {"__copy__", StreamCopy},
  };
  return AddMethods(ts, d, "zlib.Decompress", kDecompressMethods) &&
         AddNativeProperty(ts, d, "zlib.Decompress", "unused_data",
                           UnusedData) &&
         AddNativeProperty(ts, d, "zlib.Decompress", "unconsumed_tail",
                           UnconsumedTail) &&
         AddNativeProperty(ts, d, "zlib.Decompress", "eof", Eof);
}

Module* InitZlibModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "zlib"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!MakeClasses(ts)) return nullptr;
  if (rt.exc.zlib_error == nullptr) {
    rt.exc.zlib_error =
        NewClass(ts, "error", rt.exc.exception, "zlib", ObjKind::kException,
                 kClassException | kClassBaseOk);
    if (rt.exc.zlib_error == nullptr) return nullptr;
  }
  static constexpr MethodDef kFunctions[] = {
      {"compress", Compress},       {"decompress", Decompress},
      {"crc32", Checksum<false>},   {"adler32", Checksum<true>},
      {"compressobj", CompressObj}, {"decompressobj", DecompressObj},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  struct {
    const char* name;
    int value;
  } const constants[] = {
      {"MAX_WBITS", MAX_WBITS},
      {"DEFLATED", Z_DEFLATED},
      {"DEF_MEM_LEVEL", 8},
      {"DEF_BUF_SIZE", static_cast<int>(kChunk)},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
      {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED},
      {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
      {"Z_RLE", Z_RLE},
      {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
      {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
      {"Z_FULL_FLUSH", Z_FULL_FLUSH},
      {"Z_FINISH", Z_FINISH},
      {"Z_BLOCK", Z_BLOCK},
      {"Z_TREES", Z_TREES},
  };
  for (const auto& c : constants) {
    if (!AddValue(ts, m, c.name, Value::Int(c.value))) return nullptr;
  }
  Value version = StrValue(ts, ZLIB_VERSION);
  if (version.IsError() || !AddValue(ts, m, "ZLIB_VERSION", version)) {
    return nullptr;
  }
  Value runtime_version = StrValue(ts, zlibVersion());
  if (runtime_version.IsError() ||
      !AddValue(ts, m, "ZLIB_RUNTIME_VERSION", runtime_version) ||
      !AddValue(ts, m, "error", Value::Obj(rt.exc.zlib_error))) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("zlib", InitZlibModule);

}  // namespace builtins
}  // namespace interp
