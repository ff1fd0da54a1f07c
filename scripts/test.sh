#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every
# test (GUI tests under a virtual X server). Usage: scripts/test.sh [ctest args]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_packages "${SOCLE_PACKAGES[@]}"
configure -DSOCLE_WERROR=ON
build
say "Running the tests"
cd "$SOCLE_BUILD_DIR"
# GUI tests need a display; xvfb-run gives every run its own.
xvfb-run -a -s "-screen 0 1280x800x24" ctest --output-on-failure -j"$(nproc)" "$@"
