#!/usr/bin/env bash
# Makes the user guide's pictures of the shell (docs/images/*.png) from the
# real app: `socle FILE --page P [--indicator ID] --screenshot OUT.png`
# opens the file on that page, saves the window and exits. Runs under
# xvfb-run when there is no display, with private settings and recovery
# folders so that nothing of the user's own shows (or is touched).
#   scripts/screenshots.sh [BUILD_DIR]   (default: $SOCLE_BUILD_DIR or build)
# SOCLE_APP=path/to/socle uses that binary as it is, without building.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
SOCLE_BUILD_DIR="${1:-$SOCLE_BUILD_DIR}"

app="${SOCLE_APP:-}"
if [ -z "$app" ]; then
  configure -DSOCLE_BUILD_DESKTOP=ON
  build socle socle-cli
  app="$SOCLE_BUILD_DIR/ui/desktop/socle"
fi
cli="${SOCLE_CLI:-$SOCLE_BUILD_DIR/ui/cli/socle-cli}"
out="$SOCLE_ROOT/docs/images"
samples="$SOCLE_ROOT/samples"
mkdir -p "$out"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
export SOCLE_SAMPLES_DIR="$samples"

run=("$app")
if [ -z "${DISPLAY:-}" ]; then
  run=(xvfb-run -a -s "-screen 0 1400x900x24" "$app")
fi

shot() {  # NAME ARGS...
  local name="$1"
  shift
  say "docs/images/$name"
  "${run[@]}" "$@" --size 1280x800 --screenshot "$out/$name"
}

# A projector's 1024x768, always on a virtual screen of that size: the
# walkthrough folds its indicator list and notes by the screen it is on.
shot_projector() {  # NAME ARGS...
  local name="$1"
  shift
  say "docs/images/$name"
  xvfb-run -a -s "-screen 0 1024x768x24" "$app" "$@" --size 1024x768 --screenshot "$out/$name"
}

lao="$samples/lao-pdr-2026-baseline.socle"
tajik="$samples/tajikistan-2026-baseline.socle"
# A Lao and a Tajik session: the samples with the session's language set,
# so that the framework's text (questions, level cards) is Lao or Tajik too.
lao_lo="$scratch/lao-pdr-2026-baseline.socle"
tajik_tg="$scratch/tajikistan-2026-baseline.socle"
sed 's|<language>en</language>|<language>lo</language>|' "$lao" >"$lao_lo"
sed 's|<language>ru</language>|<language>tg</language>|' "$tajik" >"$tajik_tg"
# The start pages first, while the private settings know no recent files.
shot start-page.png --lang en
shot start-page-ru.png --lang ru
shot setup-page.png "$tajik" --lang en --page setup
shot walkthrough.png "$lao" --lang en --page walkthrough --indicator D1.3
shot walkthrough-agreed.png "$lao" --lang en --page walkthrough --indicator D1.1
# Framework 2.0 beside an indicator: its own rating rule, the core list it is
# rated against (empty in the sample: the line points to the set-up page) and
# the sources it stands beside.
shot walkthrough-framework2.png "$lao" --lang en --page walkthrough --indicator D2.6
shot presentation.png "$lao" --lang en --page presentation --indicator D1.3
shot walkthrough-fr.png "$tajik" --lang fr --page walkthrough --indicator D4.2
# The Tajik sample is a Russian session: the walkthrough and the slide on a projector.
shot_projector walkthrough-1024-ru.png "$tajik" --lang ru --page walkthrough --indicator D1.3
shot_projector presentation-ru-1024.png "$tajik" --lang ru --page presentation --indicator D1.3
# Lao needs complex shaping (vowels and tone marks stacked on the consonant):
# look for boxes and marks standing apart.
shot walkthrough-lo.png "$lao_lo" --lang lo --page walkthrough --indicator D1.3
shot system-map-lo.png "$lao_lo" --lang lo --page systems
shot walkthrough-tg.png "$tajik_tg" --lang tg --page walkthrough --indicator D1.3
shot dashboard-tg.png "$tajik_tg" --lang tg --page dashboard
# The next round: a follow-up started from the Lao baseline, every indicator
# "not re-examined" until the room rates it anew.
"$cli" new --from "$lao" -o "$scratch/follow-up.socle" --round "follow-up 2028" --keep-participants >/dev/null
shot next-round.png "$scratch/follow-up.socle" --lang en --page walkthrough --indicator D1.3
# Training mode's pictures (docs/images/training-walkthrough.png with the key
# revealed, training-debrief.png) come from the GUI test
# tests/gui/test_training.cpp: run it with SOCLE_SCREENSHOT_DIR set.

# Printed things, through LibreOffice: the Lao paper vote sheets (first page)
# and the Lao workbook's Summary.
"$cli" sheets "$lao" -o "$scratch/sheets-lo.docx" --lang lo >/dev/null
"$cli" export "$lao" -o "$scratch/workbook-lo.xlsx" --lang lo >/dev/null
for doc in sheets-lo.docx workbook-lo.xlsx; do
  (cd "$scratch" && libreoffice --headless --convert-to pdf "$doc" >/dev/null 2>&1)
done
say "docs/images/vote-sheets-lo.png, docs/images/workbook-summary-lo.png"
pdftoppm -r 60 -f 1 -l 1 -singlefile -png "$scratch/sheets-lo.pdf" "$out/vote-sheets-lo"
pdftoppm -r 70 -f 1 -l 1 -singlefile -png "$scratch/workbook-lo.pdf" "$out/workbook-summary-lo"
say "Look at each picture before committing it."
