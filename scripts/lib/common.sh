# Shared by scripts/run.sh and scripts/test.sh: install what is missing,
# configure and build. Sourced, not run.

SOCLE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SOCLE_BUILD_DIR="${SOCLE_BUILD_DIR:-$SOCLE_ROOT/build}"

# Debian 12 packages the build, the tests and the main job need.
SOCLE_PACKAGES=(
  g++ cmake ninja-build pkg-config
  libwxgtk3.2-dev libxlsxwriter-dev libpugixml-dev libboost-graph-dev doctest-dev
  xvfb xauth fonts-dejavu-core gettext
  python3 python3-openpyxl python3-docx graphviz locales
  libminizip-dev libreoffice-writer-nogui poppler-utils
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

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
