// Dicts: compact insertion-ordered hash tables (CPython 3.6+ design:
// an index table of int32 slots over a dense entry array). Internals are
// private to dict.cc.
#ifndef INTERP_RUNTIME_OBJECTS_DICT_H_
#define INTERP_RUNTIME_OBJECTS_DICT_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

// Dict is incomplete outside its .cc file (its layout is private), so these
// convert between Dict* and Value / Object* without the derived-to-base
// conversion the compiler cannot see.
inline Object* DictObject(Dict* x) { return reinterpret_cast<Object*>(x); }
inline Value DictValue(Dict* x) { return Value::Obj(DictObject(x)); }
inline Dict* AsDict(Value v) { return reinterpret_cast<Dict*>(v.AsObject()); }

Dict* NewDict(ThreadState& ts);  // null with MemoryError pending on OOM
// Empty when missing, Error on error (hash/eq of the key may raise).
Value DictGet(ThreadState& ts, Dict* d, Value key);
bool DictSet(ThreadState& ts, Dict* d, Value key, Value value);
// 1 deleted, 0 missing, -1 error.
int DictDel(ThreadState& ts, Dict* d, Value key);
// String keys: never run script code, never raise except MemoryError.
Value DictGetStr(Dict* d, Str* key);  // Empty when missing
bool DictSetStr(ThreadState& ts, Dict* d, Str* key, Value value);
uint32_t DictSize(Dict* d);
// Iteration in insertion order: start with *pos = 0.
bool DictNext(Dict* d, uint32_t* pos, Value* key, Value* value);
void DictClear(ThreadState& ts, Dict* d);
Dict* DictCopy(ThreadState& ts, Dict* d);
// Inline-cache support (VM): the entry index of a string key, or -1; the
// index stays valid while DictKeysVersion is unchanged.
int32_t DictFindStrIndex(Dict* d, Str* key);
Value DictKeyAt(Dict* d, int32_t index);
Value DictValueAt(Dict* d, int32_t index);
void DictSetValueAt(Dict* d, int32_t index, Value v);
// Changes whenever a key is added or removed, never on value updates.
uint64_t DictKeysVersion(Dict* d);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_DICT_H_
