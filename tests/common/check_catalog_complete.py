#!/usr/bin/env python3
"""Fails when an interface catalog po/LANG.po is not complete or not clean:
every msgid of po/socle.pot must be there, translated (every plural form)
and not fuzzy, and `msgfmt --check` must pass.
Usage: check_catalog_complete.py PO_DIR LANG"""
import pathlib
import subprocess
import sys

po_dir, lang = pathlib.Path(sys.argv[1]), sys.argv[2]
po, pot = po_dir / (lang + ".po"), po_dir / "socle.pot"
problems = []

check = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
if check.returncode != 0:
    problems.append("msgfmt --check fails:\n" + check.stderr)

# Merged against the template: what the .pot has and the .po lacks shows up untranslated.
merged = subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", str(po), str(pot), "-o", "-"],
                        capture_output=True, text=True, check=True).stdout
for flag in ("--untranslated", "--only-fuzzy"):
    left = subprocess.run(["msgattrib", flag, "--no-obsolete", "-"], input=merged, capture_output=True, text=True,
                          check=True).stdout
    ids = [line for line in left.splitlines() if line.startswith("msgid ") and line != 'msgid ""']
    if ids:
        problems.append("%d %s messages, such as %s" % (len(ids), flag.strip("-"), ids[0]))

stats = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True).stderr
print(lang + ": " + stats.strip().splitlines()[-1])
for problem in problems:
    print("FAIL:", problem)
sys.exit(1 if problems else 0)
