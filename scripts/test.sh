#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every
# test (GUI tests under a virtual X server). Then the core again, built by
# clang with ASan and UBSan (build-asan/, no desktop): its tests, and each
# fuzz harness for a short run (scripts/fuzz.sh, docs/reliability.md).
# Usage: scripts/test.sh [ctest args]  (the arguments go to both ctest runs)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_packages "${SOCLE_PACKAGES[@]}"
configure -DSOCLE_WERROR=ON
build
say "Running the tests"
cd "$SOCLE_BUILD_DIR"
# Each GUI test starts an X server of its own (tests/gui/own_display.sh);
# xvfb-run gives the rest a display too. GUI tests spend most of their time
# waiting for events to settle, so twice as many jobs as cores
# (docs/performance.md, "The test suite's time").
xvfb-run -a -s "-screen 0 1280x800x24" ctest --output-on-failure -j"$(( $(nproc) * 2 ))" "$@"

SANITIZED_DIR="${SOCLE_ASAN_BUILD_DIR:-$SOCLE_ROOT/build-asan}"
configure_sanitized "$SANITIZED_DIR"
say "Building the core and its tests with clang, ASan and UBSan"
cmake --build "$SANITIZED_DIR" -- -j"$(nproc)"
say "Running the core tests under ASan and UBSan"
export_sanitizer_options
# The cli.* checks drive socle-cli from Python scripts; they ran above, and
# under ASan they are the slowest tests (about 50 s each) for code the unit
# tests and the fuzz harnesses already run sanitized.
(cd "$SANITIZED_DIR" && ctest --output-on-failure -j"$(nproc)" -E '^cli\.' "$@")

# The same build fuzzes: nothing is compiled twice.
SOCLE_FUZZ_BUILD_DIR="$SANITIZED_DIR" bash "$SOCLE_ROOT/scripts/fuzz.sh" "${SOCLE_CI_FUZZ_SECONDS:-10}"
