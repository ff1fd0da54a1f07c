#!/bin/sh
# Compiles the locales the tests run under (ru_RU.UTF-8 for now) into DIR
# from glibc's sources (Debian package `locales`), so that no test depends on
# which locales a machine happens to have generated. Tests that need it use
# LOCPATH=DIR. localedef exits 1 on mere warnings: the locale counts as
# built when its files are there.
set -u
dir="$1"
mkdir -p "$dir"
for locale in ru_RU; do
  localedef -i "$locale" -f UTF-8 "$dir/$locale.UTF-8" >/dev/null 2>&1
  if [ ! -f "$dir/$locale.UTF-8/LC_CTYPE" ]; then
    echo "could not build $locale.UTF-8 with localedef (is the 'locales' package installed?)" >&2
    exit 1
  fi
done
echo "test locales ready in $dir"
