#!/usr/bin/env python3
"""The translators' workbook round trip through socle-cli, on sp-dmf: export
with --format xlsx, read it with openpyxl (sheets, columns, frozen header,
status list), change a Lao text as a ministry translator would in a
spreadsheet, import, and see it in `show --lang lo`; the same workbook saved
by LibreOffice Calc merges the same; a Latin-only Lao text is
refused at its sheet and cell with nothing written; a damaged workbook gives
a clear error. Usage: check_translate_xlsx_cli.py SOCLE_CLI SOURCE_DIR"""
import pathlib
import re
import subprocess
import sys
import tempfile

import openpyxl

cli, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
framework = source_dir / "frameworks" / "builtin" / "sp-dmf.xml"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(*args):
    return subprocess.run([cli, *map(str, args)], capture_output=True, text=True, encoding="utf-8")


def row_of(ws, key):
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 1).value == key:
            return row
    raise AssertionError("no row for " + key + " in sheet " + ws.title)


with tempfile.TemporaryDirectory() as folder:
    folder = pathlib.Path(folder)
    xlsx = folder / "sp-dmf.lo.xlsx"
    exported = run("translate", "export", framework, "--lang", "lo", "--format", "xlsx", "-o", xlsx)
    check(exported.returncode == 0, "export failed: " + exported.stderr)
    check("with the glossary" in exported.stdout, "no summary line: " + exported.stdout)
    no_output = run("translate", "export", framework, "--lang", "lo", "--format", "xlsx")
    check(no_output.returncode == 2, "an xlsx export without -o was not a usage error")

    book = openpyxl.load_workbook(xlsx)
    names = book.sheetnames
    # Read me (in Lao), the framework's own texts, D1..D8 by id, the glossary.
    check(names[0] == "ອ່ານກ່ອນ" and names[1] == "ກອບການປະເມີນ", "first sheets: %r" % names[:2])
    check(names[-1] == "ປະມວນຄຳສັບ", "last sheet: %r" % names[-1])
    domain_sheets = [n for n in names if re.fullmatch(r"D\d+", n)]
    check(len(domain_sheets) >= 6 and domain_sheets[0] == "D1", "domain sheets: %r" % domain_sheets)
    check(book[names[0]]["B5"].value == "lo", "the language cell B5 is %r" % book[names[0]]["B5"].value)
    ws = book["D1"]
    check([ws.cell(1, c).value for c in range(1, 8)] ==
          ["ກະແຈ", "ລະຫັດ", "ພາສາອັງກິດ", "ຂໍ້ຄວາມປັດຈຸບັນ", "ສະຖານະ", "ຜູ້ກວດທານ", "ຄຳເຫັນຂອງຜູ້ກວດທານ"],
          "D1 header: %r" % [ws.cell(1, c).value for c in range(1, 8)])
    check(ws.freeze_panes == "C2", "D1 freeze panes: %r" % ws.freeze_panes)
    check(ws.column_dimensions["A"].width < ws.column_dimensions["C"].width, "the key column is not narrow")
    check(ws["D2"].alignment.wrap_text, "the current text does not wrap")
    validations = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    check(validations and "draft,reviewed,approved" in (validations[0].formula1 or ""),
          "no status list on D1: %r" % [v.formula1 for v in validations])
    check(row_of(book[names[1]], "title") >= 2, "the title is not on the framework sheet")
    english_count = sum(1 for n in names[1:-1] for r in range(2, book[n].max_row + 1) if book[n].cell(r, 3).value)
    check(english_count > 600, "fewer than 600 texts: %d" % english_count)

    # Untouched, the workbook merges back into the very same bytes.
    same = folder / "same.xml"
    untouched = run("translate", "import", framework, xlsx, "-o", same)
    check(untouched.returncode == 0 and " 0 changed" in untouched.stdout,
          "the untouched workbook did not import cleanly: " + untouched.stdout + untouched.stderr)
    check(same.exists() and same.read_bytes() == framework.read_bytes(), "the untouched workbook changed the file")

    # A translator rewrites one Lao descriptor and reviews it.
    key = "domain[D1]/indicator[D1.1]/descriptor[2]"
    row = row_of(ws, key)
    english = ws.cell(row, 3).value
    numbers = re.findall(r"\d+(?:\.\d+)*", english)
    new_text = " ".join(["ຂໍ້ຄວາມທົດລອງ ຈາກ ປຶ້ມວຽກ ສຳລັບ D1.1"] + numbers)
    ws.cell(row, 4).value = new_text
    ws.cell(row, 5).value = "reviewed"
    ws.cell(row, 6).value = "Test Reviewer"
    edited = folder / "edited.xlsx"
    book.save(edited)

    merged = folder / "sp-dmf.new.xml"
    imported = run("translate", "import", framework, edited, "-o", merged)
    check(imported.returncode == 0, "import failed: " + imported.stdout + imported.stderr)
    check("lo: " in imported.stdout and " reviewed" in imported.stdout, "no coverage line: " + imported.stdout)
    if merged.exists():
        before = framework.read_text(encoding="utf-8").split("\n")
        after = merged.read_text(encoding="utf-8").split("\n")
        changed = [line for line in after if line not in before]
        check(len(changed) == 1 and 'status="reviewed" reviewer="Test Reviewer"' in changed[0],
              "not exactly one line changed: %r" % changed[:3])
        shown = run("show", merged, "--lang", "lo")
        check(shown.returncode == 0, "show failed: " + shown.stderr)
        check(new_text in shown.stdout, "show --lang lo does not show the imported text")

    # The same workbook saved again by LibreOffice Calc (its own zip and XML
    # layout, as a translator's spreadsheet writes it) imports the same way.
    converted = folder / "libreoffice"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/profile" % folder, "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", converted, edited], capture_output=True, timeout=300)
    resaved = converted / edited.name
    check(resaved.exists(), "LibreOffice Calc (libreoffice-calc-nogui) did not save the workbook")
    if resaved.exists():
        merged_again = folder / "sp-dmf.libreoffice.xml"
        imported = run("translate", "import", framework, resaved, "-o", merged_again)
        check(imported.returncode == 0, "import of the LibreOffice workbook failed: " + imported.stderr[:400])
        check(merged_again.exists() and merged.exists() and merged_again.read_bytes() == merged.read_bytes(),
              "the LibreOffice workbook does not merge to the same file")

    # English left in a Lao cell: refused at its sheet and cell, nothing written.
    book = openpyxl.load_workbook(edited)
    ws = book["D2"]
    bad_row = row_of(ws, "domain[D2]/indicator[D2.1]/question")
    ws.cell(bad_row, 4).value = "Is there a social registry?"
    bad = folder / "bad.xlsx"
    book.save(bad)
    refused = folder / "refused.xml"
    result = run("translate", "import", framework, bad, "-o", refused)
    check(result.returncode == 1, "a Latin-only Lao text was accepted")
    check("%s, sheet D2, cell D%d: error:" % (bad, bad_row) in result.stderr,
          "the error does not name sheet D2, cell D%d: %s" % (bad_row, result.stderr[:400]))
    check(not refused.exists(), "a file was written despite errors")

    # A damaged workbook (cut short in transfer): one clear error, exit 1.
    damaged = folder / "damaged.xlsx"
    damaged.write_bytes(xlsx.read_bytes()[:5000])
    result = run("translate", "import", framework, damaged, "-o", refused)
    check(result.returncode == 1, "a damaged workbook did not exit 1: %d" % result.returncode)
    check(result.stderr.startswith("%s: error: this is not a workbook Socle can read" % damaged),
          "unclear error for a damaged workbook: " + result.stderr[:300])
    check(not refused.exists(), "a file was written from a damaged workbook")

for failure in failures:
    print("FAIL:", failure)
print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
