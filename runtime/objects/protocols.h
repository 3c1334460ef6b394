// Generic operations on values: the slow paths behind the VM's inline fast
// paths and what builtins use. Builtin types are handled directly; user
// classes dispatch to their special methods through call.h.
//
// Convention: functions returning Value return Value::Error() with a
// pending exception on failure. Functions returning int return 1/0, or -1
// with a pending exception.
#ifndef INTERP_RUNTIME_OBJECTS_PROTOCOLS_H_
#define INTERP_RUNTIME_OBJECTS_PROTOCOLS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/operators.h"

namespace interp {

Value Repr(ThreadState& ts, Value v);   // a Str, like repr()
Value ToStr(ThreadState& ts, Value v);  // a Str, like str()
// Appends repr/str to `out` (containers recurse through this; guards
// against self-referencing containers: "[...]").
bool AppendRepr(ThreadState& ts, Value v, std::string* out);
bool AppendStr(ThreadState& ts, Value v, std::string* out);
// What ascii() makes of a repr: non-ASCII code points as \xhh, \uhhhh or
// \Uhhhhhhhh (for %a and the !a conversion).
std::string AsciiEscape(std::string_view repr);

// The builtin repr()/str() of v's layout, ignoring a user __repr__/__str__
// on v's own class (nested values still dispatch normally): what
// object.__repr__, BaseException.__str__, list.__repr__ ... return, e.g.
// for super().__repr__() in a user class. BaseStr of an instance is
// repr(v) (object.__str__ calls repr), of an exception its message.
Value BaseRepr(ThreadState& ts, Value v);
Value BaseStr(ThreadState& ts, Value v);

int Truthy(ThreadState& ts, Value v);
// hash(); TypeError "unhashable type: 'list'". Ints, floats and strings
// hash like CPython's numeric hash where it is observable (hash(1) == 1,
// hash(1.0) == hash(1) == hash(True)).
bool Hash(ThreadState& ts, Value v, int64_t* out);
int Equals(ThreadState& ts, Value a, Value b);
// Rich comparison returning a Value (user __lt__ may return anything).
Value Compare(ThreadState& ts, CmpOp op, Value a, Value b);
// Rich comparison as a bool (-1 on error).
int CompareBool(ThreadState& ts, CmpOp op, Value a, Value b);

// Arithmetic, including int overflow -> OverflowError, str/list/tuple
// concatenation and repetition, str % args, set operators, and user
// __add__/__sub__/__mul__ (and reflected where CPython has them).
Value BinaryOp(ThreadState& ts, BinOp op, Value a, Value b);
Value InplaceOp(ThreadState& ts, BinOp op, Value a, Value b);
Value Negate(ThreadState& ts, Value v);
Value Positive(ThreadState& ts, Value v);
Value Invert(ThreadState& ts, Value v);

Value GetItem(ThreadState& ts, Value container, Value key);
Value SetItem(ThreadState& ts, Value container, Value key,
              Value value);  // None or Error
Value DelItem(ThreadState& ts, Value container, Value key);
int Contains(ThreadState& ts, Value container, Value item);
// len(); sets *out.
bool Length(ThreadState& ts, Value v, int64_t* out);

// iter() and next(): IterNext returns Empty when exhausted (no
// StopIteration raised), Error on error.
Value GetIter(ThreadState& ts, Value v);
Value IterNext(ThreadState& ts, Value iterator);

// format(value, spec) for f-strings and str.format.
Value Format(ThreadState& ts, Value v, std::string_view spec);

// A class's __qualname__ (`A.B`, `f.<locals>.C`), for reprs and reports.
std::string_view ClassQualName(const ClassObject* cls);

// Names of types for messages: "int", "str", "Foo".
std::string_view TypeName(ThreadState& ts, Value v);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_PROTOCOLS_H_
