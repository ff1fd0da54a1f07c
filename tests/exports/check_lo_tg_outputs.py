#!/usr/bin/env python3
"""A Lao and a Tajik workbook, read back with openpyxl: sheet names, the
Summary's labels and the framework's texts are in the language's script,
not English; and the system map for Graphviz with its legend in Lao and
Tajik, rendered to SVG. Usage: check_lo_tg_outputs.py SOCLE_CLI SAMPLES_DIR"""
import pathlib
import re
import subprocess
import sys
import tempfile

import openpyxl

cli, samples = sys.argv[1], pathlib.Path(sys.argv[2])
SCRIPTS = {"lo": re.compile(r"[\u0E80-\u0EFF]"), "tg": re.compile(r"[\u0400-\u04FF]")}
TAJIK_ONLY = re.compile(r"[ҒғӢӣҚқӮӯҲҳҶҷ]")
problems = []

with tempfile.TemporaryDirectory() as tmp:
    for lang, sample in (("lo", "lao-pdr-2026-baseline.socle"), ("tg", "tajikistan-2026-baseline.socle")):
        out = pathlib.Path(tmp) / (lang + ".xlsx")
        run = subprocess.run([cli, "export", str(samples / sample), "-o", str(out), "--lang", lang],
                             capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(f"{lang}: export failed: {run.stderr}")
            continue
        book = openpyxl.load_workbook(out)
        names = book.sheetnames
        # Every sheet named in the language's script (a sheet left in English would be a missing label).
        english = [n for n in names if not SCRIPTS[lang].search(n)]
        if english:
            problems.append(f"{lang}: sheets not translated: {english}")
        summary = book[names[0]]
        texts = [str(c.value) for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
        in_script = [t for t in texts if SCRIPTS[lang].search(t)]
        if len(in_script) < 10:
            problems.append(f"{lang}: only {len(in_script)} texts of the Summary in the language's script")
        if lang == "tg" and not any(TAJIK_ONLY.search(t) for t in texts):
            problems.append("tg: no Tajik-only letter in the Summary (Russian labels instead of Tajik?)")
        # The framework's own text: the Indicators sheet's questions in the language.
        indicators = book[names[2]]
        questions = [c.value for c in indicators["C"][1:] if isinstance(c.value, str)]
        if not questions or sum(bool(SCRIPTS[lang].search(q)) for q in questions) < len(questions) * 0.9:
            problems.append(f"{lang}: the Indicators sheet's questions are not in the language")
        # The map for Graphviz: the legend (categories, mechanisms, how to read it) in the language.
        dot = pathlib.Path(tmp) / (lang + ".dot")
        run = subprocess.run([cli, "systems", str(samples / sample), "--dot", str(dot), "--lang", lang],
                             capture_output=True, text=True)
        legend = dot.read_text(encoding="utf-8").split("label=<", 1)[-1] if run.returncode == 0 else ""
        if not SCRIPTS[lang].search(legend) or "depends on data from" in legend:
            problems.append(f"{lang}: the map's legend is not in the language")
        svg = subprocess.run(["dot", "-Tsvg", str(dot)], capture_output=True, text=True)
        if svg.returncode != 0 or not SCRIPTS[lang].search(svg.stdout):
            problems.append(f"{lang}: Graphviz did not render the map with its text: {svg.stderr[:200]}")
        print(f"{lang}: {len(names)} sheets, {len(in_script)} Summary texts in script, {len(questions)} questions")

for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
