"""The sample assessments carry a realistic system map that shows every
feature of the analysis: 12 to 20 systems, at least one cycle, a manual
flow, a flow without a legal agreement and a silo; the JSON answers agree
with the map itself; the DOT map renders. Usage: check_systems_samples.py
SOCLE_CLI SAMPLES_DIR"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

cli, samples = sys.argv[1], sys.argv[2]
files = sorted(glob.glob(os.path.join(samples, "*.socle")))
assert len(files) >= 3, files

for path in files:
    name = os.path.basename(path)
    root = ET.parse(path).getroot()
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    systems = [s.get("id") for s in root.iter(ns + "system")]
    flows = [(f.get("from"), f.get("to"), f.get("mechanism"), f.get("agreement")) for f in root.iter(ns + "flow")]
    assert 12 <= len(systems) <= 20, (name, len(systems))

    out = subprocess.run([cli, "systems", path, "--format", "json"], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert [s["id"] for s in result["systems"]] == systems, name
    assert result["cycles"], (name, "no cycle")
    assert result["interoperability"]["by_mechanism"]["manual"]["flows"] >= 1, (name, "no manual flow")
    assert result["flows_without_agreement"], (name, "every flow has an agreement")
    assert result["silos"], (name, "no silo")

    # Cross-checks against the file: silos have no flows; flows outside a
    # cycle go from a lower layer to a higher one; the shares add up.
    layer = {s["id"]: s["layer"] for s in result["systems"]}
    cycle = {s["id"]: s["cycle"] for s in result["systems"]}
    touched = {a for f in flows for a in f[:2]}
    assert set(result["silos"]) == set(systems) - touched, name
    for a, b, _, _ in flows:
        if cycle[a] is not None and cycle[a] == cycle[b]:
            assert layer[a] == layer[b], (name, a, b)
        else:
            assert layer[a] < layer[b], (name, a, b)
    assert sorted(i for layer_ids in result["order"] for i in layer_ids) == sorted(systems)
    assert sum(m["flows"] for m in result["interoperability"]["by_mechanism"].values()) == len(flows)
    assert len(result["flows_without_agreement"]) == sum(1 for f in flows if f[3] != "yes")
    full = json.loads(subprocess.run([cli, "systems", path, "--format", "json", "--full"], capture_output=True,
                                     text=True, check=True).stdout)
    for a, b, _, _ in flows:
        assert b in full["impact"][a]["ids"] and a in full["upstream"][b]["ids"], (name, a, b)
    for direction in ("impact", "upstream"):
        for sid, reach in result[direction].items():
            whole = full[direction][sid]
            assert reach["count"] == whole["count"] == len(whole["ids"]), (name, sid)
            assert reach["ids"] == whole["ids"][:25], (name, sid)
    index = result["interoperability"]["index"]
    assert 0 <= index <= 100, (name, index)

    if shutil.which("dot"):
        with tempfile.TemporaryDirectory() as tmp:
            dot_file = os.path.join(tmp, "map.dot")
            subprocess.run([cli, "systems", path, "--dot", dot_file], capture_output=True, check=True)
            svg = subprocess.run(["dot", "-Tsvg", dot_file], capture_output=True, text=True, check=True)
            assert svg.stdout.count('class="node"') == len(systems), name
            assert svg.stdout.count('class="edge"') == len(flows), name
    print(f"{name}: {len(systems)} systems, {len(flows)} flows, {len(result['cycles'])} cycles, "
          f"silos {result['silos']}, index {index:.1f}")
