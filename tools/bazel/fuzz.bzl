"""cc_fuzz_test: a libFuzzer target that is also a regular test.

Under --config=fuzz the target links libFuzzer's main (-fsanitize=fuzzer) and
is a real fuzzer:
    bazel build --config=fuzz //pkg:name && bazel-bin/pkg/name CORPUS_DIR
In every other config it links a small driver that runs each corpus input
once, so `bazel test //...` replays the seed corpus under the plain, asan and
ubsan builds. Either way the test itself replays the corpus (libFuzzer, given
only files, runs each once and exits).
"""

def cc_fuzz_test(name, srcs, corpus = [], deps = [], linkopts = [], **kwargs):
    """Declares a fuzz target.

    Args:
      name: target name.
      srcs: sources; one of them defines LLVMFuzzerTestOneInput.
      corpus: seed inputs (files), replayed by the test.
      deps: libraries the target needs.
      linkopts: extra link options.
      **kwargs: passed to cc_test (size, tags, data, ...).
    """
    native.cc_test(
        name = name,
        srcs = srcs,
        args = ["$(location %s)" % f for f in corpus],
        data = corpus + kwargs.pop("data", []),
        deps = deps + select({
            "//tools/bazel:fuzzing": [],
            "//conditions:default": ["//tools/bazel:fuzz_replay_main"],
        }),
        linkopts = linkopts + select({
            "//tools/bazel:fuzzing": ["-fsanitize=fuzzer"],
            "//conditions:default": [],
        }),
        **kwargs
    )
