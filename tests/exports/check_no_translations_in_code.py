"""No French or Russian text in exports/ sources: the workbooks' translations
live only in the interface catalogs po/<lang>.po, which the build compiles
into the core (docs/architecture.md, "One catalog for the screen and the
workbook"). A second table in code would drift from the screen's wording, as
exports/workbook_labels.cpp once did. English labels are marked N_() and
looked up through common/translations.h.

Fails on any string or character literal holding a non-ASCII character
(accented French, guillemets, Cyrillic), and on Cyrillic or French accented
letters anywhere else (a table in a comment or a raw string is still one)."""
import os
import re
import sys

root = sys.argv[1]
LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)+\'')
TRANSLATED = re.compile("[\u0400-\u04FF\u00C0-\u00FF\u0152\u0153\u00AB\u00BB]")

problems, scanned = [], 0
for folder, _, files in os.walk(os.path.join(root, "exports")):
    for name in sorted(files):
        if not name.endswith((".h", ".cpp", ".cmake", ".txt")):
            continue
        path = os.path.join(folder, name)
        scanned += 1
        shown = os.path.relpath(path, root)
        for number, line in enumerate(open(path, encoding="utf-8"), start=1):
            for literal in LITERAL.findall(line):
                if any(ord(c) > 127 for c in literal):
                    problems.append(f"{shown}:{number}: non-ASCII text in a literal: {literal}")
            found = TRANSLATED.search(line)
            if found and not any(found.group(0) in literal for literal in LITERAL.findall(line)):
                problems.append(f"{shown}:{number}: French or Cyrillic text: {line.strip()}")
assert scanned > 20, scanned  # the walk found the sources
print("\n".join(problems) if problems else f"exports/: {scanned} files, no translated text")
sys.exit(1 if problems else 0)
