// The `interp` command (SPEC 4):
//   interp [options] [-c cmd | -m module | script | -] [args...]
// Exit status: 0; 1 on an uncaught exception (traceback on stderr); the
// sys.exit code; 2 on a usage error; or death by the signal (an uncaught
// KeyboardInterrupt dies by SIGINT, like CPython).
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "faulthandler/startup.h"
#include "interp/line_editor.h"
#include "interp/repl.h"
#include "runtime/builtins/factories.h"
#include "runtime/embed/runtime.h"
#include "runtime/frontend/parser.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"

namespace interp::cli {
namespace {

constexpr char kUsageLine[] =
    "usage: interp [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

constexpr char kHelp[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-V     : print the interp version number and exit (also --version)\n"
    "-X opt : set implementation-specific option:\n"
    "         -X faulthandler: enable the faulthandler (also\n"
    "            INTERP_FAULTHANDLER=1 in the environment)\n"
    "         -X name[=value]: recorded in sys._xoptions\n"
    "-u     : unbuffered stdout and stderr (also INTERP_UNBUFFERED=1 or\n"
    "         PYTHONUNBUFFERED=1 in the environment)\n"
    "-E     : ignore PYTHONUNBUFFERED\n"
    "-B, -s, -S, -q, -I, -O: accepted for compatibility; no effect\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

int UsageError(const std::string& message) {
  std::string text =
      message + "\n" + kUsageLine + "Try `interp -h' for more information.\n";
  fputs(text.c_str(), stderr);
  return 2;
}

std::string CurrentDir() {
  char cwd[PATH_MAX];
  if (getcwd(cwd, sizeof(cwd)) == nullptr) return "";
  return cwd;
}

// Like CPython, the script path is made absolute by prefixing the current
// directory and nothing else: "./", ".." and symlinks stay as given, so
// tracebacks show "/cwd/../t.py" for `interp ../t.py`.
std::string AbsPath(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  std::string cwd = CurrentDir();
  if (cwd.empty()) return path;
  return cwd + "/" + path;
}

std::string DirName(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

bool EnvSet(const char* name) {
  const char* value = getenv(name);
  return value != nullptr && *value != '\0';
}

std::string SelfExe() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  if (n <= 0) return "";
  return std::string(buf, static_cast<size_t>(n));
}

// All of `fd` (the program read from stdin). Plain read(2), not
// std::cin: including <iostream> runs libstdc++'s stream and locale
// set-up at every start, stdin or not.
std::string ReadAll(int fd) {
  std::string text;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n > 0) {
      text.append(buf, static_cast<size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      return text;
    }
  }
}

enum class Mode { kRepl, kScript, kCommand, kModule, kStdin };

struct Args {
  Mode mode = Mode::kRepl;
  std::string program;  // script path, command text or module name
  std::vector<std::string> rest;
  std::vector<std::pair<std::string, std::string>> xoptions;
  // Names given as "-X name=" (empty value), which CPython records as ''
  // rather than True; RuntimeOptions cannot tell them from "-X name".
  std::vector<std::string> xoptions_with_equals;
  bool unbuffered = false;          // -u
  bool ignore_environment = false;  // -E: PYTHONUNBUFFERED is not read
};

// Returns -1 to continue, else an exit status.
int ParseArgs(int argc, char** argv, Args* out) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (a == "-" || a.empty() || a[0] != '-') break;
    if (a == "--help") {
      fputs(kUsageLine, stdout);
      fputs(kHelp, stdout);
      return 0;
    }
    if (a == "--version") {
      printf("%s\n", kVersion);
      return 0;
    }
    if (a.size() > 1 && a[1] == '-') return UsageError("unknown option " + a);
    // A cluster of one-letter options, e.g. -uB or -c'cmd'.
    for (size_t j = 1; j < a.size(); ++j) {
      char c = a[j];
      auto take_arg = [&](std::string* val) -> bool {
        if (j + 1 < a.size()) {
          *val = a.substr(j + 1);
        } else if (i + 1 < argc) {
          *val = argv[++i];
        } else {
          return false;
        }
        j = a.size();
        return true;
      };
      switch (c) {
        case 'c':
          if (!take_arg(&out->program)) {
            return UsageError("Argument expected for the -c option");
          }
          out->mode = Mode::kCommand;
          for (++i; i < argc; ++i) out->rest.push_back(argv[i]);
          return -1;
        case 'm':
          if (!take_arg(&out->program)) {
            return UsageError("Argument expected for the -m option");
          }
          out->mode = Mode::kModule;
          for (++i; i < argc; ++i) out->rest.push_back(argv[i]);
          return -1;
        case 'X': {
          std::string opt;
          if (!take_arg(&opt)) {
            return UsageError("Argument expected for the -X option");
          }
          size_t eq = opt.find('=');
          if (eq == std::string::npos) {
            out->xoptions.emplace_back(opt, "");
          } else {
            out->xoptions.emplace_back(opt.substr(0, eq), opt.substr(eq + 1));
            if (eq + 1 == opt.size()) {
              out->xoptions_with_equals.push_back(opt.substr(0, eq));
            }
          }
          break;
        }
        case 'W': {
          std::string ignored;
          if (!take_arg(&ignored)) {
            return UsageError("Argument expected for the -W option");
          }
          break;
        }
        case 'h':
        case '?':
          fputs(kUsageLine, stdout);
          fputs(kHelp, stdout);
          return 0;
        case 'V':
          printf("%s\n", kVersion);
          return 0;
        case 'u':
          out->unbuffered = true;
          break;
        case 'E':
          out->ignore_environment = true;
          break;
        case 'B':
        case 's':
        case 'S':
        case 'q':
        case 'I':
        case 'O':
          break;
        default:
          return UsageError(std::string("unknown option -") + c);
      }
    }
  }
  if (i < argc) {
    std::string a = argv[i];
    out->mode = a == "-" ? Mode::kStdin : Mode::kScript;
    out->program = a;
    for (++i; i < argc; ++i) out->rest.push_back(argv[i]);
  } else if (!isatty(0)) {
    out->mode = Mode::kStdin;
  }
  return -1;
}

// sys._xoptions[name] = '' for "-X name=" (before any script runs, so no
// other thread exists and the lock is free).
void FixEmptyXOptions(Runtime& rt, const std::vector<std::string>& names) {
  if (names.empty()) return;
  RuntimeState& state = rt.state();
  ThreadState& ts = rt.main_thread();
  if (state.sys_module == nullptr) return;
  Str* key = InternStr(ts, "_xoptions");
  Value d = key != nullptr ? ModuleGet(state.sys_module, key) : Value::Empty();
  if (!IsKind(d, ObjKind::kDict)) return;
  for (const std::string& n : names) {
    Value k = StrValue(ts, n);
    Value v = StrValue(ts, "");
    if (k.IsError() || v.IsError()) return;
    DictSet(ts, AsDict(d), k, v);
  }
}

// Exit status for a finished run, printing what CPython prints.
int Finish(Runtime& rt, const absl::Status& status) {
  if (status.ok()) return 0;
  if (status.GetPayload(kSystemExitPayload).has_value()) {
    if (!status.message().empty()) {
      rt.Finalize();
      std::string m(status.message());
      m += "\n";
      fputs(m.c_str(), stderr);
      fflush(stderr);
    }
    return rt.exit_code().value_or(0);
  }
  rt.PrintError(status);
  if (status.GetPayload("interp/keyboard-interrupt").has_value()) {
    rt.Finalize();
    fflush(stdout);
    // Die by the signal, as CPython does for an uncaught Ctrl-C.
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
    return 130;
  }
  return 1;
}

int Main(int argc, char** argv) {
  Args args;
  int early = ParseArgs(argc, argv, &args);
  if (early >= 0) return early;

  RuntimeOptions options;
  options.executable = SelfExe();
  options.xoptions = args.xoptions;
  // PYTHONUNBUFFERED is honoured like python3 does, so a pipeline set up
  // for python3 (output kept in order, nothing lost when the script dies
  // by a signal) behaves the same with interp.
  options.unbuffered_stdio =
      args.unbuffered || EnvSet("INTERP_UNBUFFERED") ||
      (!args.ignore_environment && EnvSet("PYTHONUNBUFFERED"));
  std::string script_path;
  switch (args.mode) {
    case Mode::kScript: {
      // sys.argv[0] stays as given; __file__, tracebacks and faulthandler
      // reports use the absolute path; sys.path[0] is the directory of the
      // script with every symlink resolved (CPython 3.11 does the same).
      std::string abs = AbsPath(args.program);
      script_path = abs;
      options.argv.push_back(args.program);
      char real[PATH_MAX];
      std::string dir;
      if (realpath(abs.c_str(), real) != nullptr) {
        dir = DirName(real);
      } else {
        dir = DirName(abs);
        if (realpath(dir.empty() ? "." : dir.c_str(), real) != nullptr) {
          dir = real;
        }
      }
      options.module_path.push_back(dir);
      if (access(args.program.c_str(), R_OK) != 0) {
        fprintf(stderr,
                "interp: can't open file '%s': [Errno 2] No such file or "
                "directory\n",
                abs.c_str());
        return 2;
      }
      break;
    }
    case Mode::kCommand:
      options.argv.push_back("-c");
      options.module_path.push_back("");
      break;
    case Mode::kModule:
      // sys.argv[0] becomes the module's file once it is found (RunModule);
      // sys.path[0] is the current directory, as for python3 -m.
      options.argv.push_back("-m");
      options.module_path.push_back(CurrentDir());
      break;
    case Mode::kStdin:
      options.argv.push_back("-");
      options.module_path.push_back("");
      break;
    case Mode::kRepl:
      options.argv.push_back("");
      options.module_path.push_back("");
      break;
  }
  for (const std::string& a : args.rest) options.argv.push_back(a);

  // Before any script code runs: faulthandler.is_enabled() is true from
  // the first line with -X faulthandler / INTERP_FAULTHANDLER=1.
  faulthandler::EnableFromStartupOptions(options);

  Runtime rt(options);
  if (!rt.ok()) {
    fputs("interp: failed to start the runtime (out of memory)\n", stderr);
    return 1;
  }
  FixEmptyXOptions(rt, args.xoptions_with_equals);
  absl::Status status;
  switch (args.mode) {
    case Mode::kScript:
      status = rt.RunFile(script_path);
      break;
    case Mode::kModule:
      status = rt.RunModule(args.program);
      if (absl::IsNotFound(status)) {
        fprintf(stderr, "%s: %s\n", argv[0],
                std::string(status.message()).c_str());
        return 1;
      }
      break;
    case Mode::kCommand:
      status = rt.RunString(args.program, "<string>");
      break;
    case Mode::kStdin:
      status = rt.RunString(ReadAll(0), "<stdin>");
      break;
    case Mode::kRepl: {
      LineEditor editor;
      status = RunRepl(rt, editor);
      break;
    }
  }
  int code = Finish(rt, status);
  rt.Finalize();
  fflush(stdout);
  return code;
}

}  // namespace
}  // namespace interp::cli

int main(int argc, char** argv) {
  // The collector frees in batches, so the C library's heap shrinks and
  // grows again around every collection: by default glibc trims its top
  // whenever more than twice its (adaptive) mmap threshold is free and
  // maps blocks past that threshold on their own, and a program that
  // drops and rebuilds big lists or strings round after round faulted the
  // same memory in again each time. The command keeps freed memory for
  // reuse (a host embedding the runtime sets its own policy): blocks
  // under 4 MiB come from the heap, whose top is kept up to 64 MiB.
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  // The library returns errors as statuses; this catches what the command's
  // own code may throw under a hard memory limit, so the user sees Python's
  // error and status instead of std::terminate.
  try {
    return interp::cli::Main(argc, argv);
  } catch (const std::bad_alloc&) {
    fputs("MemoryError\n", stderr);
    return 1;
  }
}
