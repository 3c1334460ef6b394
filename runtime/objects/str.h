// Strings: immutable UTF-8 with cached code-point length and hash
// (layout in object.h). Indexing is by code point; ASCII strings (the
// common case) index in O(1).
#ifndef INTERP_RUNTIME_OBJECTS_STR_H_
#define INTERP_RUNTIME_OBJECTS_STR_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

class Tracer;
struct RuntimeState;

// A new string (UTF-8 assumed valid). Null on out-of-memory with
// MemoryError pending.
Str* NewStr(ThreadState& ts, std::string_view utf8);
// NewStr when the caller already knows the code-point count and whether
// the text is ASCII (pieces of an ASCII string, formatted numbers): skips
// the scan.
Str* NewStrWithLength(ThreadState& ts, std::string_view utf8, uint32_t char_len,
                      bool ascii);
// A string of `byte_len` bytes whose data the caller writes before anything
// else can see it (no allocation or script code in between): builders that
// know the size up front (join) write in place instead of through a
// temporary. Null with MemoryError pending.
Str* NewStrUninit(ThreadState& ts, size_t byte_len, uint32_t char_len,
                  bool ascii);
// StrValue of text known to be ASCII; Error on out-of-memory.
Value AsciiStrValue(ThreadState& ts, std::string_view ascii);
// The decimal text of an int as a new string (str(i), f"{i}").
Value IntDecimalStr(ThreadState& ts, int64_t i);
// The unique interned string with these bytes (created on first use).
Str* InternStr(ThreadState& ts, std::string_view utf8);
// Same, as a Value; Error on out-of-memory.
Value StrValue(ThreadState& ts, std::string_view utf8);
int64_t StrHash(Str* s);  // cached; CPython-independent but stable per run
// The hash StrHash computes, of any bytes (bytes objects hash alike).
uint64_t HashBytes(const char* p, size_t n);
// StrHash of a string with these bytes, without the string.
inline int64_t StrHashOfBytes(std::string_view b) {
  int64_t h = static_cast<int64_t>(HashBytes(b.data(), b.size()));
  return h == -1 ? -2 : h;
}
bool StrEquals(const Str* a, const Str* b);
// Code point at index i (0 <= i < char_len) as a new 1-char string (ASCII
// single chars are cached per runtime).
Value StrCharAt(ThreadState& ts, Str* s, int64_t i);
// Byte offset of code point i (clamped to [0, char_len]). O(1) amortised
// on long non-ASCII strings (a per-runtime code-point index).
uint32_t StrByteOffset(ThreadState& ts, const Str* s, int64_t i);
// Code-point index of byte offset `b` (a character boundary), the inverse.
int64_t StrCharIndex(ThreadState& ts, const Str* s, size_t b);
// Substring by code-point range [start, stop) with step (slicing).
Value StrSlice(ThreadState& ts, Str* s, int64_t start, int64_t stop,
               int64_t step);
// Concatenation; amortised O(len(b)) when `a` is the latest result of a
// chain of concatenations (s += t in a loop): see str.cc.
Value StrConcat(ThreadState& ts, Str* a, Str* b);

// Bootstrap: creates the intern table and interns RuntimeState::names.
// Requires classes.str to exist. Also registers the KindOps of the data
// layer's kinds (str, tuple, list, dict, set, range, slice, iterator, cell).
void InitCommonNames(ThreadState& ts);

// Marks the intern table and the data layer's per-runtime singletons (empty
// tuple, single-character strings). RuntimeState::TraceRoots calls it.
void TraceInternTable(RuntimeState& rt, Tracer& t);

// Drops the code-point indexes of strings a collection found unreachable
// (their addresses may be reused). Heap::Collect calls it between marking
// and sweeping; live strings keep their index across collections.
void PruneStrIndex(RuntimeState& rt);

// A 1-character string for code point `cp` (chr()); ValueError when out of
// range.
Value StrFromCodePoint(ThreadState& ts, uint32_t cp);
// Decodes the UTF-8 sequence at p (valid UTF-8 assumed); *len gets its
// byte length.
uint32_t DecodeUtf8(const char* p, uint32_t* len);
// Appends the UTF-8 encoding of `cp`.
void AppendUtf8(std::string* out, uint32_t cp);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_STR_H_
