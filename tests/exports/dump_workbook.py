#!/usr/bin/python3
"""Dumps an xlsx file as tab-separated lines for the C++ tests to read.

Usage: dump_workbook.py FILE.xlsx

Lines (fields escaped: backslash, tab and newline as \\\\, \\t, \\n):
  sheet   NAME
  cell    SHEET COORD KIND VALUE CACHED   KIND: n number, s text, f formula, b bool
  chart   SHEET TAG                       e.g. radarChart, barChart
  freeze  SHEET REF
  filter  SHEET REF
  print   SHEET ORIENTATION FIT_TO_PAGE FIT_WIDTH FIT_HEIGHT REPEAT_ROWS
  cf      SHEET RANGE RULE_TYPE
  prop    NAME VALUE
Numbers are written with repr(), so they read back exactly.
"""
import sys

import openpyxl


def esc(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def line(*fields):
    print("\t".join(esc(f) for f in fields))


def kind(cell):
    if cell.data_type == "f":
        return "f"
    if cell.data_type == "n":
        return "n"
    if cell.data_type == "b":
        return "b"
    return "s"


def main(path):
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    props = formulas.properties
    for name in ("title", "subject", "creator", "keywords", "description"):
        line("prop", name, getattr(props, name))
    for ws in formulas.worksheets:
        line("sheet", ws.title)
    for ws in formulas.worksheets:
        values = cached[ws.title]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                line("cell", ws.title, cell.coordinate, kind(cell), cell.value, values[cell.coordinate].value)
        for chart in ws._charts:
            line("chart", ws.title, chart.tagname)
        if ws.freeze_panes:
            line("freeze", ws.title, ws.freeze_panes)
        if ws.auto_filter.ref:
            line("filter", ws.title, ws.auto_filter.ref)
        setup = ws.page_setup
        fit = ws.sheet_properties.pageSetUpPr
        line("print", ws.title, setup.orientation, bool(fit and fit.fitToPage), setup.fitToWidth, setup.fitToHeight,
             ws.print_title_rows)
        for rng in ws.conditional_formatting:
            for rule in rng.rules:
                line("cf", ws.title, str(rng.sqref), rule.type)


if __name__ == "__main__":
    main(sys.argv[1])
