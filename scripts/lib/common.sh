# Shared by scripts/run.sh and scripts/test.sh: install what is missing,
# configure and build. Sourced, not run.

SOCLE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SOCLE_BUILD_DIR="${SOCLE_BUILD_DIR:-$SOCLE_ROOT/build}"

# Debian 12 packages the build, the tests and the main job need. clang-14
# builds the ASan/UBSan core tests and the fuzz harnesses; its sanitizer and
# libFuzzer runtimes (libclang-rt-14-dev) are only a recommendation of
# clang-14's, so they are named, and llvm-14 brings llvm-symbolizer, which
# turns sanitizer reports into file:line. Chromium, its driver and selenium
# run the room page in a real (headless) browser: test room.browser_phone.
SOCLE_PACKAGES=(
  g++ cmake ninja-build pkg-config
  libwxgtk3.2-dev libxlsxwriter-dev libpugixml-dev libboost-graph-dev doctest-dev
  xvfb xauth fonts-dejavu-core fonts-lao gettext wx3.2-i18n
  python3 python3-openpyxl python3-docx graphviz locales
  clang-14 libclang-rt-14-dev llvm-14
  libminizip-dev zlib1g-dev libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
  zbar-tools
  chromium chromium-driver python3-selenium
)

# The time of day in every step, so a CI log shows what each step cost.
say() { printf '\033[1m==> [%s] %s\033[0m\n' "$(date +%T)" "$*" >&2; }

# Installs only the packages that are missing, so a second run costs nothing.
ensure_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures the build folder (once; later runs only apply new options).
configure() {
  if [ ! -f "$SOCLE_BUILD_DIR/build.ninja" ]; then
    say "Configuring in $SOCLE_BUILD_DIR"
    cmake -S "$SOCLE_ROOT" -B "$SOCLE_BUILD_DIR" -G Ninja "$@"
  elif [ $# -gt 0 ]; then
    cmake "$SOCLE_BUILD_DIR" "$@" >/dev/null
  fi
}

# Builds the named targets, or everything.
build() {
  say "Building ${*:-everything}"
  local targets=()
  [ $# -gt 0 ] && targets=(--target "$@")
  cmake --build "$SOCLE_BUILD_DIR" "${targets[@]}" -- -j"$(nproc)"
}

# Configures a clang build with ASan, UBSan and libFuzzer's coverage (once):
# the core, the CLI, the core tests and the fuzz harnesses, no desktop.
# scripts/test.sh runs the core tests in it and scripts/fuzz.sh fuzzes with
# it, so CI compiles the sanitized core once. -O1 with line tables: fast
# enough to fuzz, and reports name file and line.
configure_sanitized() {
  local dir="$1"
  [ -f "$dir/build.ninja" ] && return 0
  say "Configuring the clang ASan + UBSan + libFuzzer build in $dir"
  CC=clang-14 CXX=clang++-14 cmake -S "$SOCLE_ROOT" -B "$dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=None "-DCMAKE_CXX_FLAGS=-O1 -gline-tables-only" \
    -DSOCLE_SANITIZE=ON -DSOCLE_FUZZ=ON -DSOCLE_WERROR=ON -DSOCLE_BUILD_DESKTOP=OFF >/dev/null
}

# Sanitizer settings for running what configure_sanitized built: leaks are
# reported, undefined behaviour stops the program, reports say file:line.
export_sanitizer_options() {
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
  local symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
  if [ -x "$symbolizer" ]; then export ASAN_SYMBOLIZER_PATH="$symbolizer"; fi
}
