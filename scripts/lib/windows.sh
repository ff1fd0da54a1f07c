# Shared by scripts/build-windows.sh and scripts/test-windows.sh: where the
# Windows build lives and what it needs. Sourced after lib/common.sh.

WIN_TRIPLE=x86_64-w64-mingw32
WIN_CACHE="${SOCLE_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/socle-windows}"
WIN_PREFIX="$WIN_CACHE/$WIN_TRIPLE"
WIN_BUILD_DIR="${SOCLE_WINDOWS_BUILD_DIR:-$SOCLE_ROOT/build-windows}"
WIN_DIST="$SOCLE_ROOT/dist/windows"

# Debian 12 packages: the cross compiler (POSIX threads, for std::thread),
# zlib for MinGW, NSIS, Wine, and the tools to fetch and build sources.
SOCLE_WINDOWS_PACKAGES=(
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
  libz-mingw-w64-dev nsis wine wine64 dpkg-dev make cmake ninja-build g++ gettext
  libboost-graph-dev doctest-dev xvfb xauth python3 python3-openpyxl fonts-dejavu-core
)

# True when the dependency cache is complete (CI runs the Windows check then).
windows_cache_ready() {
  local dep
  for dep in libpng pugixml libxlsxwriter wxwidgets; do
    [ -f "$WIN_PREFIX/.built-$dep" ] || return 1
  done
}
