// Code objects: what the compiler produces and the VM executes.
//
// A Code is a GC object (ObjKind::kCode); its crash-report header (CodeInfo:
// names and line table) lives in type-stable memory so signal handlers can
// read it. Instructions are 32-bit words described in opcodes.h.
#ifndef INTERP_RUNTIME_OBJECTS_CODE_H_
#define INTERP_RUNTIME_OBJECTS_CODE_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "runtime/frames/code_info.h"
#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

class Tracer;

// A protected range: an exception raised by an instruction in
// [start_pc, end_pc) stores the exception in register `exc_reg` and jumps
// to handler_pc. Entries are ordered innermost first; the VM takes the
// first match.
struct ExceptionEntry {
  uint32_t start_pc;
  uint32_t end_pc;
  uint32_t handler_pc;
  uint32_t exc_reg;
};

// Source span of a run of instructions, in CPython's terms (1-based lines,
// 0-based UTF-8 byte columns, end exclusive). Kept apart from the crash-safe
// line table: only traceback printing decodes it, never the VM loop.
inline constexpr uint16_t kNoCol = 0xFFFF;  // span unknown: no markers
struct PosEntry {
  uint32_t start_pc;
  int32_t line;
  int32_t end_line;
  uint16_t col;
  uint16_t end_col;
};

// The span of the instruction at `pc`, or null when none is recorded.
inline const PosEntry* PosForPc(const std::vector<PosEntry>& table,
                                uint32_t pc) {
  size_t lo = 0, hi = table.size();
  while (lo < hi) {  // first entry with start_pc > pc
    size_t mid = (lo + hi) / 2;
    if (table[mid].start_pc <= pc) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo == 0 ? nullptr : &table[lo - 1];
}

enum CodeFlags : uint32_t {
  kCodeVarargs = 1u << 0,    // has *args (register num_params + num_kwonly)
  kCodeVarkw = 1u << 1,      // has **kwargs (register after *args if any)
  kCodeModule = 1u << 2,     // module body
  kCodeClassBody = 1u << 3,  // class body: register 0 holds the namespace dict
  kCodeLambda = 1u << 4,
  // A generator function (or generator expression): a call binds the
  // arguments and returns a generator; the body runs on next()/send().
  kCodeGenerator = 1u << 5,
  kCodeCoroutine = 1u << 6,  // with kCodeGenerator: an `async def` body
  // With kCodeGenerator (not kCodeCoroutine): an `async def` with `yield`.
  kCodeAsyncGenerator = 1u << 7,
  // Compiled under `from __future__ import annotations` (PEP 563); code
  // that exec() or compile() compiles from here inherits it.
  kCodeFutureAnnotations = 1u << 8,
};

// Everything about a code object except the crash-report header. A plain
// C++ struct owned by its Code (created by the compiler, destroyed by the
// Code's finalizer); Values and Str* inside are traced through the Code.
struct CodeBody {
  // Layout of the register window:
  //   [0, num_params)                     positional parameters
  //   [num_params, +num_kwonly)           keyword-only parameters
  //   then *args (if kCodeVarargs), then **kwargs (if kCodeVarkw)
  //   then other locals and temporaries, up to num_regs.
  uint32_t flags = 0;
  uint16_t num_params = 0;
  uint16_t num_kwonly = 0;
  // The first num_posonly positional parameters come before `/`: keyword
  // arguments never bind them.
  uint16_t num_posonly = 0;
  uint16_t num_regs = 0;
  // Captured variables: at entry the VM replaces each captured parameter
  // register's value with a Cell holding it (cell_params), stores a fresh
  // empty Cell in each cell_locals register, and stores func->closure[i]
  // (a Cell) in free_regs[i].
  std::vector<uint16_t> cell_params;
  std::vector<uint16_t> cell_locals;
  std::vector<uint16_t> free_regs;
  std::vector<Str*> free_names;  // names of the free variables, same order

  std::vector<uint32_t> instrs;
  std::vector<Value>
      constants;            // ints, floats, Str, Tuple (kwnames), nested Code
  std::vector<Str*> names;  // attribute, global and import names
  std::vector<Str*> varnames;  // register names (params first): errors, kwargs
  std::vector<ExceptionEntry> handlers;
  int32_t doc_const = -1;   // functions: constants index of the docstring
  uint32_t num_caches = 0;  // inline-cache slots used by the instructions
  Str* name = nullptr;      // __name__ ("<module>", "f", "<lambda>")
  Str* qualname = nullptr;  // "C.method", "f.<locals>.g"
  Str* filename = nullptr;
  int32_t first_line = 0;
  std::vector<LineEntry> lines;     // copied into CodeInfo when finished
  std::vector<PosEntry> positions;  // sorted by start_pc, run-length
  // VM-owned inline-cache storage for the num_caches slots, sized by the VM
  // the first time the code runs (opaque words; the compiler leaves it
  // empty). The VM validates an entry before using what it remembers; the
  // one thing it traces there is the shapes its attribute entries are keyed
  // on (see InlineCache in vm/vm_internal.h).
  std::vector<uint64_t> vm_ic;
};

struct Code : Object {
  CodeInfo* info;  // stable memory; magic cleared by the finalizer
  CodeBody* body;  // owned
};

// Wraps a finished body in a Code object and creates its CodeInfo (stable
// memory, see code_info.h). Null with MemoryError pending on OOM.
Code* NewCode(ThreadState& ts, std::unique_ptr<CodeBody> body);

// Registers trace/finalize for ObjKind::kCode (bootstrap). The VM then
// registers its own trace, which calls TraceCodeObject and also marks what
// its inline caches (vm_ic) must keep alive.
void RegisterCodeKindOps();
void TraceCodeObject(Object* o, Tracer& t);
void FinalizeCodeObject(Object* o);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_CODE_H_
