#!/bin/bash -eu
# OSS-Fuzz's build script (projects/interp/build.sh): the project's own.
exec "$SRC/interp/tools/fuzz/build.sh"
