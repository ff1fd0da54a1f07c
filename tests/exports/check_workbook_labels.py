"""Every label the workbook writers mark with N_() (exports/workbook*.cpp) has
an entry in the French and Russian table of exports/workbook_labels.cpp, so a
French or Russian workbook never shows English headings by accident. Adjacent
string literals are joined as the compiler joins them."""
import glob
import os
import re
import sys

root = sys.argv[1]
LITERAL = r'"((?:[^"\\]|\\.)*)"'


def joined(group):
    return "".join(re.findall(LITERAL, group)).replace('\\"', '"').replace("\\\\", "\\")


table = open(os.path.join(root, "exports", "workbook_labels.cpp"), encoding="utf-8").read()
entries = {}
for m in re.finditer(r'\{((?:\s*"(?:[^"\\]|\\.)*")+)\s*,((?:\s*"(?:[^"\\]|\\.)*")+)\s*,((?:\s*"(?:[^"\\]|\\.)*")+)\s*\}',
                     table):
    entries[joined(m.group(1))] = (joined(m.group(2)), joined(m.group(3)))
assert len(entries) > 100, len(entries)

missing = []
# The comparison workbook (comparison_workbook*.cpp) shares the table.
for path in sorted(glob.glob(os.path.join(root, "exports", "workbook*.cpp")) +
                   glob.glob(os.path.join(root, "exports", "comparison_workbook*.cpp"))):
    if os.path.basename(path) == "workbook_labels.cpp":
        continue
    source = open(path, encoding="utf-8").read()
    for m in re.finditer(r'N_\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)', source):
        english = joined(m.group(1))
        fr_ru = entries.get(english)
        if not fr_ru or not all(fr_ru):
            missing.append(f"{os.path.basename(path)}: no French and Russian label for '{english}'")
print("\n".join(missing) if missing else "workbook labels: ok")
sys.exit(1 if missing else 0)
