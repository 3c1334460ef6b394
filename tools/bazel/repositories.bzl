"""The external repositories interp needs, for another Bazel workspace.

A host workspace that uses interp as an external repository calls this from
its WORKSPACE (README "Embedding"):

    local_repository(name = "interp", path = "/path/to/interp")
    load("@interp//tools/bazel:repositories.bzl", "interp_dependencies")
    interp_dependencies(interp_path = "/path/to/interp")

Everything comes from the machine (Debian 12 packages, see tools/setup.sh),
as in interp's own WORKSPACE. A repository the host already defines under
the same name is left alone.
"""

_SYSTEM_LIBRARIES = [
    "system_absl",
    "system_gtest",
    "system_benchmark",
    "system_gmp",
    "system_elf",
    "system_openssl",
    "system_zlib",
]

def interp_dependencies(interp_path):
    """Defines the repositories interp's BUILD files refer to.

    Args:
      interp_path: where interp's sources are (the `path` of its
        local_repository): the offline stand-ins for rules_cc, rules_java
        and remote_coverage_tools live there.
    """
    existing = native.existing_rules()
    for name in ["rules_cc", "rules_java", "remote_coverage_tools"]:
        if name not in existing:
            native.local_repository(
                name = name,
                path = interp_path + "/tools/bazel/" + name,
            )
    for name in _SYSTEM_LIBRARIES:
        if name not in existing:
            native.new_local_repository(
                name = name,
                build_file = "@interp//tools/bazel:" + name + ".BUILD",
                path = "/usr",
            )
