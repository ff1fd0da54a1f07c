#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, configures a Release
# build of socle and socle-cli in its own folder (SOCLE_PACKAGE_BUILD_DIR,
# default build-package/; no tests), runs CPack's DEB generator and puts
# dist/socle_VERSION_ARCH.deb in place. Usage: scripts/package.sh
# Then: apt-get install ./dist/socle_*.deb   (scripts/test-package.sh checks it)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
SOCLE_BUILD_DIR="${SOCLE_PACKAGE_BUILD_DIR:-$SOCLE_ROOT/build-package}"
dist="$SOCLE_ROOT/dist"

# dpkg-dev: dpkg-shlibdeps (the package's Depends) and dpkg-buildflags.
ensure_packages g++ cmake ninja-build pkg-config gettext dpkg-dev file \
  libwxgtk3.2-dev libxlsxwriter-dev libpugixml-dev libboost-graph-dev

# Debian's hardening flags (stack protector, fortify, full RELRO); -g and the
# optimisation level are left to the Release build type (CPack strips).
cd "$SOCLE_ROOT"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags=""
for flag in $(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS); do
  case "$flag" in -g|-O*) ;; *) cxxflags+="${cxxflags:+ }$flag" ;; esac
done
ldflags="$(dpkg-buildflags --get LDFLAGS)"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
configure -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DSOCLE_BUILD_TESTS=OFF -DSOCLE_BUILD_DESKTOP=ON \
  "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags" "${launcher[@]}"
build socle socle-cli socle_translations socle_package_files

say "Packaging"
cpack_dir="$SOCLE_BUILD_DIR/cpack"
rm -rf "$cpack_dir"
(cd "$SOCLE_BUILD_DIR" && cpack -G DEB -B "$cpack_dir")
mkdir -p "$dist"
debs=("$cpack_dir"/socle_*.deb)
[ -f "${debs[0]}" ] || { echo "error: cpack made no .deb in $cpack_dir" >&2; exit 3; }
cp -f "${debs[@]}" "$dist/"
for deb in "${debs[@]}"; do
  echo "$dist/$(basename "$deb")"
done
