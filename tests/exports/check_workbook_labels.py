"""Every label the workbooks show has a translation in every interface
catalog (po/<lang>.po: fr, ru), so a French or Russian workbook never shows
English headings by accident. The labels are the N_() texts of the workbook
and comparison-workbook writers (exports/workbook*.cpp,
exports/comparison_workbook*.cpp) and of the core modules whose labels they
show (statuses, confidence, system kinds and mechanisms, positions). The
build compiles the same catalogs into the core (cmake/po_table.cpp); like it,
this check ignores fuzzy and obsolete entries, which msgfmt leaves out too.
Adjacent string literals are joined as the compiler joins them."""
import glob
import os
import re
import sys

root = sys.argv[1]
LITERAL = r'"((?:[^"\\]|\\.)*)"'
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def unescape(text):
    return re.sub(r"\\(.)", lambda m: ESCAPES[m.group(1)], text)


def joined(group):
    return "".join(unescape(part) for part in re.findall(LITERAL, group))


def translated_messages(path):
    """msgid -> msgstr for the entries a lookup uses."""
    messages = {}
    for block in re.split(r"\n\s*\n", open(path, encoding="utf-8").read()):
        lines = [line for line in block.splitlines() if not line.startswith("#~")]
        if any(line.startswith("#,") and "fuzzy" in line for line in lines):
            continue
        fields, key = {}, None
        for line in lines:
            m = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(\".*\")\s*$", line)
            if m:
                key = m.group(1)
                fields[key] = joined(m.group(2))
            elif line.startswith('"') and key:
                fields[key] += joined(line)
        if fields.get("msgid") and fields.get("msgstr") and "msgctxt" not in fields and "msgid_plural" not in fields:
            messages[fields["msgid"]] = fields["msgstr"]
    return messages


catalogs = {os.path.splitext(os.path.basename(p))[0]: translated_messages(p)
            for p in sorted(glob.glob(os.path.join(root, "po", "*.po")))}
assert set(catalogs) >= {"fr", "ru"}, sorted(catalogs)
assert all(len(messages) > 300 for messages in catalogs.values()), {k: len(v) for k, v in catalogs.items()}

sources = sorted(glob.glob(os.path.join(root, "exports", "workbook*.cpp")) +
                 glob.glob(os.path.join(root, "exports", "comparison_workbook*.cpp")) +
                 glob.glob(os.path.join(root, "exports", "detail", "*.h")))
for module in ("assessment", "scoring", "frameworks"):
    sources += sorted(glob.glob(os.path.join(root, module, "*.cpp")))
assert any(s.endswith("comparison_workbook.cpp") for s in sources)

missing, labels = [], 0
for path in sources:
    source = open(path, encoding="utf-8").read()
    for m in re.finditer(r'\bN_\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)', source):
        english = joined(m.group(1))
        labels += 1
        for lang, messages in catalogs.items():
            if english not in messages:
                missing.append(f"{os.path.relpath(path, root)}: no {lang} translation (po/{lang}.po) for '{english}'")
assert labels > 200, labels  # the scan found the labels
print("\n".join(missing) if missing else f"workbook labels: {labels} labels translated in {', '.join(catalogs)}")
sys.exit(1 if missing else 0)
