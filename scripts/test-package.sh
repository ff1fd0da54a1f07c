#!/usr/bin/env bash
# Builds the Debian package (scripts/package.sh) and tests it on this
# machine: installs it with apt-get, runs both programs from /usr/bin,
# checks the installed files, runs lintian, removes it
# (tests/packaging/test_deb.sh). Changes the system's /usr while it runs;
# kept out of scripts/test.sh, which never builds this second tree.
# Usage: scripts/test-package.sh [path/to/socle_VERSION_ARCH.deb]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_packages xvfb xauth file lintian appstream desktop-file-utils shared-mime-info
if [ $# -gt 0 ]; then
  deb="$1"
else
  deb="$("$SOCLE_ROOT/scripts/package.sh" | tail -n 1)"
fi
say "Testing $deb"
"$SOCLE_ROOT/tests/packaging/test_deb.sh" "$deb"
