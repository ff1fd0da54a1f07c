#!/usr/bin/env python3
"""The workshop job of bench/workshop_job.py done in the usual Python stack:
csv for the inputs, networkx for the system map, XlsxWriter for the
workbook. It does what `socle-cli new`, `import-votes`, `systems import` and
`export` do for the comparison: reads the framework's indicators, the votes
(40 participants on every indicator), 2,000 systems and 10,000 flows, scores
each indicator (lower median of the level votes, as docs/methodology.md) and
domain (mean), analyses the map (layers, cycles, betweenness, single points
of failure, critical links, outage reach as a count and the first 25 names)
and writes a workbook with Domains, Indicators, Systems, Flows, Dependencies
and Participants sheets. A bench, not a product: it checks nothing.

    /usr/bin/python3 bench/workshop_job_python.py FRAMEWORK.xml VOTES.csv SYSTEMS.csv FLOWS.csv OUT.xlsx

Needs Debian's python3-networkx and python3-xlsxwriter, installed for the
bench only (apt-get install python3-networkx python3-xlsxwriter)."""
import csv
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import xlsxwriter

WEIGHTS = {"manual": 0, "file": 25, "database": 50, "api": 75, "standard_api": 100}
NAMES_LISTED = 25


def framework_indicators(path):
    domains = []
    for domain in ET.parse(path).getroot().iter("domain"):
        domains.append((domain.get("id"), [i.get("id") for i in domain.iter("indicator")]))
    return domains


def read_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def score(domains, votes):
    by_indicator = {}
    participants = {}
    for row in votes:
        participants.setdefault(row["participant"], len(participants))
        by_indicator.setdefault(row["indicator"], []).append(row["vote"])
    levels = {}
    for _, ids in domains:
        for i in ids:
            rated = sorted(int(v) for v in by_indicator.get(i, []) if v.isdigit())
            levels[i] = rated[(len(rated) - 1) // 2] if rated else None
    domain_levels = {}
    for d, ids in domains:
        values = [levels[i] for i in ids if levels[i] is not None]
        domain_levels[d] = sum(values) / len(values) if values else None
    return participants, by_indicator, levels, domain_levels


def analyse(ids, flows):
    g = nx.DiGraph()
    g.add_nodes_from(ids)
    g.add_edges_from((f["from"], f["to"]) for f in flows if f["from"] != f["to"])
    condensation = nx.condensation(g)
    layer_of = {}
    for c in nx.topological_sort(condensation):
        layer_of[c] = max((layer_of[p] + 1 for p in condensation.predecessors(c)), default=0)
    mapping = condensation.graph["mapping"]
    position = {s: k for k, s in enumerate(ids)}
    first = lambda found: sorted(found, key=position.get)[:NAMES_LISTED]
    result = {
        "layer": {s: layer_of[mapping[s]] for s in ids},
        "cycles": [sorted(c, key=position.get) for c in nx.strongly_connected_components(g) if len(c) > 1],
        "betweenness": nx.betweenness_centrality(g, normalized=True),
    }
    u = g.to_undirected()
    result["articulation"] = set(nx.articulation_points(u))
    result["bridges"] = list(nx.bridges(u))
    result["down"] = {}
    result["up"] = {}
    for s in ids:
        down, up = nx.descendants(g, s), nx.ancestors(g, s)
        result["down"][s] = (len(down), first(down))
        result["up"][s] = (len(up), first(up))
    result["index"] = sum(WEIGHTS[f["mechanism"]] for f in flows) / len(flows) if flows else None
    return result


def main():
    framework, votes_csv, systems_csv, flows_csv, out = sys.argv[1:6]
    domains = framework_indicators(framework)
    votes, systems, flows = read_rows(votes_csv), read_rows(systems_csv), read_rows(flows_csv)
    participants, by_indicator, levels, domain_levels = score(domains, votes)
    ids = [s["id"] for s in systems]
    names = {s["id"]: s["name"] for s in systems}
    found = analyse(ids, flows)

    book = xlsxwriter.Workbook(out, {"constant_memory": True})
    bold = book.add_format({"bold": True})
    ws = book.add_worksheet("Domains")
    ws.write_row(0, 0, ["Domain", "Level"], bold)
    for r, (d, _) in enumerate(domains, 1):
        ws.write_row(r, 0, [d, domain_levels[d] if domain_levels[d] is not None else ""])
    ws = book.add_worksheet("Indicators")
    ws.write_row(0, 0, ["Indicator", "Level", "Votes"], bold)
    r = 1
    for _, ind in domains:
        for i in ind:
            ws.write_row(r, 0, [i, levels[i] if levels[i] is not None else "", ", ".join(by_indicator.get(i, []))])
            r += 1
    ws = book.add_worksheet("Systems")
    ws.write_row(0, 0, ["ID", "Name", "Category", "Status", "Hosting", "Maturity"], bold)
    for r, s in enumerate(systems, 1):
        ws.write_row(r, 0, [s["id"], s["name"], s.get("category", ""), s.get("status", ""), s.get("hosting", ""),
                            s.get("maturity", "")])
    ws = book.add_worksheet("Flows")
    ws.write_row(0, 0, ["From", "To", "Data", "Mechanism", "Agreement"], bold)
    for r, f in enumerate(flows, 1):
        ws.write_row(r, 0, [f["from"], f["to"], f.get("data", ""), f["mechanism"], f.get("agreement", "")])
    ws = book.add_worksheet("Dependencies")
    ws.write_row(0, 0, ["ID", "Name", "Layer", "Cycle", "Betweenness", "Single point of failure", "Downstream",
                        "Affected by its outage", "Upstream", "Depends on"], bold)
    cycle_of = {s: k + 1 for k, c in enumerate(found["cycles"]) for s in c}
    order = sorted(ids, key=lambda s: found["layer"][s])

    def listed(reach):
        count, first = reach
        text = "; ".join(names[s] for s in first)
        return text + (f"; and {count - len(first)} more" if count > len(first) else "")
    for r, s in enumerate(order, 1):
        ws.write_row(r, 0, [s, names[s], found["layer"][s] + 1, cycle_of.get(s, ""), found["betweenness"][s],
                            "yes" if s in found["articulation"] else "no", found["down"][s][0], listed(found["down"][s]),
                            found["up"][s][0], listed(found["up"][s])])
    r = len(order) + 2
    ws.write(r, 0, "Critical links", bold)
    for a, b in found["bridges"]:
        r += 1
        ws.write_row(r, 0, [a, b])
    ws = book.add_worksheet("Participants")
    ws.write_row(0, 0, ["Participant"], bold)
    for r, p in enumerate(participants, 1):
        ws.write(r, 0, p)
    book.close()


if __name__ == "__main__":
    main()
