#!/usr/bin/env python3
"""Fails when a doctest TEST_CASE name holds a ';'.

doctest_discover_tests hands the names to CTest as a list, so a ';' cuts
the name: CTest then asks doctest for a case that does not exist, doctest
runs nothing and the test is reported as passed. Usage: check_test_names.py TESTS_DIR
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
pattern = re.compile(r'TEST_CASE\("((?:[^"\\]|\\.)*)"')
bad = []
for path in sorted(root.rglob("*.cpp")):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for match in pattern.finditer(line):
            if ";" in match.group(1):
                bad.append(f"{path}:{number}: error: a ';' in the test case name cuts it in CTest: {match.group(1)!r}")
for line in bad:
    print(line)
print(f"{len(bad)} test case names with ';'")
sys.exit(1 if bad else 0)
