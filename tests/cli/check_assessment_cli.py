"""The assessment commands end to end, as a facilitator would run them:
new -> import-votes -> score (json) -> roadmap (json), on the worked example
of docs/methodology.md, checking every figure to the last decimal."""
import json
import os
import subprocess
import sys
import tempfile

cli, data = sys.argv[1], sys.argv[2]


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout, result.stderr)
    return result


with tempfile.TemporaryDirectory() as tmp:
    socle = os.path.join(tmp, "worked.socle")
    framework = os.path.join(data, "frameworks", "worked-example.xml")
    run("new", "--framework", framework, "-o", socle, "--title", "Worked example", "--country", "Nowhere",
        "--participants", os.path.join(data, "worked-example", "participants.csv"), "--profile", "has_insurance=no")
    run("new", "--framework", framework, "-o", socle, expect=1)  # never overwrites by accident
    run("import-votes", socle, os.path.join(data, "worked-example", "votes.csv"))
    run("validate", socle)

    scores = json.loads(run("score", socle, "--format", "json").stdout)
    assert scores["framework"] == {"id": "worked-example", "version": "1.0", "levels": 5}, scores["framework"]
    overall = scores["overall"]
    assert overall["level"] == 8.5 / 3, overall
    assert overall["stage"] == 2 and overall["index"] == 100 * (8.5 / 3 - 1) / 4, overall
    assert overall["completeness"] == 0.8, overall
    domains = {d["id"]: d for d in scores["domains"]}
    assert domains["A"]["level"] == 2.25 and domains["A"]["index"] == 31.25, domains["A"]
    assert domains["A"]["weakest"] == 2 and domains["A"]["completeness"] == 1, domains["A"]
    assert domains["B"]["level"] == 4 and domains["B"]["stage"] == 4 and domains["B"]["completeness"] == 0.5
    ind = {i["id"]: i for i in scores["indicators"]}
    assert ind["A.1"]["level"] == 3 and ind["A.1"]["spread"] == 2 and ind["A.1"]["disagreement"] is True
    assert ind["A.2"]["target"] == 4 and ind["A.2"]["gap"] == 2 and ind["A.2"]["votes"]["na"] == 1
    assert ind["A.3"]["level"] == 2 and ind["A.3"]["source"] == "agreed"
    assert ind["B.1"]["status"] == "not_applicable" and ind["B.1"]["level"] is None
    assert ind["B.3"]["status"] == "unanswered" and ind["B.4"]["status"] == "not_relevant"
    for key in ("id", "domain", "status", "level", "target", "gap", "spread", "votes", "confidence"):
        assert all(key in i for i in scores["indicators"]), key

    # The level profile, with the flags beside each level: nothing in the
    # worked example has a confidence mark or evidence, so every rated
    # indicator is flagged twice.
    profile = scores["level_profile"]["overall"]
    assert profile["levels"] == [0, 2, 1, 1, 0], profile
    assert profile["low_confidence"] == profile["levels"] and profile["undocumented"] == profile["levels"], profile
    assert "not a percentage" in overall["index_note"], overall

    # The table leads with the profile; the index never stands bare.
    table = run("score", socle).stdout
    lines = table.splitlines()
    assert lines[2].startswith("Level profile: indicators at each level (4 rated of 7)"), lines[:4]
    assert lines[3].split()[:6] == ["domain", "L1", "L2", "L3", "L4", "L5"], lines[3]
    all_row = next(line for line in lines if line.startswith("all "))
    assert all_row.split() == ["all", ".", "2", "1", "1", ".", "3", "4", "4"], all_row
    assert "Flagged: level 2: 2 low confidence, 2 without evidence; level 3: 1 low confidence" in table, table
    assert table.index("Level profile") < table.index("Overall: level")
    assert "index 45.8 of 100 (the mean level on a 0-100 scale, not a percentage of targets met)" in table, table

    csv_lines = run("score", socle, "--format", "csv").stdout.splitlines()
    assert csv_lines[0].startswith("indicator,domain,question,status,level"), csv_lines[0]
    assert len(csv_lines) == 1 + 7

    plan = json.loads(run("roadmap", socle, "--format", "json").stdout)
    steps = {s["id"]: s for s in plan["steps"]}
    # A.2 from 2 to target 4; A.3 from 2 to 3; B.2 and A.1 at target.
    assert set(steps) == {"A.2:3", "A.2:4", "A.3:3"}, steps.keys()
    assert steps["A.2:4"]["after"] == ["A.2:3"]
    assert [p["id"] for p in plan["phases"]] == ["P1", "P2", "P3"]
    for key in ("id", "indicator", "domain", "from", "to", "phase", "effort", "owner", "after", "action"):
        assert all(key in s for s in plan["steps"]), key
    assert plan["beyond_horizon"] == []

    bad_votes = os.path.join(tmp, "bad.csv")
    with open(bad_votes, "w", encoding="utf-8") as f:
        f.write("indicator,participant,vote\nA.1,p1,9\nZ.1,p1,2\n")
    before = open(socle, "rb").read()
    result = run("import-votes", socle, bad_votes, expect=1)
    assert f"{bad_votes}:2:1: error: vote '9'" in result.stderr, result.stderr
    assert f"{bad_votes}:3:1: error: unknown indicator 'Z.1'" in result.stderr, result.stderr
    assert open(socle, "rb").read() == before, "a failed import must not touch the file"

    damaged = os.path.join(tmp, "damaged.socle")
    with open(damaged, "wb") as f:
        f.write(before[: len(before) // 2])
    result = run("score", damaged, expect=1)
    assert result.stderr.startswith(damaged + ":"), result.stderr
print("assessment cli: ok")
