// The instruction set: a register machine with 32-bit instructions.
//
// Encodings (op is the low 8 bits):
//   ABC:  op | A << 8 | B << 16 | C << 24          (A, B, C: 0..255)
//   ABx:  op | A << 8 | Bx << 16                   (Bx: 0..65535)
//   AsBx: op | A << 8 | (sBx + 32767) << 16        (sBx: -32767..32768)
//   sJ:   op | (sJ + 8388607) << 8                 (sJ: 24-bit signed)
// Some instructions are followed by one EXTRA word (documented below); the
// VM skips it. Jump offsets are relative to the instruction that follows
// the jump (and its extra word, if any).
//
// R[x] is register x of the current frame, K[x] constant x, N[x] name x
// (code->body->names), IC an inline-cache slot index.
//
// The compiler and the VM both code against this table; change the table
// and its comment together.
#ifndef INTERP_RUNTIME_COMPILER_OPCODES_H_
#define INTERP_RUNTIME_COMPILER_OPCODES_H_

#include <cstdint>

#include "runtime/objects/operators.h"

namespace interp {

// clang-format off
#define INTERP_OPCODES(X)                                                     \
  /* --- loads and moves --- */                                               \
  X(kMove, ABC)          /* R[A] = R[B] */                                    \
  X(kLoadK, ABx)         /* R[A] = K[Bx] */                                   \
  X(kLoadInt, AsBx)      /* R[A] = int(sBx) */                                \
  X(kLoadNone, ABC)      /* R[A] = None */                                    \
  X(kLoadBool, ABC)      /* R[A] = bool(B) */                                 \
  X(kCheckBound, ABx)    /* if R[A] is Empty: UnboundLocalError for           \
                            varnames[Bx] ("cannot access local variable 'x'   \
                            where it is not associated with a value").        \
                            varnames is indexed by register: the compiler    \
                            emits Bx == A, and only where the local is not    \
                            definitely assigned */                            \
  X(kDelLocal, ABx)      /* check bound like kCheckBound, then R[A] = Empty */\
  X(kLoadGlobal, ABx)    /* R[A] = globals[N[Bx]] or builtins[N[Bx]] else     \
                            NameError "name 'x' is not defined".              \
                            EXTRA: IC index */                                \
  X(kStoreGlobal, ABx)   /* globals[N[Bx]] = R[A] */                          \
  X(kDelGlobal, ABx)     /* del globals[N[Bx]] (NameError if missing) */      \
  X(kLoadBuiltin, ABx)   /* R[A] = builtins[N[Bx]] (assert's AssertionError) */\
  X(kLoadName, ABx)      /* class body: R[A] = ns[N[Bx]] (ns = R[0]), else    \
                            global, else builtin, else NameError */           \
  X(kStoreName, ABx)     /* class body: ns[N[Bx]] = R[A] */                   \
  X(kDelName, ABx)       /* class body: del ns[N[Bx]] */                      \
  X(kLoadDeref, ABC)     /* R[A] = R[B].cell_value; Empty -> NameError "cannot\
                            access free variable 'x' where it is not          \
                            associated with a value in enclosing scope" or    \
                            UnboundLocalError (C=1 when B is a local cell);   \
                            name = varnames[B] */                             \
  X(kStoreDeref, ABC)    /* R[A].cell_value = R[B] */                         \
  X(kDelDeref, ABC)      /* R[A].cell_value = Empty (checked like LoadDeref) */\
  /* --- arithmetic: R[A] = R[B] op R[C]; ...K: R[A] = R[B] op K[C] --- */    \
  X(kAdd, ABC) X(kSub, ABC) X(kMul, ABC) X(kTrueDiv, ABC)                     \
  X(kFloorDiv, ABC) X(kMod, ABC) X(kPow, ABC)                                 \
  X(kLShift, ABC) X(kRShift, ABC) X(kBitAnd, ABC) X(kBitOr, ABC)              \
  X(kBitXor, ABC)                                                             \
  X(kAddK, ABC) X(kSubK, ABC) X(kMulK, ABC) X(kTrueDivK, ABC)                 \
  X(kFloorDivK, ABC) X(kModK, ABC) X(kPowK, ABC)                              \
  X(kInplace, ABC)       /* R[A] = R[A] op= R[B], op = BinOp C (list += is    \
                            extend in place). Every augmented assignment uses \
                            it (never the K forms: x += 1 must reach          \
                            __iadd__); a small constant operand sits in a     \
                            register loaded once at function entry */        \
  X(kNeg, ABC) X(kPos, ABC) X(kInvert, ABC)  /* R[A] = op R[B] */             \
  X(kNot, ABC)           /* R[A] = not truthy(R[B]) */                        \
  /* --- comparisons producing values: R[A] = R[B] cmp R[C], cmp = CmpOp --- */\
  X(kCompare, ABC)       /* EXTRA: CmpOp */                                   \
  /* --- jumps --- */                                                         \
  X(kJump, sJ)           /* pc += sJ; backward jumps check the eval breaker */\
  X(kJumpIfTrue, AsBx)   /* if truthy(R[A]): pc += sBx */                     \
  X(kJumpIfFalse, AsBx)  /* if not truthy(R[A]): pc += sBx */                 \
  X(kJumpIfNotCmp, ABC)  /* fused: if not (R[A] cmp R[B]): pc += sJ, where    \
                            cmp = CmpOp C. EXTRA: sJ as a signed 32-bit int */\
  X(kJumpIfNotCmpK, ABC) /* same with K[B] as the right operand */            \
  /* --- calls --- */                                                         \
  X(kCall, ABC)          /* R[A] = R[A](R[A+1..A+B], kw...) where C = number  \
                            of keyword args, their values in R[A+B+1..A+B+C]; \
                            if C > 0, EXTRA: constant index of the kwnames    \
                            tuple */                                          \
  X(kLoadMethod, ABC)    /* R[A] = method found on R[B]'s class, R[A+1] =     \
                            R[B] (self); or R[A] = getattr(R[B], name),       \
                            R[A+1] = Empty. EXTRA: N index (low 16) | IC << 16*/\
  X(kCallMethod, ABC)    /* like kCall, but self (R[A+1]) is prepended when   \
                            not Empty; args in R[A+2..A+1+B], kw values after \
                            them; if C > 0, EXTRA: kwnames constant index */  \
  X(kCallEx, ABC)        /* R[A] = R[A](*R[A+1], **R[A+2]) (R[A+1] a tuple or \
                            list, R[A+2] a dict or None) */                   \
  X(kReturn, ABC)        /* return R[A] */                                    \
  X(kReturnNone, ABC)    /* return None */                                    \
  X(kMakeFunction, ABx)  /* R[A] = function(code K[Bx]); its defaults are in   \
                            R[A+1..] : positional defaults (count = EXTRA low \
                            8 bits), then kw-only defaults as a dict in the   \
                            next register when EXTRA bit 8 is set, then the   \
                            closure cells (count = code's free_regs size, in  \
                            free_regs order) in the registers after that.     \
                            EXTRA: as described */                            \
  /* --- attributes and items --- */                                          \
  X(kGetAttr, ABC)       /* R[A] = R[B].N[x]. EXTRA: x (low 16) | IC << 16 */ \
  X(kSetAttr, ABC)       /* R[A].N[x] = R[B]. EXTRA: as kGetAttr */           \
  X(kDelAttr, ABC)       /* del R[A].N[x]. EXTRA: as kGetAttr */              \
  X(kGetItem, ABC)       /* R[A] = R[B][R[C]] (slices: R[C] is a Slice) */    \
  X(kGetItemI, ABC)      /* R[A] = R[B][C] (C an unsigned small int) */       \
  X(kSetItem, ABC)       /* R[A][R[B]] = R[C] */                              \
  X(kSetItemI, ABC)      /* R[A][B] = R[C] (B an unsigned small int) */       \
  X(kDelItem, ABC)       /* del R[A][R[B]] */                                 \
  X(kBuildSlice, ABC)    /* R[A] = slice(R[B], R[B+1], R[B+2]) */             \
  /* --- containers --- */                                                    \
  X(kBuildList, ABC)     /* R[A] = [R[B], ..., R[B+C-1]] */                   \
  X(kBuildTuple, ABC)    /* R[A] = (R[B], ..., R[B+C-1]) */                   \
  X(kBuildSet, ABC)      /* R[A] = {R[B], ..., R[B+C-1]} */                   \
  X(kBuildDict, ABC)     /* R[A] = {R[B]: R[B+1], ...} with C pairs */        \
  X(kListAppend, ABC)    /* R[A].append(R[B]) */                              \
  X(kListExtend, ABC)    /* R[A].extend(R[B]) (star unpacking in displays); \
                            C > 0: a call's sole *args, callee in R[A-C]     \
                            (for CPython's "f() argument after *" message)*/\
  X(kListToTuple, ABC)   /* R[A] = tuple(R[B]) */                             \
  X(kSetAdd, ABC)        /* R[A].add(R[B]) */                                 \
  X(kSetConstLayout, ABC) /* R[A] = R[A]'s items laid out like CPython's     \
                            constant set display (> 2 constants): the set    \
                            is re-created from its own iteration order, then \
                            merged into a new set; printed order depends on  \
                            it */                                            \
  X(kDictSet, ABC)       /* R[A][R[B]] = R[C] (dict displays/comprehensions) */\
  X(kDictUpdate, ABC)    /* R[A].update(R[B]); C > 0: a call's keywords,     \
                            callee in R[A-C]: duplicates and non-mappings    \
                            raise CPython's call-site TypeErrors */          \
  X(kUnpack, ABC)        /* R[A..A+C-1] = R[B] with exactly C items, else     \
                            ValueError like CPython */                        \
  X(kUnpackEx, ABC)      /* starred: R[A..] = R[B]; EXTRA: before (low 8) |   \
                            after << 8; the starred part is a list in         \
                            R[A+before] */                                    \
  /* --- iteration --- */                                                     \
  X(kGetIter, ABC)       /* R[A] = iter(R[B]) */                              \
  X(kForIter, AsBx)      /* R[A+1] = next(R[A]); when exhausted pc += sBx */  \
  X(kForPrep, AsBx)      /* counted loops: R[A] holds the iterable. A Range   \
                            becomes R[A] = next value (int), R[A+1] = stop,   \
                            R[A+2] = step; anything else becomes R[A] =       \
                            iter(it), R[A+1] = R[A+2] = None. Then pc += sBx  \
                            (to the kForLoop) */                              \
  X(kForLoop, AsBx)      /* if R[A] is an int: if it has not reached R[A+1]   \
                            (by the sign of step R[A+2]): R[A+3] = R[A],      \
                            R[A] += step, pc += sBx (back to the body);       \
                            else (iterator): R[A+3] = next(R[A]) and pc +=    \
                            sBx, or fall through when exhausted. Checks the   \
                            eval breaker. R[A+3] may be the loop variable's   \
                            own register (the compiler reserves R[A..A+2]     \
                            right below it), so it is written only when the   \
                            loop continues */                                 \
  /* --- strings --- */                                                       \
  X(kFormat, ABC)        /* R[A] = format(conv(R[B]), spec) where C bits 0-1 =\
                            conversion (0 none, 1 str, 2 repr, 3 ascii), bit  \
                            2 = spec present in R[B+1] */                     \
  X(kBuildString, ABC)   /* R[A] = "".join(R[B..B+C-1]) (all str) */          \
  /* --- exceptions --- */                                                    \
  X(kRaise, ABC)         /* raise R[A] (instance or class); when B == 1,    \
                            `raise R[A] from R[C]` */                         \
  X(kReraise, ABC)       /* re-raise R[A] (end of finally / unmatched except) \
                            keeping its traceback */                          \
  X(kRaiseCurrent, ABC)  /* bare `raise`: re-raise the exception being        \
                            handled; RuntimeError "No active exception to     \
                            reraise" if none */                               \
  X(kExcMatch, ABC)      /* R[A] = isinstance(R[B], R[C]) for exceptions; R[C]\
                            a class or tuple of classes, else TypeError       \
                            "catching classes that do not inherit from        \
                            BaseException is not allowed" */                  \
  X(kExcStar, ABC)       /* except* (PEP 654). C=0: one clause: R[A] holds \
                            its type, R[B] the part not handled yet (or      \
                            None); then R[A] = the part the clause handles   \
                            (None: skip it) and R[B] = what is left. C=1:    \
                            R[A] = what the statement re-raises (None when   \
                            nothing) from the original exception R[B] and    \
                            the list R[A] of what the handlers raised and    \
                            the unhandled rest */                            \
  X(kPushExcInfo, ABC)   /* entering an except block: R[A] = saved "current  \
                            handled exception", current = R[B] */             \
  X(kPopExcInfo, ABC)    /* leaving it: current handled exception = R[A] */   \
  X(kWithEnter, ABC)     /* R[A] = bound __exit__ of R[B], R[A+1] =           \
                            R[B].__enter__() */                               \
  X(kWithExit, ABC)      /* R[A] = R[B](type, value, tb) for the exception in \
                            R[C] (None, None, None when R[C] is None);        \
                            result truthiness decides suppression */          \
  /* --- classes and modules --- */                                           \
  X(kBuildClass, ABC)    /* R[A] = class from body function R[A], name K[x],  \
                            bases R[B..B+C-1] (C <= 1 supported).             \
                            EXTRA: x (constant index of the name). When a    \
                            method uses zero-argument super() (or __class__), \
                            the body owns an implicit `__class__` cell and    \
                            returns that Cell instead of None; the new class  \
                            is stored into it, and the compiler compiles      \
                            super() as super(<the cell's value>, <first       \
                            argument>) */                                     \
  X(kImport, ABx)        /* R[A] = import module N[Bx] */                     \
  X(kImportFrom, ABC)    /* R[A] = R[B].N[C] or ImportError "cannot import    \
                            name 'x' from 'm' (path)" */                      \
  X(kPrintExpr, ABC)     /* REPL: print repr(R[A]) unless None */             \
  /* --- generators (code flagged kCodeGenerator only) --- */                \
  X(kYield, ABC)         /* suspend the generator, producing R[A]; resumed   \
                            by send(v) with R[B] = v (None for next()) */    \
  X(kYieldFrom, ABC)     /* delegate to iterator R[A]: send R[B] to it (next  \
                            when None); when it yields, suspend producing    \
                            that value and re-run this instruction on resume \
                            (with R[B] = the value sent); when it is         \
                            exhausted, R[B] = its return value and go on.    \
                            throw()/close() are forwarded by the resume */   \
  X(kGenCall, ABC)       /* kCall, kCallMethod and kCallEx in a generator's  \
                            code (same operands and EXTRA words): its        \
                            registers live in the generator object, so the   \
                            call's window is first copied to the value stack \
                            (the compiler rewrites the calls of generator    \
                            code; other code never pays for the check) */    \
  X(kGenCallMethod, ABC)                                                      \
  X(kGenCallEx, ABC)                                                          \
  X(kNop, ABC)                                                                \
  /* --- coroutines (code flagged kCodeCoroutine) --- */                      \
  X(kAsync, ABC)         /* C = AsyncOp: kAwaitable: R[A] = the iterator     \
                            `await R[B]` delegates to (a coroutine itself, or \
                            R[B].__await__()); kAIter: R[A] = R[B].__aiter__()\
                            ; kANext: R[A] = the awaitable of                 \
                            R[B].__anext__(); kAEnter: R[A] = bound          \
                            __aexit__ of R[B], R[A+1] = the awaitable of      \
                            R[B].__aenter__(); kWrapValue: R[A] = R[B] marked\
                            as an async generator's yielded value */          \
  /* --- match statements (PEP 634) --- */                                    \
  X(kMatch, ABC)         /* pattern test; EXTRA: MatchOp (low 8) | n << 8:    \
                            kIsSequence/kIsMapping: R[A] = bool, subject R[B];\
                            kLen: R[A] = len(R[B]); kKeys: R[A] = tuple of    \
                            R[B]'s values for the keys in tuple R[C], or None \
                            when one is missing; kRest: R[A] = dict of R[B]'s \
                            items without the keys in tuple R[C]; kClass:     \
                            R[A] = tuple of the attributes (n positional by   \
                            __match_args__, then the names in tuple R[C]) of  \
                            subject R[B] if it is an instance of class R[B+1],\
                            else None */                                      \
  X(kExtArg, ABC)        /* prefix for big tables: the next instruction      \
                            (kLoadK, kMakeFunction, kLoadGlobal,              \
                            kStoreGlobal, kDelGlobal, kLoadBuiltin,           \
                            kLoadName, kStoreName, kDelName or kImport, ABx)  \
                            uses (this >> 8) << 16 | its Bx as its K/N index. \
                            Jumps never target the instruction after it */

enum class Op : uint8_t {
#define INTERP_OP_ENUM(name, fmt) name,
  INTERP_OPCODES(INTERP_OP_ENUM)
#undef INTERP_OP_ENUM
  kNumOps
};
// clang-format on

// The tests of kMatch (its EXTRA word's low 8 bits).
enum class MatchOp : uint8_t {
  kIsSequence,
  kIsMapping,
  kLen,
  kKeys,
  kRest,
  kClass,
};

// The operations of kAsync (its C operand).
enum class AsyncOp : uint8_t {
  kAwaitable,
  kAIter,
  kANext,
  kAEnter,
  kWrapValue,
};

// Encoding helpers.
inline constexpr uint32_t EncodeABC(Op op, uint32_t a, uint32_t b, uint32_t c) {
  return static_cast<uint32_t>(op) | (a << 8) | (b << 16) | (c << 24);
}
inline constexpr uint32_t EncodeABx(Op op, uint32_t a, uint32_t bx) {
  return static_cast<uint32_t>(op) | (a << 8) | (bx << 16);
}
inline constexpr uint32_t EncodeAsBx(Op op, uint32_t a, int32_t sbx) {
  return static_cast<uint32_t>(op) | (a << 8) |
         (static_cast<uint32_t>(sbx + 32767) << 16);
}
inline constexpr uint32_t EncodeSJ(Op op, int32_t sj) {
  return static_cast<uint32_t>(op) | (static_cast<uint32_t>(sj + 8388607) << 8);
}
inline constexpr Op DecodeOp(uint32_t i) { return static_cast<Op>(i & 0xff); }
inline constexpr uint32_t DecodeA(uint32_t i) { return (i >> 8) & 0xff; }
inline constexpr uint32_t DecodeB(uint32_t i) { return (i >> 16) & 0xff; }
inline constexpr uint32_t DecodeC(uint32_t i) { return i >> 24; }
inline constexpr uint32_t DecodeBx(uint32_t i) { return i >> 16; }
inline constexpr int32_t DecodeSBx(uint32_t i) {
  return static_cast<int32_t>(i >> 16) - 32767;
}
inline constexpr int32_t DecodeSJ(uint32_t i) {
  return static_cast<int32_t>(i >> 8) - 8388607;
}

// Human-readable name, for disassembly and tests.
const char* OpName(Op op);
// Whether `op` is followed by an EXTRA word (for kCall/kCallMethod only
// when C > 0: pass the instruction).
bool HasExtraWord(uint32_t instr);

}  // namespace interp

#endif  // INTERP_RUNTIME_COMPILER_OPCODES_H_
