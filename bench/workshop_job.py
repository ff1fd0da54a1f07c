#!/usr/bin/env python3
"""From raw workshop CSVs to the workbook, Socle against the usual Python
stack, each as whole processes (wall time and peak memory from
/usr/bin/time -v). The inputs: the sp-dmf framework (50 indicators), 40
participants voting on every indicator, 2,000 systems and 10,000 flows (the
map of bench/bench_system_analysis.cpp, same generator). Socle's job is four
commands: `socle-cli new`, `import-votes`, `systems import` and `export`;
Python's is bench/workshop_job_python.py (csv, networkx, XlsxWriter).

    /usr/bin/python3 bench/workshop_job.py BUILD_DIR [--runs 3] [--systems 2000 --flows 10000]

Needs /usr/bin/time and, for the Python side only, Debian's python3-networkx
and python3-xlsxwriter (apt-get install python3-networkx python3-xlsxwriter:
a bench need, not a build or test one). Results: docs/performance.md."""
import argparse
import csv
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from networkx_compare import Lcg, generate  # noqa: E402  (the same map as the C++ bench)

CATEGORIES = ["social_registry", "programme_mis", "payment_platform", "civil_registration", "national_id", "other"]


def indicators(source):
    import xml.etree.ElementTree as ET
    root = ET.parse(os.path.join(source, "frameworks", "builtin", "sp-dmf.xml")).getroot()
    return [i.get("id") for i in root.iter("indicator")]


def write_inputs(folder, source, systems, flows, participants=40):
    rng = Lcg(7)
    paths = {k: os.path.join(folder, k + ".csv") for k in ("votes", "systems", "flows")}
    with open(paths["votes"], "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["indicator", "participant", "vote", "note"])
        for indicator in indicators(source):
            for p in range(participants):
                w.writerow([indicator, f"Participant {p + 1}", 1 + rng.below(5),
                            f"Seen at the ministry, visit {rng.below(4)}" if rng.below(4) == 0 else ""])
    with open(paths["systems"], "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "category"])
        for v in range(systems):
            w.writerow([f"s{v}", f"System {v}", CATEGORIES[v % len(CATEGORIES)]])
    with open(paths["flows"], "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["from", "to", "mechanism", "agreement"])
        for a, b, m, agreement in generate(systems, flows):
            w.writerow([f"s{a}", f"s{b}", m, "yes" if agreement else "no"])
    return paths


def timed(command):
    """Wall seconds, CPU seconds (user + system) and peak resident kB of one
    process. The CPU time is the steadier figure on a shared machine."""
    run = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
    hours, minutes, seconds = wall.groups()
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", run.stderr).group(1)) for kind in ("User", "System"))
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds), cpu, rss


def socle_job(cli, folder, paths):
    socle, xlsx = os.path.join(folder, "job.socle"), os.path.join(folder, "socle.xlsx")
    for leftover in (socle, socle + ".bak", xlsx):
        if os.path.exists(leftover):
            os.remove(leftover)
    steps = [("new", [cli, "new", "--framework", "sp-dmf", "-o", socle, "--title", "Workshop"]),
             ("import-votes", [cli, "import-votes", socle, paths["votes"]]),
             ("systems import", [cli, "systems", "import", socle, "--systems", paths["systems"], "--flows", paths["flows"]]),
             ("export", [cli, "export", socle, "-o", xlsx])]
    return [(name,) + timed(command) for name, command in steps]


def python_job(source, folder, paths):
    xlsx = os.path.join(folder, "python.xlsx")
    framework = os.path.join(source, "frameworks", "builtin", "sp-dmf.xml")
    # Debian's interpreter, which sees python3-networkx and python3-xlsxwriter.
    return timed(["/usr/bin/python3", os.path.join(HERE, "workshop_job_python.py"), framework, paths["votes"],
                  paths["systems"], paths["flows"], xlsx])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--systems", type=int, default=2000)
    parser.add_argument("--flows", type=int, default=10000)
    args = parser.parse_args()
    source = os.path.dirname(HERE)
    cli = os.path.join(os.path.abspath(args.build), "ui", "cli", "socle-cli")
    with tempfile.TemporaryDirectory() as folder:
        paths = write_inputs(folder, source, args.systems, args.flows)
        socle_runs = [socle_job(cli, folder, paths) for _ in range(args.runs)]
        python_runs = [python_job(source, folder, paths) for _ in range(args.runs)]
    best = min(socle_runs, key=lambda steps: sum(s[1] for s in steps))
    print(f"{args.systems} systems, {args.flows} flows, 40 participants x 50 indicators; best of {args.runs} runs")
    print(f"{'':<24}{'wall s':>10}{'CPU s':>10}{'peak MB':>10}")
    for name, wall, cpu, rss in best:
        print(f"{'  socle ' + name:<24}{wall:>10.3f}{cpu:>10.3f}{rss / 1024:>10.1f}")
    socle_wall, socle_cpu = sum(s[1] for s in best), sum(s[2] for s in best)
    socle_rss = max(s[3] for s in best)
    py_wall, py_cpu, py_rss = min(python_runs)
    print(f"{'socle (4 processes)':<24}{socle_wall:>10.3f}{socle_cpu:>10.3f}{socle_rss / 1024:>10.1f}")
    print(f"{'python (1 process)':<24}{py_wall:>10.3f}{py_cpu:>10.3f}{py_rss / 1024:>10.1f}")
    print(f"Socle/Python: {py_wall / socle_wall:.1f} x faster in wall time, {py_cpu / socle_cpu:.1f} x in CPU time; "
          f"peak memory {socle_rss / py_rss:.2f} x Python's")


if __name__ == "__main__":
    main()
