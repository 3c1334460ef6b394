// The text codecs interp has: utf-8, ascii, latin-1, utf-16 and utf-32
// (with or without a byte order mark) and cp1252 (with CPython's aliases), the
// error handlers strict, ignore, replace, backslashreplace and (encoding)
// xmlcharrefreplace, and the UnicodeDecodeError / UnicodeEncodeError exceptions
// they raise with CPython's messages.
#ifndef INTERP_RUNTIME_BUILTINS_BYTES_CODECS_H_
#define INTERP_RUNTIME_BUILTINS_BYTES_CODECS_H_

#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {
namespace builtins {

enum class Codec {
  kUtf8,
  kAscii,
  kLatin1,
  kUtf16,  // a byte order mark, then native (little-endian) order
  kUtf16Le,
  kUtf16Be,
  kUtf32,
  kUtf32Le,
  kUtf32Be,
  kCp1252,
};

// Codecs whose code units are wider than a byte: text files cannot count
// or split their characters bytewise.
inline bool IsWideCodec(Codec c) {
  return c >= Codec::kUtf16 && c <= Codec::kUtf32Be;
}

// The codec an encoding name denotes (case, '_' and ' ' ignored, like
// Python's normalisation); LookupError "unknown encoding: x" otherwise.
bool LookupCodec(ThreadState& ts, std::string_view name, Codec* out);
// CPython's name of the codec in messages ('utf-8', 'ascii', 'latin-1',
// 'utf-16-le', 'charmap', ...).
std::string_view CodecName(Codec c);

// Encodes UTF-8 text; `text` is the str being encoded (for the exception).
// False with UnicodeEncodeError (or LookupError for an unknown handler)
// pending.
bool EncodeText(ThreadState& ts, Codec codec, std::string_view errors,
                Value text, std::string* out);
// Decodes bytes into UTF-8 text; `object` is the bytes-like being decoded.
bool DecodeText(ThreadState& ts, Codec codec, std::string_view errors,
                Value object, std::string* out);

// The encoding and errors arguments of encode()/decode()/bytes()/str():
// Empty means the default ('utf-8', 'strict'). TypeError when not a str.
bool CodecArgs(ThreadState& ts, const char* fname, Value encoding, Value errors,
               Codec* codec, std::string* errors_out);

// Registers str.encode, bytes.decode helpers' classes: the exception
// classes' __init__/__str__ (called by the bootstrap).
bool InitCodecs(ThreadState& ts);

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_BYTES_CODECS_H_
