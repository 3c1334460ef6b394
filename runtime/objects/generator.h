// Layout of generator objects (ObjKind::kGenerator). The VM creates and
// resumes them (vm/generator.h); the object layer only needs the layout for
// repr and the iteration protocol.
//
// The generator's register window lives inside the object, right after
// this header, for its whole life: creation binds the arguments once and
// copies the window in (the only copy); a resume pushes a frame record
// whose base points at these registers, and a yield pops it. Nothing is
// copied per next(). A suspended generator is on no frame stack; a running
// one is a frame like any other on its thread's stack (kFrameGenerator).
#ifndef INTERP_RUNTIME_OBJECTS_GENERATOR_H_
#define INTERP_RUNTIME_OBJECTS_GENERATOR_H_

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"
#include "runtime/objects/function.h"

namespace interp {

enum class GenState : uint8_t {
  kCreated,    // not started: the next resume starts at pc 0
  kSuspended,  // stopped at the kYield / kYieldFrom at `pc`
  kRunning,    // its frame is on a thread's frame stack
  kFinished,   // returned or raised; registers released
};

struct Generator : Object {
  Function* func;  // globals, name; keeps the code alive
  Code* code;
  Str* name;      // __name__
  Str* qualname;  // __qualname__
  // While suspended inside an except block (exc_reserved != 0): the
  // exception that block handles, restored as the current handled
  // exception on resume.
  Value handled;
  // While running: the first free value-stack slot of the resuming thread.
  // The generator's own registers are not in the value stack, so calls it
  // makes put their argument windows here.
  Value* stack_top;
  uint32_t pc;            // kSuspended: the suspending instruction
  uint32_t exc_reserved;  // Frame::reserved while suspended
  uint16_t num_regs;      // registers after the header (0 once finished)
  GenState state;
  // Async generators: an asend/athrow awaitable is driving it, and
  // aclose() (or an exhausting exception) has closed it.
  uint8_t running_async;
  uint8_t ag_closed;

  Value* regs() { return reinterpret_cast<Value*>(this + 1); }
  // The generator whose registers start at `base` (a kFrameGenerator
  // frame's base).
  static Generator* FromRegs(Value* base) {
    return reinterpret_cast<Generator*>(base) - 1;
  }
};
static_assert(sizeof(Generator) % alignof(Value) == 0,
              "registers follow the header");

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_GENERATOR_H_
