"""`socle-cli report` with the good-practice library (issue 21): each roadmap
step with cases says "See elsewhere: ..." in its row, and "Annex: cases cited"
gives each case once, numbered, with its country, years, what was done and
every source it cites (title, publisher, year, address). The expected cases
are worked out here on their own, from practices.xml and `socle-cli roadmap
--format json`: for a step from level F to level T, the cases that show its
indicator at a level above F and at most T + 1, nearest level first, then by
id, three at most. `socle-cli roadmap --cases` and the workbook's Roadmap
sheet ("Cases elsewhere", after the timeline) name the same ones. A Lao
report carries the cases' draft Lao summaries; --no-cases leaves it all out."""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import docx
import openpyxl

cli, root = sys.argv[1], sys.argv[2]
sample = os.path.join(root, "samples", "lao-pdr-2026-baseline.socle")
library = ET.parse(os.path.join(root, "frameworks", "builtin", "practices.xml")).getroot()
cases = {case.get("id"): case for case in library.findall("case")}
sources = {source.get("id"): source for source in library.find("sources")}
scratch = tempfile.TemporaryDirectory()
env = dict(os.environ, SOCLE_PRACTICES_DIR=os.path.join(scratch.name, "no-user-cases"))


def run(*args):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


def text(node, element, lang="en"):
    found = node.find("%s[@lang='%s']" % (element, lang))
    return " ".join(found.text.split()) if found is not None else None


def level(case, indicator):
    for link in case.findall("illustrates"):
        if link.get("indicator") == indicator:
            return int(link.get("level"))
    return 0


roadmap = json.loads(run("roadmap", sample, "--format", "json").stdout)
per_step, cited = {}, []
for step in roadmap["steps"]:
    top = max(step["to"], step["from"]) + 1
    found = sorted((level(case, step["indicator"]), case_id) for case_id, case in cases.items()
                   if step["from"] < level(case, step["indicator"]) <= top)
    ids = [case_id for _, case_id in found][:3]
    if ids:
        per_step[step["id"]] = ids
    cited += [case_id for case_id in ids if case_id not in cited]
assert len(cited) >= 3, ("the sample should cite a few cases", per_step)

# socle-cli roadmap --cases names the same cases per step.
with_cases = json.loads(run("roadmap", sample, "--format", "json", "--cases").stdout)
for step in with_cases["steps"]:
    assert [item["id"] for item in step["cases"]] == per_step.get(step["id"], []), step
    for item in step["cases"]:
        assert item["library"] == "socle-practices" and item["title"] == text(cases[item["id"]], "title"), item
table = run("roadmap", sample, "--cases").stdout
# The table lists the steps of the phases (those beyond the horizon by id only).
in_phases = [step["id"] for step in roadmap["steps"] if step["phase"]]
assert table.count("      see elsewhere: ") == sum(len(per_step.get(id, [])) for id in in_phases), table


def annex(document):
    """The paragraphs of "Annex: cases cited" (up to the next Heading 1)."""
    inside, paragraphs = False, []
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 1":
            inside = paragraph.text == heading
            continue
        if inside:
            paragraphs.append(paragraph)
    return paragraphs


def by_case(paragraphs):
    """Annex paragraphs grouped under their Heading 2 (one per case)."""
    groups = []
    for paragraph in paragraphs:
        if paragraph.style.name == "Heading 2":
            groups.append((paragraph.text, []))
        elif groups:
            groups[-1][1].append(paragraph.text)
    return groups


def step_rows(document):
    rows = {}
    for table in document.tables:
        for row in table.rows:
            rows.setdefault(row.cells[0].text, row.cells[1].text)
    return rows


heading = "Annex: cases cited"
out = os.path.join(scratch.name, "report.docx")
run("report", sample, "-o", out, "--lang", "en")
document = docx.Document(out)
h1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
assert h1.count(heading) == 1 and h1.index(heading) > h1.index("Roadmap"), h1
groups = by_case(annex(document))
assert [title for title, _ in groups] == ["%d. %s" % (i + 1, text(cases[c], "title")) for i, c in enumerate(cited)], \
    ([title for title, _ in groups], cited)
for (title, lines), case_id in zip(groups, cited):
    case = cases[case_id]
    body = "\n".join(lines)
    assert "Country: " + text(case, "country-name") in lines, (case_id, lines)
    years = case.get("from") + ("-" + case.get("to") if case.get("to") and case.get("to") != case.get("from")
                                else "" if case.get("to") else "")
    assert any(line.startswith("Years: ") and years in line for line in lines), (case_id, lines)
    assert "What was done: " + text(case, "what") in lines, case_id
    cites = [cite.get("source") for cite in case.findall("cite")]
    for source_id in cites:
        source = sources[source_id]
        for part in ("title", "publisher", "year", "url"):
            value = source.findtext(part)
            if value:
                assert " ".join(value.split()) in body, (case_id, source_id, part)
    assert "Summary" not in body  # English has the full texts: no summary
rows = step_rows(document)
for step in roadmap["steps"]:
    # A step as the board shows it ("D4.2 2 → 3"), never by its id ("D4.2:3").
    assert step["id"] not in rows, step["id"]
    cell = rows["%s %d \u2192 %d" % (step["indicator"], step["from"], step["to"])]
    if step["id"] in per_step:
        assert "See elsewhere: " in cell, (step["id"], cell)
        for number, case_id in ((cited.index(c) + 1, c) for c in per_step[step["id"]]):
            assert "%s (%s, annex case %d)" % (text(cases[case_id], "title"), text(cases[case_id], "country-name"),
                                              number) in cell, (step["id"], cell)
    else:
        assert "See elsewhere" not in cell, (step["id"], cell)

# Lao: the words come from the draft catalog; each case shows its draft Lao summary.
lao_out = os.path.join(scratch.name, "report-lo.docx")
run("report", sample, "-o", lao_out, "--lang", "lo")
lao = docx.Document(lao_out)
lao_text = "\n".join(p.text for p in lao.paragraphs)
for case_id in cited:
    assert text(cases[case_id], "summary", "lo") in lao_text, case_id

# --no-cases: no annex, no "See elsewhere".
bare_out = os.path.join(scratch.name, "bare.docx")
run("report", sample, "-o", bare_out, "--no-cases")
bare = docx.Document(bare_out)
assert heading not in [p.text for p in bare.paragraphs]
assert all("See elsewhere" not in cell for cell in step_rows(bare).values())
# The workbook's Roadmap sheet: "Cases elsewhere" after the 36 month columns.
book_out = os.path.join(scratch.name, "book.xlsx")
run("export", sample, "-o", book_out, "--lang", "en")
sheet = openpyxl.load_workbook(book_out)["Roadmap"]
cases_col = 10 + 36 + 1
assert sheet.cell(1, cases_col).value == "Cases elsewhere", sheet.cell(1, cases_col).value
assert sheet.cell(1, 11).value == 1 and sheet.cell(1, 46).value == 36  # the timeline stays where it was
for row, step in enumerate(roadmap["steps"], start=2):
    assert sheet.cell(row, 1).value == step["id"], (row, step["id"])
    expected = "\n".join("%s: %s (%s)" % (c, text(cases[c], "title"), text(cases[c], "country-name"))
                         for c in per_step.get(step["id"], []))
    assert (sheet.cell(row, cases_col).value or "") == expected, (step["id"], sheet.cell(row, cases_col).value)

print("report cases: ok,", len(cited), "cases cited for", len(per_step), "steps")
