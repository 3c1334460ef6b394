// Scope analysis: which names are locals, cells, free variables, globals or
// class-namespace names, and the register layout of every code object.
//
// Follows CPython's symtable rules: a name bound anywhere in a function
// (assignment, def, class, import, for/with/except target, del, parameter)
// is local to it unless declared global/nonlocal; a free name resolves to
// the nearest enclosing *function* that binds it (class bodies are skipped,
// so methods do not see class variables); a local captured by a nested
// scope becomes a cell. Comprehensions and lambdas are function scopes.
// `super`/`__class__` in a function make `__class__` a free variable that
// the nearest enclosing class body provides as a cell (zero-argument
// super()).
#ifndef INTERP_RUNTIME_COMPILER_SCOPE_H_
#define INTERP_RUNTIME_COMPILER_SCOPE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "runtime/compiler/compiler.h"
#include "runtime/compiler/future.h"
#include "runtime/frontend/ast.h"
#include "runtime/frontend/syntax_error.h"

namespace interp::compiler {

enum class ScopeKind : uint8_t { kModule, kClass, kFunction };

// How the code of a scope reaches a name.
enum class NameKind : uint8_t {
  kLocal,   // a plain register
  kCell,    // a register holding the Cell of a captured local
  kFree,    // a register holding a Cell of an enclosing function
  kGlobal,  // module globals, then builtins
  kName,    // class body: the namespace dict, then globals, then builtins
};

// Symbol flags collected by the first pass.
enum SymFlag : uint32_t {
  kSymAssigned = 1u << 0,
  kSymParam = 1u << 1,
  kSymUsed = 1u << 2,
  kSymGlobal = 1u << 3,
  kSymNonlocal = 1u << 4,
};

struct Symbol {
  uint32_t flags = 0;
  NameKind kind = NameKind::kGlobal;
  int reg = -1;  // kLocal / kCell / kFree
  // For-loop target aliasing: when >= 0, registers [alias_base,
  // alias_base + 3) are reserved right below `reg` so kForLoop can write
  // the loop variable directly (its R[A+3] is `reg`).
  int alias_base = -1;
};

struct Scope {
  ScopeKind kind = ScopeKind::kModule;
  std::string name;      // "<module>", "f", "<lambda>", "<listcomp>", "C"
  std::string qualname;  // "C.f", "f.<locals>.g"
  // The innermost enclosing class's name (a class body's own name), which
  // private names `__x` in this scope are mangled with; empty outside
  // classes.
  std::string private_name;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  const ast::Node* node = nullptr;  // def/class/lambda/comprehension node
  int first_line = 1;

  absl::flat_hash_map<std::string, Symbol> symbols;
  std::vector<std::string> order;  // symbols in first-seen order

  // Functions: parameters in register order (positional, keyword-only,
  // *args, **kwargs).
  std::vector<std::string> params;
  int num_positional = 0;
  int num_posonly = 0;  // of num_positional, those before `/`
  int num_kwonly = 0;
  bool varargs = false;
  bool varkw = false;
  bool is_lambda = false;
  bool is_comprehension = false;
  // Contains yield / yield from, or is a generator expression: calling it
  // creates a generator.
  bool is_generator = false;
  // `async def`: calling it creates a coroutine (a generator of class
  // coroutine); `await`, `async for` and `async with` are allowed inside.
  bool is_coroutine = false;
  // An `async def` containing `yield`: calling it creates an async
  // generator (is_coroutine stays set: `await` is allowed inside).
  bool is_async_generator = false;
  const ast::Stmt* value_return = nullptr;  // first `return <value>`
  // Comprehensions: `await` (or an async comprehension) inside.
  bool has_await = false;

  bool uses_super = false;  // function mentions `super` or `__class__`
  bool class_cell = false;  // class body provides the `__class__` cell

  // Free variables (functions: captured names; classes: their own plus the
  // names they pass through to nested functions), in closure order, with
  // their registers.
  std::vector<std::string> free_vars;
  absl::flat_hash_map<std::string, int> free_reg;

  // Simple-name targets of for loops / comprehension clauses in this scope.
  absl::flat_hash_set<std::string> for_targets;
  // Small int/float constants on the right of augmented assignments: each
  // gets a register loaded once at entry, so `i += 1` is one kInplace.
  struct AugConst {
    bool is_float;
    int64_t i;
    double f;
    int reg;
  };
  std::vector<AugConst> aug_consts;

  // Names that instructions hold in narrow fields (kImportFrom: 8 bits,
  // attribute EXTRA words: 16 bits), each occurrence in source order. The
  // compiler gives them the first name indices, so a module with more than
  // 65,536 global names still reaches its attributes.
  // Mangled (see Mangle), hence owned.
  std::vector<std::string> import_from_names;
  std::vector<std::string> attr_names;

  // Register layout (filled by AnalyzeScopes).
  int num_named = 0;                   // registers with a fixed meaning
  std::vector<std::string> reg_names;  // per named register
  std::vector<uint16_t> cell_params;
  std::vector<uint16_t> cell_locals;

  bool IsFunction() const { return kind == ScopeKind::kFunction; }
  const Symbol* Find(const std::string& n) const {
    auto it = symbols.find(n);
    return it == symbols.end() ? nullptr : &it->second;
  }
};

struct ScopeTable {
  std::unique_ptr<Scope> module;
  // CPython's compile-time SyntaxWarnings found on the way (`x is 1`).
  std::vector<CompileWarning> warnings;
  FutureFeatures future;  // the module's future statements
  absl::flat_hash_map<const void*, Scope*> by_node;
  Scope* ScopeOf(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// CPython's private name mangling: in a class body (and the functions,
// lambdas and comprehensions nested in it) an identifier `__x` that is not
// a dunder and has no dot means `_C__x`, C being `private_name` without
// its leading underscores (nothing happens when that leaves nothing).
// Idempotent: a mangled name starts with a single underscore.
std::string Mangle(std::string_view private_name, std::string_view name);

// Registers a named code object may use for names before temporaries;
// more is "too many local variables".
inline constexpr int kMaxNamedRegisters = 200;

// Builds and resolves the scopes of `module`. False with *error filled
// (message and position; the caller fills filename/text).
// With `namespace_top`, the module scope is a namespace scope (ScopeKind
// kClass, its dict in register 0): exec/eval with a locals mapping.
bool AnalyzeScopes(const ast::Module& module, ScopeTable* table,
                   SyntaxErrorInfo* error, bool namespace_top = false);

}  // namespace interp::compiler

#endif  // INTERP_RUNTIME_COMPILER_SCOPE_H_
