#!/usr/bin/env bash
# Cross-builds Socle for 64-bit Windows on this Debian machine (MinGW-w64,
# POSIX threads) and packs it: dist/windows/ (portable folder) and
# dist/Socle-VERSION-win64-setup.exe (NSIS installer).
#
# The dependencies (wxWidgets 3.2, pugixml, libxlsxwriter, libpng) are built
# static from Debian's own source packages into a cache outside the tree
# ($SOCLE_WINDOWS_CACHE, default ~/.cache/socle-windows), so a second run
# only rebuilds Socle. Boost.Graph is header-only; zlib comes from Debian's
# libz-mingw-w64-dev. See docs/platforms.md.
#
# Usage: scripts/build-windows.sh            (everything)
#        scripts/build-windows.sh deps       (only the dependency cache)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/windows.sh"

ensure_packages "${SOCLE_WINDOWS_PACKAGES[@]}"

mkdir -p "$WIN_CACHE" "$WIN_PREFIX" "$WIN_CACHE/src"
jobs="$(nproc)"
export PKG_CONFIG_LIBDIR="$WIN_PREFIX/lib/pkgconfig"
unset PKG_CONFIG_PATH

# A private apt folder with deb-src entries derived from this machine's own
# sources, so that `apt-get source` works without touching /etc/apt.
apt_private() {
  local dir="$WIN_CACHE/apt"
  mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial" "$dir/sources.list.d"
  if [ ! -f "$dir/sources.list.d/sources.sources" ]; then
    local f
    : >"$dir/sources.list.d/sources.sources"
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      sed -E 's/^Types:.*/Types: deb-src/' "$f" >>"$dir/sources.list.d/sources.sources"
      echo >>"$dir/sources.list.d/sources.sources"
    done
    if [ -f /etc/apt/sources.list ]; then
      grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' >"$dir/sources.list.d/sources.list" || true
    fi
  fi
  APT_OPTS=(-o "Dir::Etc::sourcelist=/dev/null" -o "Dir::Etc::sourceparts=$dir/sources.list.d"
            -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache" -o "APT::Sandbox::User=root")
  if [ -z "$(ls -A "$dir/lists" 2>/dev/null | grep -v partial)" ]; then
    say "Reading the source package lists (private apt folder $dir)"
    apt-get "${APT_OPTS[@]}" update -qq
  fi
}

# Unpacks Debian's source package $1 under $WIN_CACHE/src and prints its folder.
debian_source() {
  local package="$1" dir="$WIN_CACHE/src/$1"
  if [ ! -d "$dir/unpacked" ]; then
    apt_private
    rm -rf "$dir" && mkdir -p "$dir"
    # The newest version first; if its source is not served (an update
    # whose source is missing from the mirror), the release's own.
    local codename
    codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
    (cd "$dir" && { apt-get "${APT_OPTS[@]}" source -qq --download-only "$package" >&2 ||
                    apt-get "${APT_OPTS[@]}" source -qq --download-only "$package/$codename" >&2; }) || {
      echo "error: could not fetch the Debian source package $package" >&2; return 1; }
    local orig
    orig="$(ls "$dir"/*.orig.tar.* | head -n1)"
    mkdir -p "$dir/unpacked"
    tar -xf "$orig" -C "$dir/unpacked" --strip-components=1
  fi
  echo "$dir/unpacked"
}

stamp() { echo "$WIN_PREFIX/.built-$1"; }

build_libpng() {
  [ -f "$(stamp libpng)" ] && return 0
  say "Building libpng for Windows"
  local src; src="$(debian_source libpng1.6)" || exit 1
  local b="$WIN_CACHE/build/libpng"; rm -rf "$b"; mkdir -p "$b"
  (cd "$b" && "$src/configure" --host="$WIN_TRIPLE" --prefix="$WIN_PREFIX" --disable-shared --enable-static \
      CC="$WIN_TRIPLE-gcc-posix" \
      CPPFLAGS="-I/usr/$WIN_TRIPLE/include" LDFLAGS="-L/usr/$WIN_TRIPLE/lib" >/dev/null &&
   make -j"$jobs" >/dev/null && make install >/dev/null)
  touch "$(stamp libpng)"
}

build_pugixml() {
  [ -f "$(stamp pugixml)" ] && return 0
  say "Building pugixml for Windows"
  local src; src="$(debian_source pugixml)" || exit 1
  local b="$WIN_CACHE/build/pugixml"; rm -rf "$b"
  cmake -S "$src" -B "$b" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$SOCLE_ROOT/cmake/toolchain-mingw64.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$WIN_PREFIX" -DBUILD_SHARED_LIBS=OFF -DPUGIXML_BUILD_TESTS=OFF >/dev/null
  cmake --build "$b" -j"$jobs" >/dev/null && cmake --install "$b" >/dev/null
  touch "$(stamp pugixml)"
}

build_libxlsxwriter() {
  [ -f "$(stamp libxlsxwriter)" ] && return 0
  say "Building libxlsxwriter for Windows"
  local src; src="$(debian_source libxlsxwriter)" || exit 1
  # Upstream treats MinGW as POSIX and opens files with narrow (ANSI code
  # page) names, so a workbook in a Cyrillic or Lao folder could not be
  # written. Take the same wide-character path as MSVC builds do.
  sed -i '/^#ifdef __MINGW32__$/,/^#endif$/d' "$src/src/packager.c" "$src/src/utility.c"
  sed -i 's/^    if(MSVC)$/    if(WIN32)/' "$src/CMakeLists.txt"
  local b="$WIN_CACHE/build/libxlsxwriter"; rm -rf "$b"
  cmake -S "$src" -B "$b" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$SOCLE_ROOT/cmake/toolchain-mingw64.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$WIN_PREFIX" -DBUILD_SHARED_LIBS=OFF \
    -DUSE_DTOA_LIBRARY=ON -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF >/dev/null
  cmake --build "$b" -j"$jobs" >/dev/null && cmake --install "$b" >/dev/null
  touch "$(stamp libxlsxwriter)"
}

# The report zips its .docx with minizip. The Windows libxlsxwriter is built
# with its bundled minizip, whose functions are already in libxlsxwriter.a:
# install the matching headers and a minizip.pc that points at that library,
# rather than a second copy of the same code. A step of its own (own stamp),
# so an existing cache keeps its libraries and gains only these files.
install_minizip_headers() {
  [ -f "$(stamp minizip-headers)" ] && return 0
  say "Installing the minizip headers bundled with libxlsxwriter"
  local src; src="$(debian_source libxlsxwriter)" || exit 1
  mkdir -p "$WIN_PREFIX/include/minizip" "$WIN_PREFIX/lib/pkgconfig"
  cp "$src/third_party/minizip/zip.h" "$src/third_party/minizip/ioapi.h" "$WIN_PREFIX/include/minizip/"
  cat >"$WIN_PREFIX/lib/pkgconfig/minizip.pc" <<PC
prefix=$WIN_PREFIX
includedir=\${prefix}/include
libdir=\${prefix}/lib

Name: minizip
Description: minizip as bundled in libxlsxwriter
Version: 1.1
Cflags: -I\${includedir}/minizip
Libs: -L\${libdir} -lxlsxwriter -lz
PC
  touch "$(stamp minizip-headers)"
}

# wxWidgets with only what Socle uses (core, base, adv; graphics context, SVG
# DC, PNG), which keeps the first build short.
build_wxwidgets() {
  [ -f "$(stamp wxwidgets)" ] && return 0
  say "Building wxWidgets for Windows (the long step: once per cache)"
  local src; src="$(debian_source wxwidgets3.2)" || exit 1
  local b="$WIN_CACHE/build/wxwidgets"; rm -rf "$b"; mkdir -p "$b"
  (cd "$b" && "$src/configure" --host="$WIN_TRIPLE" --build="$(gcc -dumpmachine)" --prefix="$WIN_PREFIX" \
      CC="$WIN_TRIPLE-gcc-posix" CXX="$WIN_TRIPLE-g++-posix" \
      CPPFLAGS="-I$WIN_PREFIX/include" LDFLAGS="-L$WIN_PREFIX/lib" \
      --with-msw --disable-shared --enable-unicode --disable-dependency-tracking \
      --with-zlib=sys --with-libpng=sys --without-libjpeg --without-libtiff --without-expat \
      --without-liblzma --without-libcurl --without-opengl --with-regex=builtin \
      --disable-xrc --disable-html --disable-webview --disable-mediactrl --disable-aui \
      --disable-propgrid --disable-ribbon --disable-richtext --disable-stc \
      --disable-webrequest --disable-sound --disable-joystick --disable-help --disable-mshtmlhelp \
      --disable-debugreport --disable-tests >"$b/configure.log" &&
   make -j"$jobs" >"$b/make.log" 2>&1 && make install >/dev/null) || {
    echo "error: the wxWidgets build failed; see $b/configure.log and $b/make.log" >&2; exit 1; }
  touch "$(stamp wxwidgets)"
}

# Header-only packages (Boost.Graph; doctest, for the tests built for
# Windows): the host's headers, seen through a folder of their own (never
# /usr/include itself, which would shadow MinGW's headers), with a package
# configuration that gives the target CMake links.
# Usage: header_only_package NAME TARGET HEADER_FOLDER
header_only_package() {
  local name="$1" target="$2" headers="$3" dir="$WIN_PREFIX/lib/cmake/$1"
  mkdir -p "$WIN_PREFIX/$headers-headers" "$dir"
  ln -sfn "/usr/include/$headers" "$WIN_PREFIX/$headers-headers/$headers"
  cat >"$dir/${name}Config.cmake" <<CONFIG
# Written by scripts/build-windows.sh: $name's headers for the Windows build.
if(NOT TARGET $target)
  add_library($target INTERFACE IMPORTED)
  set_target_properties($target PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "$WIN_PREFIX/$headers-headers")
endif()
set(${name}_FOUND TRUE)
CONFIG
}

link_header_only_packages() {
  header_only_package Boost Boost::headers boost
  header_only_package doctest doctest::doctest doctest
  # find_package(Boost 1.74) asks for a version.
  local version
  version="$(sed -n 's/^#define BOOST_LIB_VERSION "\([0-9_]*\)"/\1/p' /usr/include/boost/version.hpp | tr _ .)"
  cat >"$WIN_PREFIX/lib/cmake/Boost/BoostConfigVersion.cmake" <<CONFIG
set(PACKAGE_VERSION "$version")
if(PACKAGE_FIND_VERSION VERSION_GREATER PACKAGE_VERSION)
  set(PACKAGE_VERSION_COMPATIBLE FALSE)
else()
  set(PACKAGE_VERSION_COMPATIBLE TRUE)
endif()
CONFIG
}

# The two code generators of the build run on the build machine.
build_host_tools() {
  local out="$WIN_CACHE/host-tools"
  mkdir -p "$out"
  g++ -std=c++20 -O2 "$SOCLE_ROOT/cmake/embed_resource.cpp" -o "$out/socle_embed"
  g++ -std=c++20 -O2 "$SOCLE_ROOT/cmake/po_table.cpp" -o "$out/socle_po_table"
}

build_dependencies() {
  build_libpng
  build_pugixml
  build_libxlsxwriter
  install_minizip_headers
  build_wxwidgets
  link_header_only_packages
}

build_socle() {
  build_host_tools
  say "Building Socle for Windows in $WIN_BUILD_DIR"
  # -O2 as the Linux build (RelWithDebInfo) has: the same optimisations for
  # the same numbers, and GCC 12's -O3 gives false -Wrestrict warnings in
  # std::string (GCC bug 105329).
  if [ ! -f "$WIN_BUILD_DIR/build.ninja" ]; then
    cmake -S "$SOCLE_ROOT" -B "$WIN_BUILD_DIR" -G Ninja \
      -DCMAKE_TOOLCHAIN_FILE="$SOCLE_ROOT/cmake/toolchain-mingw64.cmake" \
      -DSOCLE_WINDOWS_PREFIX="$WIN_PREFIX" -DSOCLE_HOST_TOOLS_DIR="$WIN_CACHE/host-tools" \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DSOCLE_WERROR=ON \
      ${SOCLE_WINDOWS_CMAKE_ARGS:-}
  fi
  cmake --build "$WIN_BUILD_DIR" -j"$jobs"
}

# The portable folder: the two programs (self-contained: static runtime,
# frameworks embedded), the interface catalogs and the samples.
package_socle() {
  say "Packing dist/windows and the installer"
  rm -rf "$WIN_DIST"
  mkdir -p "$WIN_DIST/samples"
  cp "$WIN_BUILD_DIR/ui/desktop/socle.exe" "$WIN_BUILD_DIR/ui/cli/socle-cli.exe" "$WIN_DIST/"
  cp -r "$WIN_BUILD_DIR/locale" "$WIN_DIST/locale"
  # wxWidgets' own strings (stock buttons, file dialogs' wx parts) for the
  # languages wxWidgets translates: compiled from the same source the Windows
  # wxWidgets was built from, named as AddStdCatalog looks for them. Lao and
  # Tajik have none: the app labels its own buttons (services/dialog_buttons.h).
  local wx_src lang
  wx_src="$(debian_source wxwidgets3.2)" || exit 1
  for lang in fr ru; do
    if [ -f "$wx_src/locale/$lang.po" ]; then
      mkdir -p "$WIN_DIST/locale/$lang/LC_MESSAGES"
      msgfmt -o "$WIN_DIST/locale/$lang/LC_MESSAGES/wxstd-3.2.mo" "$wx_src/locale/$lang.po"
    else
      echo "warning: $wx_src/locale/$lang.po is missing: wxWidgets' own strings stay English in $lang" >&2
    fi
  done
  cp "$SOCLE_ROOT"/samples/*.socle "$WIN_DIST/samples/"
  "$WIN_TRIPLE-strip" "$WIN_DIST"/*.exe
  local version
  version="$(sed -n 's/^project(Socle VERSION \([0-9.]*\).*/\1/p' "$SOCLE_ROOT/CMakeLists.txt")"
  makensis -V2 -DVERSION="$version" -DSOURCE_DIR="$WIN_DIST" -DROOT="$SOCLE_ROOT" \
    -DOUTFILE="$SOCLE_ROOT/dist/Socle-$version-win64-setup.exe" "$SOCLE_ROOT/packaging/windows/installer.nsi"
  echo "Portable folder: $WIN_DIST"
  echo "Installer:       $SOCLE_ROOT/dist/Socle-$version-win64-setup.exe"
}

start=$SECONDS
build_dependencies
echo "Dependencies ready in $WIN_PREFIX ($((SECONDS - start)) s)"
[ "${1:-}" = deps ] && exit 0
build_socle
package_socle
echo "Windows build done in $((SECONDS - start)) s"
