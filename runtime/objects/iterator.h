// Builtin iterators (ObjKind::kIterator): sequence iterators, dict views and
// their iterators, enumerate, zip, map, filter, reversed and iter(f, s).
// next() on all of them goes through IterNext (protocols.h).
#ifndef INTERP_RUNTIME_OBJECTS_ITERATOR_H_
#define INTERP_RUNTIME_OBJECTS_ITERATOR_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

enum class IterKind : uint8_t {
  kList,        // source: List; index
  kTuple,       // source: Tuple; index
  kStr,         // source: Str; index = byte offset
  kRange,       // index = next value, remaining = count left, step
  kDictKeys,    // source: Dict; index = entry position
  kDictValues,  //
  kDictItems,   //
  kSet,         // source: Set; index = table position
  kEnumerate,   // source: iterator; index = counter
  kZip,         // source: Tuple of iterators
  kMap,         // func; source: Tuple of iterators
  kFilter,      // func (None: truthiness); source: iterator
  kReversed,    // source: list/tuple/str; index counts down
  kCall,        // func: callable; extra: sentinel
  kGetItem,     // source: object with __getitem__; index
  // Dict views (iterable, not iterators): source: Dict.
  kDictKeysView,
  kDictValuesView,
  kDictItemsView,
  // bytes/bytearray: source: Bytes or ByteArray; index.
  kBytes,
};

struct Iterator : Object {
  IterKind ikind;
  bool exhausted;
  uint32_t expect_size;  // dict/set iteration: size when created
  int64_t index;
  int64_t remaining;  // range
  int64_t step;       // range
  Value source;
  Value func;
  Value extra;
};

inline bool IsIterKind(Value v, IterKind k) {
  return IsKind(v, ObjKind::kIterator) &&
         static_cast<Iterator*>(v.AsObject())->ikind == k;
}
inline bool IsDictView(Value v) {
  if (!IsKind(v, ObjKind::kIterator)) return false;
  IterKind k = static_cast<Iterator*>(v.AsObject())->ikind;
  return k == IterKind::kDictKeysView || k == IterKind::kDictValuesView ||
         k == IterKind::kDictItemsView;
}

// iter() of a builtin list/tuple/str/range/dict (keys)/set/dict view;
// Empty (nothing raised) for any other value.
Value NewSeqIterator(ThreadState& ts, Value seq);
// zip(*iterables, strict=True).
Value NewZipStrict(ThreadState& ts, const Value* iterables, uint32_t n);
// d.keys(), d.values(), d.items() (views: kDict*View).
Value NewDictView(ThreadState& ts, Dict* d, IterKind view);
// The constructors behind the builtins; they call GetIter on their
// arguments (which may raise "'int' object is not iterable").
Value NewEnumerate(ThreadState& ts, Value iterable, int64_t start);
Value NewZip(ThreadState& ts, const Value* iterables, uint32_t n);
Value NewMap(ThreadState& ts, Value func, const Value* iterables, uint32_t n);
Value NewFilter(ThreadState& ts, Value func, Value iterable);
// reversed(seq): lists, tuples, strs, ranges, dicts, user __reversed__ or
// __len__ + __getitem__; TypeError "'int' object is not reversible".
Value NewReversed(ThreadState& ts, Value seq);
// iter(callable, sentinel).
Value NewCallIterator(ThreadState& ts, Value callable, Value sentinel);
// Sequence iteration through __getitem__ (iter() of such objects).
Value NewGetItemIterator(ThreadState& ts, Value seq);

// next() of a builtin iterator: Empty when exhausted, Error on error.
Value BuiltinIterNext(ThreadState& ts, Iterator* it);

// Length hint used by list(x) etc.: the remaining items of a builtin
// iterator over a sized source, or -1 when unknown.
int64_t IteratorLengthHint(Iterator* it);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_ITERATOR_H_
