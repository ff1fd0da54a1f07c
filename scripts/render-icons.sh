#!/usr/bin/env bash
# Renders packaging/icons/socle.svg and socle-document.svg to the PNG sizes
# the Linux package installs (hicolor), to the multi-size Windows .ico files
# and to the macOS .icns files. The results are committed, so the build never
# needs the renderers; run this after changing an SVG. Usage: scripts/render-icons.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_packages librsvg2-bin icoutils icnsutils

icons="$SOCLE_ROOT/packaging/icons"
sizes=(16 32 48 64 128 256)
for name in socle socle-document; do
  mkdir -p "$icons/png"
  for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
      "$icons/$name.svg" --output "$icons/png/$name-$size.png"
  done
  # 16/32/48 as plain bitmaps (every Windows version reads them), 256 as PNG.
  icotool --create --output "$icons/$name.ico" \
    "$icons/png/$name-16.png" "$icons/png/$name-32.png" "$icons/png/$name-48.png" \
    --raw="$icons/png/$name-256.png"
  say "Rendered $name: ${sizes[*]} px and $name.ico"
done
# The macOS bundle's icons (CFBundleIconFile, and the .socle document's): 16 to 256 px.
for name in socle socle-document; do
  png2icns "$icons/$name.icns" \
    "$icons/png/$name-16.png" "$icons/png/$name-32.png" "$icons/png/$name-48.png" \
    "$icons/png/$name-128.png" "$icons/png/$name-256.png" >/dev/null
done
say "Rendered socle.icns and socle-document.icns"
