// The table of builtin modules (filled by static registrars before main)
// and the helpers module init functions use.
#include "runtime/builtins/builtin_modules.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"

namespace interp {
namespace {

// A function-local static: registrars in other translation units run
// during static initialisation in an unspecified order, so the table must
// be created on first use. Immutable once main() runs (no lock needed).
std::vector<BuiltinModuleDef>& Table() {
  static auto* table = new std::vector<BuiltinModuleDef>();
  return *table;
}

}  // namespace

BuiltinModuleRegistrar::BuiltinModuleRegistrar(const char* name,
                                               BuiltinModuleInit init) {
  Table().push_back(BuiltinModuleDef{name, init});
}

BuiltinModuleInit FindBuiltinModule(std::string_view name) {
  for (const BuiltinModuleDef& def : Table()) {
    if (name == def.name) return def.init;
  }
  return nullptr;
}

std::vector<std::string_view> BuiltinModuleNames() {
  std::vector<std::string_view> names;
  for (const BuiltinModuleDef& def : Table()) names.push_back(def.name);
  std::sort(names.begin(), names.end());
  return names;
}

bool AddFunction(ThreadState& ts, Module* m, std::string_view name,
                 NativeFn fn) {
  std::string_view mod = m->name != nullptr ? m->name->view() : "?";
  // The name is interned once, for the function and as the dict key; the
  // qualified name is assembled on the stack (bootstrap adds ~80).
  Str* key = InternStr(ts, name);
  if (key == nullptr) return false;
  char buf[128];
  std::string qualified;
  std::string_view q;
  if (mod.size() + 1 + name.size() <= sizeof(buf)) {
    std::memcpy(buf, mod.data(), mod.size());
    buf[mod.size()] = '.';
    std::memcpy(buf + mod.size() + 1, name.data(), name.size());
    q = std::string_view(buf, mod.size() + 1 + name.size());
  } else {
    qualified = absl::StrCat(builtins::AV(mod), ".", builtins::AV(name));
    q = qualified;
  }
  // The function's __name__ is the text after the last dot.
  NativeFunction* nf = name.find('.') == std::string_view::npos
                           ? NewNative(ts, q, key, fn)
                           : NewNative(ts, q, fn);
  if (nf == nullptr) return false;
  return DictSetStr(ts, m->dict, key, Value::Obj(nf));
}

bool AddValue(ThreadState& ts, Module* m, std::string_view name, Value v) {
  Str* key = InternStr(ts, name);
  if (key == nullptr) return false;
  return DictSetStr(ts, m->dict, key, v);
}

}  // namespace interp
