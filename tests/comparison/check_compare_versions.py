"""`socle-cli compare` across framework versions on real files: the Lao PDR
baseline kept on sp-dmf 1.0.0 (tests/data/samples) against the Lao sample on
2.0.0, matched through the built-in crosswalk (kept ids by themselves, a
split id in each of its parts, merged ids in their successor with the lowest
of their levels), what could not be matched listed with the crosswalk's
reason in the table, the JSON and the comparison workbook, and the mix of
scoring methods flagged in both. Expected values come from the crosswalk
file and `socle-cli score` of each file."""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import openpyxl

cli, root = sys.argv[1], sys.argv[2]
OLD = os.path.join(root, "tests", "data", "samples", "lao-pdr-2026-baseline-1.0.socle")
NEW = os.path.join(root, "samples", "lao-pdr-2026-baseline.socle")


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout, result.stderr)
    return result


def levels_of(path):
    scores = json.loads(run("score", path, "--format", "json").stdout)
    return {i["id"]: i["level"] for i in scores["indicators"]}, scores["framework"]["version"]


walk = ET.parse(os.path.join(root, "frameworks", "builtin", "sp-dmf-1.0.0-to-2.0.0.xml")).getroot()
old_levels, old_version = levels_of(OLD)
new_levels, new_version = levels_of(NEW)
assert (old_version, new_version) == ("1.0.0", "2.0.0")

expected, moved, new_ids = {}, [], set()
for entry in walk:
    if entry.tag in ("kept", "revised"):
        expected[entry.get("id")] = old_levels[entry.get("id")]
    elif entry.tag == "split":
        for part in entry.get("into").split():
            expected[part] = old_levels[entry.get("id")]
            moved.append((part, "split", [entry.get("id")]))
    elif entry.tag == "merged":
        rated = [old_levels[i] for i in entry.get("ids").split() if old_levels[i] is not None]
        expected[entry.get("into")] = min(rated) if rated else None
        moved.append((entry.get("into"), "merged", entry.get("ids").split()))
    elif entry.tag == "new":
        new_ids.add(entry.get("id"))
assert moved and new_ids

with tempfile.TemporaryDirectory() as tmp:
    xlsx = os.path.join(tmp, "versions.xlsx")
    # Both files are dated 2026-03-18: peers keep the order given.
    doc = json.loads(run("compare", OLD, NEW, "--format", "json", "-o", xlsx).stdout)
    assert [a["framework_version"] for a in doc["assessments"]] == ["1.0.0", "2.0.0"], doc["assessments"]
    assert doc["mixed_methods"] is True and [a["method"] for a in doc["assessments"]] == [1, 2]
    assert doc["crosswalks"] == [{"framework": "sp-dmf", "from": "1.0.0", "to": "2.0.0"}], doc["crosswalks"]
    assert [(m["id"], m["kind"], m["old_ids"]) for m in doc["crosswalked"]] == moved, doc["crosswalked"]

    rows = {r["id"]: r for r in doc["indicators"]}
    # Rows are the 2.0.0 indicators in their order: merged-away ids are gone.
    assert [r["id"] for r in doc["indicators"]] == list(new_levels), [r["id"] for r in doc["indicators"]]
    for indicator_id, level in expected.items():
        assert rows[indicator_id]["levels"] == [level, new_levels[indicator_id]], (indicator_id, rows[indicator_id])
        assert rows[indicator_id]["matched"] is True, indicator_id
    unmatched = {u["id"]: u for u in doc["unmatched"] if u["kind"] == "indicator"}
    assert set(unmatched) == new_ids, set(unmatched) ^ new_ids
    for u in unmatched.values():
        assert u["crosswalk"] == "new" and u["present_in"] == [NEW], u
    for u in doc["unmatched"]:
        assert u["kind"] == "indicator" or u["crosswalk"] is None, u

    # As rounds, with the 1.0 file a year earlier: the changes read through the crosswalk.
    earlier = os.path.join(tmp, "lao-2025.socle")
    with open(OLD, encoding="utf-8") as f:
        text = f.read()
    with open(earlier, "w", encoding="utf-8") as f:
        f.write(text.replace("<start-date>2026-03-18</start-date>", "<start-date>2025-03-18</start-date>", 1))
    rounds = json.loads(run("compare", NEW, earlier, "--mode", "rounds", "--format", "json").stdout)
    assert [a["framework_version"] for a in rounds["assessments"]] == ["1.0.0", "2.0.0"]
    changed = {r["id"]: r["changes"][1] for r in rounds["indicators"]}
    for indicator_id, level in expected.items():
        now = new_levels[indicator_id]
        assert changed[indicator_id] == (None if level is None or now is None else now - level), indicator_id
    table = run("compare", NEW, earlier, "--mode", "rounds").stdout
    assert "different scoring methods" in table and "Crosswalk: sp-dmf 1.0.0 -> 2.0.0" in table, table[:800]
    part, kind, olds = moved[0]
    assert "  %s <- %s (%s, 1.0.0 -> 2.0.0)" % (part, " ".join(olds), kind) in table, table
    some_new = sorted(new_ids)[0]
    assert any(line.startswith("  " + some_new + " in [2] (new)") for line in table.splitlines()), table

    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Overview", "Domains", "Indicators", "Unmatched", "Crosswalk", "Method"]
    caveats = book["Overview"].cell(4, 1).value
    assert "not calibrated against each other" in caveats and "different scoring methods" in caveats, caveats
    sheet = book["Unmatched"]
    assert sheet.cell(1, 5).value == "Crosswalk"
    marks = {r[0]: r[4] for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == "indicator"}
    assert marks == {i: "new" for i in new_ids}, marks
    crosswalk = book["Crosswalk"]
    assert "1.0.0 -> 2.0.0" in crosswalk.cell(1, 1).value
    listed = [(r[0], r[2], r[3].split()) for r in crosswalk.iter_rows(min_row=3, values_only=True)]
    assert listed == moved, listed
    indicators = book["Indicators"]
    for r in range(2, indicators.max_row + 1):
        indicator_id = indicators.cell(r, 1).value
        if indicator_id in expected:
            assert indicators.cell(r, 5).value == expected[indicator_id], indicator_id

    # Comparing 2.0.0 files only: no crosswalk, no note, no extra sheet.
    same = os.path.join(tmp, "same.xlsx")
    tj = os.path.join(root, "samples", "tajikistan-2026-baseline.socle")
    plain = json.loads(run("compare", NEW, tj, "--format", "json", "-o", same).stdout)
    assert plain["crosswalks"] == [] and plain["crosswalked"] == [] and plain["mixed_methods"] is False
    assert "Crosswalk" not in openpyxl.load_workbook(same).sheetnames

print("compare across versions: all checks passed")
