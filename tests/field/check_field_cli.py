"""Field pre-scoring end to end: `socle-cli xlsform` checked against the
XLSForm rules that can be checked without KoboToolbox or ODK (sheets,
`label::Language (code)` columns, valid and unique names, every select_one
list present in `choices`, `relevant` expressions naming existing fields,
settings), then `socle-cli import-votes` with CSV files written the way
KoboToolbox (group/field headers, `,`, `_uuid`...) and ODK Central
(group-field headers, `;`, SubmissionDate, KEY...) export them, a repeated
submission (the latest counts, the earlier line is named), and a bad file
(every error with line and column, the .socle left byte for byte)."""
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import openpyxl

cli, root = sys.argv[1], sys.argv[2]
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
LANG_COLUMN = re.compile(r"^(label|hint)::([^()]+) \(([a-z]{2,3})\)$")


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout, result.stderr)
    return result


def sheet_rows(ws):
    rows = list(ws.iter_rows(values_only=True))
    header = [h for h in rows[0]]
    return header, [dict(zip(header, r)) for r in rows[1:]]


def framework_ids(path):
    tree = ET.parse(path)
    domains = [(d.get("id"), [i.get("id") for i in d.iter("indicator")]) for d in tree.iter("domain")]
    profile = tree.find("profile")
    questions = [q.get("id") for q in profile.findall("question")] if profile is not None else []
    return domains, questions


def form_name(identifier):
    name = re.sub(r"[^A-Za-z0-9_]", "_", identifier)
    return "i_" + name if name[0].isdigit() else name


def check_form(path, langs, framework_xml):
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["survey", "choices", "settings"], book.sheetnames
    survey_header, survey = sheet_rows(book["survey"])
    choices_header, choices = sheet_rows(book["choices"])
    settings_header, settings = sheet_rows(book["settings"])
    for header in (survey_header, choices_header):
        assert "label" not in header and "hint" not in header, header  # never a plain label beside named ones
        named = [LANG_COLUMN.match(h) for h in header if h.startswith(("label", "hint"))]
        assert all(named), header
        assert [m.group(3) for m in named if m.group(1) == "label"] == langs, header
    assert "label::English (en)" in survey_header
    # Names: valid, unique among questions and groups.
    names = [r["name"] for r in survey if r["type"] != "end_group"]
    assert all(NAME.match(n) for n in names), [n for n in names if not NAME.match(n)]
    assert len(names) == len(set(n.lower() for n in names)), "duplicate names"
    depth = 0
    for r in survey:
        depth += {"begin_group": 1, "end_group": -1}.get(r["type"], 0)
        assert depth >= 0
    assert depth == 0, "begin_group and end_group do not pair"
    # Every select_one names a list of the choices sheet; each list's choices are unique.
    lists = {}
    for c in choices:
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+", str(c["name"])), c  # choice values: no spaces
        lists.setdefault(c["list_name"], []).append(str(c["name"]))
    for values in lists.values():
        assert len(values) == len(set(values)), values
    selects = [r for r in survey if r["type"].startswith("select_one ")]
    for r in selects:
        assert r["type"].split(" ", 1)[1] in lists, r["type"]
    # One question per indicator, named from its id, inside its domain's group, with the five levels, na, unknown.
    domains, questions = framework_ids(framework_xml)
    expected = [form_name(i) for _, ids in domains for i in ids]
    indicator_rows = [r for r in selects if r["type"].startswith("select_one lvl_")]
    assert [r["name"] for r in indicator_rows] == expected, ([r["name"] for r in indicator_rows], expected)
    # An indicator the framework marks always applicable offers no "na" (format 2).
    always = {form_name(i.get("id")) for i in ET.parse(framework_xml).iter("indicator")
              if i.get("always-applicable") == "yes"}
    assert always or "format=\"2\"" not in open(framework_xml, encoding="utf-8").read(200)
    for r in indicator_rows:
        levels = ["1", "2", "3", "4", "5"] + ([] if r["name"] in always else ["na"]) + ["unknown"]
        assert lists["lvl_" + r["name"]] == levels, lists["lvl_" + r["name"]]
        for lang in langs:
            assert r["label::" + [h for h in survey_header if h.endswith("(%s)" % lang)][0].split("::")[1]]
    groups = [r["name"] for r in survey if r["type"] == "begin_group"]
    assert groups == (["profile"] if questions else []) + [form_name(d) for d, _ in domains], groups
    # relevant: only ${existing} = 'choice' or '' joined by and/or, with parentheses balanced.
    known = set(names)
    relevant = [r for r in survey if r.get("relevant")]
    assert relevant or not any(True for _ in ET.parse(framework_xml).iter("relevant-if"))
    for r in relevant:
        expression = r["relevant"]
        assert expression.count("(") == expression.count(")"), expression
        for ref in re.findall(r"\$\{([^}]*)\}", expression):
            assert ref in known, (r["name"], ref)
        stripped = re.sub(r"\$\{[A-Za-z0-9_]+\} = '[A-Za-z0-9_]*'", "X", expression)
        assert re.fullmatch(r"[X()\s]*(?:(?:and|or)[X()\s]*)*", stripped), expression
    # Participant questions, settings.
    assert [r["name"] for r in survey[:3]] == ["participant_name", "institution", "role"]
    assert survey[0]["required"] == "yes"
    assert settings_header == ["form_title", "form_id", "version", "default_language"], settings_header
    assert NAME.match(settings[0]["form_id"]), settings[0]
    default = settings[0]["default_language"]
    assert "label::" + default in survey_header, (default, survey_header)
    return survey_header, survey


def votes_of(socle):
    tree = ET.parse(socle)
    people = {p.get("id"): (p.text or "") for p in tree.iter("participant")}
    out = {}
    for ind in tree.find("responses") if tree.find("responses") is not None else []:
        for v in ind.iter("vote"):
            out[(ind.get("id"), people[v.get("participant")])] = v.text
    return out, tree


def write_csv(path, header, rows, separator=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buffer.getvalue())


with tempfile.TemporaryDirectory() as tmp:
    full = os.path.join(root, "frameworks", "builtin", "sp-dmf.xml")
    quick = os.path.join(root, "frameworks", "builtin", "quick-scan.xml")
    langs = ["lo", "en", "fr", "ru", "tg"]
    form = os.path.join(tmp, "form.xlsx")
    run("xlsform", "sp-dmf", "-o", form, "--langs", ",".join(langs))
    header, survey = check_form(form, langs, full)
    assert openpyxl.load_workbook(form)["settings"]["D2"].value == "Lao (lo)"
    lao = [r["label::Lao (lo)"] for r in survey if r["type"].startswith("select_one lvl_")]
    assert all(re.search("[\u0e80-\u0eff]", text) for text in lao), "Lao labels missing"
    assert any(r.get("hint::English (en)") for r in survey), "no guidance as hint"
    run("xlsform", "sp-dmf", "-o", form, "--langs", "en,", expect=2)
    run("xlsform", "no-such-framework", "-o", form, expect=1)

    # A form from a .socle: its profile answers become defaults.
    socle = os.path.join(tmp, "pre.socle")
    run("new", "--framework", "sp-quick-scan", "-o", socle, "--title", "Pre-scoring")
    quick_form = os.path.join(tmp, "quick.xlsx")
    run("xlsform", socle, "-o", quick_form)
    _, quick_survey = check_form(quick_form, ["en", "fr", "ru", "lo", "tg"], quick)
    domains, _ = framework_ids(quick)
    fields = [(d, i) for d, ids in domains for i in ids]
    group_of = {r["name"]: g for g, r in
                ((next(x["name"] for x in reversed(quick_survey[:k]) if x["type"] == "begin_group"), r)
                 for k, r in enumerate(quick_survey) if r["type"].startswith("select_one lvl_"))}

    # KoboToolbox: group/field headers, comma, metadata; Ana submits twice, the later time counts.
    before = open(socle, "rb").read()
    kobo_header = ["start", "end", "participant_name", "institution", "role"] + \
        ["%s/%s" % (group_of[form_name(i)], form_name(i)) for _, i in fields] + \
        ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "_tags", "_index"]
    n = len(fields)
    values_ana_late = (["2", "3", "na", "1", "", "5", "4", "unknown", "2", "2", "3", "1"] + ["2"] * n)[:n]
    values_bo = ["1"] * n
    values_ana_early = ["5"] * n
    meta = lambda n, t: [str(n), "uuid-%d" % n, t, "", "", "submitted_via_web", "", "", str(n)]
    write_csv(os.path.join(tmp, "kobo.csv"), kobo_header, [
        ["2026-03-01T09:00", "2026-03-01T09:40", "Ana Phommachanh", "MoLSW", "Director"] + values_ana_late + meta(1, "2026-03-01T09:41:00"),
        ["2026-03-01T09:00", "2026-03-01T09:30", "Bo Li", "NSSF", "Analyst"] + values_bo + meta(2, "2026-03-01T09:31:00"),
        ["2026-02-28T09:00", "2026-02-28T09:30", "ana phommachanh", "MoLSW", "Director"] + values_ana_early + meta(3, "2026-02-28T09:31:00"),
    ])
    result = run("import-votes", socle, os.path.join(tmp, "kobo.csv"))
    assert "kobo.csv:4:1: warning:" in result.stderr and "latest submission counts" in result.stderr, result.stderr
    assert "set aside 1 earlier submissions" in result.stdout, result.stdout
    votes, tree = votes_of(socle)
    for (_, ind), value in zip(fields, values_ana_late):
        assert votes.get((ind, "Ana Phommachanh")) == (value or None), (ind, votes.get((ind, "Ana Phommachanh")), value)
    assert all(votes[(ind, "Bo Li")] == "1" for _, ind in fields)
    bo = [p for p in tree.iter("participant") if p.text == "Bo Li"][0]
    assert bo.get("institution") == "NSSF" and bo.get("role") == "Analyst"
    assert len(list(tree.iter("participant"))) == 2
    assert open(socle, "rb").read() != before

    # ODK Central: group-field headers, semicolon, its metadata; plain headers too.
    odk = os.path.join(tmp, "odk.socle")
    run("new", "--framework", "sp-quick-scan", "-o", odk)
    odk_header = ["SubmissionDate", "start", "end", "participant_name", "institution", "role"] + \
        ["%s-%s" % (group_of[form_name(i)], form_name(i)) for _, i in fields[:6]] + \
        [form_name(i) for _, i in fields[6:]] + ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName",
                                                "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState",
                                                "DeviceID", "Edits", "FormVersion"]
    write_csv(os.path.join(tmp, "odk.csv"), odk_header, [
        ["2026-03-02T10:00:00.000Z", "", "", "Chanthala; S.", "", ""] + ["3"] * len(fields) +
        ["uuid:a", "uuid:a", "7", "tablet", "0", "0", "", "", "collect:x", "0", "1.0.0"]], separator=";")
    run("import-votes", odk, os.path.join(tmp, "odk.csv"))
    votes, _ = votes_of(odk)
    assert all(votes[(ind, "Chanthala; S.")] == "3" for _, ind in fields), votes

    # Errors: a value that is not a choice, an empty name; every one with line and column, nothing changed.
    before = open(odk, "rb").read()
    bad_header = ["participant_name"] + [form_name(i) for _, i in fields[:2]]
    write_csv(os.path.join(tmp, "bad.csv"), bad_header, [["Dara", "2", "3"], ["Eli", "Level 4", "2"], ["", "1", "1"], ["Fon", "1", "9"]])
    result = run("import-votes", odk, os.path.join(tmp, "bad.csv"), expect=1)
    for where in ("bad.csv:3:2: error:", "bad.csv:4:1: error:", "bad.csv:5:3: error:"):
        assert where in result.stderr, (where, result.stderr)
    assert "nothing was imported" in result.stderr
    assert open(odk, "rb").read() == before
    write_csv(os.path.join(tmp, "other.csv"), ["participant_name", "X9_9"], [["Dara", "2"]])
    result = run("import-votes", odk, os.path.join(tmp, "other.csv"), expect=1)
    assert "no column is an indicator" in result.stderr, result.stderr

    # Paper: vote sheets in the session's language read back with python-docx, and the template typed in.
    import docx
    lao = os.path.join(root, "samples", "lao-pdr-2026-baseline.socle")
    sheets = os.path.join(tmp, "sheets.docx")
    result = run("sheets", lao, "-o", sheets, "--lang", "lo")
    document = docx.Document(sheets)
    tree = ET.parse(lao)
    snapshot = ET.fromstring(tree.find("framework-snapshot").text.encode("utf-8"))
    profile = {a.get("question"): a.text for a in tree.iter("answer")}
    relevant_ids = [i.get("id") for i in snapshot.iter("indicator")
                    if all(profile.get(c.get("profile")) in (None, "", c.get("equals")) for c in i.iter("relevant-if"))]
    level_count = len(list(snapshot.iter("level")))
    questions = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert [q.split(". ", 1)[0] for q in questions] == relevant_ids, (questions[:3], relevant_ids[:3])
    assert len(document.tables) == len(relevant_ids)
    always = {i.get("id") for i in snapshot.iter("indicator") if i.get("always-applicable") == "yes"}
    for indicator_id, table in zip(relevant_ids, document.tables):
        # levels, "not applicable" unless the framework refuses it, "don't know"
        assert len(table.rows) == 1 + level_count + (1 if indicator_id in always else 2), (indicator_id, len(table.rows))
        assert all(row.cells[0].text == "\u2610" for row in table.rows[1:])
    assert any(re.search("[\u0e80-\u0eff]", q) for q in questions), "--lang lo gave no Lao questions"
    template = os.path.join(tmp, "sheets.csv")
    rows = list(csv.reader(open(template, encoding="utf-8-sig")))
    assert rows[0] == ["indicator", "participant", "vote", "note"]
    assert [r[0] for r in rows[1:]] == relevant_ids
    rows[1][1:3] = ["Paper participant", "2"]
    rows[2][1:4] = ["Paper participant", "na", "typed from sheet 4"]
    write_csv(template, rows[0], rows[1:])
    copy = os.path.join(tmp, "lao.socle")
    run("new", "--framework", "sp-quick-scan", "-o", copy)
    run("sheets", copy, "-o", os.path.join(tmp, "quick.docx"), "--template", os.path.join(tmp, "typed.csv"), "--lang", "fr")
    typed = list(csv.reader(open(os.path.join(tmp, "typed.csv"), encoding="utf-8-sig")))
    typed[1][1:3] = ["Paper participant", "4"]
    write_csv(os.path.join(tmp, "typed.csv"), typed[0], typed[1:])
    french = docx.Document(os.path.join(tmp, "quick.docx"))
    quick_always = sum(i.get("always-applicable") == "yes"
                       for i in ET.parse(os.path.join(root, "frameworks", "builtin", "quick-scan.xml")).iter("indicator"))
    assert sum(r.cells[1].text == "Sans objet" for t in french.tables for r in t.rows) == len(french.tables) - quick_always
    run("import-votes", copy, os.path.join(tmp, "typed.csv"))
    votes, _ = votes_of(copy)
    assert votes == {(typed[1][0], "Paper participant"): "4"}, votes

    # Break-out groups: three copies of one base, each rating its own indicators, merge without loss;
    # a fourth that disagrees with the first on one vote is a conflict naming that copy (exit 1).
    import json
    base = os.path.join(tmp, "base.socle")
    # The groups' members are listed in the base, as a facilitator prepares the copies.
    write_csv(os.path.join(tmp, "people.csv"), ["id", "name"], [["g0", "Group 0"], ["g1", "Group 1"], ["g2", "Group 2"]])
    run("new", "--framework", "sp-quick-scan", "-o", base, "--participants", os.path.join(tmp, "people.csv"))
    copies = []
    for n, indicators in enumerate((["Q1.1", "Q1.2"], ["Q2.1"], ["Q3.1", "Q4.1"])):
        copy = os.path.join(tmp, "group%d.socle" % n)
        open(copy, "wb").write(open(base, "rb").read())
        write_csv(os.path.join(tmp, "g%d.csv" % n), ["indicator", "participant", "vote"],
                  [[i, "Group %d" % n, str(n + 2)] for i in indicators])
        run("import-votes", copy, os.path.join(tmp, "g%d.csv" % n))
        copies.append(copy)
    merged = os.path.join(tmp, "merged.socle")
    result = json.loads(run("merge", base, *copies, "-o", merged, "--format", "json").stdout)
    assert result["clean"] and result["conflicts"] == [], result
    votes, _ = votes_of(merged)
    assert votes == {("Q1.1", "Group 0"): "2", ("Q1.2", "Group 0"): "2", ("Q2.1", "Group 1"): "3",
                     ("Q3.1", "Group 2"): "4", ("Q4.1", "Group 2"): "4"}, votes
    rival = os.path.join(tmp, "rival.socle")
    open(rival, "wb").write(open(base, "rb").read())
    write_csv(os.path.join(tmp, "rival.csv"), ["indicator", "participant", "vote"], [["Q2.1", "Group 1", "5"]])
    run("import-votes", rival, os.path.join(tmp, "rival.csv"))
    result = json.loads(run("merge", base, *copies, rival, "-o", merged, "--format", "json", expect=1).stdout)
    assert len(result["conflicts"]) >= 1, result
    assert all(c["copy"] == rival for c in result["conflicts"]), result
    assert any(c["earlier"] == "3" and c["copy_value"] == "5" for c in result["conflicts"]), result
    votes, _ = votes_of(merged)
    assert votes[("Q2.1", "Group 1")] == "3" and votes[("Q4.1", "Group 2")] == "4", votes

print("ok")
