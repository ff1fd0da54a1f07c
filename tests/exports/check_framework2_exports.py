"""Framework 2.0 in the exports and the CLI, end to end on the built-in sp-dmf
2.0.0: `socle-cli new --core-schemes/--core-systems` records the team's core
lists, `socle-cli show` prints them with each indicator's rule and mappings,
the workbook (read back with openpyxl) states the general rating rule and the
core lists on the Summary, gives every indicator row its rating rule and the
lists it is rated against, and holds a Sources sheet (bibliography and one
row per mapping), and the Word report (python-docx) states each indicator's
rule and mappings and ends with a sources annex. Expected values come from
frameworks/builtin/sp-dmf.xml itself."""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import docx
import openpyxl

cli, root = sys.argv[1], sys.argv[2]
SCHEMES = ["Old-age pension", "Child grant"]
SYSTEMS = ["Social registry", "Payroll"]


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout, result.stderr)
    return result


def english(element, tag):
    for child in element.findall(tag):
        if child.get("lang") == "en":
            return " ".join(child.text.split())
    return ""


framework = ET.parse(os.path.join(root, "frameworks", "builtin", "sp-dmf.xml")).getroot()
assert framework.get("format") == "2" and framework.get("version") == "2.0.0"
general_rule = english(framework, "rating-rule")
sources = {s.get("id"): s for s in framework.find("sources")}
indicators = [i for d in framework.findall("domain") for i in d.findall("indicator")]
mappings = [(i.get("id"), m) for i in indicators for m in i.findall("maps-to")]
assert general_rule and sources and len(mappings) > 60, (len(sources), len(mappings))
own_rule = {i.get("id"): english(i, "rule") for i in indicators}
core = {i.get("id"): (i.get("core") or "").split() for i in indicators}
assert any(own_rule.values()) and any(core.values())

with tempfile.TemporaryDirectory() as tmp:
    socle = os.path.join(tmp, "core.socle")
    run("new", "--framework", "sp-dmf", "-o", socle, "--title", "Core lists",
        "--core-schemes", " ; ".join(SCHEMES) + ";;", "--core-systems", SYSTEMS[0] + ";" + SYSTEMS[1])
    saved = ET.parse(socle).getroot().find("core")
    assert [e.text for e in saved.findall("scheme")] == SCHEMES, ET.tostring(saved)
    assert [e.text for e in saved.findall("system")] == SYSTEMS

    # show: the assessment's lists, then its framework with rules and mappings.
    shown = run("show", socle).stdout
    assert "Core schemes: " + "; ".join(SCHEMES) in shown and "Core systems: " + "; ".join(SYSTEMS) in shown, shown[:400]
    assert "Rating rule: " + general_rule in shown
    d11 = shown[shown.index("\nD1.1 "):shown.index("\nD1.2 ")]
    assert "Rated against the core schemes (" + "; ".join(SCHEMES) + ")" in d11, d11
    assert "Stands beside " + sources["ilo-r202"].findtext("title") in shown
    with_rule = next(i for i, rule in own_rule.items() if rule)
    assert "  Rule: " + own_rule[with_rule] in shown
    plain = run("show", "sp-dmf").stdout
    assert "Rating rule: " in plain and "\nSources\n" in plain and "[ilo-c102] " in plain
    assert "Rated against the core schemes\n" in plain  # no assessment: no names

    # Workbook.
    xlsx = os.path.join(tmp, "core.xlsx")
    run("export", socle, "-o", xlsx)
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames[-2:] == ["Sources", "Glossary"], book.sheetnames
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(max_col=2, values_only=True) if row[0]}
    assert summary["Core schemes"] == "; ".join(SCHEMES) and summary["Core systems"] == "; ".join(SYSTEMS)
    assert summary["Rating rule"] == general_rule
    sheet = book["Indicators"]
    header = [c.value for c in sheet[1]]
    rule_col, core_col = header.index("Rating rule"), header.index("Rated against")
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == set(own_rule), set(rows) ^ set(own_rule)
    for indicator_id, row in rows.items():
        assert row[rule_col] == (own_rule[indicator_id] or general_rule), indicator_id
        lists = core[indicator_id]
        expected = ([("Core schemes: " + "; ".join(SCHEMES))] if "schemes" in lists else []) + \
                   ([("Core systems: " + "; ".join(SYSTEMS))] if "systems" in lists else [])
        assert (row[core_col] or "") == "\n".join(expected), (indicator_id, row[core_col])

    cells = list(book["Sources"].iter_rows(values_only=True))
    first = next(n for n, row in enumerate(cells) if row[0] == "ID") + 1
    bibliography = []
    for row in cells[first:]:
        if not row[0]:
            break
        bibliography.append(row)
    assert [row[0] for row in bibliography] == list(sources), bibliography
    for row in bibliography:
        s = sources[row[0]]
        assert row[1] == s.findtext("title") and (row[2] or "") == (s.findtext("publisher") or "")
        assert (row[3] or "") == (s.findtext("year") or "") and (row[4] or "") == (s.findtext("edition") or "")
    start = next(n for n, row in enumerate(cells) if row[0] == "Indicator") + 1
    mapped = [row for row in cells[start:] if row[0]]
    assert len(mapped) == len(mappings), (len(mapped), len(mappings))
    for row, (indicator_id, m) in zip(mapped, mappings):
        assert row[0] == indicator_id and row[2] == sources[m.get("source")].findtext("title"), row
        assert (row[3] or "") == (m.get("ref") or "") and row[4] == m.get("relation"), row
        assert row[5] == english(m, "why"), row

    # The same in French: labels and relations translated.
    fr = os.path.join(tmp, "core-fr.xlsx")
    run("export", socle, "-o", fr, "--lang", "fr")
    book = openpyxl.load_workbook(fr)
    header = [c.value for c in book[book.sheetnames[2]][1]]
    assert "Règle de notation" in header and "Rating rule" not in header and "Rated against" not in header, header
    relations = {row[4] for row in book[book.sheetnames[-2]].iter_rows(values_only=True) if row[0] in own_rule}
    assert relations and not relations & {"subset", "superset", "intersect"}, relations

    # Report.
    report = os.path.join(tmp, "core.docx")
    run("report", socle, "-o", report)
    document = docx.Document(report)
    paragraphs = [p.text for p in document.paragraphs]
    assert sum(p == "Rating rule: " + (own_rule[i] or general_rule) for i in own_rule for p in paragraphs) >= len(own_rule)
    d13 = paragraphs.index(next(p for p in paragraphs if p.startswith("D1.3 ")))
    section = paragraphs[d13:d13 + 12]
    assert "Rated against: Core schemes: " + "; ".join(SCHEMES) + "; Core systems: " + "; ".join(SYSTEMS) in section, section
    beside = next(p for p in section if p.startswith("Stands beside: "))
    for m in framework.find(".//indicator[@id='D1.3']").findall("maps-to"):
        part = sources[m.get("source")].findtext("title") + (", " + m.get("ref") if m.get("ref") else "")
        assert part + " (" + m.get("relation") + ")" in beside, (part, beside)
    annex = len(paragraphs) - 1 - paragraphs[::-1].index("Annex: sources")  # the heading, after the contents
    assert annex > d13 and paragraphs[annex + 1].startswith("The instruments"), paragraphs[annex:annex + 2]
    titles = [row.cells[0].text for table in document.tables for row in table.rows]
    assert all(s.findtext("title") in titles for s in sources.values()), titles

    # Usage: a profile or list option of new is still checked as before.
    run("new", "--framework", "sp-dmf", "-o", os.path.join(tmp, "x.socle"), "--core-schemes", expect=2)

print("framework 2 exports: all checks passed")
