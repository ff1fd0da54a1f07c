#!/usr/bin/env bash
# Builds the Debian package (scripts/package.sh) and tests it on this
# machine: installs it with apt-get, runs both programs from /usr/bin,
# checks the installed files, runs lintian, removes it
# (tests/packaging/test_deb.sh); first checks the WIN32 and macOS install
# layouts on a mock project (tests/packaging/check_layouts.sh). Changes the
# system's /usr while it runs; kept out of scripts/test.sh, which never
# builds this second tree.
# Usage: scripts/test-package.sh [path/to/socle_VERSION_ARCH.deb]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_packages xvfb xauth file lintian appstream desktop-file-utils shared-mime-info
if [ $# -gt 0 ]; then
  deb="$1"
else
  deb="$("$SOCLE_ROOT/scripts/package.sh" | tail -n 1)"
fi
say "Checking the WIN32 and macOS install layouts"
"$SOCLE_ROOT/tests/packaging/check_layouts.sh"
say "Testing $deb"
"$SOCLE_ROOT/tests/packaging/test_deb.sh" "$deb"
