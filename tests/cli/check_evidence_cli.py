"""The evidence register end to end, as a team would keep it: socle-cli
evidence add (with a file's SHA-256) and list, the score JSON's
evidence_documents and support, the workbook's Evidence sheet and the
report's "Documents seen" annex read back with openpyxl and python-docx, an
anonymised copy, and refused input that leaves the file untouched."""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

import docx
import openpyxl

cli, data = sys.argv[1], sys.argv[2]


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True, check=False)
    assert result.returncode == expect, (args, result.returncode, result.stdout, result.stderr)
    return result


with tempfile.TemporaryDirectory() as tmp:
    socle = os.path.join(tmp, "worked.socle")
    run("new", "--framework", os.path.join(data, "frameworks", "worked-example.xml"), "-o", socle,
        "--title", "Worked example", "--participants", os.path.join(data, "worked-example", "participants.csv"),
        "--profile", "has_insurance=no")
    run("import-votes", socle, os.path.join(data, "worked-example", "votes.csv"))
    assert json.loads(run("evidence", "list", socle, "--json").stdout) == {"documents": []}
    assert run("evidence", "list", socle).stdout.startswith("0 documents in the evidence register")

    scanned = os.path.join(tmp, "décret 224.pdf")
    with open(scanned, "wb") as f:
        f.write(b"%PDF-1.4 scanned decree\n" * 100)
    digest = hashlib.sha256(open(scanned, "rb").read()).hexdigest()
    out = run("evidence", "add", socle, "--title", "Décret 224/PM sur l'assistance sociale", "--type", "law",
              "--issuer", "Prime Minister's Office", "--date", "2024-05-17", "--seen-by", "Ms Phonesavanh",
              "--kept-at", "Team drive/decrees", "--confidentiality", "public", "--indicators", "A.3, A.1",
              "--file", scanned).stdout
    assert out.startswith("added doc1 (Décret 224/PM sur l'assistance sociale), supporting 2 indicators"), out
    assert os.path.exists(socle + ".bak"), "the previous version is kept"
    run("evidence", "add", socle, "--title", "Registry operations manual", "--type", "manual",
        "--date", "2023", "--indicators", "B.2")

    listed = json.loads(run("evidence", "list", socle, "--json").stdout)["documents"]
    assert [d["id"] for d in listed] == ["doc1", "doc2"], listed
    first = listed[0]
    assert first == {"id": "doc1", "title": "Décret 224/PM sur l'assistance sociale", "type": "law",
                     "issuer": "Prime Minister's Office", "date": "2024-05-17", "seen_by": "Ms Phonesavanh",
                     "kept_at": "Team drive/decrees", "confidentiality": "public", "sha256": digest,
                     "indicators": ["A.3", "A.1"]}, first
    assert listed[1]["confidentiality"] == "internal" and listed[1]["sha256"] is None, listed[1]
    table = run("evidence", "list", socle).stdout.splitlines()
    assert table[0] == "2 documents in the evidence register", table
    assert table[2].split()[:4] == ["doc1", "law", "2024-05-17", "A.3,A.1"], table[2]

    # The score: A.3's agreed level is documented; B.2 has a document but
    # its level is the votes' median, not an agreement; A.2 nothing.
    scores = json.loads(run("score", socle, "--format", "json").stdout)
    ind = {i["id"]: i for i in scores["indicators"]}
    assert ind["A.3"]["evidence_documents"] == 1 and ind["A.3"]["support"] == "documented", ind["A.3"]
    assert ind["A.1"]["evidence_documents"] == 1 and ind["A.1"]["support"] is None, ind["A.1"]
    assert ind["B.2"]["evidence_documents"] == 1 and ind["A.2"]["evidence_documents"] == 0
    assert all("support" in i and "evidence_documents" in i for i in scores["indicators"])
    # The register counts as documentation in the level profile: A.3 (2),
    # A.1 (3) and B.2 (4) are documented, A.2 (2) is not.
    assert scores["level_profile"]["overall"]["undocumented"] == [0, 1, 0, 0, 0], scores["level_profile"]

    # Refused input: nothing written.
    before = open(socle, "rb").read()
    bad = run("evidence", "add", socle, "--title", "Memo", "--indicators", "A.1,Z.9", expect=1)
    assert "indicator 'Z.9' is not in framework 'worked-example'" in bad.stderr, bad.stderr
    assert "nothing was added" in bad.stderr, bad.stderr
    bad = run("evidence", "add", socle, "--title", "Memo", "--indicators", "A.1", "--date", "17/05/2024", expect=1)
    assert "date '17/05/2024' is not YYYY-MM-DD" in bad.stderr, bad.stderr
    run("evidence", "add", socle, "--title", "Memo", "--indicators", "A.1", "--type", "memo", expect=2)
    run("evidence", "add", socle, "--title", "Memo", "--indicators", "A.1", "--confidentiality", "secret", expect=2)
    run("evidence", "add", socle, "--indicators", "A.1", expect=2)
    run("evidence", "add", socle, "--title", "Memo", expect=2)
    run("evidence", "list", socle, "--title", "x", expect=2)
    run("evidence", "remove", socle, expect=2)
    missing = run("evidence", "add", socle, "--title", "Memo", "--indicators", "A.1", "--file",
                  os.path.join(tmp, "missing.pdf"), expect=1)
    assert "missing.pdf" in missing.stderr, missing.stderr
    assert open(socle, "rb").read() == before, "a refused add must not touch the file"

    # The workbook: an Evidence sheet, one row per document; the Indicators
    # sheet counts each indicator's documents.
    book_path = os.path.join(tmp, "worked.xlsx")
    run("export", socle, "-o", book_path)
    book = openpyxl.load_workbook(book_path)
    assert book.sheetnames[-4:] == ["Evidence", "Method", "Sources", "Glossary"], book.sheetnames
    sheet = book["Evidence"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["ID", "Title", "Type", "Issuer", "Date", "Seen by", "Kept at", "Confidentiality",
                       "Indicators supported", "File SHA-256"], rows[0]
    assert rows[1] == ["doc1", "Décret 224/PM sur l'assistance sociale", "Law or regulation",
                       "Prime Minister's Office", "2024-05-17", "Ms Phonesavanh", "Team drive/decrees", "Public",
                       "A.3, A.1", digest], rows[1]
    assert rows[2][:5] == ["doc2", "Registry operations manual", "Manual or procedure", None, "2023"], rows[2]
    assert len(rows) == 3, rows
    indicators = book["Indicators"]
    header = [c.value for c in indicators[1]]
    documents_col = header.index("Documents")
    counts = {row[0].value: row[documents_col].value for row in indicators.iter_rows(min_row=2)}
    assert counts == {"A.1": 1, "A.2": 0, "A.3": 1, "B.1": 0, "B.2": 1, "B.3": 0, "B.4": 0}, counts

    # The report: the annex lists the documents seen.
    report_path = os.path.join(tmp, "worked.docx")
    run("report", socle, "-o", report_path)
    document = docx.Document(report_path)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Annex: documents seen" in headings, headings
    assert headings.index("Participants") < headings.index("Annex: documents seen") < headings.index("Annex: method")
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Document")
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert cells[1] == ["Décret 224/PM sur l'assistance sociale", "Law or regulation", "Prime Minister's Office",
                        "2024-05-17", "A.3, A.1"], cells
    assert cells[2][0] == "Registry operations manual" and len(cells) == 3, cells
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Documents the team has seen: 2. Agreed levels that rest on at least one of them (documented): 1 of 1;" \
        in text, text

    # An anonymised copy: counts, types, years and links stay.
    shared = os.path.join(tmp, "shared.socle")
    run("anonymise", socle, "-o", shared)
    kept = json.loads(run("evidence", "list", shared, "--json").stdout)["documents"]
    assert [(d["id"], d["type"], d["date"], d["indicators"]) for d in kept] == [
        ("doc1", "law", "2024", ["A.3", "A.1"]), ("doc2", "manual", "2023", ["B.2"])], kept
    assert all(d["title"] == "" and d["issuer"] == "" and d["seen_by"] == "" and d["kept_at"] == ""
               and d["sha256"] is None for d in kept), kept
    shared_scores = json.loads(run("score", shared, "--format", "json").stdout)
    assert {i["id"]: i["support"] for i in shared_scores["indicators"]} == \
        {i["id"]: i["support"] for i in scores["indicators"]}
    anonymous_report = os.path.join(tmp, "shared.docx")
    run("report", shared, "-o", anonymous_report)
    table = next(t for t in docx.Document(anonymous_report).tables if t.rows[0].cells[0].text == "Document")
    assert [row.cells[0].text for row in table.rows[1:]] == ["Document 1", "Document 2"]
print("evidence cli: ok")
