#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job:
# - with a display ($DISPLAY or $WAYLAND_DISPLAY) and the desktop app built,
#   the app on the Lao PDR sample;
# - otherwise the sample's roadmap workbook, written to
#   out/lao-pdr-2026-baseline.xlsx, and a one-screen summary of the roadmap.
# socle-cli is always built; the desktop app only when it is going to run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

sample="$SOCLE_ROOT/samples/lao-pdr-2026-baseline.socle"
desktop="$SOCLE_BUILD_DIR/ui/desktop/socle"
cli="$SOCLE_BUILD_DIR/ui/cli/socle-cli"

ensure_packages "${SOCLE_PACKAGES[@]}"
configure

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  # The desktop target exists only when the build was configured with it.
  if ninja -C "$SOCLE_BUILD_DIR" -n socle >/dev/null 2>&1; then
    build socle-cli socle
  else
    build socle-cli
  fi
  if [ -x "$desktop" ]; then
    say "Opening $(basename "$sample") in the desktop app"
    exec "$desktop" "$sample"
  fi
  say "No desktop app in $SOCLE_BUILD_DIR: writing the workbook instead"
else
  build socle-cli
fi

out_dir="$SOCLE_ROOT/out"
workbook="$out_dir/$(basename "$sample" .socle).xlsx"
mkdir -p "$out_dir"
say "Writing the sample's workbook"
"$cli" export "$sample" -o "$workbook" >/dev/null
say "The roadmap of $(basename "$sample") (socle-cli roadmap; the full plan is in the workbook)"
# One screen: each phase with its first steps, then what lies beyond.
"$cli" roadmap "$sample" | awk '
  /^P[0-9]/ { print; shown = 0; next }
  /^  /     { if (shown < 5) print; else if (shown == 5) print "  ..."; shown++; next }
            { print }' | cut -c1-160
echo
echo "Workbook written to: $workbook"
echo "(Summary, Domains, Indicators, Gaps, Roadmap, Systems, Flows, Dependencies, Participants, Method; see docs/workbook.md)"
