"""compare, anonymise and merge end to end on the three samples, as a
regional programme would run them: exit codes, the JSON (every statistic
recomputed here independently), the comparison workbook read back with
openpyxl, an anonymised file read as XML, and merges with and without
conflicts."""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import openpyxl

cli, samples, data = sys.argv[1], sys.argv[2], sys.argv[3]
LAO = os.path.join(samples, "lao-pdr-2026-baseline.socle")
TJ26 = os.path.join(samples, "tajikistan-2026-baseline.socle")
TJ28 = os.path.join(samples, "tajikistan-2028-follow-up.socle")


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout[-2000:], result.stderr[-2000:])
    return result


def close(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-9)


def check_statistics(doc):
    """Median, quartiles (QUARTILE.INC = Python's 'inclusive' method) and positions."""
    threshold = doc["position_threshold"]
    assert threshold == 0.25
    n = len(doc["assessments"])
    for row in doc["domains"] + doc["indicators"]:
        assert len(row["levels"]) == n and len(row["positions"]) == n, row["id"]
        levels = [x for x in row["levels"] if x is not None]
        assert row["rated"] == len(levels)
        if not levels:
            assert row["median"] is None and row["q1"] is None and row["q3"] is None
            continue
        if len(levels) == 1:
            q1 = median = q3 = levels[0]
        else:
            q1, median, q3 = statistics.quantiles(levels, n=4, method="inclusive")
        assert close(row["median"], median) and close(row["q1"], q1) and close(row["q3"], q3), row
        for level, position in zip(row["levels"], row["positions"]):
            if level is None:
                assert position is None
            else:
                expected = "above" if level > median + threshold + 1e-9 else \
                    "below" if level < median - threshold - 1e-9 else "at"
                assert position == expected, (row["id"], level, median, position)


def scores_of(path):
    return json.loads(run("score", path, "--format", "json").stdout)


def check_peers(doc):
    assert doc["mode"] == "peers" and doc["framework"]["id"] == "sp-dmf"
    files = [a["file"] for a in doc["assessments"]]
    assert files == [TJ28, LAO, TJ26], files  # the order given
    assert [a["country"] for a in doc["assessments"]] == ["Tajikistan", "Lao PDR", "Tajikistan"]
    for key in ("file", "title", "country", "round", "date", "completeness"):
        assert all(key in a for a in doc["assessments"]), key
    # sp-dmf 1.0.0 has 10 domains and 50 indicators, 2.0.0 (the samples after issue 15) 12 and 64.
    assert (len(doc["domains"]), len(doc["indicators"])) in ((10, 50), (12, 64))
    assert doc["unmatched"] == []
    assert "changes" not in doc
    # Peers carry the caveat: levels of different rooms are not calibrated.
    assert "not calibrated against each other" in doc["caveat"], doc["caveat"]
    # Each level and completeness is the sample's own score.
    for i, path in enumerate(files):
        scores = scores_of(path)
        assert close(doc["assessments"][i]["completeness"], scores["overall"]["completeness"])
        for domain, row in zip(scores["domains"], doc["domains"]):
            assert domain["id"] == row["id"] and close(row["levels"][i], domain["level"]), row["id"]
        for indicator, row in zip(scores["indicators"], doc["indicators"]):
            assert indicator["id"] == row["id"] and row["levels"][i] == indicator["level"], row["id"]
    check_statistics(doc)


def check_rounds(doc):
    assert doc["mode"] == "rounds"
    assert doc["caveat"] is None  # one team's rounds
    dates = [a["date"] for a in doc["assessments"]]
    assert dates == sorted(dates) and dates[-1] == "2028-05-17", dates
    assert len(doc["changes"]) == 2
    for row in doc["domains"] + doc["indicators"]:
        changes = row["changes"]
        assert changes[0] is None
        for i in (1, 2):
            a, b = row["levels"][i - 1], row["levels"][i]
            assert close(changes[i], None if a is None or b is None else b - a), row["id"]
    for change in doc["changes"]:
        f, t = change["from"], change["to"]
        assert t == f + 1
        up = [r["id"] for r in doc["indicators"] if None not in (r["levels"][f], r["levels"][t])
              and r["levels"][t] > r["levels"][f]]
        assert change["moved_up"] == up
        reached = [r["id"] for r in doc["indicators"]
                   if r["levels"][t] is not None and r["levels"][t] >= r["targets"][t]
                   and not (r["levels"][f] is not None and r["levels"][f] >= r["targets"][f])]
        assert change["targets_reached"] == reached
    assert doc["changes"][1]["moved_up"], "the follow-up round shows progress"
    check_statistics(doc)


def check_workbook(path, doc, rounds):
    wb = openpyxl.load_workbook(path)
    expected = ["Overview", "Domains", "Indicators"] + (["Changes"] if rounds else []) + ["Unmatched", "Method"]
    assert wb.sheetnames == expected, wb.sheetnames
    n = len(doc["assessments"])
    overview = wb["Overview"]
    charts = overview._charts
    assert len(charts) == 1 and type(charts[0]).__name__ == "RadarChart"
    assert len(charts[0].series) == n
    assert len(list(overview.conditional_formatting)) >= 1
    caveat = overview.cell(4, 1).value
    assert (caveat is None) if rounds else ("not calibrated against each other" in caveat), caveat
    rows = list(overview.iter_rows(min_row=6, max_row=5 + n, values_only=True))
    for row, a in zip(rows, doc["assessments"]):
        assert row[2] == a["country"] and row[12] == a["file"], row
        assert close(row[9], a["completeness"]), row
    domains = wb["Domains"]
    assert len(list(domains.conditional_formatting)) >= 1
    for r, row in enumerate(doc["domains"], start=2):
        assert domains.cell(r, 1).value == row["id"]
        for i in range(n):
            assert close(domains.cell(r, 3 + i).value, row["levels"][i]), (row["id"], i)
        median = domains.cell(r, 3 + n).value
        assert median.startswith("=MEDIAN("), median  # a live formula over the levels
    cached = openpyxl.load_workbook(path, data_only=True)["Domains"]
    for r, row in enumerate(doc["domains"], start=2):
        assert close(cached.cell(r, 3 + n).value, row["median"]), row["id"]
        assert close(cached.cell(r, 4 + n).value, row["q1"]) and close(cached.cell(r, 5 + n).value, row["q3"])
    indicators = wb["Indicators"]
    assert indicators.max_row == 1 + len(doc["indicators"])
    for r, row in enumerate(doc["indicators"], start=2):
        for i in range(n):
            assert indicators.cell(r, 5 + i).value == row["levels"][i], (row["id"], i)
    if rounds:
        changes = wb["Changes"]
        assert close(changes.cell(2, 3).value, doc["changes"][0]["overall_change"])
        assert changes.cell(2, 4).value == len(doc["changes"][0]["moved_up"])


with tempfile.TemporaryDirectory() as tmp:
    # Usage errors and invalid input.
    run("compare", expect=2)
    run("compare", LAO, TJ26, "--mode", "sideways", expect=2)
    run("compare", LAO, TJ26, "--format", "xml", expect=2)
    run("compare", LAO, expect=1)  # one assessment is no comparison
    run("compare", LAO, os.path.join(tmp, "missing.socle"), expect=1)

    peers = json.loads(run("compare", TJ28, LAO, TJ26, "--format", "json", "-o",
                           os.path.join(tmp, "peers.xlsx")).stdout)
    check_peers(peers)
    check_workbook(os.path.join(tmp, "peers.xlsx"), peers, rounds=False)

    # A folder stands for its .socle files, sorted; rounds are ordered by date.
    folder = os.path.join(tmp, "round")
    os.mkdir(folder)
    for path in (TJ28, LAO, TJ26):
        shutil.copy(path, folder)
    rounds = json.loads(run("compare", folder, "--mode", "rounds", "--format", "json", "-o",
                            os.path.join(tmp, "rounds.xlsx")).stdout)
    check_rounds(rounds)
    check_workbook(os.path.join(tmp, "rounds.xlsx"), rounds, rounds=True)
    table = run("compare", folder, "--mode", "rounds").stdout
    assert "moved up" in table and "Lao PDR" in table, table

    # User text that looks like a formula stays text in the workbook.
    with open(LAO, encoding="utf-8") as f:
        text = f.read()
    tricky = os.path.join(tmp, "tricky.socle")
    with open(tricky, "w", encoding="utf-8") as f:
        f.write(text.replace("<country>Lao PDR</country>", "<country>=HYPERLINK(\"http://x\",\"y\")</country>", 1))
    run("compare", tricky, TJ26, "-o", os.path.join(tmp, "tricky.xlsx"))
    cell = openpyxl.load_workbook(os.path.join(tmp, "tricky.xlsx"))["Overview"].cell(6, 3)
    assert cell.value == "=HYPERLINK(\"http://x\",\"y\")" and cell.data_type == "s", (cell.value, cell.data_type)

    # Anonymise: no personal text is left in the XML; the figures compare equal.
    anon = os.path.join(tmp, "lao-anonymised.socle")
    run("anonymise", LAO, expect=2)
    run("anonymise", LAO, "-o", LAO, expect=2)
    run("anonymise", LAO, "-o", anon)
    original = ET.parse(LAO).getroot()
    personal = [original.findtext("metadata/facilitator")]
    for p in original.iter("participant"):
        personal += [p.text, p.get("role"), '"' + p.get("id") + '"' if len(p.get("id")) > 3 else None]
    for tag in ("evidence", "notes", "rationale", "link"):
        personal += [e.text for e in original.find("responses").iter(tag)]
    personal += [a.text for a in original.find("responses").iter("agreed")]
    personal = [t for t in personal if t and t.strip() and len(t) > 3]
    assert len(personal) > 20, len(personal)
    with open(anon, encoding="utf-8") as f:
        body = f.read().split("<framework-snapshot>")[0]
    for personal_text in personal:
        assert personal_text not in body, personal_text
    root = ET.parse(anon).getroot()
    assert root.get("anonymised") == "true"
    assert root.find("metadata/facilitator") is None
    # An institution stays only when at least 3 participants (the default k) hold it.
    held = {}
    for p in original.iter("participant"):
        if p.get("institution"):
            key = " ".join(p.get("institution").split()).lower()
            held[key] = held.get(key, 0) + 1
    for p in root.iter("participant"):
        assert not (p.text or "").strip() and p.get("role") is None
        institution = p.get("institution")
        assert institution in (None, "Other institutions") or held[" ".join(institution.split()).lower()] >= 3
        assert p.get("anonymous") == "true"
    for tag in ("evidence", "notes", "rationale", "link"):
        assert not list(root.find("responses").iter(tag)), tag
    both = json.loads(run("compare", LAO, anon, "--format", "json").stdout)
    assert both["assessments"][1]["completeness"] == both["assessments"][0]["completeness"]
    for row in both["domains"] + both["indicators"]:
        assert row["levels"][0] == row["levels"][1], row["id"]
    assert both["assessments"][1]["anonymised"] is True

    # Merge: one-sided changes on both sides -> clean, exit 0.
    def variant(name, old, new):
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8") as out:
            out.write(text.replace(old, new, 1))
        return path

    mine = variant("mine.socle", "<round>baseline</round>", "<round>baseline (validated)</round>")
    theirs = variant("theirs.socle", "<country>Lao PDR</country>", "<country>Lao People's Democratic Republic</country>")
    merged = os.path.join(tmp, "merged.socle")
    report = json.loads(run("merge", LAO, mine, theirs, "-o", merged, "--format", "json").stdout)
    assert report["clean"] is True and report["conflicts"] == [] and report["from_mine"] == 1
    assert report["from_theirs"] == 1, report
    meta = ET.parse(merged).getroot().find("metadata")
    assert meta.findtext("round") == "baseline (validated)"
    assert meta.findtext("country") == "Lao People's Democratic Republic"
    run("validate", merged)

    # Conflicting changes: exit 1, listed with their values, MINE kept.
    theirs2 = variant("theirs2.socle", "<round>baseline</round>", "<round>baseline 2026</round>")
    result = run("merge", LAO, mine, theirs2, "-o", merged, "--format", "json", expect=1)
    report = json.loads(result.stdout)
    assert report["clean"] is False
    assert report["conflicts"] == [{"field": "metadata.round", "base": "baseline", "mine": "baseline (validated)",
                                    "theirs": "baseline 2026"}], report["conflicts"]
    assert ET.parse(merged).getroot().find("metadata").findtext("round") == "baseline (validated)"
    table = run("merge", LAO, mine, theirs2, "-o", merged, expect=1).stdout
    assert "metadata.round" in table and "baseline 2026" in table, table
    run("merge", LAO, mine, "-o", merged, expect=2)
    run("merge", LAO, mine, theirs, expect=2)
    run("merge", LAO, mine, os.path.join(tmp, "missing.socle"), "-o", merged, expect=1)

    # Two versions of a framework: matched by id, the rest reported as unmatched.
    v1 = os.path.join(tmp, "v1.socle")
    v2 = os.path.join(tmp, "v2.socle")
    people = os.path.join(data, "worked-example", "participants.csv")
    run("new", "--framework", os.path.join(data, "frameworks", "worked-example.xml"), "-o", v1,
        "--country", "Exampleland", "--date", "2026-01-10", "--participants", people)
    run("import-votes", v1, os.path.join(data, "worked-example", "votes.csv"))
    run("new", "--framework", os.path.join(data, "comparison", "worked-example-v2.xml"), "-o", v2,
        "--country", "Exampleland", "--date", "2027-01-10", "--participants", people)
    versions = json.loads(run("compare", v2, v1, "--mode", "rounds", "--format", "json", "-o",
                              os.path.join(tmp, "versions.xlsx")).stdout)
    assert [a["framework_version"] for a in versions["assessments"]] == ["1.0", "2.0"]
    unmatched = {u["id"]: u for u in versions["unmatched"]}
    assert set(unmatched) == {"A.2", "A.9"}, unmatched
    assert unmatched["A.2"]["present_in"] == [v1] and unmatched["A.9"]["present_in"] == [v2]
    assert unmatched["A.2"]["kind"] == "indicator"
    a1 = next(r for r in versions["indicators"] if r["id"] == "A.1")
    assert a1["matched"] is True and a1["levels"][0] == 3 and a1["levels"][1] is None
    sheet = openpyxl.load_workbook(os.path.join(tmp, "versions.xlsx"))["Unmatched"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"A.2", "A.9"} and rows["A.9"][2] == "Question A.9?", rows
    assert "Exampleland" in rows["A.2"][3]
    # Assessments of different frameworks are not compared.
    other = os.path.join(tmp, "other.socle")
    run("new", "--framework", os.path.join(data, "frameworks", "valid-minimal.xml"), "-o", other)
    result = run("compare", v1, other, expect=1)
    assert "only assessments of one framework" in result.stderr, result.stderr

print("compare, anonymise and merge: all checks passed")
