#!/usr/bin/env bash
# Tests the Windows build (scripts/build-windows.sh first) under Wine, in a
# Wine prefix of its own inside the dependency cache:
#  1. the core's doctest executables built for Windows;
#  2. socle-cli.exe gives byte for byte the Linux build's JSON for score,
#     systems, roadmap and compare on every sample;
#  3. socle-cli.exe writes a workbook that openpyxl reads;
#  4. socle.exe shows the real dashboard (English and Russian) in a
#     screenshot taken under Xvfb;
#  5. a sample in a folder named in Cyrillic and Lao opens, takes votes and
#     saves;
#  6. the installer installs silently, the installed socle-cli.exe runs, and
#     the uninstaller removes it.
# Pictures and outputs go to build-windows/test-windows/.
#
# Usage: scripts/test-windows.sh [CHECK...]   (default: all of them)
# CHECK: core json workbook start dashboard unicode installer ("start" is
# the start page's screenshot, which needs no file; "dashboard" opens the Lao
# PDR sample: see docs/platforms.md for where it stands).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/windows.sh"

ensure_packages "${SOCLE_WINDOWS_PACKAGES[@]}" "${SOCLE_PACKAGES[@]}"

cli_exe="$WIN_BUILD_DIR/ui/cli/socle-cli.exe"
app_exe="$WIN_BUILD_DIR/ui/desktop/socle.exe"
for exe in "$cli_exe" "$app_exe"; do
  [ -f "$exe" ] || { echo "error: $exe is missing: run scripts/build-windows.sh first" >&2; exit 1; }
done
version="$(sed -n 's/^project(Socle VERSION \([0-9.]*\).*/\1/p' "$SOCLE_ROOT/CMakeLists.txt")"
installer="$SOCLE_ROOT/dist/Socle-$version-win64-setup.exe"

export WINEPREFIX="$WIN_CACHE/wine-prefix"
export WINEDEBUG=-all
# Wine turns the Unix arguments into UTF-16 with the locale's charset: UTF-8.
export LC_ALL=C.UTF-8
# No Mono or Gecko download prompts: Socle needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  say "Creating the Wine prefix $WINEPREFIX"
  wineboot --init >/dev/null 2>&1
  wineserver -w
fi

out="$WIN_BUILD_DIR/test-windows"
rm -rf "$out" && mkdir -p "$out"
failures=0
passed=0
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(core json workbook start dashboard unicode installer)
selected() { [[ " ${wanted[*]} " == *" $1 "* ]]; }
check() {  # check NAME COMMAND...: runs one check, counts it
  local name="$1"; shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok: $name"
  else
    failures=$((failures + 1)); echo "FAILED: $name" >&2
  fi
}

# 1. The doctest executables, through ctest with Wine as the emulator.
core_tests() { (cd "$WIN_BUILD_DIR" && ctest -L windows --output-on-failure); }
if selected core; then
  say "Core tests built for Windows"
  check "core tests under Wine" core_tests
fi

# 2. Same JSON on both platforms. The Linux CLI comes from the Linux build.
same_json() {  # same_json ARGS...: run in samples/, compare stdout bytes
  local tag; tag="$(echo "$*" | tr ' /.' '___')"
  (cd "$SOCLE_ROOT/samples" && "$linux_cli" "$@" >"$out/linux-$tag.json") || return 1
  (cd "$SOCLE_ROOT/samples" && wine "$cli_exe" "$@" >"$out/windows-$tag.json") || return 1
  cmp "$out/linux-$tag.json" "$out/windows-$tag.json"
}
if selected json; then
  say "socle-cli.exe against the Linux socle-cli"
  linux_cli="$SOCLE_BUILD_DIR/ui/cli/socle-cli"
  if [ ! -x "$linux_cli" ]; then
    configure
    build socle-cli
  fi
  for sample in "$SOCLE_ROOT"/samples/*.socle; do
    name="$(basename "$sample")"
    check "score $name" same_json score "$name" --format json
    check "systems $name" same_json systems "$name" --format json
    check "roadmap $name" same_json roadmap "$name" --format json
  done
  check "compare peers" same_json compare lao-pdr-2026-baseline.socle tajikistan-2026-baseline.socle --format json
  check "compare rounds" same_json compare tajikistan-2026-baseline.socle tajikistan-2028-follow-up.socle \
    --mode rounds --format json
fi

# 3. The workbook, read back with openpyxl.
workbook_reads() {
  (cd "$SOCLE_ROOT/samples" && wine "$cli_exe" export lao-pdr-2026-baseline.socle -o "$(winepath -w "$out/lao.xlsx")" >/dev/null) &&
  /usr/bin/python3 - "$out/lao.xlsx" <<'PY'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
names = book.sheetnames
assert "Summary" in names and "Roadmap" in names, names
rows = sum(1 for _ in book["Indicators"].iter_rows())
assert rows > 40, rows
print(f"  {len(names)} sheets, {rows} rows in Indicators")
PY
}
if selected workbook; then
  say "Workbook written by socle-cli.exe"
  check "workbook reads back" workbook_reads
fi

# 4. The desktop app: screenshots that show the page.
screenshot() {  # screenshot PAGE LANG [FILE]
  local png="$out/$1-$2.png" file=()
  [ -n "${3:-}" ] && file=("$(winepath -w "$3")")
  timeout 300 wine "$app_exe" --lang "$2" --page "$1" --size 1280x800 \
    --screenshot "$(winepath -w "$png")" "${file[@]}" >"$out/app-$1-$2.log" 2>&1 || return 1
  /usr/bin/python3 "$SOCLE_ROOT/scripts/lib/check_screenshot.py" "$png"
}
# One X server for every screenshot.
display=""
if selected start || selected dashboard; then
  for n in $(seq 90 99); do
    [ -e "/tmp/.X11-unix/X$n" ] || { display=":$n"; break; }
  done
  Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
  sleep 2
  # Wine's desktop process takes the display of the Wine process that
  # started it: restart Wine on this one (a desktop without a display made
  # socle.exe fault in its first window).
  wineserver -k 2>/dev/null || true
  export DISPLAY="$display"
fi
if selected start; then
  say "socle.exe under Xvfb: the start page"
  check "start page in English" screenshot start en
  check "start page in Russian" screenshot start ru
fi
if selected dashboard; then
  say "socle.exe under Xvfb: the Lao PDR sample's dashboard"
  check "dashboard in English" screenshot dashboard en "$SOCLE_ROOT/samples/lao-pdr-2026-baseline.socle"
  check "dashboard in Russian" screenshot dashboard ru "$SOCLE_ROOT/samples/lao-pdr-2026-baseline.socle"
fi

# 5. A folder named in Cyrillic and Lao.
unicode_folder() {
  local dir="$out/Оценка ການປະເມີນ"
  mkdir -p "$dir"
  cp "$SOCLE_ROOT/samples/lao-pdr-2026-baseline.socle" "$dir/Лаос ລາວ.socle"
  printf 'indicator,participant,vote\nD1.1,1,4\n' >"$dir/голоса.csv"
  local file; file="$(winepath -w "$dir/Лаос ລາວ.socle")"
  wine "$cli_exe" import-votes "$file" "$(winepath -w "$dir/голоса.csv")" >"$out/import.log" 2>&1 &&
  wine "$cli_exe" score "$file" --format json >"$out/unicode-score.json" &&
  grep -q '"id"' "$out/unicode-score.json" &&
  [ -z "$(find "$dir" -name '*.tmp*')" ]
}
if selected unicode; then
  say "A sample in a folder named in Cyrillic and Lao"
  check "open, import votes and save in a Cyrillic and Lao folder" unicode_folder
fi

# 6. The installer, silently, per user.
installer_round_trip() {
  [ -f "$installer" ] || { echo "  $installer is missing" >&2; return 1; }
  wine "$installer" /S && wineserver -w
  local home; home="$(winepath -u 'C:\users')/$(whoami)"
  local installed="$home/AppData/Local/Programs/Socle"
  [ -f "$installed/socle-cli.exe" ] || { echo "  nothing installed in $installed" >&2; return 1; }
  wine "$installed/socle-cli.exe" --version | tee "$out/installed-version.txt" | grep -q "socle-cli $version" || return 1
  wine "$installed/uninstall.exe" /S && wineserver -w
  sleep 2
  [ ! -f "$installed/socle-cli.exe" ]
}
if selected installer; then
  say "Installer"
  check "installer installs, runs and uninstalls" installer_round_trip
fi

wineserver -k 2>/dev/null || true
echo "$passed passed, $failures failed"
[ "$failures" -eq 0 ]
