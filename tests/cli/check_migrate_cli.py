"""socle-cli migrate end to end on the mini fixture pair (1.0.0 -> 2.0.0 and
its crosswalk), then compare across versions and methods."""
import json
import os
import subprocess
import sys
import tempfile

cli, data = sys.argv[1], sys.argv[2]
frameworks = os.path.join(data, "frameworks")


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout, result.stderr)
    return result


with tempfile.TemporaryDirectory() as tmp:
    old = os.path.join(tmp, "old.socle")
    votes = os.path.join(tmp, "votes.csv")
    with open(votes, "w", encoding="utf-8") as out:
        out.write("indicator,participant,vote,agreed,note\n"
                  "A.1,Ana,2,2,kept note\n"
                  "A.1,Bo,na,,\n"
                  "A.2,Ana,3,3,revised note\n"
                  "A.3,Ana,2,2,\n"
                  "B.1,Ana,3,3,b1\n"
                  "B.2,Ana,1,1,b2\n")
    run("new", "--framework", os.path.join(frameworks, "mini-1.0.0.xml"), "-o", old, "--title", "Mini")
    run("import-votes", old, votes)
    old_bytes = open(old, "rb").read()
    new = os.path.join(tmp, "new.socle")
    report_file = os.path.join(tmp, "report.txt")
    extra = ["--to", os.path.join(frameworks, "mini-2.0.0.xml"),
             "--crosswalk", os.path.join(frameworks, "mini-1.0.0-to-2.0.0.xml")]
    run("migrate", old, "-o", old, *extra, expect=2)  # never over the original
    run("migrate", old, "-o", new, "--to", extra[1], expect=2)  # both or neither
    run("migrate", old, "-o", new, expect=1)  # mini has no built-in newer version
    result = run("migrate", old, "-o", new, "--report", report_file, *extra)
    report = open(report_file, encoding="utf-8").read()
    assert report in result.stdout, (report, result.stdout)
    for line in ["A.1 kept: votes, agreed level and notes carried over; 1 N/A removed (always applicable in 2.0.0)",
                 "A.2 revised: level 3 carried as provisional (carried from 1.0.0, re-examine); notes and evidence kept",
                 "A.3 split -> A.3 A.4: level 2 carried as provisional",
                 "B.1 merged -> B.1: level 1 carried as provisional", "B.2 merged -> B.1: see B.1",
                 "B.3 retired: nothing was recorded", "C.1 (new): starts unanswered"]:
        assert line in report, (line, report)
    assert open(old, "rb").read() == old_bytes  # the old file is never changed
    text = open(new, encoding="utf-8").read()
    assert 'method="2"' in text and text.count('carried-from="1.0.0"') == 4, text[:2000]

    scores = json.loads(run("score", new, "--format", "json").stdout)
    assert scores["framework"]["version"] == "2.0.0" and scores["method"] == 2, scores["framework"]
    levels = {i["id"]: i["level"] for i in scores["indicators"]}
    assert levels["A.1"] == 2 and levels["A.4"] == 2 and levels["B.1"] == 1 and levels["C.1"] is None, levels

    # Across versions: ids matched, the retired and new ones listed.
    comparison = json.loads(run("compare", "--mode", "rounds", old, new, "--format", "json").stdout)
    unmatched = {u["id"] for u in comparison["unmatched"]}
    assert {"B.2", "B.3", "A.4", "C.1"} <= unmatched, unmatched
    assert comparison["mixed_methods"] is False  # both rated under method 2 (new files)

    # A file written before methods were recorded is method 1: the mix is flagged.
    legacy = os.path.join(data, "assessments", "format-1.socle")
    fresh = os.path.join(tmp, "fresh.socle")
    run("new", "--framework", os.path.join(frameworks, "valid-minimal.xml"), "-o", fresh)
    mixed = run("compare", legacy, fresh, "--format", "json")
    comparison = json.loads(mixed.stdout)
    assert comparison["mixed_methods"] is True and [a["method"] for a in comparison["assessments"]] == [1, 2]
    assert "different scoring methods" in run("compare", legacy, fresh).stdout
print("ok")
