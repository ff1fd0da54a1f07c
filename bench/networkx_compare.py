#!/usr/bin/env python3
"""Times networkx on the same generated system map as
bench/bench_system_analysis.cpp (2,000 systems, 10,000 flows; the same
64-bit LCG, step for step) doing the same analysis, times Socle's analysis
through the C++ benchmark, and checks that both find the same answers
through `socle-cli systems --format json`.

    /usr/bin/python3 bench/networkx_compare.py BUILD_DIR [--systems N --flows M]

BUILD_DIR is a build with -DSOCLE_BUILD_BENCH=ON (bench/bench_system_analysis
and ui/cli/socle-cli). Needs Debian's python3-networkx (a bench need only:
apt-get install python3-networkx). Results go in docs/performance.md."""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time

import networkx as nx

MASK = (1 << 64) - 1


class Lcg:
    """The generator of bench_system_analysis.cpp (Knuth's MMIX constants)."""

    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK
        return (self.state >> 33) % bound


MECHANISMS = ["manual", "file", "database", "api", "standard_api"]
WEIGHTS = {"manual": 0, "file": 25, "database": 50, "api": 75, "standard_api": 100}


def generate(systems, flows, seed=42):
    rng = Lcg(seed)
    out = []
    while len(out) < flows:
        a, b = rng.below(systems), rng.below(systems)
        if a == b:
            continue
        if a > b and rng.below(8) != 0:
            a, b = b, a
        mechanism = MECHANISMS[rng.below(5)]
        agreement = rng.below(3) != 0
        out.append((a, b, mechanism, agreement))
    return out


def analyse(n, flows):
    """The measures of docs/methodology.md, "System map analysis", in networkx."""
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from((a, b) for a, b, _, _ in flows)
    condensation = nx.condensation(g)
    layer_of_component = {}
    for component in nx.topological_sort(condensation):
        preds = [layer_of_component[p] + 1 for p in condensation.predecessors(component)]
        layer_of_component[component] = max(preds, default=0)
    mapping = condensation.graph["mapping"]
    layers = {v: layer_of_component[mapping[v]] for v in range(n)}
    cycles = [sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1]
    betweenness = nx.betweenness_centrality(g, normalized=True)
    u = g.to_undirected()
    articulation = sorted(nx.articulation_points(u))
    bridges = sorted(tuple(sorted(e)) for e in nx.bridges(u))
    downstream = {v: nx.descendants(g, v) for v in range(n)}
    upstream = {v: nx.ancestors(g, v) for v in range(n)}
    silos = [v for v in range(n) if g.degree(v) == 0]
    index = sum(WEIGHTS[m] for _, _, m, _ in flows) / len(flows) if flows else None
    return dict(layers=layers, cycles=cycles, betweenness=betweenness, articulation=articulation, bridges=bridges,
                downstream=downstream, upstream=upstream, silos=silos, index=index)


def socle_time_ms(build, systems, flows):
    bench = os.path.join(build, "bench", "bench_system_analysis")
    out = subprocess.run([bench, f"--benchmark_filter=BM_AnalyseSystemMap/{systems}/{flows}$",
                          "--benchmark_format=json", "--benchmark_repetitions=3"],
                         capture_output=True, text=True, check=True).stdout
    runs = [b for b in json.loads(out)["benchmarks"] if b.get("run_type") == "iteration"]
    if not runs:
        sys.exit(f"the benchmark has no BM_AnalyseSystemMap/{systems}/{flows}; use 200/1000 or 2000/10000")
    best = min(runs, key=lambda b: b["real_time"])
    return best["real_time"], best["cpu_time"]


def check_same_answers(build, n, flows, result):
    cli = os.path.join(build, "ui", "cli", "socle-cli")
    with tempfile.TemporaryDirectory() as tmp:
        systems_csv, flows_csv = os.path.join(tmp, "systems.csv"), os.path.join(tmp, "flows.csv")
        with open(systems_csv, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "name", "category"])
            for v in range(n):
                w.writerow([f"s{v}", f"System {v}", "other"])
        with open(flows_csv, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["from", "to", "mechanism", "agreement"])
            for a, b, m, agreement in flows:
                w.writerow([f"s{a}", f"s{b}", m, "yes" if agreement else "no"])
        socle = os.path.join(tmp, "bench.socle")
        subprocess.run([cli, "new", "--framework", "sp-dmf", "-o", socle], capture_output=True, check=True)
        subprocess.run([cli, "systems", "import", socle, "--systems", systems_csv, "--flows", flows_csv],
                       capture_output=True, check=True)
        out = json.loads(subprocess.run([cli, "systems", socle, "--format", "json", "--full"], capture_output=True, text=True,
                                        check=True).stdout)
    num = lambda ids: sorted(int(i[1:]) for i in ids)
    assert {int(s["id"][1:]): s["layer"] for s in out["systems"]} == result["layers"], "layers differ"
    assert sorted(num(c) for c in out["cycles"]) == sorted(result["cycles"]), "cycles differ"
    for hub in out["hubs"]:
        assert abs(hub["betweenness"] - result["betweenness"][int(hub["id"][1:])]) < 1e-9, hub
    assert num(out["articulation_points"]) == result["articulation"], "articulation points differ"
    assert sorted(tuple(sorted(int(i[1:]) for i in pair)) for pair in out["bridges"]) == result["bridges"]
    for v in range(n):
        assert num(out["impact"][f"s{v}"]["ids"]) == sorted(result["downstream"][v]), v
        assert num(out["upstream"][f"s{v}"]["ids"]) == sorted(result["upstream"][v]), v
        assert out["impact"][f"s{v}"]["count"] == len(result["downstream"][v]), v
    assert num(out["silos"]) == result["silos"]
    assert abs(out["interoperability"]["index"] - result["index"]) < 1e-9


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build")
    parser.add_argument("--systems", type=int, default=2000)
    parser.add_argument("--flows", type=int, default=10000)
    parser.add_argument("--no-check", action="store_true", help="skip the comparison of answers")
    args = parser.parse_args()

    flows = generate(args.systems, args.flows)
    start = time.perf_counter()
    result = analyse(args.systems, flows)
    networkx_ms = (time.perf_counter() - start) * 1000
    socle_ms, socle_cpu_ms = socle_time_ms(args.build, args.systems, args.flows)
    if not args.no_check:
        check_same_answers(args.build, args.systems, flows, result)
    print(f"map: {args.systems} systems, {args.flows} flows, {len(result['cycles'])} cycles "
          f"(largest {max((len(c) for c in result['cycles']), default=0)}), {max(result['layers'].values()) + 1} layers")
    print(f"networkx {nx.__version__}: {networkx_ms:.0f} ms")
    print(f"socle: {socle_ms:.0f} ms wall, {socle_cpu_ms:.0f} ms CPU (best of 3)")
    print(f"ratio: {networkx_ms / socle_ms:.1f}x" + ("" if args.no_check else "; same answers"))


if __name__ == "__main__":
    main()
