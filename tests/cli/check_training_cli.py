"""socle-cli training: `list` against the case files read here with
ElementTree; `new` then `check` on hand-made team files (all exact, all one
level off, mixed with votes) whose agreed levels are set with the existing
`import-votes` command; the JSON read back and checked against the key and
the framework's descriptors; the table; `validate` with FILE:LINE errors.
Usage: check_training_cli.py SOCLE_CLI SOURCE_DIR"""
import csv
import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

cli, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
builtin = source_dir / "frameworks/builtin"
data = source_dir / "tests/data/training"


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True, check=False)


def ok(*args):
    result = run(*args)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def folded(text):
    return " ".join(text.split())


full = ET.parse(builtin / "training/veridia-sp-dmf.xml").getroot()
quick = ET.parse(builtin / "training/veridia-quick-scan.xml").getroot()
framework = ET.parse(builtin / "sp-dmf.xml").getroot()
key = {ind.get("id"): int(ind.find("key").get("level")) for ind in full.findall("indicator")}
domain_of = {ind.get("id"): dom.get("id") for dom in framework.iter("domain") for ind in dom.iter("indicator")}
assert len(key) == 64


def descriptor(indicator, level, lang):
    for ind in framework.iter("indicator"):
        if ind.get("id") == indicator:
            for text in ind.iter("descriptor"):
                if text.get("level") == str(level) and text.get("lang") == lang:
                    return folded(text.text)
    raise AssertionError((indicator, level, lang))


# list: both cases, in file name order, titles in the language asked for.
listed = json.loads(ok("training", "list", "--format", "json"))
assert [item["id"] for item in listed] == ["veridia-quick-scan", "veridia-sp-dmf"], listed
assert listed[1]["framework"] == "sp-dmf" and listed[1]["framework_version"] == "2.0.0"
assert listed[1]["indicators"] == 64 and listed[0]["indicators"] == 16
assert listed[1]["title"] == folded(full.find("title[@lang='en']").text)
french = json.loads(ok("training", "list", "--format", "json", "--lang", "fr"))
assert french[0]["title"] == folded(quick.find("title[@lang='fr']").text)
assert french[0]["country"] == folded(quick.find("country/name[@lang='fr']").text)
table = ok("training", "list").splitlines()
assert table[0].split() == ["case", "framework", "indicators", "title"] and len(table) == 3, table
assert table[2].startswith("veridia-sp-dmf") and table[1].index("sp-quick-scan") == table[2].index("sp-dmf 2.0.0"), table


def set_levels(team, levels, votes=None):
    """Agreed levels (and optionally votes) recorded with import-votes."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8") as sheet:
        writer = csv.writer(sheet)
        writer.writerow(["indicator", "participant", "vote", "agreed"])
        for indicator, level in levels.items():
            writer.writerow([indicator, "", "", level])
        for (indicator, participant), vote in (votes or {}).items():
            writer.writerow([indicator, participant, vote, ""])
    ok("import-votes", str(team), sheet.name)


def check(team, *extra):
    return json.loads(ok("training", "check", str(team), "--format", "json", *extra))


with tempfile.TemporaryDirectory() as scratch:
    scratch = pathlib.Path(scratch)

    # new: the case's country, institutions, profile and map, in French.
    team = scratch / "équipe-a.socle"
    created = ok("training", "new", "veridia-sp-dmf", "-o", str(team), "--lang", "fr")
    assert "64 indicators" in created, created
    socle = ET.parse(team).getroot()
    metadata = socle.find("metadata")
    assert metadata.findtext("country") == folded(full.find("country/name[@lang='fr']").text)
    assert metadata.findtext("round") == "training" and metadata.findtext("language") == "fr"
    assert "veridia-sp-dmf" in metadata.findtext("notes")
    assert len(socle.findall("systems/system")) == 14 and len(socle.findall("flows/flow")) == 18
    assert socle.find("responses") is None or len(socle.find("responses")) == 0
    assert socle.find("participants") is None or len(socle.find("participants")) == 0
    mlsp_fr = folded(full.find("institutions/institution[@id='mlsp']/name[@lang='fr']").text)
    owners = {s.findtext("owner") for s in socle.findall("systems/system")}
    assert mlsp_fr in owners, owners
    answers = {a.get("question"): a.text for a in socle.findall("profile/answer")}
    assert answers == {"has_contributory": "yes", "subnational_delivery": "yes", "external_funding": "yes"}, answers

    # Nothing rated yet: all 64 not rated.
    result = check(team)
    assert result["case"] == "veridia-sp-dmf" and result["language"] == "fr"
    assert result["overall"] == {"exact": 0, "one_off": 0, "further": 0, "not_rated": 64}, result["overall"]

    # All exact.
    set_levels(team, key)
    result = check(team)
    assert result["overall"] == {"exact": 64, "one_off": 0, "further": 0, "not_rated": 0}, result["overall"]
    assert [row["indicator"] for row in result["indicators"]] == [i for i in domain_of if i in key]
    for row in result["indicators"]:
        assert row["team"] == row["key"] == key[row["indicator"]] and row["distance"] == "exact", row
        assert row["domain"] == domain_of[row["indicator"]]
        above = min(row["key"] + 1, 5)
        assert row["separating_level"] == above
        # The key's own decisive sentence is this descriptor (docs/training.md).
        assert row["separating_sentence"] == descriptor(row["indicator"], above, "fr"), row
    assert sum(d["exact"] for d in result["domains"]) == 64 and len(result["domains"]) == 12

    # All one level off: one up where the key allows, else one down.
    # (a fresh file: import-votes keeps an agreed level from being replaced)
    off_team = scratch / "team-off.socle"
    ok("training", "new", "veridia-sp-dmf", "-o", str(off_team), "--lang", "fr")
    off = {i: (level + 1 if level < 5 else 4) for i, level in key.items()}
    set_levels(off_team, off)
    result = check(off_team)
    assert result["overall"] == {"exact": 0, "one_off": 64, "further": 0, "not_rated": 0}, result["overall"]
    for row in result["indicators"]:
        lower = min(row["team"], row["key"])
        assert row["separating_level"] == lower + 1
        assert row["separating_sentence"] == descriptor(row["indicator"], lower + 1, "fr")

    # Mixed, in English, with votes: exact, one off, further, not rated.
    mixed_team = scratch / "team-b.socle"
    ok("training", "new", "veridia-sp-dmf", "-o", str(mixed_team))
    set_levels(mixed_team, {"D1.1": key["D1.1"], "D1.3": key["D1.3"] + 1, "D2.6": key["D2.6"] + 2, "D11.1": 3},
               votes={("D1.1", "Ana"): 2, ("D1.1", "Bo"): 4, ("D1.1", "Chen"): 3})
    result = check(mixed_team)
    rows = {row["indicator"]: row for row in result["indicators"]}
    assert rows["D1.1"]["distance"] == "exact" and (rows["D1.1"]["votes_min"], rows["D1.1"]["votes_max"]) == (2, 4)
    assert rows["D1.3"]["distance"] == "one_off" and rows["D1.3"]["votes_min"] is None
    assert rows["D2.6"]["distance"] == "further"
    assert key["D11.1"] == 5 and rows["D11.1"]["distance"] == "further"
    assert rows["D11.1"]["separating_level"] == 4
    assert rows["D11.1"]["separating_sentence"] == descriptor("D11.1", 4, "en")
    assert rows["D3.2"]["team"] is None and rows["D3.2"]["distance"] == "not_rated"
    assert result["overall"] == {"exact": 1, "one_off": 1, "further": 2, "not_rated": 60}, result["overall"]
    d1 = next(d for d in result["domains"] if d["domain"] == "D1")
    assert (d1["exact"], d1["one_off"], d1["further"]) == (1, 1, 0), d1

    # The table: aligned columns, the separating sentences, the counts.
    text = ok("training", "check", str(mixed_team)).splitlines()
    header = next(i for i, line in enumerate(text) if line.startswith("indicator"))
    assert text[header].split() == ["indicator", "team", "key", "result", "votes"], text[header]
    d11 = next(line for line in text[header:] if line.startswith("D1.1 "))
    assert d11.split() == ["D1.1", str(key["D1.1"]), str(key["D1.1"]), "exact", "2..4"], d11
    assert text[header].index("result") == d11.index("exact")
    assert any(line.startswith("  D2.6 (level ") for line in text), text
    assert not any(line.startswith("  D1.1 (level ") for line in text)
    assert any(line.split() == ["overall", "1", "1", "2", "60"] for line in text), text[-3:]

    # Russian team: the table still lines up (columns by display width).
    ru_team = scratch / "team-ru.socle"
    ok("training", "new", "veridia-quick-scan", "-o", str(ru_team), "--lang", "ru")
    result = check(ru_team)
    assert result["case"] == "veridia-quick-scan" and result["overall"]["not_rated"] == 16

    # A file made without `training new`: the case is found from its
    # framework, or named with --case; the wrong case is refused.
    plain = scratch / "plain.socle"
    ok("new", "--framework", "sp-quick-scan", "-o", str(plain))
    assert check(plain)["case"] == "veridia-quick-scan"
    assert check(plain, "--case", "veridia-quick-scan")["overall"]["not_rated"] == 16
    wrong = run("training", "check", str(plain), "--case", "veridia-sp-dmf")
    assert wrong.returncode == 1 and "is keyed on sp-dmf 2.0.0" in wrong.stderr, wrong.stderr

    # new: an unknown case, a language the case lacks, an existing file.
    unknown = run("training", "new", "atlantis", "-o", str(scratch / "x.socle"))
    assert unknown.returncode == 1 and "veridia-sp-dmf" in unknown.stderr, unknown.stderr
    lao = run("training", "new", "veridia-sp-dmf", "-o", str(scratch / "x.socle"), "--lang", "lo")
    assert lao.returncode == 2 and "it has en, fr, ru" in lao.stderr, lao.stderr
    again = run("training", "new", "veridia-sp-dmf", "-o", str(team))
    assert again.returncode == 1 and "already exists" in again.stderr, again.stderr

# validate: the built-in cases are valid; a broken one lists FILE:LINE errors.
for name in ("veridia-sp-dmf", "veridia-quick-scan"):
    assert "valid training case" in ok("training", "validate", str(builtin / "training" / (name + ".xml")))
bad = run("training", "validate", str(data / "broken-refs.xml"))
assert bad.returncode == 1 and bad.stdout == "", bad.stdout
errors = [line for line in bad.stderr.splitlines() if ": error: " in line]
assert len(errors) == 9 and errors[0].startswith(str(data / "broken-refs.xml") + ":13:5: error: "), errors
wrong_ids = run("training", "validate", str(data / "wrong-ids.xml"))
assert wrong_ids.returncode == 1 and ":11:3: error: indicator 'Q9.9'" in wrong_ids.stderr, wrong_ids.stderr
print("ok")
