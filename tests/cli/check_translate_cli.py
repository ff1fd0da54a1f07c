#!/usr/bin/env python3
"""The translators' round trip through socle-cli, on the built-in sp-dmf:
export to PO, change a Lao string as a translator would, import, and see it
in `show --lang lo`; a Latin-only Lao text is refused at its PO line and
nothing is written. Usage: check_translate_cli.py SOCLE_CLI SOURCE_DIR"""
import pathlib
import re
import subprocess
import sys
import tempfile

cli, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
framework = source_dir / "frameworks" / "builtin" / "sp-dmf.xml"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(*args):
    return subprocess.run([cli, *map(str, args)], capture_output=True, text=True, encoding="utf-8")


def set_msgstr(lines, key, text):
    """Sets the msgstr of the entry whose msgctxt is key; returns its 1-based msgstr line."""
    at = lines.index('msgctxt "%s"' % key)
    for i in range(at, at + 4):
        if lines[i].startswith("msgstr "):
            lines[i] = 'msgstr "%s"' % text
            return i + 1
    raise AssertionError("no msgstr after " + key)


with tempfile.TemporaryDirectory() as folder:
    folder = pathlib.Path(folder)
    po = folder / "sp-dmf.lo.po"
    # From the file the import merges into (the built-in id would give the copy compiled in).
    exported = run("translate", "export", framework, "--lang", "lo", "-o", po)
    check(exported.returncode == 0, "export failed: " + exported.stderr)
    builtin = run("translate", "export", "sp-dmf", "--lang", "tg")
    check(builtin.returncode == 0 and 'msgctxt "title"' in builtin.stdout and '"Language: tg\\n"' in builtin.stdout,
          "export of the built-in sp-dmf to stdout failed: " + builtin.stderr)
    lines = po.read_text(encoding="utf-8").split("\n")
    check('"Language: lo\\n"' in lines, "the PO header does not name the language")
    check(sum(1 for line in lines if line.startswith("msgctxt ")) > 600, "fewer than 600 texts exported")

    key = "domain[D1]/indicator[D1.1]/descriptor[2]"
    new_text = "ຂໍ້ຄວາມທົດລອງ ສຳລັບ ລະດັບ 2 ຂອງ D1.1"
    english = lines[lines.index('msgctxt "%s"' % key) + 1]
    # Keep the numbers of the English so that only the script matters here.
    numbers = re.findall(r"\d+(?:\.\d+)*", english)
    new_text = " ".join([new_text] + numbers)
    set_msgstr(lines, key, new_text)
    at = lines.index('msgctxt "%s"' % key)
    lines[at:at] = ["# status: reviewed", "# reviewer: Test Reviewer"]
    po.write_text("\n".join(lines), encoding="utf-8")

    merged = folder / "sp-dmf.new.xml"
    imported = run("translate", "import", framework, po, "-o", merged)
    check(imported.returncode == 0, "import failed: " + imported.stdout + imported.stderr)
    check("lo: " in imported.stdout and " reviewed" in imported.stdout, "no coverage line: " + imported.stdout)
    if merged.exists():
        before = framework.read_text(encoding="utf-8").split("\n")
        after = merged.read_text(encoding="utf-8").split("\n")
        changed = [line for line in after if line not in before]
        check(len(changed) == 1 and 'status="reviewed" reviewer="Test Reviewer"' in changed[0]
              and changed[0].strip().startswith('<descriptor level="2" lang="lo"'),
              "not exactly one line changed: %r" % changed[:3])
        check(len(after) - len(before) in (0, 1), "the layout changed: %d -> %d lines" % (len(before), len(after)))
        shown = run("show", merged, "--lang", "lo")
        check(shown.returncode == 0, "show failed: " + shown.stderr)
        check(new_text in shown.stdout, "show --lang lo does not show the imported text")

    # English left in a Lao field: refused at the msgstr's entry, nothing written.
    lines = po.read_text(encoding="utf-8").split("\n")
    bad_key = "domain[D2]/indicator[D2.1]/question"
    set_msgstr(lines, bad_key, "Is there a social registry?")
    po.write_text("\n".join(lines), encoding="utf-8")
    entry_line = lines.index('msgctxt "%s"' % bad_key)
    while entry_line > 0 and lines[entry_line - 1].strip():
        entry_line -= 1
    refused = folder / "refused.xml"
    result = run("translate", "import", framework, po, "-o", refused)
    check(result.returncode == 1, "a Latin-only Lao text was accepted")
    check("%s:%d:1: error:" % (po, entry_line + 1) in result.stderr,
          "the error is not at the entry's line %d: %s" % (entry_line + 1, result.stderr[:400]))
    check(not refused.exists(), "a file was written despite errors")

for failure in failures:
    print("FAIL:", failure)
print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
