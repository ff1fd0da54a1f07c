"""socle-cli practices: the JSON output against the built-in library read
independently here (ElementTree), the filters (indicator, level above the
room's, country by code or name in another language), the user folder, and
`practices validate` with its FILE:LINE lines and exit codes.
Usage: check_practices_cli.py SOCLE_CLI SOURCE_DIR"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

cli, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
library = ET.parse(source_dir / "frameworks/builtin/practices.xml").getroot()
data = source_dir / "tests/data/practices"
empty_user_dir = tempfile.mkdtemp()


def run(*args, user_dir=empty_user_dir):
    env = dict(os.environ, SOCLE_PRACTICES_DIR=str(user_dir))
    return subprocess.run([cli, "practices", *args], capture_output=True, text=True, env=env, check=False)


def listed(*args, user_dir=empty_user_dir):
    result = run(*args, "--format", "json", user_dir=user_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # nothing else may be on stdout


def links(case):
    return {link.get("indicator"): int(link.get("level")) for link in case.findall("illustrates")}


cases = library.findall("case")
everything = listed()
assert [item["id"] for item in everything] == [case.get("id") for case in cases]
for item, case in zip(everything, cases):
    assert item["country"] == case.get("country"), item["id"]
    assert item["title"] == " ".join(case.find("title[@lang='en']").text.split()), item["id"]
    assert {link["indicator"]: link["level"] for link in item["illustrates"]} == links(case)
    assert [source["id"] for source in item["sources"]] == [cite.get("source") for cite in case.findall("cite")]
    for source in item["sources"]:
        assert source["title"] and source["publisher"] and len(source["year"]) == 4, source

# Russian text where the case has it.
russian = listed("--lang", "ru")
assert russian[0]["title"] == " ".join(cases[0].find("title[@lang='ru']").text.split())

# Lao and Tajik: the full texts fall back to English, and each case's draft
# summary in the language is given and said to be a draft.
for lang in ("lo", "tg"):
    local = listed("--lang", lang)
    for item, case in zip(local, cases):
        assert item["title"] == " ".join(case.find("title[@lang='en']").text.split()), item["id"]
        assert item["summary"] == " ".join(case.find(f"summary[@lang='{lang}']").text.split()), item["id"]
        assert item["summary_draft"] is True, item["id"]
    table = run("--lang", lang, "--indicator", "D12.2")
    assert table.returncode == 0 and table.stdout.count("\n  summary (draft): ") == 2, table.stdout
assert all(item["summary"] is None for item in everything)  # no English summary: the full text is there

# By indicator: highest level first; above the room's level: nearest first.
for indicator in sorted({i for case in cases for i in links(case)}):
    expected = sorted(((links(c)[indicator], c.get("id")) for c in cases if indicator in links(c)),
                      key=lambda pair: (-pair[0], pair[1]))
    got = listed("--indicator", indicator)
    assert [(item["level"], item["id"]) for item in got] == expected, (indicator, got)
    for room in range(0, 5):
        above = sorted((pair for pair in expected if pair[0] > room), key=lambda pair: (pair[0], pair[1]))
        got = listed("--indicator", indicator, "--above", str(room))
        assert [(item["level"], item["id"]) for item in got] == above, (indicator, room)

# By country: the code, or a name in any language of the case.
cambodia = [c.get("id") for c in cases if c.get("country") == "KH"]
assert cambodia
assert [item["id"] for item in listed("--country", "KH")] == cambodia
assert [item["id"] for item in listed("--country", "cambodge")] == cambodia
assert listed("--country", "Atlantis") == []

# The user folder adds its library; a broken file is reported and left out.
with tempfile.TemporaryDirectory() as user_dir:
    shutil.copy(data / "valid-small.xml", pathlib.Path(user_dir) / "ours.xml")
    shutil.copy(data / "several-problems.xml", pathlib.Path(user_dir) / "broken.xml")
    result = run("--format", "json", "--country", "TG", user_dir=user_dir)
    assert result.returncode == 0, result.stderr
    ids = [item["id"] for item in json.loads(result.stdout)]
    assert "two" in ids and "tg-novissi" in ids, ids
    broken = str(pathlib.Path(user_dir) / "broken.xml")
    assert result.stderr.startswith(broken + ":7:"), result.stderr
    assert result.stderr.count(": error: ") == 11, result.stderr

# validate: exit 0 for a good file (its framework is not built in: links not
# checked, and it says so); exit 1 and FILE:LINE:COLUMN lines for a bad one.
good = run("validate", str(data / "valid-small.xml"))
assert good.returncode == 0 and "3 cases; links not checked" in good.stdout, (good.stdout, good.stderr)
bad = run("validate", str(data / "several-problems.xml"))
assert bad.returncode == 1 and bad.stdout == "", bad.stdout
lines = bad.stderr.splitlines()
assert len(lines) == 11 and lines[2].startswith(str(data / "several-problems.xml") + ":14:3: error: "), lines

# Export one case anonymised, import it in another team's folder.
with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryDirectory() as other_team:
    shared = str(pathlib.Path(scratch) / "shared-case.xml")
    exported = run("export", "tg-novissi", "-o", shared, "--anonymise")
    assert exported.returncode == 0, exported.stderr
    text = pathlib.Path(shared).read_text(encoding="utf-8")
    assert "Togo" not in text and 'country="TG"' not in text and 'anonymised="yes"' in text, text
    checked = run("validate", shared)
    assert checked.returncode == 0 and "1 cases" in checked.stdout, (checked.stdout, checked.stderr)
    imported = run("import", shared, user_dir=other_team)
    assert imported.returncode == 0, imported.stderr
    theirs = listed("--indicator", "D12.2", user_dir=other_team)
    assert [item["id"] for item in theirs].count("tg-novissi") == 2, theirs  # built-in and the anonymous copy
    assert run("import", shared, user_dir=other_team).returncode == 1  # never over an existing file
    assert run("import", str(data / "several-problems.xml"), user_dir=other_team).returncode == 1
    assert run("export", "no-such-case", "-o", shared).returncode == 1

# Usage errors exit 2.
for args in (["--above", "2"], ["--indicator", "D5.2", "--above", "x"], ["--format", "yaml"], ["bogus"],
             ["validate"], ["export", "tg-novissi"], ["import"]):
    assert run(*args).returncode == 2, args
print("practices cli: ok,", len(everything), "cases")
