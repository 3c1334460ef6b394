// Interned names the runtime looks up often (special methods, module
// attributes). Interned once at bootstrap (InitCommonNames in str.h), so
// lookups compare pointers. Add names to the list; keep it sorted by group.
#ifndef INTERP_RUNTIME_OBJECTS_NAMES_H_
#define INTERP_RUNTIME_OBJECTS_NAMES_H_

namespace interp {

struct Str;

// clang-format off
#define INTERP_COMMON_NAMES(X)                                               \
  X(__init__) X(__new__) X(__repr__) X(__str__) X(__format__) X(__hash__)    \
  X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__)                \
  X(__add__) X(__sub__) X(__mul__) X(__truediv__) X(__floordiv__)            \
  X(__mod__) X(__pow__) X(__lshift__) X(__rshift__) X(__and__) X(__or__)     \
  X(__xor__) X(__radd__) X(__rsub__) X(__rmul__) X(__rtruediv__)             \
  X(__rfloordiv__) X(__rmod__) X(__rpow__) X(__iadd__) X(__isub__)           \
  X(__imul__) X(__neg__) X(__pos__) X(__invert__) X(__abs__)                 \
  X(__bool__) X(__len__) X(__contains__) X(__getitem__) X(__setitem__)       \
  X(__delitem__) X(__iter__) X(__next__) X(__call__) X(__getattr__)          \
  X(__enter__) X(__exit__) X(__index__) X(__int__) X(__float__)              \
  X(__setattr__) X(__delattr__)                                              \
  X(__name__) X(__qualname__) X(__module__) X(__class__) X(__dict__)         \
  X(__doc__) X(__file__) X(__main__) X(__builtins__) X(__mro__) X(__bases__) \
  X(__base__) X(__cause__) X(__context__) X(__traceback__)                   \
  X(__suppress_context__) X(__set_name__) X(__init_subclass__)               \
  X(args) X(msg) X(filename) X(lineno) X(offset) X(text) X(end_lineno)       \
  X(end_offset) X(code) X(name) X(path) X(value)                             \
  X(builtins) X(sys) X(stdout) X(stderr) X(stdin) X(write) X(flush)          \
  X(read) X(readline) X(fileno) X(close) X(excepthook) X(key) X(reverse)     \
  X(sep) X(end) X(file) X(append) X(keys) X(items) X(values) X(get)       \
  X(__slots__) X(__class_getitem__) X(__annotations__) X(__get__)          \
  X(__set__) X(__delete__) X(__getattribute__) X(__del__)
// clang-format on

struct CommonNames {
#define INTERP_NAME_FIELD(n) Str* n;
  INTERP_COMMON_NAMES(INTERP_NAME_FIELD)
#undef INTERP_NAME_FIELD
};

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_NAMES_H_
