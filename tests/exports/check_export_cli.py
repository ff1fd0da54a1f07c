"""`socle-cli export` end to end on the three samples, as a facilitator would
run it: the workbook's figures (formulas' cached values) against
`socle-cli score --format json`, its Roadmap sheet against `socle-cli roadmap
--format json` (every step after the steps it waits for), `--lang`, the CSV
tables of `--csv` (UTF-8, a header row, one tidy table each, the same
numbers), and the exit codes of every way it can go wrong."""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

cli, root = sys.argv[1], sys.argv[2]
SAMPLES = ["lao-pdr-2026-baseline", "tajikistan-2026-baseline", "tajikistan-2028-follow-up"]


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout, result.stderr)
    return result


def close(a, b):
    if a is None or a == "":
        return b is None or b == ""
    return b is not None and abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))


def check_workbook(path, scores, plan):
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    assert formulas.sheetnames[:5] == ["Summary", "Domains", "Indicators", "Gaps", "Roadmap"], formulas.sheetnames
    domains = values["Domains"]
    for i, d in enumerate(scores["domains"]):
        row = i + 2
        assert domains.cell(row, 1).value == d["id"]
        assert formulas["Domains"].cell(row, 4).value.startswith("=IFERROR(SUMPRODUCT("), row
        for col, key in ((4, "level"), (5, "stage"), (6, "index"), (7, "target_level"), (8, "weakest"),
                         (10, "completeness"), (11, "rated"), (12, "applicable")):
            assert close(domains.cell(row, col).value, d[key]), (d["id"], key, domains.cell(row, col).value, d[key])
    summary = values["Summary"]
    labels = {summary.cell(r, 1).value: r for r in range(summary.max_row, 0, -1)}  # first occurrence wins
    overall = scores["overall"]
    for label, key in (("Level", "level"), ("Stage", "stage"), ("Index (mean level on a 0-100 scale, not a percentage)", "index"),
                       ("Completeness", "completeness"), ("Rated indicators", "rated"),
                       ("Applicable indicators", "applicable")):
        row = labels[label] if label not in ("Level", "Stage") else labels["Overall"] + (1 if label == "Level" else 2)
        assert summary.cell(row, 1).value == label, (label, row)
        assert formulas["Summary"].cell(row, 2).data_type == "f", label
        assert close(summary.cell(row, 2).value, overall[key]), (label, summary.cell(row, 2).value, overall[key])
    # The headline: the level profile, above the means, read back against
    # score --format json (counts, and the flags beside each level).
    profile = scores["level_profile"]["overall"]
    head = labels["Level profile"]
    assert head < labels["Overall"], (head, labels["Overall"])
    for level, count in enumerate(profile["levels"], start=1):
        row = next(r for r in range(head, summary.max_row + 1) if summary.cell(r, 1).value == f"Level {level}")
        assert formulas["Summary"].cell(row, 3).value.startswith("=COUNTIF("), row
        assert summary.cell(row, 3).value == count, (level, summary.cell(row, 3).value, count)
        assert summary.cell(row, 4).value == profile["low_confidence"][level - 1], level
        assert summary.cell(row, 5).value == profile["undocumented"][level - 1], level
    rated = sum(profile["levels"])
    not_rated = profile["not_applicable"] + profile["unknown"] + profile["not_relevant"] + profile["unanswered"]
    assert summary.cell(labels["Not rated"], 3).value == not_rated
    assert summary.cell(labels["All indicators"], 3).value == rated + not_rated
    indicators = values["Indicators"]
    for i, ind in enumerate(scores["indicators"]):
        row = i + 2
        assert indicators.cell(row, 1).value == ind["id"]
        assert indicators.cell(row, 7).value == ind["level"], (ind["id"], indicators.cell(row, 7).value)
        assert indicators.cell(row, 8).value == ind["target"]
        assert close(indicators.cell(row, 9).value, ind["gap"]), ind["id"]
        assert indicators.cell(row, 10).value == ind["spread"]
    roadmap = values["Roadmap"]
    rows = {}
    for i, step in enumerate(plan["steps"]):
        row = i + 2
        assert roadmap.cell(row, 1).value == step["id"], (row, step["id"])
        assert roadmap.cell(row, 2).value == (step["phase"] or "Beyond horizon")
        assert roadmap.cell(row, 6).value == step["effort"]
        assert (roadmap.cell(row, 5).value or "") == step["owner"]
        assert roadmap.cell(row, 8).value == step["action"]
        for before in step["after"]:
            assert before in rows, (step["id"], "listed before", before)
        rows[step["id"]] = row
    load_row = next(r for r in range(1, roadmap.max_row + 1) if roadmap.cell(r, 1).value == "Load per phase")
    for i, phase in enumerate(plan["phases"]):
        row = load_row + 2 + i
        assert roadmap.cell(row, 1).value == phase["id"]
        assert close(roadmap.cell(row, 6).value, phase["load"]), (phase, roadmap.cell(row, 6).value)
    assert {c.tagname for c in formulas["Summary"]._charts} == {"radarChart", "barChart"}


def check_csv(folder, scores, plan):
    tables = {}
    for name in ("indicators", "domains", "roadmap", "systems", "flows"):
        with open(os.path.join(folder, name + ".csv"), "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")  # strict: fails on anything but UTF-8
        # The byte-order mark that Excel on Windows needs to read UTF-8.
        assert text.startswith("\ufeff"), name
        text = text[1:]
        table = list(csv.reader(io.StringIO(text)))
        header = table[0]
        assert len(set(header)) == len(header) and all(header), (name, header)
        assert all(len(r) == len(header) for r in table[1:]), name
        tables[name] = [dict(zip(header, r)) for r in table[1:]]
    assert [r["indicator"] for r in tables["indicators"]] == [i["id"] for i in scores["indicators"]]
    for row, d in zip(tables["domains"], scores["domains"]):
        assert row["domain"] == d["id"], (row, d)
        if d["level"] is None:
            assert row["level"] == "", row
        else:
            assert abs(float(row["level"]) - d["level"]) < 1e-4, (row, d)  # four decimals in the CSV
    assert [r["step"] for r in tables["roadmap"]] == [s["id"] for s in plan["steps"]]
    assert [r["phase"] for r in tables["roadmap"]] == [s["phase"] or "beyond" for s in plan["steps"]]
    return tables


def check_roadmap_outputs(socle, plan):
    """`socle-cli roadmap`: the JSON keys, every step after what it waits
    for (an earlier phase, or earlier in the same one), the CSV and the table."""
    order = [p["id"] for p in plan["phases"]]
    for phase in plan["phases"]:
        assert set(phase) >= {"id", "name", "start_month", "end_month", "capacity", "load"}, phase
        assert phase["load"] <= phase["capacity"] + 1e-9, phase
    rank = {s["id"]: (order.index(s["phase"]) if s["phase"] else len(order), i) for i, s in enumerate(plan["steps"])}
    for step in plan["steps"]:
        assert set(step) >= {"id", "indicator", "domain", "from", "to", "phase", "effort", "owner", "after",
                             "action"}, step
        assert step["to"] == step["from"] + 1 and step["effort"] in ("S", "M", "L"), step
        for before in step["after"]:
            if before in rank and not step["pinned"]:
                assert rank[before] < rank[step["id"]], (before, step["id"])
    assert plan["beyond_horizon"] == [s["id"] for s in plan["steps"] if s["phase"] is None]
    table = list(csv.reader(io.StringIO(run("roadmap", socle, "--format", "csv").stdout)))
    assert table[0][:6] == ["step", "indicator", "domain", "from", "to", "phase"], table[0]
    assert [r[0] for r in table[1:]] == [s["id"] for s in plan["steps"]]
    text = run("roadmap", socle).stdout
    for phase in plan["phases"]:
        assert phase["id"] + "  " + phase["name"] in text, phase
    run("roadmap", socle, "--format", "xml", expect=2)


with tempfile.TemporaryDirectory() as tmp:
    for name in SAMPLES:
        socle = os.path.join(root, "samples", name + ".socle")
        scores = json.loads(run("score", socle, "--format", "json").stdout)
        plan = json.loads(run("roadmap", socle, "--format", "json").stdout)
        check_roadmap_outputs(socle, plan)
        out = os.path.join(tmp, name + ".xlsx")
        result = run("export", socle, "-o", out, "--lang", "en")  # the checks read English sheet names
        assert out in result.stdout, result.stdout
        check_workbook(out, scores, plan)
        folder = os.path.join(tmp, name + "-csv")
        run("export", socle, "--csv", folder)
        tables = check_csv(folder, scores, plan)
        # Every indicator of sp-dmf: 50 in 1.0.0, 64 in 2.0.0 (the samples move to 2.0.0 with issue 15).
        assert len(tables["indicators"]) in (50, 64), name

    lao = os.path.join(root, "samples", SAMPLES[0] + ".socle")
    french = os.path.join(tmp, "fr.xlsx")
    run("export", lao, "-o", french, "--lang", "fr")
    assert openpyxl.load_workbook(french).sheetnames[0] == "Synthèse"
    russian = os.path.join(tmp, "ru.xlsx")
    run("export", lao, "--output", russian, "--lang", "ru")
    assert openpyxl.load_workbook(russian).sheetnames[1] == "Направления"

    # Exit codes: 1 invalid input, 2 usage, 3 cannot write.
    broken = os.path.join(tmp, "broken.socle")
    with open(broken, "w", encoding="utf-8") as f:
        f.write("<assessment>")
    run("export", broken, "-o", os.path.join(tmp, "x.xlsx"), expect=1)
    run("export", os.path.join(tmp, "missing.socle"), "-o", os.path.join(tmp, "x.xlsx"), expect=1)
    assert not os.path.exists(os.path.join(tmp, "x.xlsx"))
    run("export", lao, expect=2)
    run("export", lao, "-o", french, "--csv", tmp, expect=2)
    run("export", lao, "--csv", tmp, "--lang", "fr", expect=2)
    run("export", lao, "-o", french, "--lang", "f;r", expect=2)
    run("export", expect=2)
    unwritable = os.path.join(tmp, "no-such-folder", "out.xlsx")
    result = run("export", lao, "-o", unwritable, expect=3)
    assert unwritable in result.stderr and "cannot write" in result.stderr, result.stderr
    blocker = os.path.join(tmp, "a-file")
    with open(blocker, "w", encoding="utf-8") as f:
        f.write("x")
    result = run("export", lao, "--csv", os.path.join(blocker, "tables"), expect=3)
    assert "a-file" in result.stderr, result.stderr
    assert "Usage" in run("export", "--help").stdout
print("ok")
