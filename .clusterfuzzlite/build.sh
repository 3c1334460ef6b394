#!/bin/bash -eu
exec "$SRC/interp/tools/fuzz/build.sh"
