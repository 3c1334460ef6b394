// Generators: creation (calling a generator function), resumption (next,
// send, throw, close) and `yield from` delegation. The layout is in
// objects/generator.h.
//
// A resume pushes a frame record whose base is the generator's own
// registers and runs it in a nested interpreter activation, as CPython 3.11
// runs a generator frame embedded in its object; kYield pops the record and
// leaves that activation. Calls made by the generator body put their
// argument windows at the value-stack top saved at resume
// (Generator::stack_top), so the value stack never holds the generator's
// registers and nothing is copied per resume.
#ifndef INTERP_RUNTIME_VM_GENERATOR_H_
#define INTERP_RUNTIME_VM_GENERATOR_H_

#include "runtime/frames/frame_stack.h"
#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/generator.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {

// Binds a call of generator function `fn` (arguments in the value stack at
// args, as for PrepareCall) and returns the new generator, or Error.
Value NewGenerator(ThreadState& ts, Function* fn, Value* args, uint32_t nargs,
                   Tuple* kwnames);

enum class GenResult { kYielded, kReturned, kError };

// Resumes `g`: with `sent` as the value of the suspended yield, or, when
// `thrown` is not Empty, by raising that exception instance at it.
// kYielded / kReturned leave the value in *out; kError leaves an exception
// pending (a StopIteration escaping the body becomes RuntimeError, PEP 479).
GenResult ResumeGenerator(ThreadState& ts, Generator* g, Value sent,
                          Value thrown, Value* out);

// gen.send(v) / gen.__next__(): the yielded value, or Error with
// StopIteration(return value) (or the body's exception) pending.
Value GeneratorSend(ThreadState& ts, Generator* g, Value sent);
// The exception instance throw(type[, value[, tb]]) raises (CPython's
// argument rules and TypeErrors), or Error.
Value ThrownException(ThreadState& ts, const Value* args, uint32_t nargs);
// gen.throw(type[, value[, tb]]).
Value GeneratorThrow(ThreadState& ts, Generator* g, const Value* args,
                     uint32_t nargs);
// Raises StopIteration carrying `v` (a plain StopIteration for None);
// returns Error.
Value RaiseStopIterationValue(ThreadState& ts, Value v);
// gen.close(): None, or Error.
Value GeneratorClose(ThreadState& ts, Generator* g);

// One step of `yield from` over `sub` with `sent`: 1 when `sub` yielded
// (*out = the value), 0 when it finished (*out = its return value), -1 on
// error.
int YieldFromStep(ThreadState& ts, Value sub, Value sent, Value* out);

// kGenCall / kGenCallMethod / kGenCallEx `inst` of a generator's `frame`
// (its EXTRA word, if any, at *extra): copies the window to the value
// stack and runs the call to completion (a script callee in a nested
// activation, so the interpreter loop itself carries no generator case).
// The result, or Error.
Value GeneratorCall(ThreadState& ts, Frame* frame, uint32_t inst,
                    const uint32_t* extra);

// kYield / kYieldFrom: records where `frame` (a generator's, at its
// published pc) stopped, hands the except-block state back to the
// resumer, pops the frame and returns `value` (for a nested activation to
// return, or for the interpreter to deliver to an inlined one's caller).
Value SuspendGenerator(ThreadState& ts, Frame* frame, Value value);

// kForLoop / kForIter over a plain generator run its body in the loop's
// own activation (as CPython 3.12's FOR_ITER_GEN does) instead of a nested
// one per item: this pushes g's frame without kFrameEntry. Its yield pops
// back to the loop instruction, which the interpreter finishes with the
// value; its return, or an exception leaving it, pops it and the
// interpreter calls FinishInlineGenerator. Null, with nothing raised or
// changed, when the general path must run instead (not a plain generator,
// running or finished, or too deep).
Frame* EnterGeneratorInline(ThreadState& ts, Generator* g);

// After an inlined generator's frame was popped by a return (`raised`
// false) or by an exception leaving it (true): releases its registers and,
// for an exception, applies PEP 479 to the pending one.
void FinishInlineGenerator(ThreadState& ts, Generator* g, bool raised);

// Registers the generator kind's trace function (InitVm).
void RegisterGeneratorKindOps();

// Whether closing suspended `g` can run script code: it stopped inside a
// try/with block (a handler covers its pc), or at a `yield from`/`await`,
// whose delegate may. Closing any other generator is unobservable, so the
// collector lets it die without resurrecting it. Never for an async
// generator (see generator.cc).
bool GeneratorNeedsClose(const Generator* g);

}  // namespace vm
}  // namespace interp

#endif  // INTERP_RUNTIME_VM_GENERATOR_H_
