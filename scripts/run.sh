#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job.
# Today: lists the built-in frameworks and prints the full framework for
# review. Later: the desktop app on the bundled sample (or, without a
# display, the sample's roadmap workbook).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_packages "${SOCLE_PACKAGES[@]}"
configure
build socle-cli
cli="$SOCLE_BUILD_DIR/ui/cli/socle-cli"
say "Frameworks Socle can see"
"$cli" frameworks
say "The built-in Quick Scan, for review (socle-cli show sp-dmf --lang fr shows the full one in French)"
"$cli" show sp-quick-scan
