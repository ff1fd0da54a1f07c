"""socle-cli with folders, file names and titles in Cyrillic, Lao and French
(with spaces): new, import-votes, score, export (workbook and CSV), systems
(DOT), compare and anonymise. CTest runs it under C.UTF-8 and under a
ru_RU.UTF-8 built for the run: no conversion may depend on the locale.
Usage: check_unicode_paths.py SOCLE_CLI SOURCE_DIR"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

cli, source = sys.argv[1], sys.argv[2]
SCRIPTS = [
    ("Рабочий стол/Оценка", "Экспресс-оценка цифровой зрелости, 2026"),
    ("ເອກະສານ/ການປະເມີນ", "ການປະເມີນລະບົບປະກັນສັງຄົມ 2026"),
    ("Mes documents/Évaluation été", "Évaluation rapide, Sénégal 2026"),
]


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, check=False)
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")  # never invalid UTF-8
    assert result.returncode == expect, (args, result.returncode, out, err)
    return out, err


with tempfile.TemporaryDirectory() as tmp:
    copies = []
    for folder, title in SCRIPTS:
        where = os.path.join(tmp, folder)
        os.makedirs(where)
        # A new assessment with the title as its file name, then a sample copied beside it.
        fresh = os.path.join(where, title + ".socle")
        run("new", "--framework", "sp-quick-scan", "-o", fresh, "--title", title, "--country", title)
        shutil.copy(os.path.join(source, "samples", "tajikistan-2026-baseline.socle"), os.path.join(where, "копия.socle"))
        sample = os.path.join(where, "копия.socle")
        copies.append(sample)

        participants = os.path.join(where, "участники ລາວ.csv")
        with open(participants, "w", encoding="utf-8") as f:
            f.write("id,name,institution\np1,Зарина Рахимова,Министерство\np2,ສົມພອນ,ກະຊວງ\n")
        people = os.path.join(where, title + " people.socle")
        run("new", "--framework", "sp-quick-scan", "-o", people, "--title", title, "--participants", participants)

        out, _ = run("score", sample, "--format", "json")
        assert json.loads(out)["indicators"], "score gave no indicators"

        book = os.path.join(where, title + ".xlsx")
        run("export", sample, "-o", book, "--lang", "en")  # the sample's session is in Russian
        wb = openpyxl.load_workbook(book)
        assert "Summary" in wb.sheetnames

        run("export", people, "-o", os.path.join(where, title + " people.xlsx"))
        wb = openpyxl.load_workbook(os.path.join(where, title + " people.xlsx"))
        assert wb.properties.title == title, wb.properties.title
        names = [c.value for row in wb["Participants"].iter_rows() for c in row if isinstance(c.value, str)]
        assert "Зарина Рахимова" in names and "ສົມພອນ" in names, names

        tables = os.path.join(where, title + " csv")
        run("export", sample, "--csv", tables)
        with open(os.path.join(tables, "systems.csv"), encoding="utf-8") as f:
            assert f.read().count("\n") > 3

        dot = os.path.join(where, "карта ແຜນທີ່.dot")
        run("systems", sample, "--dot", dot)
        with open(dot, encoding="utf-8") as f:
            assert f.read().startswith("digraph")

        # A folder where a file is expected: exit 1 and a message that says so (never a crash).
        _, err = run("score", where, expect=1)
        assert "this is a folder" in err, err
        _, err = run("import-votes", sample, where, expect=1)
        assert "this is a folder" in err, err

        shared = os.path.join(where, title + " anonymous.socle")
        run("anonymise", sample, "-o", shared)
        assert os.path.getsize(shared) > 1000

    out, _ = run("compare", *copies, "--format", "json")
    assert json.loads(out), "compare gave nothing"
print("ok: socle-cli with Cyrillic, Lao and French paths and titles under", os.environ.get("LC_ALL", "the default locale"))
