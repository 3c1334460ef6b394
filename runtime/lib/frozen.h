// The standard modules written in Python (the .py files of this folder),
// compiled into the binary by tools/freeze_lib.py. `import` finds them after
// sys.path, as CPython finds its Lib/ after the script's directory: a
// script's own json.py still shadows json. A module is compiled when first
// imported, so startup pays nothing for the ones a script does not use.
#ifndef INTERP_RUNTIME_LIB_FROZEN_H_
#define INTERP_RUNTIME_LIB_FROZEN_H_

#include <string_view>

namespace interp {

struct FrozenModule {
  std::string_view name;  // dotted: "json", "collections.abc"
  bool is_package;        // from NAME/__init__.py
  std::string_view source;
};

// The frozen module called `name`, or null.
const FrozenModule* FindFrozenModule(std::string_view name);

}  // namespace interp

#endif  // INTERP_RUNTIME_LIB_FROZEN_H_
