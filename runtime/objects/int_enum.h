// The IntEnum members builtin modules expose (signal.Signals, Handlers,
// Sigmasks). A member is an ordinary int Value carrying a member index
// (Value::IntEnum): it computes, compares and hashes as its int, while
// repr() shows `<Signals.SIGINT: 2>` and `.name`/`.value` work, as in
// CPython. The table is immutable and shared by all runtimes.
#ifndef INTERP_RUNTIME_OBJECTS_INT_ENUM_H_
#define INTERP_RUNTIME_OBJECTS_INT_ENUM_H_

#include <cstdint>
#include <string_view>

#include "runtime/value.h"

namespace interp {

struct IntEnumMember {
  std::string_view enum_name;
  std::string_view name;
};

// Index 0 is "not a member". Only canonical names: CPython's aliases
// (SIGIOT, SIGPOLL, SIGCLD) show the name defined first for their value.
inline constexpr IntEnumMember kIntEnumMembers[] = {
    {"", ""},
    {"Signals", "SIGHUP"},
    {"Signals", "SIGINT"},
    {"Signals", "SIGQUIT"},
    {"Signals", "SIGILL"},
    {"Signals", "SIGTRAP"},
    {"Signals", "SIGABRT"},
    {"Signals", "SIGBUS"},
    {"Signals", "SIGFPE"},
    {"Signals", "SIGKILL"},
    {"Signals", "SIGUSR1"},
    {"Signals", "SIGSEGV"},
    {"Signals", "SIGUSR2"},
    {"Signals", "SIGPIPE"},
    {"Signals", "SIGALRM"},
    {"Signals", "SIGTERM"},
    {"Signals", "SIGSTKFLT"},
    {"Signals", "SIGCHLD"},
    {"Signals", "SIGCONT"},
    {"Signals", "SIGSTOP"},
    {"Signals", "SIGTSTP"},
    {"Signals", "SIGTTIN"},
    {"Signals", "SIGTTOU"},
    {"Signals", "SIGURG"},
    {"Signals", "SIGXCPU"},
    {"Signals", "SIGXFSZ"},
    {"Signals", "SIGVTALRM"},
    {"Signals", "SIGPROF"},
    {"Signals", "SIGWINCH"},
    {"Signals", "SIGIO"},
    {"Signals", "SIGPWR"},
    {"Signals", "SIGSYS"},
    {"Signals", "SIGRTMIN"},
    {"Signals", "SIGRTMAX"},
    {"Handlers", "SIG_DFL"},
    {"Handlers", "SIG_IGN"},
    {"Sigmasks", "SIG_BLOCK"},
    {"Sigmasks", "SIG_UNBLOCK"},
    {"Sigmasks", "SIG_SETMASK"},
};

inline constexpr uint32_t kNumIntEnumMembers =
    sizeof(kIntEnumMembers) / sizeof(kIntEnumMembers[0]);

// The member index of enum_name.name, or 0.
constexpr uint32_t FindIntEnumMember(std::string_view enum_name,
                                     std::string_view name) {
  for (uint32_t i = 1; i < kNumIntEnumMembers; ++i) {
    if (kIntEnumMembers[i].enum_name == enum_name &&
        kIntEnumMembers[i].name == name) {
      return i;
    }
  }
  return 0;
}

// The member v is, or null for a plain int (or any other value).
inline const IntEnumMember* IntEnumMemberOf(Value v) {
  uint32_t m = v.enum_member();
  return m > 0 && m < kNumIntEnumMembers ? &kIntEnumMembers[m] : nullptr;
}

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_INT_ENUM_H_
