// Default sanitizer options for the faulthandler tests: the sanitizers must
// leave the fatal signals to the faulthandler under test (these hooks are
// read at start-up; options given in the environment still win).
extern "C" {

__attribute__((visibility("default"), used)) const char*
__asan_default_options() {
  return "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:"
         "handle_abort=0:detect_leaks=0";
}

__attribute__((visibility("default"), used)) const char*
__tsan_default_options() {
  return "die_after_fork=0:handle_segv=0:handle_sigbus=0:handle_sigfpe=0:"
         "handle_sigill=0:handle_abort=0";
}

__attribute__((visibility("default"), used)) const char*
__ubsan_default_options() {
  return "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:"
         "handle_abort=0";
}

}  // extern "C"
