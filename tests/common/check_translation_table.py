"""The table the build compiles from po/<lang>.po (cmake/po_table.cpp, read by
common::translate) holds exactly what msgfmt compiles for the desktop app:
the same messages, the same translations. Usage: GENERATED.cpp PO_DIR MSGFMT"""
import gettext
import os
import re
import subprocess
import sys
import tempfile

generated, po_dir, msgfmt = sys.argv[1:4]
# A string_view literal: "..."sv
LITERAL = r'"((?:[^"\\]|\\.)*)"sv'


def decode(literal):
    # ASCII with octal escapes for the UTF-8 bytes, \" and \\.
    return literal.encode("ascii").decode("unicode_escape").encode("latin-1").decode("utf-8")


text = open(generated, encoding="ascii").read()
tables = {}
for lang, body in re.findall(r"// (\w+): \d+ messages\nconstexpr TranslatedMessage \w+\[\] = \{\n(.*?)\n\};", text, re.S):
    pairs = re.findall(r"\{" + LITERAL + r",\s*" + LITERAL + r"\}", body)
    tables[lang] = {decode(english): decode(translated) for english, translated in pairs}

problems = []
po_files = sorted(f for f in os.listdir(po_dir) if f.endswith(".po"))
if sorted(tables) != sorted(f[:-3] for f in po_files):
    problems.append(f"languages: table {sorted(tables)}, po files {po_files}")
with tempfile.TemporaryDirectory() as tmp:
    for name in po_files:
        lang, mo = name[:-3], os.path.join(tmp, name[:-3] + ".mo")
        subprocess.run([msgfmt, "-o", mo, os.path.join(po_dir, name)], check=True)
        with open(mo, "rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog
        # Singular messages only: N_() labels have no plural (nor context).
        expected = {k: v for k, v in catalog.items() if isinstance(k, str) and k and "\x04" not in k}
        table = tables.get(lang, {})
        for english in sorted(set(expected) | set(table)):
            if expected.get(english) != table.get(english):
                problems.append(f"{lang}: '{english[:60]}': msgfmt {expected.get(english)!r}, table {table.get(english)!r}")
        if len(table) < 300:
            problems.append(f"{lang}: only {len(table)} messages in the table")
print("\n".join(problems) if problems else "translation table: same messages as msgfmt's catalogs")
sys.exit(1 if problems else 0)
