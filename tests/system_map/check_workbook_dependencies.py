"""The workbook's Dependencies sheet and the Summary's dependency findings,
read back with openpyxl and checked against `socle-cli systems --format
json` on the same file: every sample map, and an assessment without a map.
Usage: check_workbook_dependencies.py SOCLE_CLI SOURCE_DIR"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

cli, source = sys.argv[1], sys.argv[2]


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True, check=True).stdout


def rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows(min_row=1, max_row=ws.max_row)]


def find_row(table, first):
    return next(i for i, row in enumerate(table) if row and row[0] == first)


with tempfile.TemporaryDirectory() as tmp:
    for path in sorted(glob.glob(os.path.join(source, "samples", "*.socle"))):
        name = os.path.basename(path)
        result = json.loads(run("systems", path, "--format", "json"))
        xlsx = os.path.join(tmp, name + ".xlsx")
        # English labels whatever the session's language (Tajikistan 2026 runs in Russian).
        run("export", path, "-o", xlsx, "--lang", "en")
        book = openpyxl.load_workbook(xlsx)
        table = rows(book["Dependencies"])
        header = find_row(table, "ID")
        assert table[header][:12] == ["ID", "Name", "Category", "Layer", "Cycle", "Betweenness",
                                      "Single point of failure", "Silo", "Downstream", "Affected by its outage",
                                      "Upstream", "Depends on"], table[header]
        body = table[header + 1: header + 1 + len(result["systems"])]
        hubs = {h["id"]: h["betweenness"] for h in result["hubs"]}
        # Rows in modernisation order, each system once.
        assert [r[0] for r in body] == [i for layer in result["order"] for i in layer], name
        for row in body:
            sid = row[0]
            system = next(s for s in result["systems"] if s["id"] == sid)
            assert row[3] == system["layer"] + 1, (name, row)
            assert row[4] == (None if system["cycle"] is None else system["cycle"] + 1), (name, row)
            assert abs(row[5] - hubs[sid]) < 1e-12, (name, row)
            assert row[6] == ("yes" if sid in result["articulation_points"] else "no"), (name, row)
            assert row[7] == ("yes" if sid in result["silos"] else "no"), (name, row)
            assert row[8] == result["impact"][sid]["count"] and row[10] == result["upstream"][sid]["count"], (name, row)
            names = {s["id"]: s["name"] for s in result["systems"]}

            def listed(reach):
                text = "; ".join(names[o] for o in reach["ids"])
                more = reach["count"] - len(reach["ids"])
                return text + (f"; and {more} more" if more else "")
            assert (row[9] or "") == listed(result["impact"][sid]), (name, row)
            assert (row[11] or "") == listed(result["upstream"][sid]), (name, row)
        bridges_at = find_row(table, "Critical links (their loss splits the map)")
        listed = [(r[0], r[1]) for r in table[bridges_at + 2: bridges_at + 2 + len(result["bridges"])]]
        assert [a for a, _ in listed] == [a for a, _ in result["bridges"]], (name, listed)
        assert all(b_label.endswith(f"({b})") for (_, b_label), (_, b) in zip(listed, result["bridges"]))
        unagreed_at = find_row(table, "Flows without a legal agreement")
        assert table[unagreed_at + 1][:4] == ["From", "To", "Mechanism", "Data"]
        listed = table[unagreed_at + 2: unagreed_at + 2 + len(result["flows_without_agreement"])]
        assert [r[0] for r in listed] == [f["from"] for f in result["flows_without_agreement"]], name
        mechanisms_at = find_row(table, "Interoperability by mechanism")
        by_mechanism = result["interoperability"]["by_mechanism"]
        counts = [r[3] for r in table[mechanisms_at + 2: mechanisms_at + 7]]
        assert counts == [by_mechanism[k]["flows"] for k in ("manual", "file", "database", "api", "standard_api")]
        assert [r[2] for r in table[mechanisms_at + 2: mechanisms_at + 7]] == [0, 25, 25, 75, 100]  # a database link weighs no more than a file (issue 15)
        assert abs(table[mechanisms_at + 7][2] - result["interoperability"]["index"]) < 1e-9

        summary = rows(book["Summary"])
        at = find_row(summary, "Key dependency findings")
        findings = {r[0]: r[1] for r in summary[at + 1:] if r[0]}
        assert abs(findings["Interoperability index (0-100)"] - result["interoperability"]["index"]) < 1e-9
        total = sum(m["flows"] for m in by_mechanism.values())
        assert findings["Flows without a legal agreement"] == f"{len(result['flows_without_agreement'])} of {total}"
        for sid in result["articulation_points"]:
            assert f"({sid})" in findings["Single points of failure"], (name, sid)
        for sid in result["silos"]:
            assert f"({sid})" in findings["Silos (no flows)"], (name, sid)
        for cycle in result["cycles"]:
            assert all(f"({sid})" in findings["Cycles (modernise together)"] for sid in cycle), name
        top = result["hubs"][0]["id"]
        assert findings["Main hubs (betweenness)"].startswith(
            next(s["name"] for s in result["systems"] if s["id"] == top) + f" ({top})"), name
        widest = max(reach["count"] for reach in result["impact"].values())
        assert f": {widest} of {len(result['systems']) - 1} other systems affected" in findings[
            "Widest outage impact"], findings["Widest outage impact"]

    # No map: both places say so instead of showing empty tables.
    empty = os.path.join(tmp, "empty.socle")
    run("new", "--framework", "sp-dmf", "-o", empty)
    xlsx = os.path.join(tmp, "empty.xlsx")
    run("export", empty, "-o", xlsx)
    book = openpyxl.load_workbook(xlsx)
    assert "No system recorded." in [r[0] for r in rows(book["Dependencies"])]
    summary = rows(book["Summary"])
    at = find_row(summary, "Key dependency findings")
    assert summary[at + 1][0] == "No system map recorded.", summary[at + 1]
print("ok")
