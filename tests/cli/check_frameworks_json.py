"""socle-cli frameworks --format json: stdout is one JSON document with the
promised keys; the full framework is there with en/fr/ru complete."""
import json
import subprocess
import sys

cli = sys.argv[1]
run = subprocess.run([cli, "frameworks", "--format", "json"], capture_output=True, text=True, check=False)
assert run.returncode == 0, run.stderr
items = json.loads(run.stdout)  # fails loudly if anything else is on stdout
by_id = {item["id"]: item for item in items}
assert {"sp-dmf", "sp-quick-scan"} <= set(by_id), by_id.keys()
for item in items:
    for key in ("id", "version", "title", "domains", "indicators", "languages"):
        assert key in item, (item["id"], key)
    for code, share in item["languages"].items():
        assert 0.0 <= share <= 1.0, (item["id"], code, share)
full = by_id["sp-dmf"]
assert full["domains"] >= 8 and full["indicators"] >= 40, full
for code in ("en", "fr", "ru"):
    assert full["languages"][code] == 1.0, (code, full["languages"])
# Lao and Tajik cover every text of both frameworks (issue 17), as drafts for review.
for item in (full, by_id["sp-quick-scan"]):
    for code in ("lo", "tg"):
        assert item["languages"][code] == 1.0, (item["id"], code, item["languages"])
        assert item["language_status"][code] == "draft"
for code, review in full["language_review"].items():
    # Review counts are a part of the translated texts (docs/translating.md).
    assert review["reviewed"] + review["approved"] <= review["translated"], (code, review)
    assert review["translated"] > 0, (code, review)
print("frameworks json: ok,", len(items), "frameworks")
