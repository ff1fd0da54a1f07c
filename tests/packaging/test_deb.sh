#!/usr/bin/env bash
# Installs the Debian package, checks what it put where and that both
# programs run from /usr/bin, runs lintian on it, removes it and checks it
# is gone. Needs root (or sudo) and changes the system: run it through
# scripts/test-package.sh, never from the normal test suite.
# Usage: tests/packaging/test_deb.sh dist/socle_VERSION_ARCH.deb
set -uo pipefail

deb="${1:?usage: test_deb.sh PATH/TO/socle_VERSION_ARCH.deb}"
[ -f "$deb" ] || { echo "error: no such package: $deb" >&2; exit 2; }
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
version="$(dpkg-deb --field "$deb" Version)"

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
apt=("${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 -y -qq)

failures=()
pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures+=("$*"); }
check() {  # check DESCRIPTION COMMAND...
  local what="$1"; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

echo "== installing $deb (version $version)"
if ! "${apt[@]}" install "$deb" >/tmp/socle-test-deb-install.log 2>&1; then
  cat /tmp/socle-test-deb-install.log >&2
  echo "FAIL  apt-get install $deb" >&2
  exit 1
fi
pass "apt-get install pulls the dependencies and installs"
check "dpkg knows socle $version" \
  test "$(dpkg-query -W -f='${Status} ${Version}' socle)" = "install ok installed $version"

echo "== the programs"
out="$(/usr/bin/socle-cli --version 2>&1)"
check "socle-cli --version prints 'socle-cli $version' (got '$out')" test "$out" = "socle-cli $version"

# socle is a wx GUI app: even --help needs a display.
help_out="$(timeout 60 xvfb-run -a /usr/bin/socle --help 2>&1)"
help_status=$?
check "socle --help prints its usage" grep -q "Usage: socle" <<<"$help_out"
check "socle --help exits 0 (got $help_status)" test "$help_status" -eq 0

sample=/usr/share/socle/samples/lao-pdr-2026-baseline.socle
score_out="$(/usr/bin/socle-cli score "$sample" 2>&1)"
score_status=$?
check "socle-cli score $sample succeeds (exit $score_status)" test "$score_status" -eq 0
check "socle-cli score leads with the level profile" grep -q "^Level profile: indicators at each level" <<<"$score_out"
check "socle-cli score prints the overall level" grep -q "^Overall: level" <<<"$score_out"
check "socle-cli export writes a workbook" \
  /usr/bin/socle-cli export "$sample" -o /tmp/socle-test-deb.xlsx --lang fr
rm -f /tmp/socle-test-deb.xlsx

echo "== the files"
expected=(
  /usr/bin/socle
  /usr/bin/socle-cli
  /usr/share/locale/fr/LC_MESSAGES/socle.mo
  /usr/share/locale/ru/LC_MESSAGES/socle.mo
  /usr/share/socle/samples/lao-pdr-2026-baseline.socle
  /usr/share/socle/samples/tajikistan-2026-baseline.socle
  /usr/share/socle/samples/tajikistan-2028-follow-up.socle
  /usr/share/applications/org.socle.Socle.desktop
  /usr/share/metainfo/org.socle.Socle.metainfo.xml
  /usr/share/mime/packages/socle.xml
  /usr/share/icons/hicolor/scalable/apps/org.socle.Socle.svg
  /usr/share/icons/hicolor/scalable/mimetypes/application-x-socle.svg
  /usr/share/doc/socle/copyright
  /usr/share/doc/socle/changelog.gz
  /usr/share/man/man1/socle.1.gz
  /usr/share/man/man1/socle-cli.1.gz
)
for size in 16 32 48 64 128 256; do
  expected+=(/usr/share/icons/hicolor/${size}x${size}/apps/org.socle.Socle.png
             /usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-socle.png)
done
for file in "${expected[@]}"; do
  check "$file" test -s "$file"
done
check "the binaries are stripped" \
  bash -c 'file -L /usr/bin/socle /usr/bin/socle-cli | grep -c ", stripped" | grep -qx 2'
if command -v desktop-file-validate >/dev/null; then
  check "desktop-file-validate" desktop-file-validate /usr/share/applications/org.socle.Socle.desktop
fi
if command -v appstreamcli >/dev/null; then
  check "appstreamcli validate" appstreamcli validate --no-net /usr/share/metainfo/org.socle.Socle.metainfo.xml
fi
if command -v update-mime-database >/dev/null; then
  # The shared-mime-info trigger has run: the database knows the type.
  check "the MIME database knows application/x-socle" \
    grep -q "application/x-socle" /usr/share/mime/types
fi

if command -v lintian >/dev/null; then
  echo "== lintian"
  lintian_out="$(lintian --info --display-info "$deb" 2>&1)"
  printf '%s\n' "${lintian_out:-(no tags)}"
  check "lintian reports no error" bash -c '! grep -q "^E:" <<<"$1"' _ "$lintian_out"
fi

echo "== removing"
"${apt[@]}" remove socle >/tmp/socle-test-deb-remove.log 2>&1 || cat /tmp/socle-test-deb-remove.log >&2
check "dpkg no longer lists socle as installed" \
  bash -c '! dpkg-query -W -f="\${Status}" socle 2>/dev/null | grep -q "install ok installed"'
for file in /usr/bin/socle /usr/bin/socle-cli /usr/share/socle/samples; do
  check "$file is gone" test ! -e "$file"
done

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "${#failures[@]} check(s) failed:"
  printf '  %s\n' "${failures[@]}"
  exit 1
fi
echo "All package checks passed."
