// A plugin runner built on the public embedding API only
// (interp/embed/*.h): each plugin gets its own runtime, host thread,
// budget, deadline and memory limit, runs sandboxed ("pure computation"),
// and talks to the host through a native module `host` whose functions
// are C++ closures. The host feeds events to the plugins from its threads
// with values built under a Lock, and prints what each plugin printed
// (through an output sink) prefixed with the plugin's name.
//
//   embed_demo            run the plugins; exit status 0
//   embed_demo --crash    a plugin calls a native function that crashes:
//                         the crash report shows the plugin thread by name,
//                         the <native> host.crash frame and the script
//                         frames that called it, then the process dies by
//                         SIGSEGV
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "interp/embed/crash.h"
#include "interp/embed/handle.h"
#include "interp/embed/runtime.h"

namespace {

namespace embed = interp::embed;
using embed::Handle;
using embed::Lock;

std::mutex g_out_mu;  // host output lines stay whole across threads

void Say(const std::string& line) {
  std::lock_guard<std::mutex> l(g_out_mu);
  std::fputs(line.c_str(), stdout);
  std::fputc('\n', stdout);
  std::fflush(stdout);
}

// host.crash(): a bug in host code (an invalid memory access). The address
// is volatile so the compiler emits a real load, not a trap instruction.
volatile uintptr_t g_bad_address = 0;

struct Plugin {
  std::string name;
  std::string source;
  int64_t budget;       // calls and loop iterations per run
  size_t memory_limit;  // bytes
  std::vector<int64_t> events;
};

// The native module every plugin imports. `state` is per plugin: the
// closures capture it.
struct HostState {
  std::string plugin;
  int64_t scaled = 0;  // how many times host.scale ran
};

embed::ModuleDef HostModule(const std::shared_ptr<HostState>& state) {
  embed::ModuleDef def;
  def.functions.emplace_back(
      "log",
      [state](Lock& lock, const embed::Args& args) -> absl::StatusOr<Handle> {
        absl::StatusOr<std::vector<Handle>> a = args.Bind("log", {"msg"}, 1);
        if (!a.ok()) return a.status();
        absl::StatusOr<std::string> text = lock.Text((*a)[0]);
        if (!text.ok()) return text.status();
        Say("[host] " + state->plugin + ": " + *text);
        return lock.None();
      });
  def.functions.emplace_back(
      "scale",
      [state](Lock& lock, const embed::Args& args) -> absl::StatusOr<Handle> {
        absl::StatusOr<std::vector<Handle>> a =
            args.Bind("scale", {"x", "factor"}, 1);
        if (!a.ok()) return a.status();
        absl::StatusOr<int64_t> x = lock.ToInt((*a)[0]);
        if (!x.ok()) return embed::Raise("TypeError", "scale() expects an int");
        int64_t factor = 10;
        if ((*a)[1]) {
          absl::StatusOr<int64_t> f = lock.ToInt((*a)[1]);
          if (!f.ok()) return embed::Raise("TypeError", "bad factor");
          factor = *f;
        }
        ++state->scaled;
        return lock.From(*x * factor);
      });
  def.functions.emplace_back(
      "crash", [](Lock& lock, const embed::Args&) -> absl::StatusOr<Handle> {
        return lock.Int(*reinterpret_cast<volatile int*>(g_bad_address));
      });
  return def;
}

void Report(const std::string& plugin, const std::string& what,
            const absl::Status& s) {
  std::optional<embed::ScriptError> e = embed::ScriptErrorOf(s);
  std::string text = "[" + plugin + "] " + what + ": ";
  text += e.has_value() ? e->type + ": " + e->message : s.ToString();
  Say(text);
}

// Feeds one plugin its events on the calling host thread, attached under
// the plugin's name; each call is a run of its own (budget and deadline).
void FeedPlugin(embed::Runtime& rt, const Plugin& p) {
  embed::Runtime::ThreadScope scope(rt, "plugin-" + p.name);
  absl::Status loaded = rt.RunString(p.source, p.name + ".py");
  if (!loaded.ok()) {
    Report(p.name, "load failed", loaded);
    return;
  }
  for (int64_t event : p.events) {
    Lock lock(rt);
    absl::StatusOr<Handle> fn = lock.Global("on_event");
    if (!fn.ok()) {
      Say("[" + p.name + "] no on_event: " + fn.status().ToString());
      return;
    }
    // The event: a dict built by the host, {"id": n, "tags": [...]}.
    std::map<std::string, Handle> fields;
    fields["id"] = *lock.From(event);
    fields["tags"] = *lock.From(std::vector<std::string>{"demo", p.name});
    absl::StatusOr<Handle> arg = lock.From(fields);
    if (!arg.ok()) {
      Report(p.name, "event", arg.status());
      continue;
    }
    absl::StatusOr<Handle> r = lock.Call(*fn, {*arg});
    if (!r.ok()) {
      Report(p.name, "on_event(" + std::to_string(event) + ") failed",
             r.status());
      continue;
    }
    absl::StatusOr<std::string> repr = lock.Repr(*r);
    Say("[" + p.name + "] on_event(" + std::to_string(event) + ") -> " +
        (repr.ok() ? *repr : repr.status().ToString()));
  }
}

const std::vector<Plugin>& Plugins(bool crash) {
  static const std::vector<Plugin> kPlugins = {
      {"counter",
       "import host\n"
       "seen = []\n"
       "def on_event(ev):\n"
       "    seen.append(ev['id'])\n"
       "    print('counter saw', ev['id'], ev['tags'])\n"
       "    return {'count': len(seen), 'scaled': host.scale(ev['id'])}\n",
       1'000'000,
       32 << 20,
       {7, 9}},
      {"runaway",
       "import host\n"
       "def on_event(ev):\n"
       "    n = 0\n"
       "    while True:\n"
       "        try:\n"
       "            n += 1\n"
       "        except TimeoutError:\n"
       "            pass  # cannot swallow the host's stop\n",
       100'000,
       32 << 20,
       {1, 2}},
      {"hog",
       "import host\n"
       "def on_event(ev):\n"
       "    blocks = []\n"
       "    while True:\n"
       "        blocks.append(bytes(1 << 16))\n",
       10'000'000,
       16 << 20,
       {1}},
      {"bad",
       "import host\n"
       "def on_event(ev):\n"
       "    return host.scale('not a number')\n",
       1'000'000,
       32 << 20,
       {3}},
      {"sneaky",
       "import host\n"
       "def on_event(ev):\n"
       "    import os\n"
       "    os.remove('/tmp/important')\n",
       1'000'000,
       32 << 20,
       {4}},
  };
  static const std::vector<Plugin> kCrash = {
      {"crasher",
       "import host\n"
       "def crash_here():\n"
       "    return host.crash()\n"
       "def on_event(ev):\n"
       "    return crash_here()\n",
       1'000'000,
       32 << 20,
       {1}},
  };
  return crash ? kCrash : kPlugins;
}

}  // namespace

int main(int argc, char** argv) {
  bool crash = argc > 1 && std::strcmp(argv[1], "--crash") == 0;
  if (absl::Status s = embed::EnableCrashReports({.fd = 2}); !s.ok()) {
    std::fprintf(stderr, "crash reports: %s\n", s.ToString().c_str());
    return 1;
  }
  const std::vector<Plugin>& plugins = Plugins(crash);
  // Runtimes are made (and destroyed) on this thread; each plugin runs on
  // its own host thread attached to its runtime.
  std::vector<std::unique_ptr<embed::Runtime>> runtimes;
  std::vector<std::shared_ptr<HostState>> states;
  for (const Plugin& p : plugins) {
    std::string name = p.name;
    absl::StatusOr<std::unique_ptr<embed::Runtime>> rt = embed::Runtime::Create(
        {.argv = {p.name + ".py"},
         .sandbox = embed::Sandbox::kPureComputation,
         .memory_limit_bytes = p.memory_limit,
         .stdout_sink = [name](std::string_view text) {
           // Script output reaches the host at once, line by line.
           static thread_local std::string line;
           line.append(text);
           for (size_t nl; (nl = line.find('\n')) != std::string::npos;) {
             Say("[" + name + " stdout] " + line.substr(0, nl));
             line.erase(0, nl + 1);
           }
         }});
    if (!rt.ok()) {
      std::fprintf(stderr, "runtime: %s\n", rt.status().ToString().c_str());
      return 1;
    }
    auto state = std::make_shared<HostState>();
    state->plugin = p.name;
    if (absl::Status s = (*rt)->DefineModule("host", HostModule(state));
        !s.ok()) {
      std::fprintf(stderr, "host module: %s\n", s.ToString().c_str());
      return 1;
    }
    (*rt)->SetInstructionBudget(p.budget);
    (*rt)->SetTimeout(std::chrono::seconds(5));
    runtimes.push_back(std::move(rt).value());
    states.push_back(state);
  }
  std::vector<std::thread> threads;
  for (size_t i = 0; i < plugins.size(); ++i) {
    threads.emplace_back([&, i] { FeedPlugin(*runtimes[i], plugins[i]); });
  }
  for (std::thread& t : threads) t.join();
  if (crash) {
    std::fprintf(stderr, "the crasher plugin did not crash\n");
    return 1;
  }
  for (const auto& s : states) {
    Say("[host] " + s->plugin + " called host.scale " +
        std::to_string(s->scaled) + " time(s)");
  }
  return 0;
}
