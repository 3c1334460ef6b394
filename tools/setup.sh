#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing interp needs.
# Idempotent and silent when everything is already there (no root needed
# then); otherwise installs what is missing with apt-get, through sudo when
# not root.
set -euo pipefail

packages=(
  bazel-bootstrap          # Bazel 4.2.3 (/usr/bin/bazel-4)
  clang                    # default compiler; sanitizers and libFuzzer
  libclang-rt-14-dev       # sanitizer and libFuzzer runtimes
  lld                      # the linker (.bazelrc says why)
  llvm                     # llvm-symbolizer for sanitizer reports
  g++                      # libstdc++ headers, and --config=gcc
  libabsl-dev
  libelf-dev               # interp-stack reads ELF executables and cores
  gdb                      # gcore: the core file interp-stack's test reads
  libgtest-dev
  libgmock-dev
  googletest
  libbenchmark-dev
  libgmp-dev               # ints beyond 64 bits (linked dynamically: LGPL)
  libssl-dev               # libcrypto: hashlib's digests
  zlib1g-dev               # the zlib module (libz.a, linked statically)
  libsqlite3-dev           # sqlite3 (libsqlite3.a, public domain, static)
  libexpat1-dev            # xml.etree/xml.parsers.expat (libexpat.a, MIT)
  libbz2-dev               # bz2 (libbz2.a, BSD-style licence, static)
  liblzma-dev              # lzma (liblzma.a, public domain, static)
  lua5.4                   # benchmark comparisons
  python3                  # differential tests against CPython
)

# One dpkg-query for all of them; a package dpkg has never heard of is
# simply absent from its output.
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' \
  "${packages[@]}" 2>/dev/null | awk '$2 == "installed" { print $1 }') || true
missing=()
for p in "${packages[@]}"; do
  grep -qxF "$p" <<<"$installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "tools/setup.sh: installing ${missing[*]}" >&2
as_root=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null; then
    echo "tools/setup.sh: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  --no-install-recommends "${missing[@]}" >/dev/null
