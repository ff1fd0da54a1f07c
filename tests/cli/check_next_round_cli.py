"""socle-cli new --from: the next round from the Lao baseline sample, end to
end. The follow-up file read as XML, the scores (JSON and table), the
workbook read back with openpyxl and compare --mode rounds all show the
indicators not yet re-examined as such, never as a rating or a change."""
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import openpyxl

cli, root = sys.argv[1], sys.argv[2]
baseline = os.path.join(root, "samples", "lao-pdr-2026-baseline.socle")


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout, result.stderr)
    return result


with tempfile.TemporaryDirectory() as tmp:
    follow = os.path.join(tmp, "follow-up.socle")

    # Usage mistakes are refused before anything is written.
    run("new", "--from", baseline, "-o", follow, expect=2)  # no --round
    run("new", "--from", baseline, "-o", follow, "--round", "x", "--framework", "sp-dmf", expect=2)
    run("new", "--from", baseline, "-o", baseline, "--round", "x", expect=2)  # onto the baseline itself
    run("new", "--framework", "sp-dmf", "-o", follow, "--keep-participants", expect=2)
    assert not os.path.exists(follow)
    missing = run("new", "--from", os.path.join(tmp, "none.socle"), "-o", follow, "--round", "x", expect=1)
    assert "none.socle" in missing.stderr, missing.stderr

    out = run("new", "--from", baseline, "-o", follow, "--round", "follow-up 2028", "--date", "2028-03-20").stdout
    assert "created" in out and "follow-up 2028" in out, out
    run("new", "--from", baseline, "-o", follow, "--round", "again", expect=1)  # never overwrites by accident
    run("validate", follow)

    before = json.loads(run("score", baseline, "--format", "json").stdout)
    last = {}
    for indicator in before["indicators"]:
        if indicator["status"] == "rated":
            last[indicator["id"]] = indicator["level"]
        elif indicator["status"] in ("not_applicable", "unknown"):
            last[indicator["id"]] = "na" if indicator["status"] == "not_applicable" else "unknown"
    assert len(last) > 40, len(last)

    # The file: the baseline link, the last round's results, no participant,
    # no response, the set-up carried over.
    with open(baseline, "rb") as f:
        fingerprint = hashlib.sha256(f.read()).hexdigest()
    doc = ET.parse(follow).getroot()
    old = ET.parse(baseline).getroot()
    link = doc.find("metadata/baseline")
    assert link is not None
    assert link.get("file") == "lao-pdr-2026-baseline.socle", link.attrib
    assert link.get("round") == "baseline" and link.get("fingerprint") == fingerprint, link.attrib
    assert doc.findtext("metadata/round") == "follow-up 2028"
    assert doc.findtext("metadata/start-date") == "2028-03-20"
    for field in ("title", "country", "facilitator", "language"):
        assert doc.findtext("metadata/" + field) == old.findtext("metadata/" + field), field
    assert [e.text for e in doc.findall("metadata/institution")] == [e.text for e in old.findall("metadata/institution")]
    assert doc.find("participants") is None and doc.find("responses") is None
    assert len(doc.findall("systems/system")) == len(old.findall("systems/system")) > 0
    assert len(doc.findall("flows/flow")) == len(old.findall("flows/flow"))
    for kind in ("core/scheme", "core/system", "profile/answer", "roadmap/step"):
        assert [(e.attrib, e.text) for e in doc.findall(kind)] == [(e.attrib, e.text) for e in old.findall(kind)], kind
    previous = {e.get("id"): e.get("result") for e in doc.findall("previous-round/indicator")}
    for key, value in last.items():
        assert previous.get(key) == str(value), (key, value, previous.get(key))
    status = {i["id"]: i["status"] for i in before["indicators"]}
    # Beyond those: results on indicators the profile switches off (kept, not shown).
    assert all(status[key] == "not_relevant" for key in set(previous) - set(last)), set(previous) - set(last)

    kept = os.path.join(tmp, "kept.socle")
    run("new", "--from", baseline, "-o", kept, "--round", "follow-up", "--keep-participants")
    assert len(ET.parse(kept).getroot().findall("participants/participant")) == len(old.findall("participants/participant"))

    # The room re-examines two indicators: one moves, one stays.
    rated = [i for i in before["indicators"] if i["status"] == "rated"]
    moved, same = rated[0], rated[1]
    new_level = 2 if moved["level"] != 2 else 3
    votes = os.path.join(tmp, "votes.csv")
    with open(votes, "w", encoding="utf-8") as f:
        f.write("indicator,participant,vote,agreed\n")
        f.write(f"{moved['id']},p01,{new_level},{new_level}\n{same['id']},p01,{same['level']},{same['level']}\n")
    run("import-votes", follow, votes)

    scores = json.loads(run("score", follow, "--format", "json").stdout)
    waiting = [i for i in scores["indicators"] if i["status"] == "not_re_examined"]
    assert len(waiting) == len(last) - 2, (len(waiting), len(last))
    for indicator in waiting:
        assert indicator["level"] is None and indicator["previous_level"] == last[indicator["id"]], indicator
    by_id = {i["id"]: i for i in scores["indicators"]}
    assert by_id[moved["id"]]["status"] == "rated" and by_id[moved["id"]]["level"] == new_level
    assert "previous_level" not in by_id[moved["id"]]
    profile = scores["level_profile"]["overall"]
    assert profile["not_re_examined"] == len(waiting), profile
    assert sum(profile["levels"]) == 2, profile
    assert scores["overall"]["rated"] == 2, scores["overall"]
    per_domain = sum(d["not_re_examined"] for d in scores["level_profile"]["domains"])
    assert per_domain == len(waiting)

    table = run("score", follow).stdout
    assert f"{len(waiting)} indicators not re-examined yet" in table, table
    first = waiting[0]
    assert f"not re-examined (last round: {first['previous_level']})" in table, table

    # The workbook: the Indicators sheet says it in words, the level stays
    # empty; the Summary counts them.
    book_path = os.path.join(tmp, "follow-up.xlsx")
    run("export", follow, "-o", book_path)
    book = openpyxl.load_workbook(book_path)
    sheet = book["Indicators"]
    header = [c.value for c in sheet[1]]
    id_col, status_col, level_col = header.index("ID"), header.index("Status"), header.index("Level")
    rows = {row[id_col]: row for row in sheet.iter_rows(min_row=2, values_only=True) if row[id_col]}
    for indicator in waiting:
        row = rows[indicator["id"]]
        last_text = {"na": "not applicable", "unknown": "don't know"}.get(indicator["previous_level"],
                                                                         str(indicator["previous_level"]))
        assert row[status_col] == f"not re-examined (last round: {last_text})", row
        assert row[level_col] is None, row
    assert rows[moved["id"]][level_col] == new_level
    summary = book["Summary"]
    counted = [r for r in summary.iter_rows(values_only=True) if r[0] == "Not re-examined"]
    assert len(counted) == 1 and counted[0][2] == len(waiting), counted
    not_rated = [r for r in summary.iter_rows(values_only=True) if r[0] == "Not rated"]
    assert not_rated[0][2] == len(scores["indicators"]) - 2 - len(waiting), not_rated

    # compare --mode rounds: the waiting indicators are named, never a change.
    compared = json.loads(run("compare", baseline, follow, "--mode", "rounds", "--format", "json").stdout)
    change = compared["changes"][0]
    assert sorted(change["not_re_examined"]) == sorted(i["id"] for i in waiting), change
    assert change["no_longer_rated"] == [], change
    assert change["moved_up"] + change["moved_down"] == [moved["id"]], change
    rows = {r["id"]: r for r in compared["indicators"]}
    assert rows[first["id"]]["statuses"][1] == "not_re_examined", rows[first["id"]]
    assert rows[first["id"]]["levels"][1] is None
    text = run("compare", baseline, follow, "--mode", "rounds").stdout
    assert f"not re-examined ({len(waiting)}):" in text, text

print("next round: ok")
