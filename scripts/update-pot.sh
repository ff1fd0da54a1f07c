#!/usr/bin/env bash
# Refreshes the interface catalog template po/socle.pot from the sources
# (the desktop app's _("...") and the core's N_("...") labels) and merges it
# into every po/<lang>.po. New strings arrive untranslated; strings gone from
# the sources are kept as obsolete (#~).
# Check afterwards with: msgfmt --check-format -o /dev/null po/fr.po
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

command -v xgettext >/dev/null || { echo "error: xgettext not found (Debian package gettext)" >&2; exit 1; }

# Sorted file lists, so that the template does not change with the order
# the file system lists files in.
mapfile -t sources < <(
  { # The desktop sits in one folder per room (shell, roadmap, ...).
    find ui/desktop -name '*.cpp' -o -name '*.h'
    # Core labels: statuses, confidence, system kinds, roadmap reasons (shown
    # by the app), and the workbook's labels (exports/), which the core
    # translates from these same catalogs (common/translations.h).
    grep -rl --include='*.cpp' --include='*.h' 'N_("' assessment scoring frameworks common exports room 2>/dev/null || true
  } | LC_ALL=C sort -u)

xgettext --language=C++ --from-code=UTF-8 --sort-by-file --add-comments=TRANSLATORS: \
  --keyword=_ --keyword=N_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE \
  --package-name=Socle --msgid-bugs-address="(none)" \
  --output=po/socle.pot "${sources[@]}"
# A stable header: no creation date churn in diffs.
sed -i '/^"POT-Creation-Date:/d' po/socle.pot

for po in po/*.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --sort-by-file "$po" po/socle.pot
  msgfmt --check-format --statistics -o /dev/null "$po"
done
