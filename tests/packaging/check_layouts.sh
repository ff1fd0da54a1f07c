#!/usr/bin/env bash
# Checks the WIN32 and macOS branches of cmake/Install.cmake on Linux, with
# two dummy programs named socle and socle-cli in a mock project:
# - WIN32: cross-built with MinGW (if x86_64-w64-mingw32-g++ is there) and
#   installed; the flat folder must hold exactly the expected files.
# - macOS: CMAKE_SYSTEM_NAME=Darwin, configure and generate only (nothing
#   links without Apple's SDK): the generated Info.plist and the bundle's
#   install rules are checked.
# Usage: tests/packaging/check_layouts.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
ln -s "$root/cmake" cmake; ln -s "$root/packaging" packaging; ln -s "$root/samples" samples
echo 'int main() { return 0; }' > dummy.cpp
cat > CMakeLists.txt <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(Socle VERSION 0.1.0 LANGUAGES CXX)
set(SOCLE_BUILD_DESKTOP ON)
set(SOCLE_UI_LANGUAGES fr ru)
add_executable(socle-cli dummy.cpp)
add_executable(socle WIN32 MACOSX_BUNDLE dummy.cpp)
foreach(lang IN LISTS SOCLE_UI_LANGUAGES)
  file(WRITE ${PROJECT_BINARY_DIR}/locale/${lang}/LC_MESSAGES/socle.mo "mo")
endforeach()
include(cmake/Install.cmake)
CMAKE

status=0
if command -v x86_64-w64-mingw32-g++ >/dev/null; then
  cmake -S . -B win -G Ninja -DCMAKE_SYSTEM_NAME=Windows -DCMAKE_CXX_COMPILER=x86_64-w64-mingw32-g++ >/dev/null
  cmake --build win >/dev/null
  cmake --install win --prefix "$work/stage" >/dev/null
  got="$(cd stage && find . -type f | sort)"
  want="$(printf '%s\n' ./locale/fr/LC_MESSAGES/socle.mo ./locale/ru/LC_MESSAGES/socle.mo \
    ./samples/lao-pdr-2026-baseline.socle ./samples/tajikistan-2026-baseline.socle \
    ./samples/tajikistan-2028-follow-up.socle ./socle-cli.exe ./socle.exe)"
  if [ "$got" = "$want" ]; then echo "ok    WIN32 flat folder"; else
    echo "FAIL  WIN32 flat folder:"; diff <(echo "$want") <(echo "$got") || true; status=1; fi
else
  echo "skip  WIN32 (no x86_64-w64-mingw32-g++)"
fi

cmake -S . -B mac -G Ninja -DCMAKE_SYSTEM_NAME=Darwin -DCMAKE_CXX_COMPILER=c++ -DCMAKE_CXX_COMPILER_WORKS=ON >/dev/null
if python3 - mac/socle.app/Contents/Info.plist <<'PY'
import plistlib, sys
d = plistlib.load(open(sys.argv[1], "rb"))
assert d["CFBundleIdentifier"] == "org.socle.Socle", d["CFBundleIdentifier"]
assert d["CFBundleShortVersionString"] == d["CFBundleVersion"] == "0.1.0"
assert d["CFBundleExecutable"] == "socle" and d["CFBundleIconFile"] == "socle.icns"
assert d["CFBundleDocumentTypes"][0]["LSItemContentTypes"] == ["org.socle.assessment"]
tags = d["UTExportedTypeDeclarations"][0]["UTTypeTagSpecification"]
assert tags["public.filename-extension"] == ["socle"], tags
PY
then echo "ok    macOS Info.plist"; else echo "FAIL  macOS Info.plist"; status=1; fi
if grep -q 'socle.app/Contents/Resources/socle.icns' mac/build.ninja &&
   grep -q 'socle.app/Contents/share/locale/fr/LC_MESSAGES' mac/cmake_install.cmake &&
   grep -q 'socle.app/Contents/share/socle/samples' mac/cmake_install.cmake; then
  echo "ok    macOS bundle icon, catalogs and samples"
else
  echo "FAIL  macOS bundle icon, catalogs and samples"; status=1
fi
exit $status
