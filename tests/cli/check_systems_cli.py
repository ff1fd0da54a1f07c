"""socle-cli systems end to end: import (all or nothing), export, the JSON
analysis of a small map worked out by hand, and the DOT map rendered by
Graphviz. Usage: check_systems_cli.py SOCLE_CLI TESTS_DATA_DIR"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

cli, data = sys.argv[1], sys.argv[2]


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout, result.stderr)
    return result


def read(path):
    # utf-8-sig: the CSV files Socle writes start with a byte-order mark.
    with open(path, encoding="utf-8-sig") as f:
        return f.read()


with tempfile.TemporaryDirectory() as tmp:
    socle = os.path.join(tmp, "map.socle")
    run("new", "--framework", os.path.join(data, "frameworks", "worked-example.xml"), "-o", socle,
        "--title", "Map check")
    good_systems = os.path.join(data, "system_map", "good-systems.csv")
    good_flows = os.path.join(data, "system_map", "good-flows.csv")

    # A bad flows file: every problem reported with file:line:column, nothing changes.
    before = read(socle)
    bad = run("systems", "import", socle, "--systems", good_systems, "--flows",
              os.path.join(data, "system_map", "bad-flows.csv"), expect=1)
    lines = [l for l in bad.stderr.splitlines() if ": error: " in l]
    assert [l.split(":")[1:3] for l in lines] == [["3", "2"], ["4", "2"], ["5", "3"], ["6", "1"], ["6", "4"]], lines
    assert "unknown system 'ghost'" in lines[0], lines[0]
    assert "nothing was imported" in bad.stderr
    assert read(socle) == before

    out = run("systems", "import", socle, "--systems", good_systems, "--flows", good_flows).stdout
    assert "imported 5 systems and 4 flows" in out, out
    run("validate", socle)

    # The good map: crvs -> sr -> mis <-> pay; wh has no flows.
    result = json.loads(run("systems", socle, "--format", "json").stdout)
    for key in ("systems", "order", "cycles", "hubs", "articulation_points", "bridges", "impact", "upstream",
                "silos", "interoperability", "flows_without_agreement"):
        assert key in result, key
    assert result["systems"][1] == {"id": "sr", "name": "Social registry, national", "category": "social_registry",
                                    "status": "pilot", "layer": 1, "cycle": None}, result["systems"][1]
    assert result["order"] == [["crvs", "wh"], ["sr"], ["mis", "pay"]], result["order"]
    assert result["cycles"] == [["mis", "pay"]]
    # Through sr: crvs to mis and pay (2); through mis: crvs and sr to pay (2); n = 5, over 12.
    hubs = {h["id"]: h["betweenness"] for h in result["hubs"]}
    assert abs(hubs["sr"] - 2 / 12) < 1e-12 and abs(hubs["mis"] - 2 / 12) < 1e-12, hubs
    assert hubs["pay"] == 0 and [h["id"] for h in result["hubs"]][:2] == ["sr", "mis"]
    assert result["articulation_points"] == ["sr", "mis"]
    assert result["bridges"] == [["crvs", "sr"], ["sr", "mis"], ["mis", "pay"]], result["bridges"]
    assert result["impact"]["crvs"] == {"count": 3, "ids": ["sr", "mis", "pay"]}, result["impact"]
    assert result["impact"]["pay"] == {"count": 1, "ids": ["mis"]}
    assert result["impact"]["wh"] == {"count": 0, "ids": []}
    assert result["upstream"]["pay"] == {"count": 3, "ids": ["crvs", "sr", "mis"]}
    # --full gives the same on a map this small (every list is under the cap).
    assert json.loads(run("systems", socle, "--format", "json", "--full").stdout) == result
    assert result["silos"] == ["wh"]
    interop = result["interoperability"]
    assert interop["index"] == (0 + 100 + 25 + 25) / 4, interop  # a database link weighs as a file
    assert interop["by_mechanism"]["manual"] == {"flows": 1, "share": 0.25}, interop
    assert interop["by_mechanism"]["api"] == {"flows": 0, "share": 0}, interop
    assert [(f["from"], f["to"]) for f in result["flows_without_agreement"]] == [("crvs", "sr"), ("pay", "mis")]

    table = run("systems", socle).stdout
    assert "Interoperability index: 37.5 / 100" in table, table
    assert "Silos (no flows): wh" in table

    # Export reads back to the same map.
    out_systems, out_flows = os.path.join(tmp, "s.csv"), os.path.join(tmp, "f.csv")
    run("systems", "export", socle, "--systems", out_systems, "--flows", out_flows)
    assert read(out_flows).splitlines()[0] == "from,to,data,mechanism,frequency,agreement,notes"
    copy = os.path.join(tmp, "copy.socle")
    shutil.copy(socle, copy)
    run("systems", "import", copy, "--systems", out_systems, "--flows", out_flows)
    assert json.loads(run("systems", copy, "--format", "json").stdout) == result

    # The DOT map renders.
    dot_file = os.path.join(tmp, "map.dot")
    run("systems", socle, "--dot", dot_file)
    if shutil.which("dot"):
        svg = subprocess.run(["dot", "-Tsvg", dot_file], capture_output=True, text=True, check=True).stdout
        assert svg.count('class="node"') == 5 and svg.count('class="edge"') == 4

    # Usage errors.
    run("systems", "import", socle, expect=2)
    run("systems", socle, "--format", "csv", expect=2)
    run("systems", "export", socle, "--dot", dot_file, expect=2)
    run("systems", "import", socle, "--systems", os.path.join(tmp, "missing.csv"), expect=1)
print("ok")
